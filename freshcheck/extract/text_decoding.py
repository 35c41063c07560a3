"""Reading a text file (md, txt, html) into one string, whatever its encoding.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32), then an encoding the file
declares (HTML ``<meta charset>``), then strict UTF-8, then Windows-1252, then Latin-1,
which never fails. Newlines are normalised to ``\\n`` so that line numbers count the lines
an editor shows. NUL bytes outside a UTF-16/32 file mean binary content, not text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import Limits

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that ordinary text files do contain: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_SNIFF_BYTES = 8192
# Share of other control bytes above which a file without NULs is still binary.
_MAX_CONTROL_SHARE = 0.1
# No supported encoding spends more than four bytes on one character.
_MAX_BYTES_PER_CHAR = 4

BINARY_REASON = "binary content, not text"


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text with ``\\n`` newlines and no BOM; ``note`` says when it was a guess."""

    text: str
    encoding: str
    note: str | None = None


def read_text_file(path: Path, limits: Limits, declared: str | None = None) -> DecodedText:
    """Read and decode ``path``; raise ``UnreadableFile`` for binary or too-large files."""
    data = read_limited_bytes(path, limits)
    return decode_text(data, limits, declared)


def read_limited_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refusing (without reading it all) a file that cannot fit the limit."""
    cap = limits.max_chars * _MAX_BYTES_PER_CHAR
    with path.open("rb") as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise UnreadableFile("too-large", f"more than {limits.max_chars:,} characters of text")
    return data


def decode_text(data: bytes, limits: Limits, declared: str | None = None) -> DecodedText:
    """Decode bytes as described in the module docstring; ``declared`` is a charset label."""
    decoded = _decode(data, declared)
    if "\x00" in decoded.text:
        raise UnreadableFile("unsupported", BINARY_REASON)
    if len(decoded.text) > limits.max_chars:
        raise UnreadableFile("too-large", f"more than {limits.max_chars:,} characters of text")
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text, decoded.encoding, decoded.note)


def _decode(data: bytes, declared: str | None) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(encoding, errors="replace")
            note = None if "\ufffd" not in text else f"invalid {encoding} bytes were replaced"
            return DecodedText(text, encoding, note)
    if looks_binary(data):
        raise UnreadableFile("unsupported", BINARY_REASON)
    codec = _known_codec(declared)
    if codec is not None:
        return DecodedText(data.decode(codec, errors="replace"), codec)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(data.decode("cp1252"), "cp1252", "not UTF-8; read as Windows-1252")
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "latin-1", "not UTF-8; read as Latin-1")


def looks_binary(data: bytes) -> bool:
    """True for bytes no text file holds: a NUL, or many other control bytes, near the start."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in data:
        return True
    if not head:
        return False
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > len(head) * _MAX_CONTROL_SHARE


def _known_codec(label: str | None) -> str | None:
    """Python's name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    name = info.name
    # A file without a BOM that calls itself UTF-16/32 is ASCII-compatible in practice; and
    # codecs such as "base64" are not text encodings at all.
    if name.startswith(("utf-16", "utf-32")) or not getattr(info, "_is_text_encoding", True):
        return None
    # Browsers read "iso-8859-1" and "ascii" as Windows-1252 (WHATWG Encoding), and so do we.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
