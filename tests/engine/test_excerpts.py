"""Excerpts on real files: the sentence that fired, with the span of the offending words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx

from freshcheck.report import ReportOptions, render
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan

POLICY = """version: 1
freshness:
  default_cadence: 100y
messaging:
  messages:
    - id: onboarding-time
      current: "Acme cuts new-hire onboarding time by 45%."
  terms:
    - retired: ["Insights Pro"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""
FILLER = "Partners get playbooks, webinars and office hours every week of the quarter. " * 6


def findings(root: Path) -> list[dict[str, object]]:
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    report = json.loads(render("json", result, ReportOptions()))
    return [f for file in report["files"] for f in file["findings"]]


def shown(finding: dict[str, object]) -> str:
    start, end = finding["span"]  # type: ignore[misc]
    return str(finding["excerpt"])[start:end]


def test_long_paragraphs_show_the_sentence_and_the_span(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    document = docx.Document()
    document.add_paragraph(
        FILLER
        + "Our Insights Pro dashboards ship with guaranteed results for every team. "
        + FILLER
        + "Acme cuts new-hire onboarding time by 30% in every region."
    )
    document.save(tmp_path / "long.docx")
    by_rule = {str(f["rule"]): f for f in findings(tmp_path)}
    retired = by_rule["messaging/retired-term"]
    assert retired["excerpt"] == (
        "Our Insights Pro dashboards ship with guaranteed results for every team."
    )
    assert shown(retired) == "Insights Pro"
    assert shown(by_rule["compliance/banned-phrase"]) == "guaranteed results"
    claim = by_rule["messaging/outdated-claim"]
    assert claim["excerpt"] == "Acme cuts new-hire onboarding time by 30% in every region."
    assert shown(claim) == "30%"


def test_text_and_html_reports_highlight_the_span(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    document = docx.Document()
    document.add_paragraph(FILLER + "Ask about Insights Pro today. " + FILLER)
    document.save(tmp_path / "d.docx")
    result = scan([tmp_path], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=tmp_path, jobs=1))
    text = render("text", result, ReportOptions())
    assert "      “Ask about Insights Pro today.”\n                 ^^^^^^^^^^^^\n" in text
    page = render("html", result, ReportOptions())
    assert "“Ask about <mark>Insights Pro</mark> today.”" in str(page)
    markdown = render("markdown", result, ReportOptions())
    assert "“Ask about <b>Insights Pro</b> today.”" in str(markdown)


def test_a_question_and_its_answer_are_shown_together(tmp_path: Path) -> None:
    """A Q/A claim in one paragraph (text, PDF lines) shows the question with the answer:
    "A: 30%." alone says nothing about what changed."""
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "faq.txt").write_text(
        "Start with the customer's process.\n\n"
        "Q: How much does Acme cut new-hire onboarding time?\nA: 30%.\n\n"
        "Then move on to the demo.\n"
    )
    claims = [f for f in findings(tmp_path) if f["rule"] == "messaging/outdated-claim"]
    assert [c["excerpt"] for c in claims] == [
        "Q: How much does Acme cut new-hire onboarding time? A: 30%."
    ]
    assert shown(claims[0]) == claims[0]["excerpt"]
