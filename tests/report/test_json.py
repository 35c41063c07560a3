"""The JSON report follows SPEC §6 and validates against the shipped schema."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from freshcheck.model import Finding, Location, ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.json_report import render_json


def test_canonical_report_validates(result: ScanResult, report_validator: Any) -> None:
    document = json.loads(render_json(result, ReportOptions(baselined=3)))
    report_validator.validate(document)
    assert document["schema"] == "freshcheck/report@1"
    assert document["tool"] == {"name": "freshcheck", "version": "0.1.0"}
    assert document["as_of"] == "2026-11-23"
    assert document["roots"] == ["content"]


def test_summary_counts_match_the_files(result: ScanResult) -> None:
    document = json.loads(render_json(result, ReportOptions(baselined=3)))
    summary = document["summary"]
    assert summary["files"] == len(document["files"]) == 9
    assert summary["by_status"] == {"fresh": 5, "due-soon": 1, "overdue": 2, "error": 1}
    assert summary["findings"] == sum(len(f["findings"]) for f in document["files"])
    assert sum(summary["by_rule"].values()) == summary["findings"]
    assert summary["suppressed"] == 3
    assert summary["baselined"] == 3


def test_file_entries_carry_spec_fields(result: ScanResult) -> None:
    files = {f["path"]: f for f in json.loads(render_json(result, ReportOptions()))["files"]}
    deck = files["decks/q3-pitch.pptx"]
    assert deck["last_updated"] == "2026-01-10"
    assert deck["last_updated_source"] == "git"
    assert deck["cadence_days"] == 90
    assert deck["due"] == "2026-04-10"
    claim = deck["findings"][1]
    assert claim["location"] == {"slide": 3, "part": "notes"}
    assert claim["expected"] == "Acme cuts new-hire onboarding time by 45%."
    assert claim["message_id"] == "onboarding-time"
    broken = files["decks/broken.pptx"]
    assert broken["error"] == {"kind": "corrupt", "reason": "the zip archive is truncated"}
    assert broken["last_updated"] is None and broken["due"] is None
    assert "notes" not in files["glossary.txt"] and "error" not in files["glossary.txt"]
    assert files["wiki/onboarding.md"]["notes"]


def test_empty_status_counts_are_present(result: ScanResult, report_validator: Any) -> None:
    only_fresh = replace(result, files=tuple(f for f in result.files if f.status == "fresh"))
    document = json.loads(render_json(only_fresh, ReportOptions()))
    report_validator.validate(document)
    assert document["summary"]["by_status"] == {
        "fresh": 5,
        "due-soon": 0,
        "overdue": 0,
        "error": 0,
    }


def test_long_excerpts_are_cut_to_300_characters(result: ScanResult, report_validator: Any) -> None:
    long = Finding("messaging/retired-term", "error", "m", Location(line=1), "x" * 1000)
    first = replace(result.files[0], findings=(long,))
    document = json.loads(render_json(replace(result, files=(first,)), ReportOptions()))
    report_validator.validate(document)
    assert len(document["files"][0]["findings"][0]["excerpt"]) == 300


def test_non_ascii_is_kept_as_characters(result: ScanResult) -> None:
    text = render_json(result, ReportOptions())
    assert "Überblick" in text and "\\u" not in text
