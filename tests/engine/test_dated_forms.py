"""Dated references in every form, in every format where it occurs (issue 19, point 6).

Table-driven: each case is a text written into real files (slide tables and notes, Word
tables and comments, wrapped PDF lines, Markdown, HTML, plain text); positives and
look-alikes (laws and standards with their years, current periods) side by side. One real
scan as of 2026-12-01 with ``max_age: 2y``: a positive gives one
``content/dated-reference`` finding whose span in the excerpt is the period as said, a
negative none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import freshcheck
from freshcheck.model import Finding
from tests.engine.test_retired_forms import _write

RULE = "content/dated-reference"
POLICY = """version: 1
freshness:
  default_cadence: 100y
  dated_references:
    max_age: 2y
"""
PROSE = ("txt", "md", "html", "docx", "docx-comment", "pptx-notes", "pdf")
TABLE = ("pptx-table", "docx-table", "md-table", "html-table")
WRAPPED = ("pdf-lines", "txt", "md-lines", "html-lines")

# (case id, text, the period as said with its spaces collapsed or None, formats)
CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    ("fiscal", "Revenue grew 30% in fiscal 2022.", "fiscal 2022", PROSE),
    ("fiscal-year", "Fiscal year 2022 targets were met.", "Fiscal year 2022", PROSE),
    ("fiscal-year-hyphen", "Our fiscal-year 2022 plan.", "fiscal-year 2022", PROSE),
    ("year-fiscal-year", "The 2022 fiscal year closed well.", "2022 fiscal year", PROSE),
    ("fy-space", "Targets for FY 2022 were met.", "FY 2022", PROSE),
    ("fy-short", "FY22 results are attached.", "FY22", PROSE),
    ("fy-split", "The FY2022/23 budget is final.", "FY2022/23", PROSE),
    ("quarter-fy", "The Q1 FY23 release added swaps.", "Q1 FY23", PROSE),
    ("lead-half", "Bookings in 1H 2022 doubled.", "1H 2022", PROSE),
    ("quarter-words", "Launched in the first quarter of 2023.", "first quarter of 2023", PROSE),
    (
        "quarter-fiscal",
        "Set in the third quarter of fiscal 2022.",
        "third quarter of fiscal 2022",
        PROSE,
    ),
    ("table-fy", "Targets | FY22", "FY22", TABLE),
    ("table-fiscal", "Plan year | fiscal 2023", "fiscal 2023", TABLE),
    ("wrapped-fiscal", "Results for fiscal\n2022 beat the plan.", "fiscal 2022", WRAPPED),
    ("wrapped-quarter", "Up in the second quarter of\n2023.", "second quarter of 2023", WRAPPED),
    ("wrapped-fy", "Numbers are from FY\n2022 filings.", "FY 2022", WRAPPED),
    ("standard", "Certified to ISO 27001:2022 in every region.", None, PROSE),
    ("regulation", "Data is handled under GDPR 2016/679.", None, PROSE),
    ("law-of", "Controls follow the Sarbanes-Oxley Act of 2002.", None, PROSE),
    ("law-brackets", "Health plans meet HIPAA (1996) rules.", None, PROSE),
    ("law-fiscal", "Funded by the Fiscal Year 2022 Appropriations Act.", None, PROSE),
    ("wrapped-law", "Records follow the Sarbanes-Oxley Act of\n2002 in the US.", None, WRAPPED),
    ("current", "The FY27 plan adds two regions.", None, PROSE),
    ("current-quarter", "Roadmap for Q3 2026 is on track.", None, PROSE),
    ("table-standard", "Certification | ISO 27001:2022", None, TABLE),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    folder = tmp_path_factory.mktemp("dated-forms")
    lib = folder / "lib"
    lib.mkdir()
    policy = folder / "policy.yaml"
    policy.write_text(POLICY)
    for number, (_case, text, _said, formats) in enumerate(CASES):
        for fmt in formats:
            _write(lib, f"case{number:02d}-{fmt}", fmt, text)
    result = freshcheck.scan([lib], policy=policy, as_of=dt.date(2026, 12, 1))
    return {
        Path(file.path).stem: [f for f in file.findings if f.rule == RULE] for file in result.files
    }


@pytest.mark.parametrize(
    ("number", "fmt"),
    [(n, fmt) for n, case in enumerate(CASES) for fmt in case[3]],
    ids=[f"{case[0]}-{fmt}" for case in CASES for fmt in case[3]],
)
def test_dated_reference_form(scanned: dict[str, list[Finding]], number: int, fmt: str) -> None:
    _case, text, said, _formats = CASES[number]
    findings = scanned[f"case{number:02d}-{fmt}"]
    if said is None:
        assert findings == [], f"{text!r} in {fmt} must not be flagged"
        return
    assert len(findings) == 1, f"{text!r} in {fmt}: {findings}"
    finding = findings[0]
    assert finding.span is not None
    start, end = finding.span
    assert " ".join(finding.excerpt[start:end].split()) == said, finding.excerpt
