"""Text drawn inside Windows metafile pictures (EMF, WMF): words a reader sees on a slide.

Embedded spreadsheets, MS Graph charts, Visio drawings and other OLE objects show on the
slide as their preview picture, usually a metafile whose text-drawing records hold the
words in plain form. So do pasted vector graphics. Only those records are read: EMF
``EMR_EXTTEXTOUTW``/``A`` and WMF ``META_TEXTOUT``/``META_EXTTEXTOUT``. Pieces drawn on the
same baseline join into one line; a gap wider than a character starts a new word, using
the records' advance widths when they carry them. Raster pictures need OCR and are skipped.

Parsing is defensive: any record that lies about its size ends the walk, so a damaged
picture yields what was read before the damage, never an exception.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

_EMF_HEADER, _EMF_EOF = 1, 14
_EMR_EXTTEXTOUTA, _EMR_EXTTEXTOUTW = 83, 84
_ETO_GLYPH_INDEX = 0x10
_WMF_PLACEABLE = b"\xd7\xcd\xc6\x9a"
_META_EOF, _META_TEXTOUT, _META_EXTTEXTOUT = 0x0000, 0x0521, 0x0A32
_META_CREATEFONTINDIRECT = 0x02FB
_ETO_OPAQUE_OR_CLIPPED = 0x0006
_SYMBOL_CHARSET = 2
# GDI font charsets → Python codecs, for 8-bit text records.
_CHARSETS = {
    0: "cp1252",
    1: "cp1252",
    128: "cp932",
    129: "cp949",
    134: "gbk",
    136: "big5",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
}
METAFILE_SUFFIXES = (".emf", ".wmf")


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    x: int
    y: int
    width: int | None  # advance width in logical units, when the record says


def metafile_lines(data: bytes) -> list[str]:
    """Lines of text drawn in an EMF or WMF picture, in drawing order; [] for other data."""
    if len(data) >= 44 and data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF":
        pieces = _emf_pieces(data)
    elif data[:4] == _WMF_PLACEABLE or data[:4] in (b"\x01\x00\x09\x00", b"\x02\x00\x09\x00"):
        pieces = _wmf_pieces(data)
    else:
        return []
    return _lines(pieces)


def _emf_pieces(data: bytes) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 0
    while pos + 8 <= len(data):
        kind, size = struct.unpack_from("<II", data, pos)
        if size < 8 or size % 4 or pos + size > len(data) or kind == _EMF_EOF:
            break
        if kind in (_EMR_EXTTEXTOUTA, _EMR_EXTTEXTOUTW) and size >= 76:
            piece = _emf_text(data[pos : pos + size], wide=kind == _EMR_EXTTEXTOUTW)
            if piece is not None:
                pieces.append(piece)
        pos += size
    return pieces


def _emf_text(record: bytes, *, wide: bool) -> _Piece | None:
    # EMRTEXT starts after type, size, bounds (16) and graphics mode + scales (12).
    x, y, count, offset, options = struct.unpack_from("<iiIII", record, 36)
    off_dx = struct.unpack_from("<I", record, 72)[0]
    if options & _ETO_GLYPH_INDEX:  # glyph numbers, not characters
        return None
    length = count * 2 if wide else count
    if count == 0 or offset + length > len(record):
        return None
    raw = record[offset : offset + length]
    text = raw.decode("utf-16-le", "replace") if wide else raw.decode("cp1252", "replace")
    width = None
    if off_dx and off_dx + 4 * count <= len(record):
        width = sum(struct.unpack_from(f"<{count}i", record, off_dx))
    return _Piece(text, x, y, width)


def _wmf_pieces(data: bytes) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 22 if data[:4] == _WMF_PLACEABLE else 0
    if pos + 18 > len(data):
        return pieces
    pos += struct.unpack_from("<H", data, pos + 2)[0] * 2  # header size in 16-bit words
    codec: str | None = "cp1252"
    while pos + 6 <= len(data):
        words, function = struct.unpack_from("<IH", data, pos)
        size = words * 2
        if size < 6 or pos + size > len(data) or function == _META_EOF:
            break
        params = data[pos + 6 : pos + size]
        if function == _META_CREATEFONTINDIRECT and len(params) > 13:
            charset = params[13]
            codec = None if charset == _SYMBOL_CHARSET else _CHARSETS.get(charset, "cp1252")
        elif function in (_META_TEXTOUT, _META_EXTTEXTOUT) and codec is not None:
            piece = _wmf_text(params, function, codec)
            if piece is not None:
                pieces.append(piece)
        pos += size
    return pieces


def _wmf_text(params: bytes, function: int, codec: str) -> _Piece | None:
    if function == _META_TEXTOUT:
        if len(params) < 2:
            return None
        count = struct.unpack_from("<H", params)[0]
        end = 2 + count + (count & 1)
        if end + 4 > len(params):
            return None
        y, x = struct.unpack_from("<hh", params, end)
        return _Piece(params[2 : 2 + count].decode(codec, "replace"), x, y, None)
    if len(params) < 8:
        return None
    y, x, count, options = struct.unpack_from("<hhHH", params)
    start = 8 + (8 if options & _ETO_OPAQUE_OR_CLIPPED else 0)
    if start + count > len(params):
        return None
    text = params[start : start + count].decode(codec, "replace")
    dx_at = start + count + (count & 1)
    width = None
    if dx_at + 2 * count <= len(params):
        width = sum(struct.unpack_from(f"<{count}h", params, dx_at))
    return _Piece(text, x, y, width)


def _lines(pieces: list[_Piece]) -> list[str]:
    lines: list[str] = []
    current = ""
    previous: _Piece | None = None
    for piece in pieces:
        text = piece.text.replace("\x00", "")
        separator = None if previous is None else _separator(previous, piece)
        if separator is None:
            if current.strip():
                lines.append(" ".join(current.split()))
            current = text
        else:
            current += separator + text
        previous = piece
    if current.strip():
        lines.append(" ".join(current.split()))
    return lines


def _separator(previous: _Piece, piece: _Piece) -> str | None:
    """ "" or " " when ``piece`` continues ``previous``'s line; None when it starts a new one.

    A new line: another baseline, or a step back to the left (labels positioned by a
    transform all sit at the same origin).
    """
    if piece.y != previous.y or piece.x <= previous.x:
        return None
    if previous.width is None:
        # Without advance widths a word break cannot be told from a kerned run: assume a word.
        return " "
    gap = piece.x - (previous.x + previous.width)
    character = previous.width / max(len(previous.text), 1)
    if gap < -character:
        return None
    return " " if gap > character / 3 else ""
