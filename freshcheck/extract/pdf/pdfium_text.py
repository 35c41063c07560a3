"""Reading PDFs with pdfium (pypdfium2): the fast engine, used first for every page.

Text comes out of pdfium already in reading order, one line per ``\\r\\n``. Each line's
position and font size are read from its first and last characters only (a handful of
calls per line, never one per character), which is enough for paragraph grouping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pdf.layout import Line

_LINE = re.compile(r"[^\r\n]+")
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
            return _read_lines(textpage)
        finally:
            textpage.close()
    finally:
        page.close()


def info_dict(document: pdfium.PdfDocument) -> Mapping[str, str]:
    """The standard Info entries pdfium decodes (already decrypted)."""
    return {k: v for k, v in document.get_metadata_dict().items() if isinstance(v, str)}


def _read_lines(textpage: pdfium.PdfTextPage) -> tuple[str, list[Line]]:
    count = textpage.count_chars()
    if count <= 0:
        return "", []
    text: str = textpage.get_text_range(0, count)
    # Indexes match characters one to one unless the text holds characters outside the
    # Basic Multilingual Plane; then positions are skipped rather than misread.
    with_geometry = len(text) == count
    lines: list[Line] = []
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
        lines.append(_located(textpage, stripped, first, last))
    return text, lines


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
