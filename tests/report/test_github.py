"""``--format github`` and ``rdjson``: escaping, the 10/10 cap, the step summary, the schema.

The whole outputs for the canonical result are golden files (``report.github.txt``,
``github-step-summary.md``, ``report.rdjson.json``); these tests pin the decisions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from freshcheck.cli.app import run
from freshcheck.model import FileResult, Finding, Location, ScanResult
from freshcheck.report import ReportOptions, render, step_summary
from freshcheck.report.github import (
    SHOWN_PER_KIND,
    SUMMARY_LIMIT_BYTES,
    escape_data,
    escape_property,
)

RDJSON_SCHEMA = Path(__file__).resolve().parent / "schema" / "rdjson" / "DiagnosticResult.json"
AS_OF = dt.date(2026, 11, 23)


def scan_of(*files: FileResult, roots: tuple[str, ...] = ("content",)) -> ScanResult:
    return ScanResult(AS_OF, roots, files, "sha256:0", "0.1.0")


def test_message_and_property_escaping_follow_the_actions_toolkit() -> None:
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("nul\x00bell\x07tab\t") == "nul bell tab\t"


def test_an_annotation_escapes_the_path_and_the_message() -> None:
    finding = Finding(
        "compliance/banned-phrase",
        "error",
        "Banned phrase 'risk-free': 100% legal\nsee policy",
        Location(line=4),
    )
    file = FileResult("odd: name, 1.md", "md", "fresh", findings=(finding,))
    first = render("github", scan_of(file), ReportOptions()).splitlines()[0]
    assert first == (
        "::error file=content/odd%3A name%2C 1.md,line=4,"
        "title=freshcheck compliance/banned-phrase::"
        "Line 4: Banned phrase 'risk-free': 100%25 legal%0Asee policy"
    )


def test_binary_documents_point_at_line_1_and_name_the_slide() -> None:
    finding = Finding("messaging/retired-term", "warning", "Retired", Location(slide=7))
    deck = FileResult("deck.pptx", "pptx", "fresh", findings=(finding,))
    first = render("github", scan_of(deck), ReportOptions()).splitlines()[0]
    assert first.startswith("::warning file=content/deck.pptx,line=1,")
    assert first.endswith("::Slide 7: Retired")


def test_errors_come_first_and_each_kind_is_capped_at_ten() -> None:
    def findings(severity: str, count: int) -> tuple[Finding, ...]:
        return tuple(
            Finding("content/dated-reference", severity, f"{severity} {n}", Location(line=n))  # type: ignore[arg-type]
            for n in range(1, count + 1)
        )

    a = FileResult("a.md", "md", "fresh", findings=findings("warning", 14) + findings("info", 12))
    b = FileResult("b.md", "md", "fresh", findings=findings("error", 12))
    lines = render("github", scan_of(a, b), ReportOptions()).splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines]
    # The total is a notice too: GitHub shows 10 notices, so 9 info findings and the total.
    notices = ["::notice"] * SHOWN_PER_KIND
    assert kinds == ["::error"] * SHOWN_PER_KIND + ["::warning"] * SHOWN_PER_KIND + notices
    assert lines[0].endswith("::Line 1: error 1")
    assert lines[-1] == (
        "::notice title=freshcheck::38 findings (12 errors, 14 warnings, 12 notices) in 2 files; "
        "GitHub shows 10 annotations of each kind, so 9 are listed only in the step summary "
        "and the other reports"
    )


def test_a_clean_scan_still_says_so() -> None:
    clean = FileResult("a.md", "md", "fresh")
    assert render("github", scan_of(clean), ReportOptions()) == (
        "::notice title=freshcheck::0 findings (0 errors, 0 warnings, 0 notices) in 1 file\n"
    )


def test_step_summary_has_totals_and_a_table_per_file_with_locations() -> None:
    deck = FileResult(
        "decks/q3 | pitch.pptx",
        "pptx",
        "overdue",
        findings=(
            Finding("messaging/retired-term", "error", "Retired 'X'", Location(slide=3), "X|y"),
            Finding("freshness/overdue", "error", "Overdue since 2026-01-01"),
        ),
    )
    text = step_summary(scan_of(deck, FileResult("clean.md", "md", "fresh")), ReportOptions())
    assert text.startswith("## freshcheck\n\n2 files: 1 overdue")
    assert "### <code>content/decks/q3 &#124; pitch.pptx</code> (overdue)" in text
    assert "| slide 3 | error | <code>messaging/retired-term</code> | Retired 'X' — “X\\|y” |" in (
        text
    )
    assert "| file | error | <code>freshness/overdue</code> |" in text
    assert "clean.md" not in text


def test_step_summary_stays_well_under_githubs_limit() -> None:
    long = "x" * 2000
    files = tuple(
        FileResult(
            f"f{n:04}.md",
            "md",
            "fresh",
            findings=tuple(
                Finding("content/dated-reference", "warning", long, Location(line=i))
                for i in range(1, 6)
            ),
        )
        for n in range(200)
    )
    text = step_summary(scan_of(*files), ReportOptions())
    assert len(text.encode("utf-8")) < SUMMARY_LIMIT_BYTES
    kept = text.count("### ")
    assert 0 < kept < 200
    assert text.endswith(
        f"_{200 - kept} more files with findings not shown here (GitHub limits a step summary "
        "to 1 MiB): see the SARIF or HTML report._\n"
    )
    cut = re.search(r"\| … \| \| \| (\d) more findings? in this file: see the SARIF", text)
    assert cut is not None  # the last file shown is cut between rows, never mid-row


def test_one_huge_file_is_cut_between_rows() -> None:
    findings = tuple(
        Finding("content/dated-reference", "warning", "y" * 1000, Location(line=i))
        for i in range(1, 2001)
    )
    big = FileResult("big.md", "md", "fresh", findings=findings)
    text = step_summary(scan_of(big), ReportOptions())
    assert len(text.encode("utf-8")) < SUMMARY_LIMIT_BYTES
    rows = text.count("| warning |")
    assert 100 < rows < 2000
    assert f"| … | | | {2000 - rows} more findings in this file" in text
    assert "more files" not in text


@pytest.fixture(scope="module")
def rdjson_validator() -> Any:
    schema = json.loads(RDJSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_rdjson_is_valid_and_carries_rule_severity_and_location(
    result: ScanResult, rdjson_validator: Any
) -> None:
    document = json.loads(render("rdjson", result, ReportOptions()))
    rdjson_validator.validate(document)
    assert document["source"] == {"name": "freshcheck"}
    by_rule = {d["code"]["value"]: d for d in document["diagnostics"]}
    line_finding = next(
        d
        for d in document["diagnostics"]
        if d["location"]["path"].endswith("call-script.txt")
        and d["code"]["value"] == "messaging/retired-term"
    )
    span = {"start": {"line": 7, "column": 8}, "end": {"line": 7, "column": 20}}
    assert line_finding["location"]["range"] == span
    assert line_finding["suggestions"] == [{"range": span, "text": "Acme Analytics"}]
    assert line_finding["severity"] == "ERROR"
    assert by_rule["freshness/due-soon"]["severity"] == "WARNING"
    slide = next(d for d in document["diagnostics"] if d["message"].startswith("Slide 3 (notes)"))
    assert slide["location"]["range"]["start"]["line"] == 1
    assert slide["properties"]["location"] == {"slide": 3, "part": "notes"}
    assert len(document["diagnostics"]) == sum(1 for _ in result.findings)


def test_rdjson_of_an_empty_scan_is_valid(rdjson_validator: Any) -> None:
    document = json.loads(render("rdjson", scan_of(), ReportOptions()))
    rdjson_validator.validate(document)
    assert document["diagnostics"] == []


BANNED = """version: 1
freshness:
  default_cadence: 10y
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def test_cli_appends_the_step_summary_when_github_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(BANNED)
    (tmp_path / "page.md").write_text("# Page\n\nGuaranteed results, always.\n")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = run(["scan", "--format", "github", "--as-of", "2026-11-23", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "::error file=" in out
        and "page.md,line=3,endLine=3,col=1,endColumn=18,title=freshcheck compliance/banned-phrase"
        in out
    )
    text = summary.read_text()
    assert text.startswith("earlier step\n## freshcheck\n")
    assert "| line 3 | error | <code>compliance/banned-phrase</code> |" in text
    assert run(["scan", "--format", "json", "--as-of", "2026-11-23", str(tmp_path)]) == 1
    assert summary.read_text() == text  # only the github format writes the summary


def test_html_findings_point_at_their_source_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(BANNED)
    page = "<html>\n<body>\n<h1>Offer</h1>\n<p>Intro.</p>\n<p>Guaranteed results.</p>\n</body>\n"
    (tmp_path / "page.html").write_text(page)
    run(["scan", "--format", "github", "--as-of", "2026-11-23", str(tmp_path)])
    first = capsys.readouterr().out.splitlines()[0]
    assert (
        "page.html,line=5,endLine=5,col=4,endColumn=21,"
        "title=freshcheck compliance/banned-phrase::Paragraph 3:" in first
    )
