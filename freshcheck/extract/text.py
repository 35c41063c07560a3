"""Placeholder until the text extractor lands (being built now)."""

from __future__ import annotations

from pathlib import Path

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import Limits
from freshcheck.model import Document


def extract_text(path: Path, display_path: str, limits: Limits) -> Document:
    raise UnreadableFile("unsupported", "text extraction is not built yet")
