"""Limits that keep a hostile file from taking a scan down, and the checks that apply them.

A zip's central directory is checked before any library opens a part: entry count, sizes
and compression ratios (the defaults are Apache POI's ``ZipSecureFile`` limits). XML is
parsed with a parser that never loads DTDs, expands entities or touches the network. The
timeout and memory cap are enforced by ``freshcheck.scan.workers``; extractors stop reading
text past ``max_chars``.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

from freshcheck.errors import UnreadableFile

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# Compression methods Office and LibreOffice write. Anything else in an OOXML package is
# a fuzzer's doing, and zipfile would fail on it with a cryptic message.
_KNOWN_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
_ENCRYPTED_FLAG = 0x1
_UTF8_FLAG = 0x800
# A zip entry's local header (APPNOTE 4.3.7), as zipfile reads it: signature, versions,
# flags, method, time, date, CRC, sizes, name and extra-field lengths.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one file may cost. Sizes in bytes; ``memory_bytes`` 0 means no cap."""

    timeout_s: float = 60.0
    memory_bytes: int = 1 * GIB
    max_zip_entries: int = 1000
    max_entry_ratio: float = 100.0
    ratio_min_entry_bytes: int = 100 * KIB
    max_total_uncompressed: int = 1 * GIB
    max_chars: int = 10_000_000
    max_entry_bytes: int = 512 * MIB


DEFAULT_LIMITS = Limits()


def open_checked_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open a zip and check its directory; the caller closes it (it is a context manager)."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableFile("corrupt", "corrupt: not a valid zip (truncated?)") from exc
    try:
        check_zip(zf, limits)
    except BaseException:
        zf.close()
        raise
    return zf


def check_zip(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Raise ``UnreadableFile`` when a zip's directory shows a bomb or damage.

    Reads only the central directory that ``zipfile.ZipFile`` already parsed: no entry is
    decompressed. Python's zipfile stops at each entry's declared size and checks its CRC,
    so sizes that lie about a bomb fail as corrupt when the part is read.
    """
    infos = zf.infolist()
    if len(infos) > limits.max_zip_entries:
        raise UnreadableFile(
            "too-large",
            f"too many parts: the zip has {len(infos)} entries (limit {limits.max_zip_entries})",
        )
    total = 0
    for info in infos:
        _check_entry(info, limits)
        total += info.file_size
        if total > limits.max_total_uncompressed:
            raise UnreadableFile(
                "too-large",
                f"possible decompression bomb: contents expand to more than "
                f"{format_bytes(limits.max_total_uncompressed)}",
            )


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The bytes of one entry of a zip checked by ``check_zip``: what ``zf.read`` returns.

    ``zf.read`` builds a file object per entry and reads it through several layers of
    Python; a deck's 150–220 parts cost 4–6 ms that way and 2 ms here. The same checks
    remain: the local header's signature and name, the declared size as a hard cap on what
    is inflated, and the CRC. Anything unusual goes through ``zf.read``.
    """
    source = zf.fp
    unusual = info.compress_type not in _KNOWN_METHODS or info.flag_bits & _ENCRYPTED_FLAG
    if source is None or unusual:
        return zf.read(info)
    source.seek(info.header_offset)
    header = source.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise zipfile.BadZipFile(f"truncated local header for {info.filename}")
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_length, extra_length = fields[10], fields[11]
    name = source.read(name_length).decode("utf-8" if fields[3] & _UTF8_FLAG else "cp437")
    if name != info.orig_filename:
        raise zipfile.BadZipFile(f"entry {info.filename!r} has the header of {name!r}")
    source.seek(extra_length, 1)
    packed = source.read(info.compress_size)
    if len(packed) != info.compress_size:
        raise zipfile.BadZipFile(f"truncated entry {info.filename}")
    if info.compress_type == zipfile.ZIP_DEFLATED:
        data = zlib.decompressobj(-15).decompress(packed, info.file_size + 1)
    else:
        data = packed
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile(f"bad CRC or size for {info.filename}")
    return data


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise UnreadableFile("encrypted", f"encrypted: zip entry {name} needs a password")
    if info.compress_type not in _KNOWN_METHODS:
        raise UnreadableFile(
            "corrupt",
            f"corrupt: zip entry {name} uses unknown compression method {info.compress_type}",
        )
    if info.file_size > limits.max_entry_bytes:
        raise UnreadableFile(
            "too-large",
            f"too large: {name} expands to {format_bytes(info.file_size)} "
            f"(limit {format_bytes(limits.max_entry_bytes)})",
        )
    if info.file_size > limits.ratio_min_entry_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_entry_ratio:
            raise UnreadableFile(
                "too-large", f"possible decompression bomb: {name} expands {ratio:.0f}:1"
            )


def check_chars(count: int, limits: Limits) -> None:
    """Raise ``UnreadableFile("too-large")`` once an extractor has read over ``max_chars``."""
    if count > limits.max_chars:
        raise UnreadableFile(
            "too-large", f"too much text: over {limits.max_chars:,} characters in one file"
        )


def xml_parser() -> etree.XMLParser:
    """A fresh lxml parser that is safe on untrusted XML.

    No DTD loading, no entity expansion (billion laughs, external entities), no network,
    no huge-tree mode (libxml2's depth and text-node limits stay on); comments dropped.
    A new parser per call: lxml parsers must not be shared between threads. lxml is
    imported here, not with the module: the sniffer and the scan's limits must not pay
    for it.
    """
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        load_dtd=False,
        dtd_validation=False,
    )


def format_bytes(size: int) -> str:
    """``1073741824`` → ``1 GiB``; ``1536`` → ``1.5 KiB``: sizes as a person reads them."""
    for unit, scale in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"
