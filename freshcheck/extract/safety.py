"""Limits that keep a hostile file from taking a scan down (placeholder, being built)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    timeout_s: float = 60.0
    memory_bytes: int = 1 << 30
    max_zip_entries: int = 1000
    max_entry_ratio: float = 100.0
    ratio_min_entry_bytes: int = 100 * 1024
    max_total_uncompressed: int = 1 << 30
    max_chars: int = 10_000_000


DEFAULT_LIMITS = Limits()


# Interim versions (lead); the safety engineer replaces these with the full checks.
def check_zip(zf: "zipfile.ZipFile", limits: Limits) -> None:  # noqa: UP037
    """Check a zip's directory before any part is read (interim)."""
    infos = zf.infolist()
    if len(infos) > limits.max_zip_entries:
        from freshcheck.errors import UnreadableFile

        raise UnreadableFile("too-large", f"too many zip entries ({len(infos)})")


def xml_parser() -> "etree.XMLParser":  # noqa: UP037
    """A hardened lxml parser (interim)."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


import zipfile  # noqa: E402

from lxml import etree  # noqa: E402
