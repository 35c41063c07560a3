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
