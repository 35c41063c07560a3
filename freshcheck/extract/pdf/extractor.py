"""PDF extraction: page text in reading order as paragraphs, annotations, form fields, metadata.

Two engines, combined by measurement (docs/pdf-extraction.md): pdfium reads every page
(about 12 times faster than pypdf, and better on most files); a page whose pdfium text is
empty or looks garbled is read again with pypdf, and the reading with fewer signs of junk
wins. pypdf also reads annotations, form fields, Info and XMP, and the whole file when
pdfium cannot parse it. A file without any text layer is unreadable ("no-text"), not an
empty document.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

import pypdf
import pypdfium2 as pdfium

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pdf import pdfium_text as pdf_pdfium
from freshcheck.extract.pdf import pypdf_text as pdf_pypdf
from freshcheck.extract.pdf.layout import Line, paragraphs, rejoin_hyphens
from freshcheck.extract.pdf.meta import XmpFields, merge_metadata, read_xmp
from freshcheck.extract.pdf.text_quality import (
    clean_text,
    junk_score,
    letter_count,
    letter_shift,
    strip_glyph_names,
)
from freshcheck.extract.safety import Limits, check_chars
from freshcheck.model import Document, Location, Metadata, TextUnit

# Above this share of junk signs per letter a page is read again with the other engine.
SUSPECT_SCORE = 0.02
# Above this the kept reading is still reported as partly garbled.
GARBLED_SCORE = 0.2

PageReader = Callable[[int], tuple[str, list[Line]]]


@dataclasses.dataclass(frozen=True, slots=True)
class _Budget:
    """When to give up: a monotonic deadline and the character cap."""

    deadline: float
    limits: Limits


@dataclasses.dataclass(frozen=True, slots=True)
class _Page:
    number: int
    paragraphs: tuple[str, ...]
    fallback: bool = False
    garbled: bool = False
    shifted: bool = False


def extract_pdf(path: Path, display_path: str, limits: Limits) -> Document:
    """Read a PDF into located paragraphs; raise ``UnreadableFile`` when it cannot be read."""
    budget = _Budget(time.monotonic() + limits.timeout_s, limits)
    with pdf_pypdf.pypdf_session(limits):
        reader, notes = _open_pypdf(path)
        try:
            with pdf_pdfium.open_pdfium(path) as document:
                fallback = _pypdf_page_reader(reader)
                pages = _read_pages(len(document), _pdfium_page_reader(document), fallback, budget)
                info = dict(pdf_pdfium.info_dict(document))
        except pdfium.PdfiumError as exc:
            if reader is None:
                raise UnreadableFile("corrupt", _broken_reason(exc)) from exc
            pages = _read_with_pypdf_only(reader, budget, exc)
            info = {}
            notes.append("read with pypdf: pdfium could not parse the file")
        extras, metadata = _annotations_and_metadata(reader, info, notes)
    return _document(display_path, pages, extras, metadata, notes, limits)


def _open_pypdf(path: Path) -> tuple[pypdf.PdfReader | None, list[str]]:
    try:
        return pdf_pypdf.open_reader(path), []
    except Exception as exc:  # hostile input: pdfium may still read it
        return None, [f"annotations, form fields and XMP not read ({_short(exc)})"]


def _read_with_pypdf_only(
    reader: pypdf.PdfReader, budget: _Budget, cause: pdfium.PdfiumError
) -> list[_Page]:
    try:
        return _read_pages(len(reader.pages), _pypdf_only(reader), None, budget)
    except UnreadableFile:
        raise
    except Exception as exc:  # both engines refuse the file: it is broken
        reason = "not a valid PDF (neither PDF reader could parse it)"
        raise UnreadableFile("corrupt", reason) from exc


def _pdfium_page_reader(document: pdfium.PdfDocument) -> PageReader:
    return lambda index: pdf_pdfium.page_text(document, index)


def _pypdf_page_reader(reader: pypdf.PdfReader | None) -> PageReader | None:
    if reader is None:
        return None

    def read(index: int) -> tuple[str, list[Line]]:
        raw = pdf_pypdf.page_text_lines(reader, index)
        return raw, [Line(line.strip()) for line in raw.splitlines() if line.strip()]

    return read


def _pypdf_only(reader: pypdf.PdfReader) -> PageReader:
    read = _pypdf_page_reader(reader)
    assert read is not None
    return read


def _read_pages(
    count: int, primary: PageReader, fallback: PageReader | None, budget: _Budget
) -> list[_Page]:
    pages = []
    seen = 0
    for index in range(count):
        if time.monotonic() > budget.deadline:
            raise UnreadableFile("timeout", f"timed out reading page {index + 1} of {count}")
        raw, lines = primary(index)
        seen += len(raw)
        check_chars(seen, budget.limits)  # stop early, before a huge file is all in memory
        letters = letter_count(raw)
        score, used_fallback = junk_score(raw, letters), False
        if fallback is not None and (score > SUSPECT_SCORE or not letters):
            alternative = _try_fallback(fallback, index)
            if alternative is not None and _better(alternative[0], raw):
                raw, lines = alternative
                score, used_fallback = junk_score(raw), True
        garbled = score > GARBLED_SCORE
        # Letters shifted by a font without a Unicode map read as words but are not: the
        # page is reported, not its text.
        shifted = letter_shift(raw) != 0
        if shifted:
            lines = []
        cleaned = [c for c in (_cleaned(line, garbled) for line in lines) if c is not None]
        pages.append(_Page(index + 1, tuple(paragraphs(cleaned)), used_fallback, garbled, shifted))
    return pages


def _try_fallback(fallback: PageReader, index: int) -> tuple[str, list[Line]] | None:
    try:
        return fallback(index)
    except Exception:  # the fallback engine choking on a page is no reason to fail the file
        return None


def _better(candidate: str, current: str) -> bool:
    """Whether the fallback's reading of a page beats the primary's."""
    found, had = letter_count(candidate), letter_count(current)
    if found == 0:
        return False
    if had == 0:
        return junk_score(candidate) <= SUSPECT_SCORE * 5
    return found >= 0.5 * had and junk_score(candidate) < junk_score(current) / 2


def _cleaned(line: Line, garbled: bool) -> Line | None:
    text = clean_text(line.text)
    if garbled:  # glyph names ("/g135/g150") are no text anyone can read
        text = strip_glyph_names(text)
    text = text.strip()
    if not text:
        return None
    return line if text == line.text else dataclasses.replace(line, text=text)


def _annotations_and_metadata(
    reader: pypdf.PdfReader | None, info: dict[str, str], notes: list[str]
) -> tuple[list[TextUnit], Metadata]:
    extras: list[TextUnit] = []
    xmp = XmpFields()
    if reader is not None:
        try:
            extras = pdf_pypdf.annotation_units(reader)
        except Exception as exc:  # a malformed annotation tree loses the notes, not the file
            notes.append(f"annotations and form fields not read ({_short(exc)})")
        try:
            info.update(pdf_pypdf.info_dict(reader))
            packet = pdf_pypdf.xmp_packet(reader)
            xmp = read_xmp(packet) if packet else xmp
        except Exception as exc:
            notes.append(f"part of the metadata not read ({_short(exc)})")
    return extras, merge_metadata(info, xmp)


def _document(
    display_path: str,
    pages: list[_Page],
    extras: list[TextUnit],
    metadata: Metadata,
    notes: list[str],
    limits: Limits,
) -> Document:
    if not pages:
        raise UnreadableFile("empty", "PDF has no pages")
    texts = rejoin_hyphens([text for page in pages for text in page.paragraphs])
    by_page: dict[int, list[TextUnit]] = {page.number: [] for page in pages}
    position, total = 0, 0
    for page in pages:
        for text in texts[position : position + len(page.paragraphs)]:
            total += len(text)
            check_chars(total, limits)
            by_page[page.number].append(TextUnit(text, Location(page=page.number)))
        position += len(page.paragraphs)
    if total == 0 and not extras:
        if any(page.shifted for page in pages):
            reason = "no readable text (fonts without a Unicode map)"
            raise UnreadableFile("no-text", reason)
        raise UnreadableFile("no-text", "no extractable text (scanned image?)")
    for unit in extras:
        total += len(unit.text)
        check_chars(total, limits)
        by_page.setdefault(unit.location.page or 0, []).append(unit)
    notes.extend(_page_notes(pages))
    units = tuple(unit for number in sorted(by_page) for unit in by_page[number])
    return Document(display_path, "pdf", units, metadata, tuple(notes))


def _page_notes(pages: list[_Page]) -> list[str]:
    notes = []
    empty = [p.number for p in pages if not p.paragraphs and not p.shifted]
    if empty and len(empty) < len(pages):
        notes.append(f"no text on page(s) {_numbers(empty)} (images only?)")
    fallback = [p.number for p in pages if p.fallback]
    if fallback:
        notes.append(f"page(s) {_numbers(fallback)} read with pypdf (pdfium text was garbled)")
    garbled = [p.number for p in pages if p.garbled and p.paragraphs]
    if garbled:
        notes.append(
            f"text on page(s) {_numbers(garbled)} is partly garbled (font without Unicode map)"
        )
    shifted = [p.number for p in pages if p.shifted]
    if shifted:
        notes.append(
            f"text on page(s) {_numbers(shifted)} not read: garbled (font without Unicode "
            "map, letters shifted)"
        )
    return notes


def _numbers(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def _broken_reason(exc: pdfium.PdfiumError) -> str:
    if pdf_pdfium.is_format_error(exc):
        return "not a valid PDF (broken file structure)"
    return "not a valid PDF (the PDF reader could not load it)"


def _short(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    detail = lines[0][:160] if lines else type(exc).__name__
    return f"{type(exc).__name__}: {detail}"
