"""The real type of a file, from its first bytes and (for zips and OLE2) its directory.

A file's name is a claim, not a fact: decks arrive as PDFs named ``.pptx``, Office lock
files as ``~$deck.pptx``, password-protected ``.docx`` files as OLE2 containers. Sniffing
reads a few KiB plus a directory, so it is cheap enough to run on every file. Files that can
be read as something else are read with a note; the rest raise ``UnreadableFile`` with a
plain reason.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from freshcheck.errors import UnreadableFile
from freshcheck.extract.magic import describe_binary, describe_text, describe_zip
from freshcheck.extract.ole2 import OLE2_MAGIC, DamagedOle, read_directory, stream_head
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits, open_checked_zip

HEAD_BYTES = 8192
PDF_HEADER_WINDOW = 1024  # readers accept junk before %PDF- within the first KiB
OFFICE_FORMATS = frozenset({"pptx", "docx", "pdf", "ppt", "doc"})
TEXT_FORMATS = frozenset({"md", "txt", "html"})
READABLE = frozenset({"pptx", "docx", "pdf"})
ZIPPED = frozenset({"pptx", "docx"})
FORMAT_NAMES = {
    "pptx": "PowerPoint",
    "ppt": "PowerPoint",
    "docx": "Word",
    "doc": "Word",
    "pdf": "PDF",
    "md": "Markdown",
    "txt": "text",
    "html": "HTML",
}
ENCRYPTED_OFFICE = "encrypted: password required (password-protected Office file)"
_LOCK_FILE = "Office owner/lock file, not a document"
# A checkout without Git LFS holds these small text files in place of the documents.
LFS_POINTER_MAGIC = b"version https://git-lfs.github.com/spec/v1"
LFS_POINTER = (
    "Git LFS pointer, not the document: run `git lfs pull` (or `lfs: true` in actions/checkout)"
)
_LOCK_SIZES = range(162, 166)
_WORD_MAGIC = b"\xec\xa5"
_WORD_ENCRYPTED_BIT = 0x0100  # FibBase.fEncrypted
_PPT_ENCRYPTED_TOKEN = b"\xdf\xc4\xd1\xf3"  # CurrentUserAtom.headerToken when encrypted


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The format to read a file as, and a note for the reader when it differs from the name.

    ``package``: the zip, opened and checked, when ``sniff_format`` was asked to keep it (the
    caller closes it); reading a large deck's directory twice costs a millisecond.
    """

    format: str
    note: str | None = None
    package: zipfile.ZipFile | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class _Identity:
    """What the bytes are: a readable ``format`` (pptx/docx/pdf/text), or only ``what``."""

    format: str | None
    what: str
    package: zipfile.ZipFile | None = None  # a zip, still open


def sniff_format(
    path: Path, claimed: str, limits: Limits = DEFAULT_LIMITS, *, keep_zip: bool = False
) -> Sniffed:
    """Decide how to read ``path``, whose name claims ``claimed`` (pptx, docx, pdf, md…).

    Raises ``UnreadableFile`` for empty, lock, encrypted, legacy, corrupt and unsupported
    files. Reads at most ``HEAD_BYTES`` plus a zip or OLE2 directory. With ``keep_zip``, a
    readable zip (pptx, docx) comes back open in ``package``.
    """
    if path.name.startswith(("~$", ".~lock.")):
        raise UnreadableFile("lock-file", _LOCK_FILE)
    try:
        size = _regular_file_size(path)  # before opening: opening a FIFO would block
        if size == 0:
            raise UnreadableFile("empty", "empty file (0 bytes)")
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
            identity = _identify(path, f, head, size, claimed, limits)
    except OSError as exc:
        reason = exc.strerror.lower() if exc.strerror else type(exc).__name__
        raise UnreadableFile("io-error", f"could not be opened: {reason}") from exc
    package = identity.package
    try:
        sniffed = _decide(path, claimed, identity)
    except BaseException:
        if package is not None:
            package.close()
        raise
    if package is None:
        return sniffed
    if keep_zip and sniffed.format in ZIPPED:
        return Sniffed(sniffed.format, sniffed.note, package)
    package.close()
    return sniffed


def _regular_file_size(path: Path) -> int:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("unsupported", "not a regular file")
    return info.st_size


def _decide(path: Path, claimed: str, identity: _Identity) -> Sniffed:
    real = identity.format
    if real in READABLE:
        if real == claimed:
            return Sniffed(real)
        name = FORMAT_NAMES[real]
        suffix = path.suffix.lower() or "(no extension)"
        return Sniffed(real, f"a {name} file named {suffix}; read as {name}")
    if claimed in TEXT_FORMATS:
        if real == "text" or identity.what.startswith("unrecognised"):
            return Sniffed(claimed)  # the text extractors judge odd bytes themselves
        raise UnreadableFile("unsupported", f"not a {FORMAT_NAMES[claimed]} file: {identity.what}")
    if claimed in OFFICE_FORMATS:
        raise UnreadableFile("unsupported", f"not a {FORMAT_NAMES[claimed]} file: {identity.what}")
    return Sniffed(claimed)


def _identify(
    path: Path, f: BinaryIO, head: bytes, size: int, claimed: str, limits: Limits
) -> _Identity:
    if head.startswith(LFS_POINTER_MAGIC):  # before the text check: never scanned as text
        raise UnreadableFile("lfs-pointer", LFS_POINTER)
    # Containers first: a zip whose first entry is a stored PDF has %PDF- in its first KiB.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _identify_zip(path, limits)
    if head.startswith(OLE2_MAGIC):
        _raise_for_ole(f)
    window = head[:PDF_HEADER_WINDOW] if claimed in OFFICE_FORMATS else head[:5]
    if b"%PDF-" in window:
        return _Identity("pdf", "a PDF file")
    if size in _LOCK_SIZES and _looks_like_owner_file(head):
        raise UnreadableFile("lock-file", _LOCK_FILE)
    if claimed == "pdf" and _looks_like_headless_pdf(head):
        raise UnreadableFile("corrupt", "corrupt: PDF objects without a %PDF header")
    binary = describe_binary(head)
    if binary is not None:
        return _Identity(None, binary)
    text = describe_text(head)
    if text is not None:
        return _Identity("text", text)  # plain text, HTML or XML: text extractors decide
    return _Identity(None, f"unrecognised binary data (starts with {head[:4].hex()})")


def _identify_zip(path: Path, limits: Limits) -> _Identity:
    zf = open_checked_zip(path, limits)
    try:
        names = set(zf.namelist())
        content_types = b""
        if "[Content_Types].xml" in names and zf.getinfo("[Content_Types].xml").file_size < 1 << 20:
            content_types = zf.read("[Content_Types].xml")
        mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except BaseException:
        zf.close()
        raise
    real, what = describe_zip(names, content_types, mimetype)
    return _Identity(real, what, zf)


def _raise_for_ole(f: BinaryIO) -> None:
    """Every OLE2 file is unreadable to freshcheck; say why in the user's terms."""
    try:
        directory = read_directory(f)
        if directory.stream("EncryptedPackage") is not None:
            raise UnreadableFile("encrypted", ENCRYPTED_OFFICE)
        word = directory.stream("WordDocument")
        if word is not None:
            fib = stream_head(f, directory, word, 12)
            if (
                fib[:2] == _WORD_MAGIC
                and int.from_bytes(fib[10:12], "little") & _WORD_ENCRYPTED_BIT
            ):
                raise UnreadableFile("encrypted", ENCRYPTED_OFFICE)
            raise UnreadableFile("legacy", "legacy binary format: save as .docx")
        if directory.stream("PowerPoint Document") is not None:
            user = directory.stream("Current User")
            if user is not None and stream_head(f, directory, user, 16)[12:16] == (
                _PPT_ENCRYPTED_TOKEN
            ):
                raise UnreadableFile("encrypted", ENCRYPTED_OFFICE)
            raise UnreadableFile("legacy", "legacy binary format: save as .pptx")
        if directory.stream("Workbook") or directory.stream("Book"):
            raise UnreadableFile(
                "unsupported", "a legacy Excel spreadsheet, not a deck or document"
            )
    except DamagedOle as exc:
        raise UnreadableFile(
            "corrupt", "corrupt: damaged legacy Office file (OLE2 structure unreadable)"
        ) from exc
    raise UnreadableFile("unsupported", "an OLE2 compound file that is not a deck or document")


def _looks_like_owner_file(head: bytes) -> bool:
    # Office owner files: a length byte, the user's name, NUL, spaces up to byte 55, then
    # the length again and the name in UTF-16. The NUL keeps short text files out.
    length = head[0]
    if not 1 <= length <= 53 or len(head) < 57:
        return False
    name_ok = head[1 : 1 + length].decode("latin-1").isprintable()
    return name_ok and head[1 + length] == 0 and head[55:57] == bytes([length, 0])


def _looks_like_headless_pdf(head: bytes) -> bool:
    return head.startswith(b"%") and b" obj" in head and b"<<" in head
