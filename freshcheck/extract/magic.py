"""What a file's first bytes, or a zip's part names, say it is: descriptions for a person.

Tables, not logic: ``sniff.py`` decides what to do with the answer.
"""

from __future__ import annotations

# (prefix, offset, description). Checked in order; the first match wins.
BINARY_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"{\\rtf", 0, "an RTF document"),
    (b"\xffWPC", 0, "a WordPerfect document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"%!PS", 0, "a PostScript file"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "a program (ELF executable)"),
    (b"ftyp", 4, "a video or audio file (MP4/MOV)"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"RIFF", 0, "a media file (RIFF: WAV/AVI/WebP)"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
)

# Flat XML exported by Office 2003+: readable by Office, not by freshcheck.
_OFFICE_XML = (
    (b'progid="Word.Document"', "a Word XML document (Word 2003 XML): save as .docx"),
    (b'progid="PowerPoint.Show"', "a PowerPoint XML presentation: save as .pptx"),
    (b'progid="Excel.Sheet"', "an Excel XML spreadsheet, not a deck or document"),
)

_MAIN_PARTS = (
    ("ppt/presentation.xml", "pptx"),
    ("word/document.xml", "docx"),
)
# Content-type fragments of the main part, for packages whose parts sit at unusual names.
_MAIN_CONTENT_TYPES = (
    (b"presentationml.presentation.main+xml", "pptx"),
    (b"presentationml.slideshow.main+xml", "pptx"),
    (b"presentationml.template.main+xml", "pptx"),
    (b"ms-powerpoint.presentation.macroenabled.main+xml", "pptx"),
    (b"ms-powerpoint.slideshow.macroenabled.main+xml", "pptx"),
    (b"wordprocessingml.document.main+xml", "docx"),
    (b"wordprocessingml.template.main+xml", "docx"),
    (b"ms-word.document.macroenabled.main+xml", "docx"),
)
_OPENDOCUMENT = (
    (
        b"application/vnd.oasis.opendocument.presentation",
        "an OpenDocument presentation: save as .pptx",
    ),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text document: save as .docx"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
)


def describe_binary(head: bytes) -> str | None:
    """A description when ``head`` starts with a known non-document signature."""
    for prefix, offset, what in BINARY_SIGNATURES:
        if head[offset : offset + len(prefix)] == prefix:
            return what
    if head.lstrip().startswith(b"<?xml"):
        for marker, what in _OFFICE_XML:
            if marker in head:
                return what
    return None


def describe_text(head: bytes) -> str | None:
    """``looks like plain text`` / ``… an HTML page`` / ``… an XML file``; None for binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "looks like plain text"  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut in half at the end
            return _latin1_text(head)
        text = head[: exc.start].decode("utf-8")
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html")) or "<html" in start[:1024]:
        return "looks like an HTML page"
    if start.startswith("<?xml"):
        return "looks like an XML file"
    return "looks like plain text"


def _latin1_text(head: bytes) -> str | None:
    printable = sum(1 for b in head if b >= 0x20 or b in b"\t\r\n\x0c")
    return "looks like plain text" if printable >= 0.95 * len(head) else None


def describe_zip(names: set[str], content_types: bytes, mimetype: bytes) -> tuple[str | None, str]:
    """The readable format (pptx/docx) of a zip, or None, with a description."""
    if "[Content_Types].xml" in names:
        for part, real in _MAIN_PARTS:
            if part in names:
                return real, f"a {real} package"
        lowered = content_types.lower()
        for fragment, real in _MAIN_CONTENT_TYPES:
            if fragment in lowered:
                return real, f"a {real} package"
        if "xl/workbook.xml" in names or b"spreadsheetml" in lowered:
            return None, "an Excel spreadsheet, not a deck or document"
        return None, "an Office package that is neither a deck nor a document"
    for marker, what in _OPENDOCUMENT:
        if mimetype.startswith(marker):
            return None, what
    if "Index/Document.iwa" in names or "index.apxl" in names:
        return None, "an Apple iWork file: export it to .pptx or .docx"
    return None, "a zip archive, not a deck or document"
