"""Real-type sniffing (placeholder, being built)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Sniffed:
    format: str
    note: str | None = None


def sniff_format(path: Path, claimed: str) -> Sniffed:
    return Sniffed(claimed)
