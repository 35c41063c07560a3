"""Baselines: fingerprints follow the text, not the position; duplicates are counted."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from freshcheck.errors import UsageError
from freshcheck.extract import extract_file
from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.baseline import apply_baseline, fingerprint, read_baseline, write_baseline
from freshcheck.report.json_report import render_json

RETIRED = "Acme Insights"


def _deck(path: Path, slides: list[str]) -> Path:
    presentation = Presentation()
    for text in slides:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = "Agenda"
        slide.placeholders[1].text = text
    presentation.save(str(path))
    return path


def _scan(path: Path) -> ScanResult:
    """A stand-in for the rules: a retired-term finding per unit that names the term."""
    document = extract_file(path, "decks/pitch.pptx")
    findings = tuple(
        Finding("messaging/retired-term", "error", "Retired term", unit.location, unit.text)
        for unit in document.units
        if RETIRED.casefold() in " ".join(unit.text.casefold().split())
    )
    file = FileResult("decks/pitch.pptx", "pptx", "fresh", findings=findings)
    return ScanResult(dt.date(2026, 11, 23), ("content",), (file,), "sha256:0", "0.1.0")


def test_a_finding_moved_to_another_slide_stays_baselined(tmp_path: Path) -> None:
    before = _scan(_deck(tmp_path / "v1.pptx", ["Try Acme Insights today", "Pricing"]))
    assert [f.location.slide for f in before.findings if f.location] == [1]
    baseline = write_baseline(before)
    after = _scan(
        _deck(
            tmp_path / "v2.pptx",
            ["Welcome", "Pricing", "Try Acme  insights today", "Now Acme Insights is faster"],
        )
    )
    assert [f.location.slide for f in after.findings if f.location] == [3, 4]
    filtered, baselined = apply_baseline(after, baseline)
    assert baselined == 1
    assert [f.excerpt for f in filtered.findings] == ["Now Acme Insights is faster"]


def test_duplicates_are_a_multiset(tmp_path: Path) -> None:
    one = _scan(_deck(tmp_path / "one.pptx", ["Acme Insights rocks"]))
    baseline = write_baseline(one)
    three = _scan(_deck(tmp_path / "three.pptx", ["Acme Insights rocks"] * 3))
    filtered, baselined = apply_baseline(three, baseline)
    assert baselined == 1 and len(list(filtered.findings)) == 2
    everything, baselined = apply_baseline(three, write_baseline(three))
    assert baselined == 3 and list(everything.findings) == []
    assert json.loads(write_baseline(three))["findings"][0]["count"] == 3


def test_other_rule_path_or_message_is_not_baselined() -> None:
    base = Finding("messaging/retired-term", "error", "m", None, "Acme Insights", None, "a")
    assert fingerprint("a.pptx", base) == fingerprint("a.pptx", replace(base, message="other"))
    assert fingerprint("a.pptx", base) != fingerprint("b.pptx", base)
    assert fingerprint("a.pptx", base) != fingerprint("a.pptx", replace(base, rule="x/y"))
    assert fingerprint("a.pptx", base) != fingerprint("a.pptx", replace(base, message_id="b"))
    assert fingerprint("a.pptx", base) != fingerprint("a.pptx", replace(base, excerpt="Acme"))


def test_file_level_findings_survive_a_changing_message() -> None:
    overdue = Finding("freshness/overdue", "error", "Overdue for review since 2026-04-10 (3 days)")
    later = replace(overdue, message="Overdue for review since 2026-04-10 (40 days)")
    assert fingerprint("a.pptx", overdue) == fingerprint("a.pptx", later)


def test_baseline_text_is_sorted_and_stable(tmp_path: Path) -> None:
    result = _scan(_deck(tmp_path / "d.pptx", ["Acme Insights", "acme insights"]))
    text = write_baseline(result)
    assert text == write_baseline(replace(result, files=tuple(reversed(result.files))))
    document = json.loads(text)
    assert document["schema"] == "freshcheck/baseline@1"
    assert sum(read_baseline(text).values()) == 2


def test_json_report_shows_the_baselined_count(tmp_path: Path) -> None:
    result = _scan(_deck(tmp_path / "d.pptx", ["Acme Insights"]))
    filtered, baselined = apply_baseline(result, write_baseline(result))
    summary = json.loads(render_json(filtered, ReportOptions(baselined=baselined)))["summary"]
    assert summary["baselined"] == 1 and summary["findings"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"schema": "other"}',
        '{"schema": "freshcheck/baseline@1"}',
        '{"schema": "freshcheck/baseline@1", "findings": [{"count": 1}]}',
        '{"schema": "freshcheck/baseline@1", "findings": [{"fingerprint": "x", "count": 0}]}',
    ],
)
def test_a_malformed_baseline_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError):
        read_baseline(text)
