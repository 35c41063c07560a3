"""Shared test fixtures: where the real-world corpus lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("FRESHCHECK_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared real-world corpus (../shared/corpus), read-only."""
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS
