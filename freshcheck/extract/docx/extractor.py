"""Word (.docx) extraction: every story a reader can see, as located text units.

Read straight from the package XML with lxml (python-docx's object model is blind to text
boxes, content controls and notes, and costs several times more). Order of units: the
body (paragraphs, tables, text boxes, content controls where they occur), then charts and
SmartArt anchored in it, headers and footers section by section, footnotes, endnotes,
comments.

Locations. Body: ``paragraph`` is the 1-based index among the body's non-empty paragraphs in
reading order, counting paragraphs inside tables and text boxes where they occur. A table
paragraph reports part ``table`` with ``cell=(row, column)`` (1-based grid column, so a
merged cell reports the column it starts in) and ``shape`` "table 3" ("table 4, nested in
table 3"); there is a unit per paragraph in a cell, not per cell, so a long cell is located
to the paragraph. Headings (built-in heading/title styles, outline levels) report ``title``.
Headers, footers and notes count paragraphs within their own story and name it in
``shape``: "header (first page, section 2)", "footnote 3", "endnote 1". A comment reports
the body paragraph (and table cell) where its range starts, with shape "comment by Ann",
so a ``freshcheck: ignore`` comment speaks for the paragraph it is attached to.

Headers and footers that Word would not show (a first-page header without "different first
page", even-page ones without "different odd and even") are skipped, and a header line
repeated in several sections is reported once. List numbers are not part of the text.
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.docx.graphics import graphic_units
from freshcheck.extract.docx.numbering import ListCounter, may_label, read_numbering
from freshcheck.extract.docx.stories import CharBudget, Place, StoryReader
from freshcheck.extract.docx.styles import WordStyles, is_on, read_styles_part
from freshcheck.extract.ooxml import NS, OoxmlPackage, Relationship, parse_part
from freshcheck.extract.safety import Limits
from freshcheck.model import Document, Part, TextUnit

_W = "{" + NS["w"] + "}"
_R_ID = "{" + NS["r"] + "}id"
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NO_DOCUMENT = "corrupt: not a Word document (no document part)"
_SECTION_PATH = etree.XPath("w:p/w:pPr/w:sectPr | w:sectPr", namespaces=NS)
_TYPE_LABELS = {"default": "", "first": "first page, ", "even": "even pages, "}
_NOTE_SKIP_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def extract_docx(source: Path | zipfile.ZipFile, display_path: str, limits: Limits) -> Document:
    """Read a .docx into located units and metadata; ``UnreadableFile`` when it cannot."""
    with OoxmlPackage(source, limits) as package:
        main = package.main_part()
        if main is None and package.has("word/document.xml"):
            main = "word/document.xml"
        root = None if main is None else package.xml(main)
        if main is None or root is None:
            raise UnreadableFile("corrupt", NO_DOCUMENT)
        if root.tag == "{" + _STRICT_W + "}document":
            raise UnreadableFile("unsupported", "unsupported: Strict Open XML Word document")
        if root.tag != _W + "document":
            raise UnreadableFile("corrupt", NO_DOCUMENT)
        rels = package.rels(main)
        styles = _styles(package, _related_part(rels, "/styles"))
        budget = CharBudget(limits)
        # Malformed files can hold more than one w:body; Word, LibreOffice and POI read
        # them all, in order, so the text of the later ones is the document's too.
        bodies = root.findall(_W + "body")
        lists = _list_counter(package, rels)
        reader = StoryReader(styles, budget, Place("body"), main=True, lists=lists)
        for body in bodies:
            reader.read(body)
        units = [*reader.units, *graphic_units(package, rels, reader.graphics, budget)]
        if bodies:
            even_odd = _even_and_odd_headers(package, _related_part(rels, "/settings"))
            units += _header_footer_units(package, rels, bodies, even_odd, styles, budget)
        units += _note_units(package, rels, "footnote", reader.note_refs, styles, budget)
        units += _note_units(package, rels, "endnote", reader.note_refs, styles, budget)
        ends = reader.comment_ends
        units += _comment_units(package, rels, reader.comment_anchors, ends, styles, budget)
        return Document(display_path, "docx", tuple(units), package.metadata())


def _list_counter(package: OoxmlPackage, rels: dict[str, Relationship]) -> ListCounter | None:
    """A counter for the body's list labels, when some label is text of its own."""
    part = _related_part(rels, "/numbering")
    if part is None or not may_label(package.data(part)):
        return None
    numbering = read_numbering(package.xml(part), _related_xml(package, rels, "/styles"))
    return ListCounter(numbering) if numbering.labelled else None


def _related_part(rels: dict[str, Relationship], type_suffix: str) -> str | None:
    for rel in rels.values():
        if rel.is_type(type_suffix) and not rel.external:
            return rel.target
    return None


def _related_xml(
    package: OoxmlPackage, rels: dict[str, Relationship], type_suffix: str
) -> etree._Element | None:
    part = _related_part(rels, type_suffix)
    return None if part is None else package.xml(part)


def _styles(package: OoxmlPackage, part: str | None) -> WordStyles:
    return WordStyles() if part is None else read_styles_part(part, package.data(part))


def _even_and_odd_headers(package: OoxmlPackage, settings: str | None) -> bool:
    """The "different odd and even pages" setting; settings are parsed only when it is there."""
    data = None if settings is None else package.data(settings)
    if data is None or b"evenAndOddHeaders" not in data:
        return False
    root = parse_part(settings or "", data)
    return root is not None and is_on(root.find(_W + "evenAndOddHeaders"))


def _sections(body: etree._Element) -> list[etree._Element]:
    # A section ends at a paragraph carrying w:sectPr, the last one at the body's own
    # sectPr; tracked former properties (w:pPrChange) are not sections.
    found = _SECTION_PATH(body)
    return (
        [node for node in found if isinstance(node, etree._Element)]
        if isinstance(found, list)
        else []
    )


def _header_footer_units(
    package: OoxmlPackage,
    rels: dict[str, Relationship],
    bodies: list[etree._Element],
    even_odd: bool,
    styles: WordStyles,
    budget: CharBudget,
) -> list[TextUnit]:
    units: list[TextUnit] = []
    current: dict[tuple[str, str], str] = {}  # (header|footer, type) -> part, inherited
    read_parts: set[str] = set()
    seen_texts: set[tuple[str, str]] = set()
    sections = [section for body in bodies for section in _sections(body)]
    for number, section in enumerate(sections, start=1):
        for kind in ("header", "footer"):
            for ref in section.iterfind(f"w:{kind}Reference", NS):
                rel = rels.get(ref.get(_R_ID) or "")
                if rel is not None and not rel.external:
                    current[(kind, ref.get(_W + "type") or "default")] = rel.target
        shown = ["default"]
        if is_on(section.find(_W + "titlePg")):
            shown.insert(0, "first")
        if even_odd:
            shown.append("even")
        for kind in ("header", "footer"):
            for ref_type in shown:
                target = current.get((kind, ref_type))
                if target is None or target in read_parts:
                    continue
                read_parts.add(target)
                root = package.xml(target)
                if root is None:
                    continue
                shape = f"{kind} ({_TYPE_LABELS[ref_type]}section {number})"
                part: Part = "header" if kind == "header" else "footer"
                reader = StoryReader(styles, budget, Place(part, shape), main=False)
                reader.read(root)
                for unit in reader.units:
                    if (kind, unit.text) not in seen_texts:
                        seen_texts.add((kind, unit.text))
                        units.append(unit)
    return units


def _note_units(
    package: OoxmlPackage,
    rels: dict[str, Relationship],
    kind: str,
    note_refs: dict[str, list[str]],
    styles: WordStyles,
    budget: CharBudget,
) -> list[TextUnit]:
    root = _related_xml(package, rels, f"/{kind}s")
    if root is None:
        return []
    # Word numbers notes in the order their references appear in the text.
    numbers: dict[str, int] = {}
    for note_id in note_refs[kind]:
        numbers.setdefault(note_id, len(numbers) + 1)
    units: list[TextUnit] = []
    for note in root.iterfind(f"w:{kind}", NS):
        if note.get(_W + "type") in _NOTE_SKIP_TYPES:
            continue
        note_id = note.get(_W + "id") or ""
        number = numbers.setdefault(note_id, len(numbers) + 1)
        reader = StoryReader(styles, budget, Place("footnote", f"{kind} {number}"), main=False)
        reader.read(note)
        units += reader.units
    return units


def _comment_units(
    package: OoxmlPackage,
    rels: dict[str, Relationship],
    anchors: dict[str, tuple[int, tuple[int, int] | None]],
    ends: dict[str, int],
    styles: WordStyles,
    budget: CharBudget,
) -> list[TextUnit]:
    """A comment's paragraphs, located at the body paragraph (and cell) its range starts in,
    with ``through`` the last paragraph of a range over several.

    So a ``freshcheck: ignore`` comment speaks for the paragraphs it is attached to. A
    comment anchored nowhere in the body keeps its own paragraph numbers.
    """
    root = _related_xml(package, rels, "/comments")
    if root is None:
        return []
    units: list[TextUnit] = []
    for comment in root.iterfind("w:comment", NS):
        author = (comment.get(_W + "author") or "").strip()
        shape = f"comment by {author}" if author else "comment"
        reader = StoryReader(styles, budget, Place("comment", shape), main=False)
        reader.read(comment)
        anchor = anchors.get(comment.get(_W + "id") or "")
        if anchor is None:
            units += reader.units
            continue
        paragraph, cell = anchor
        end = ends.get(comment.get(_W + "id") or "", paragraph)
        through = end if end > paragraph else None
        for unit in reader.units:
            location = dataclasses.replace(unit.location, paragraph=paragraph, cell=cell)
            units.append(dataclasses.replace(unit, location=location, through=through))
    return units
