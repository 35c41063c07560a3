"""Reading PDFs with pdfium (pypdfium2): the fast engine, used first for every page.

Text comes out of pdfium already in reading order, one line per ``\\r\\n``. Each line's
position and font size are read from its first and last characters only (a handful of
calls per line, never one per character), which is enough for paragraph grouping.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pdf.layout import Line

# left, bottom, right, top in PDF points
Box = tuple[float, float, float, float]

_LINE = re.compile(r"[^\r\n]+")
# A space pdfium put between a word of two or more letters and one lone letter or digit:
# where OCR text layers draw a word's last glyph on its own ("Chin a", "Shippin g").
# (The two letters before are checked in Python: a pattern that opens with a space is
# found by a fast literal scan, one that opens with a lookbehind is tried everywhere.)
_LONE_GLYPH_BREAK = re.compile(r" (?=[^\W_](?![^\W_]))")
# How much wider than the spacing inside the word a gap may be and still not break it,
# in ems: a real word space is a quarter of an em or more.
_JOIN_SLACK_EM = 0.1
# pdfium's load error codes (fpdfview.h) and what they mean to a reader.
_PASSWORD = 4
_SECURITY = 5
_FORMAT = 3


@contextmanager
def open_pdfium(path: Path) -> Iterator[pdfium.PdfDocument]:
    """Open ``path``; an owner-password-only file opens with the empty user password.

    Raises ``UnreadableFile`` for a password-protected file; other load failures raise
    ``pdfium.PdfiumError`` so that the caller can try the other engine.
    """
    _forget_last_error()
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        # pdfium's last-error code can be left over from the previous file a worker read,
        # so a password verdict is believed only when the file has an encryption dictionary.
        if code in (_PASSWORD, _SECURITY) and not _has_encrypt_entry(path):
            raise pdfium.PdfiumError("failed to load document", err_code=_FORMAT) from exc
        if code == _PASSWORD:
            raise UnreadableFile("encrypted", "encrypted: password required") from exc
        if code == _SECURITY:
            raise UnreadableFile("encrypted", "encrypted: unsupported security handler") from exc
        raise
    try:
        yield document
    finally:
        document.close()


def _forget_last_error() -> None:
    """Set pdfium's last-error code to "format" before a load.

    pdfium keeps one last-error code per process and sets it only on some failures; a file
    that fails without setting it (an xref stream in a filter pdfium lacks) would be judged by
    whatever the previous file in the same worker left there, so its verdict would depend on
    the order of the scan. pdfium has no call that clears the code, but loading an empty
    buffer always sets "format": a failure that names no cause is then read as a broken file
    structure, in every process and every order.
    """
    empty = ctypes.create_string_buffer(1)
    document = pdfium_c.FPDF_LoadMemDocument(empty, 0, None)
    if document:  # never for an empty buffer; closed all the same
        pdfium_c.FPDF_CloseDocument(document)


def _has_encrypt_entry(path: Path) -> bool:
    try:
        return b"/Encrypt" in path.read_bytes()
    except OSError:
        return False


def is_format_error(exc: pdfium.PdfiumError) -> bool:
    """True when pdfium could not parse the file's structure (another engine may)."""
    return getattr(exc, "err_code", None) == _FORMAT


def page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, list[Line]]:
    """The raw text of page ``index`` (0-based) and its non-blank lines with geometry."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return _read_lines(textpage, _visible_box(page))
        finally:
            textpage.close()
    finally:
        page.close()


def info_dict(document: pdfium.PdfDocument) -> Mapping[str, str]:
    """The standard Info entries pdfium decodes (already decrypted)."""
    return {k: v for k, v in document.get_metadata_dict().items() if isinstance(v, str)}


def _visible_box(page: pdfium.PdfPage) -> Box:
    """The part of the page a viewer or printer shows: the crop box clipped to the media box."""
    crop, media = page.get_cropbox(), page.get_mediabox()
    return (
        max(crop[0], media[0]),
        max(crop[1], media[1]),
        min(crop[2], media[2]),
        min(crop[3], media[3]),
    )


def _read_lines(textpage: pdfium.PdfTextPage, visible: Box) -> tuple[str, list[Line]]:
    count = textpage.count_chars()
    if count <= 0:
        return "", []
    text: str = textpage.get_text_range(0, count)
    # Indexes match characters one to one unless the text holds characters outside the
    # Basic Multilingual Plane; then positions are skipped rather than misread.
    with_geometry = len(text) == count
    breaks = [m.start() for m in _LONE_GLYPH_BREAK.finditer(text)] if with_geometry else []
    lines: list[Line] = []
    upcoming = 0  # the first break not yet behind the current line
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if not with_geometry:
            lines.append(Line(stripped))
            continue
        first = match.start() + len(raw) - len(raw.lstrip())
        last = match.end() - (len(raw) - len(raw.rstrip())) - 1
        while upcoming < len(breaks) and breaks[upcoming] < first:
            upcoming += 1
        if upcoming < len(breaks) and breaks[upcoming] < last:
            stripped = _rejoin_lone_glyphs(textpage, text, breaks, first, last)
        line = _located(textpage, stripped, first, last)
        if _overlaps(line, visible):
            lines.append(line)
    return text, lines


def _overlaps(line: Line, box: Box) -> bool:
    """Whether any of the line lies inside ``box``: printer's marks, proof slugs and crop
    mark labels drawn outside the crop box are not part of the page anyone sees."""
    left, bottom, right, top = box
    if right <= left or top <= bottom:
        return True  # a degenerate box: trust the text rather than drop the page
    return (
        line.right > left
        and line.left < right
        and min(line.top, line.last_top) - line.size < top
        and max(line.top, line.last_top) > bottom
    )


def _rejoin_lone_glyphs(
    textpage: pdfium.PdfTextPage, text: str, breaks: list[int], first: int, last: int
) -> str:
    """Drop the spaces before lone glyphs that sit as close as the word's own letters.

    pdfium breaks words by the gap between glyphs against the font's space width, without
    the character spacing (Tc, Tz, TJ adjustments) the run before applied. OCR layers
    stretch a word over its box with character spacing and draw the last glyph by itself:
    the gap before it is that same spacing, not a word space. The loose boxes are the
    glyphs' advances, so the gaps between them are the spacing actually applied.
    """
    pieces, start = [], first
    for space in breaks[bisect.bisect_left(breaks, first) : bisect.bisect_right(breaks, last)]:
        if space - 2 < first or not text[space - 2 : space].isalpha():
            continue
        # A space the content stream drew is the producer's word break; only one pdfium
        # made up from a gap can be wrong (and this one call is cheaper than three boxes).
        if pdfium_c.FPDFText_IsGenerated(textpage.raw, space) != 1:
            continue
        before, end = (textpage.get_charbox(space - i, loose=True) for i in (2, 1))
        after = textpage.get_charbox(space + 1, loose=True)
        inside = end[0] - before[2]
        gap = after[0] - end[2]
        em = end[3] - end[1]
        slack = _JOIN_SLACK_EM * em
        # Left to right on one baseline only: right-to-left scripts come out in logical
        # order, so their neighbours' boxes say nothing about the gap between them.
        same_line = after[1] < end[3] and end[1] < after[3]
        if same_line and min(inside, gap) >= -slack and gap <= max(inside, 0.0) * 1.25 + slack:
            pieces.append(text[start:space])
            start = space + 1
    pieces.append(text[start : last + 1])
    return "".join(pieces)


def _located(textpage: pdfium.PdfTextPage, text: str, first: int, last: int) -> Line:
    left1, bottom1, right1, top1 = textpage.get_charbox(first, loose=True)
    left2, _, right2, top2 = textpage.get_charbox(last, loose=True)
    # The loose box spans the font's ascent to descent at the size actually drawn; the
    # nominal font size is often 1 with the scale hidden in the text matrix.
    size = top1 - bottom1
    if size <= 0:
        size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, first))
    return Line(
        text,
        left=min(left1, left2),
        right=max(right1, right2),
        top=top1,
        last_top=top2,
        size=size,
    )
