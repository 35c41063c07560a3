"""The cheap screens in front of costly patterns never hide a match the patterns would find.

Checked on every text unit of the shared corpus (pptx and docx: thousands of real
paragraphs, cells and notes) and on hand-made edge cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.engine.rules.dated_reference import _has_cue, _references
from freshcheck.extract import extract_file
from freshcheck.freshness.last_updated import _MARKER, _MARKER_CUE

EDGE_CASES = (
    "(C) 2019 Acme",
    "COPYRIGHT 2020",
    "© Acme Inc. 2021",
    "Q3 FY24 results",
    "2023-Q4 plan",
    "H1 2022",
    "Figures AS AT 31 March 2023",
    "Last Updated: 2024-05-01",
    "REVIEW DATE 2025-01-01",
    "Revised on 3 June 2024",
)


def _screened_out(text: str) -> list[str]:
    missed = []
    if list(_references(text)) and not _has_cue(text):
        missed.append(f"dated reference: {text[:80]!r}")
    if _MARKER.search(text) and not _MARKER_CUE(text):
        missed.append(f"review marker: {text[:80]!r}")
    return missed


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_pass_the_screens(text: str) -> None:
    assert list(_references(text)) or _MARKER.search(text)
    assert _screened_out(text) == []


def test_no_corpus_unit_is_screened_out_wrongly(corpus: Path) -> None:
    missed: list[str] = []
    units = 0
    for folder in ("pptx", "docx"):  # PDFs would take 4x as long, no new kind of text
        for file in sorted((corpus / folder).iterdir()):
            for unit in extract_file(file, file.name).units:
                units += 1
                missed += _screened_out(unit.text)
    assert units > 5_000
    assert missed == []
