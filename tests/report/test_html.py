"""The HTML report: self-contained, escaped, with cards, charts, a table and details."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.html_report import render_html


class _Collector(HTMLParser):
    """Collects tags, attributes and script bodies as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_one_script_element_and_it_is_ours(result: ScanResult) -> None:
    page = _parse(render_html(result, ReportOptions()))
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert len(scripts) == 1 and scripts[0] == {}
    assert "alert" not in "".join(page.scripts)
    assert not [tag for tag, _ in page.tags if tag in {"img", "b", "iframe"}]


def test_document_text_is_escaped(result: ScanResult) -> None:
    html = render_html(result, ReportOptions())
    assert "&lt;/script&gt;&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Zoë Müller &lt;zoe@example.com&gt;" in html


def test_no_network_requests(result: ScanResult) -> None:
    html = render_html(result, ReportOptions())
    page = _parse(html)
    for tag, attrs in page.tags:
        assert tag != "link"
        for name in ("src", "href", "action", "poster", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"^\s*(https?:|//|ftp:)", value), (tag, name, value)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html


def test_cards_match_the_summary(result: ScanResult) -> None:
    html = render_html(result, ReportOptions())
    cards = dict(re.findall(r'data-metric="([a-z-]+)"><div class="value">(\d+)</div>', html))
    assert cards == {
        "files": "9",
        "overdue": "2",
        "due-soon": "1",
        "unreadable": "1",
        "findings": "27",
    }


def test_table_has_a_row_per_file_and_details_per_file_with_findings(
    result: ScanResult,
) -> None:
    page = _parse(render_html(result, ReportOptions()))
    rows = [attrs for tag, attrs in page.tags if tag == "tr" and "data-status" in attrs]
    assert len(rows) == len(result.files)
    details = [attrs for tag, attrs in page.tags if tag == "details"]
    assert len(details) == sum(1 for f in result.files if f.findings or f.error or f.notes)


def test_four_charts_of_inline_bars(result: ScanResult) -> None:
    page = _parse(render_html(result, ReportOptions()))
    charts = [attrs["data-chart"] for tag, attrs in page.tags if tag == "figure"]
    assert charts == [
        "Status by folder",
        "Status by owner",
        "Findings by rule",
        "Age of content (since last update)",
    ]
    segments = [a for tag, a in page.tags if tag == "span" and "seg" in (a.get("class") or "")]
    assert len(segments) > 20


def test_headline_of_drift_and_compliance_and_folded_details(result: ScanResult) -> None:
    html = render_html(result, ReportOptions())
    cards = dict(re.findall(r'data-rule="([a-z/-]+)"><div class="value">(\d+)</div>', html))
    by_rule: dict[str, int] = {}
    for finding in result.findings:
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    assert cards == {
        rule: str(by_rule.get(rule, 0))
        for rule in (
            "messaging/outdated-claim",
            "messaging/retired-term",
            "compliance/banned-phrase",
            "compliance/missing-disclaimer",
        )
    }
    assert "messaging and compliance problems in" in html
    page = _parse(html)
    assert not [a for tag, a in page.tags if tag == "details" and "open" in a]


def test_the_heading_names_a_dot_root_by_its_folder(result: ScanResult) -> None:
    html = render_html(result, ReportOptions(root_paths=("/srv/libraries/acme-enablement",)))
    assert '<code title="/srv/libraries/acme-enablement">acme-enablement</code>' in html


def test_group_by_sections_the_details(result: ScanResult) -> None:
    html = render_html(result, ReportOptions(group_by="status"))
    titles = re.findall(r'<h3 class="group">([^<]+) <span', html)
    assert titles == ["Status: overdue", "Status: unreadable", "Status: due soon", "Status: fresh"]
