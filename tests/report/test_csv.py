"""CSV: one row per finding (or per clean file), every formula-like cell neutralised."""

from __future__ import annotations

import csv
from dataclasses import replace
from io import StringIO

import pytest

from freshcheck.model import FileResult, Finding, Location, ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.csv_report import COLUMNS, neutralise, render_csv


def _rows(result: ScanResult) -> list[dict[str, str]]:
    return list(csv.DictReader(StringIO(render_csv(result, ReportOptions()), newline="")))


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_one_row_per_finding_and_per_clean_file(result: ScanResult) -> None:
    rows = _rows(result)
    clean = [f for f in result.files if not f.findings]
    assert len(rows) == len(list(result.findings)) + len(clean)
    assert list(rows[0]) == list(COLUMNS)
    intro = [r for r in rows if r["path"] == "decks/intro.pptx"]
    assert len(intro) == 1 and intro[0]["rule"] == "" and intro[0]["status"] == "fresh"
    assert intro[0]["due"] == "2027-01-18" and intro[0]["owner"] == "enablement@example.com"


def test_injection_strings_from_documents_are_neutralised(result: ScanResult) -> None:
    excerpts = [r["excerpt"] for r in _rows(result) if r["excerpt"]]
    assert '\'=HYPERLINK("http://evil.example","guaranteed results")' in excerpts
    assert "'+Insights Pro" in excerpts
    assert "'@SUM(A1:A9) © 2019" in excerpts
    assert "'-2+3 Q3 2023 results" in excerpts
    assert "'\tH1 2022\rtotals" in excerpts
    for row in _rows(result):
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_owner_and_path_cells_are_neutralised_too() -> None:
    hostile = FileResult(
        path="=cmd.pptx",
        format="pptx",
        status="fresh",
        owner="@evil",
        findings=(Finding("messaging/retired-term", "error", "-x", Location(slide=1), "+y"),),
    )
    base = ScanResult(
        as_of=__import__("datetime").date(2026, 1, 1),
        roots=(".",),
        files=(hostile,),
        policy_digest="",
        tool_version="0.1.0",
    )
    row = _rows(replace(base))[0]
    assert (row["path"], row["owner"], row["message"], row["excerpt"]) == (
        "'=cmd.pptx",
        "'@evil",
        "'-x",
        "'+y",
    )


def test_line_column_for_text_formats(result: ScanResult) -> None:
    rows = _rows(result)
    wiki = next(r for r in rows if r["path"] == "wiki/onboarding.md" and r["line"])
    assert wiki["line"] == "14" and wiki["location"] == "line 14"
