"""Just enough of the OLE2 compound file format to tell legacy Office files apart.

Legacy ``.ppt``/``.doc`` files and password-protected ``.pptx``/``.docx`` files are all
OLE2 containers; their stream names and a few header bits say which is which. This reads
the directory and the first bytes of a stream, following the FAT with loop and size
guards, and nothing else (no olefile dependency for ~100 lines of format).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER = struct.Struct("<8s16sHHHHH6sIIIIIIIII")
_DIFAT_IN_HEADER = 109
_ENTRY_SIZE = 128
_MAX_REGULAR_SECTOR = 0xFFFFFFFA
_MAX_CHAIN = 1 << 16  # directory sectors followed before giving up: a loop or a bomb
_STREAM, _ROOT = 2, 5


class DamagedOle(Exception):
    """The compound file's header, FAT or directory cannot be followed."""


@dataclass(frozen=True, slots=True)
class OleEntry:
    """One directory entry: a stream (type 2), storage (1) or the root (5)."""

    name: str
    type: int
    start: int
    size: int


@dataclass(frozen=True, slots=True)
class OleDirectory:
    """The entries of a compound file, and what is needed to read a stream's first bytes."""

    entries: tuple[OleEntry, ...]
    sector_size: int
    mini_cutoff: int
    difat: tuple[int, ...]

    def stream(self, name: str) -> OleEntry | None:
        """The stream called ``name`` (case-insensitive, as OLE2 compares), or None."""
        wanted = name.casefold()
        for entry in self.entries:
            if entry.type == _STREAM and entry.name.casefold() == wanted:
                return entry
        return None


def read_directory(f: BinaryIO) -> OleDirectory:
    """Read the directory of the compound file open in ``f``; raise ``DamagedOle``."""
    f.seek(0)
    header = f.read(512)
    if len(header) < 512 or not header.startswith(OLE2_MAGIC):
        raise DamagedOle("truncated header")
    fields = _HEADER.unpack_from(header)
    sector_shift, fat_sectors, first_dir = fields[5], fields[9], fields[10]
    mini_cutoff, first_difat, difat_sectors = fields[12], fields[15], fields[16]
    if sector_shift not in (9, 12):
        raise DamagedOle(f"sector shift {sector_shift}")
    sector_size = 1 << sector_shift
    difat = list(struct.unpack_from(f"<{_DIFAT_IN_HEADER}I", header, 76))
    difat += _difat_chain(f, sector_size, first_difat, difat_sectors)
    usable = tuple(s for s in difat[:fat_sectors] if s <= _MAX_REGULAR_SECTOR)
    directory = OleDirectory((), sector_size, mini_cutoff, usable)
    entries: list[OleEntry] = []
    for sector in _chain(f, directory, first_dir):
        f.seek((sector + 1) * sector_size)
        data = f.read(sector_size)
        for offset in range(0, len(data) - _ENTRY_SIZE + 1, _ENTRY_SIZE):
            entry = _entry(data[offset : offset + _ENTRY_SIZE])
            if entry is not None:
                entries.append(entry)
    if not entries or entries[0].type != _ROOT:
        raise DamagedOle("no root entry")
    return OleDirectory(tuple(entries), sector_size, mini_cutoff, usable)


def stream_head(f: BinaryIO, directory: OleDirectory, entry: OleEntry, size: int = 64) -> bytes:
    """The first ``size`` (≤ 64) bytes of a stream, from a regular sector or the mini stream."""
    if entry.size >= directory.mini_cutoff:
        offset = (entry.start + 1) * directory.sector_size
    else:  # small streams live in 64-byte mini sectors inside the root entry's chain
        root = directory.entries[0]
        position = entry.start * 64
        sector = root.start
        for _ in range(position // directory.sector_size):
            sector = _next_sector(f, directory, sector)
        offset = (sector + 1) * directory.sector_size + position % directory.sector_size
    f.seek(offset)
    return f.read(min(size, 64, entry.size))


def _entry(raw: bytes) -> OleEntry | None:
    name_length, kind = struct.unpack_from("<HB", raw, 64)
    if kind not in (1, _STREAM, _ROOT) or not 2 <= name_length <= 64:
        return None
    name = raw[: name_length - 2].decode("utf-16-le", errors="replace")
    start, size = struct.unpack_from("<IQ", raw, 116)
    return OleEntry(name, kind, start, size & 0xFFFFFFFF)


def _chain(f: BinaryIO, directory: OleDirectory, start: int) -> list[int]:
    sectors: list[int] = []
    seen: set[int] = set()
    sector = start
    while sector <= _MAX_REGULAR_SECTOR:
        if sector in seen or len(sectors) >= _MAX_CHAIN:
            raise DamagedOle("sector chain loops")
        seen.add(sector)
        sectors.append(sector)
        sector = _next_sector(f, directory, sector)
    return sectors


def _next_sector(f: BinaryIO, directory: OleDirectory, sector: int) -> int:
    per_sector = directory.sector_size // 4
    index = sector // per_sector
    if index >= len(directory.difat):
        raise DamagedOle("sector outside the FAT")
    f.seek((directory.difat[index] + 1) * directory.sector_size + (sector % per_sector) * 4)
    raw = f.read(4)
    if len(raw) < 4:
        raise DamagedOle("FAT beyond end of file")
    return int(struct.unpack("<I", raw)[0])


def _difat_chain(f: BinaryIO, sector_size: int, sector: int, count: int) -> list[int]:
    out: list[int] = []
    per_sector = sector_size // 4 - 1
    for _ in range(min(count, _MAX_CHAIN)):
        if sector > _MAX_REGULAR_SECTOR:
            break
        f.seek((sector + 1) * sector_size)
        data = f.read(sector_size)
        if len(data) < sector_size:
            raise DamagedOle("DIFAT beyond end of file")
        values = struct.unpack(f"<{per_sector + 1}I", data)
        out.extend(values[:per_sector])
        sector = values[per_sector]
    return out
