"""Markdown for PR comments: tables stay intact, document text cannot format or inject."""

from __future__ import annotations

import re

import pytest

from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.markdown import md_text, render_markdown


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("**bold** _it_", "\\*\\*bold\\*\\* \\_it\\_"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("line\nbreak", "line break"),
        ("@team please", "@\u200bteam please"),
        ("mail me@example.com", "mail me@example.com"),
    ],
)
def test_md_text(raw: str, escaped: str) -> None:
    assert md_text(raw) == escaped


def test_table_rows_keep_their_column_count(result: ScanResult) -> None:
    text = render_markdown(result, ReportOptions())
    for line in text.splitlines():
        if line.startswith("| ") and line.endswith(" |"):
            # An unescaped pipe would add a column.
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            header_cells = 5 if "Where" in text else 0
            assert len(cells) in {5, 6, header_cells}


def test_no_raw_html_from_documents(result: ScanResult) -> None:
    text = render_markdown(result, ReportOptions())
    # The report's own <b> highlights a span; the document's <b>dashboards</b> stays text.
    assert "<script>" not in text and "<img" not in text and "<b>dashboards" not in text
    assert "<b>Acme Insights</b> &lt;b&gt;dashboards&lt;/b&gt;" in text
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in text


def test_summary_review_table_and_collapsible_details(result: ScanResult) -> None:
    text = render_markdown(result, ReportOptions())
    assert "| 9 | 2 | 1 | 1 | 5 | 27 |" in text
    review = text.split("### Review due")[1].split("### Findings")[0]
    order = [p for p in ("call-script", "q3-pitch", "broken", "Überblick") if p in review]
    assert order == ["call-script", "q3-pitch", "broken", "Überblick"]
    assert "glossary" not in review
    assert text.count("<details>") == text.count("</details>") == 7


def test_group_by_status_adds_sections(result: ScanResult) -> None:
    text = render_markdown(result, ReportOptions(group_by="status"))
    assert "#### Status: overdue" in text and "#### Status: fresh" in text
