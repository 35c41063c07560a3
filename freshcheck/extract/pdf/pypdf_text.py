"""Reading PDFs with pypdf: annotations, form fields, Info, XMP, and fallback page text.

pypdf parses lazily, so opening a file and reading its catalog, annotations and metadata
is cheap; its text extraction is an order of magnitude slower than pdfium's and is only
asked for pages that pdfium could not read well. pypdf's resource limits are set from
freshcheck's ``Limits`` through ``pypdf.apply_configuration``; its warnings and log lines
about malformed files are silenced, because the extractor reports problems as data.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pypdf
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)

from freshcheck.extract.safety import Limits
from freshcheck.model import Location, TextUnit

_MAX_FIELD_DEPTH = 32
# Text-like field types; buttons (check boxes, radios, push buttons) hold no prose. A
# signature field has no text value, but its appearance says who signed and when.
_TEXT_FIELDS = {"/Tx", "/Ch", "/Sig"}
# Annotation flags (PDF 32000 12.5.3): Hidden and NoView annotations are never shown.
_HIDDEN_FLAGS = 2 | 32
# Annotation types whose /Contents repeats something else or is not shown to readers.
_SKIPPED_ANNOTATIONS = {"/Link", "/Popup", "/Widget"}


@contextmanager
def pypdf_session(limits: Limits) -> Iterator[None]:
    """Run pypdf calls with freshcheck's limits, without warnings or log noise."""
    configuration = pypdf.Configuration(
        disable_legacy_handling=True,
        # The default parsing budget (2M tokens) refuses real slide decks whose pages are
        # drawn from many tiny operators; memory and the per-file timeout still bound it.
        stream_parsing_work_maximum_count=50_000_000,
    )
    if limits.memory_bytes:
        # No single decompressed stream may take more than a quarter of the memory cap.
        budget = max(limits.memory_bytes // 4, 16 * 1024 * 1024)
        configuration = configuration.with_overwrites(
            zlib_maximum_output_length=min(budget, configuration.zlib_maximum_output_length),
            lzw_maximum_output_length=min(budget, configuration.lzw_maximum_output_length),
        )
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings(), pypdf.apply_configuration(configuration):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def open_reader(path: Path) -> pypdf.PdfReader:
    """A pypdf reader, decrypted with the empty user password when it is encrypted."""
    reader = pypdf.PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("password required")
    return reader


def page_text_lines(reader: pypdf.PdfReader, index: int) -> str:
    """pypdf's text for page ``index`` (0-based)."""
    return reader.pages[index].extract_text() or ""


def info_dict(reader: pypdf.PdfReader) -> Mapping[str, str]:
    """Every Info entry with a text value, keys without the leading slash."""
    info = reader.metadata
    if info is None:
        return {}
    out: dict[str, str] = {}
    for key, value in info.items():
        resolved = value.get_object() if isinstance(value, PdfObject) else value
        if isinstance(resolved, str):
            out[str(key).lstrip("/")] = str(resolved)
    return out


def xmp_packet(reader: pypdf.PdfReader) -> bytes | None:
    """The document-level XMP packet (the catalog's /Metadata stream), if any."""
    metadata = reader.root_object.get("/Metadata")
    if metadata is None:
        return None
    stream = metadata.get_object()
    get_data = getattr(stream, "get_data", None)
    return get_data() if callable(get_data) else None


def annotation_units(reader: pypdf.PdfReader) -> list[TextUnit]:
    """Annotation contents (part ``annotation``) and form values (part ``form``) per page."""
    units: list[TextUnit] = []
    for number, page in enumerate(reader.pages, start=1):
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not isinstance(annots, ArrayObject):
            continue
        seen_fields: set[str] = set()
        for ref in annots:
            annot = ref.get_object()
            if isinstance(annot, DictionaryObject):
                units.extend(_annotation(annot, number, seen_fields))
    return units


def _annotation(annot: DictionaryObject, page: int, seen: set[str]) -> list[TextUnit]:
    subtype = str(annot.get("/Subtype", ""))
    if subtype == "/Widget" or "/FT" in annot or "/Parent" in annot:
        return _field(annot, page, seen)
    if subtype in _SKIPPED_ANNOTATIONS:
        return []
    text = _text(annot.get("/Contents")) or appearance_text(annot)
    if not text:
        return []
    return [TextUnit(text, Location(page=page, part="annotation", shape=subtype.lstrip("/")))]


def _field(widget: DictionaryObject, page: int, seen: set[str]) -> list[TextUnit]:
    names: list[str] = []
    kind = value = options = None
    node: DictionaryObject | None = widget
    for _ in range(_MAX_FIELD_DEPTH):
        if node is None:
            break
        if "/T" in node:
            names.append(_text(node["/T"]))
        kind = kind or node.get("/FT")
        value = value if value is not None else node.get("/V")
        options = options if options is not None else node.get("/Opt")
        parent = node.get("/Parent")
        parent = parent.get_object() if parent is not None else None
        node = parent if isinstance(parent, DictionaryObject) else None
    name = ".".join(reversed([n for n in names if n])) or "unnamed field"
    if str(kind) not in _TEXT_FIELDS or name in seen:
        return []
    seen.add(name)
    location = Location(page=page, part="form", shape=name)
    units = []
    shown = _text(value) or appearance_text(widget)
    if shown:
        units.append(TextUnit(shown, location))
    labels = _option_labels(options)
    if labels:
        units.append(TextUnit("Options: " + "; ".join(labels), location))
    return units


def appearance_text(annot: DictionaryObject) -> str:
    """The text an annotation's normal appearance draws, through nested Form XObjects.

    Signature widgets ("Digitally signed by … Date: …"), stamps and free-text boxes often
    carry their words only there. The appearance stream is read as if it were a page of
    its own (its resources, its bounding box), which is what a viewer paints in the
    annotation's rectangle. Empty for hidden annotations and for on/off states (a check
    box's appearance is a dictionary of streams, not one stream).
    """
    flags = annot.get("/F", 0)
    if isinstance(flags, int) and flags & _HIDDEN_FLAGS:
        return ""
    appearances = annot.get("/AP")
    appearances = appearances.get_object() if appearances is not None else None
    if not isinstance(appearances, DictionaryObject) or "/N" not in appearances:
        return ""
    normal = appearances["/N"].get_object()
    if not isinstance(normal, StreamObject):
        return ""
    try:
        canvas = pypdf.PageObject()
        resources = normal.get("/Resources")
        canvas[NameObject("/Resources")] = (
            resources if resources is not None else DictionaryObject()
        )
        canvas[NameObject("/MediaBox")] = RectangleObject(normal.get("/BBox", [0, 0, 1, 1]))
        canvas[NameObject("/Contents")] = appearances.raw_get("/N")
        drawn = canvas.extract_text()
    except Exception:  # a broken appearance loses its own text, not the annotation tree
        return ""
    return " ".join(drawn.split())


def _option_labels(options: object) -> list[str]:
    resolved = options.get_object() if isinstance(options, PdfObject) else options
    if not isinstance(resolved, ArrayObject):
        return []
    labels = []
    for entry in resolved:
        item = entry.get_object()
        # An option is either its label, or [export value, label].
        label = _text(item[-1]) if isinstance(item, ArrayObject) and item else _text(item)
        if label:
            labels.append(label)
    return labels


def _text(value: object) -> str:
    resolved = value.get_object() if isinstance(value, PdfObject) else value
    if isinstance(resolved, ArrayObject):
        return "; ".join(t for t in (_text(v) for v in resolved) if t)
    if isinstance(resolved, str) and not isinstance(resolved, NameObject):
        return " ".join(resolved.replace("\r", "\n").split())
    return ""
