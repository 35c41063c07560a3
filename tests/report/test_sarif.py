"""SARIF 2.1.0: schema-valid, with rules, levels, real lines and stable fingerprints."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from freshcheck.model import Location, ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.rule_docs import RULE_DOCS
from freshcheck.report.sarif import render_sarif


def _run(result: ScanResult, options: ReportOptions | None = None) -> dict[str, Any]:
    document = json.loads(render_sarif(result, options or ReportOptions()))
    run: dict[str, Any] = document["runs"][0]
    return run


def test_validates_against_the_sarif_schema(result: ScanResult, sarif_validator: Any) -> None:
    document = json.loads(render_sarif(result, ReportOptions()))
    sarif_validator.validate(document)
    assert document["version"] == "2.1.0"


def test_driver_lists_every_rule_with_texts(result: ScanResult) -> None:
    driver = _run(result)["tool"]["driver"]
    assert driver["name"] == "freshcheck" and driver["version"] == "0.1.0"
    # Only the project's real address, from the package metadata; never a made-up one.
    assert driver.get("informationUri", "https://").startswith("https://")
    assert "github.com/freshcheck/freshcheck" not in json.dumps(driver)
    assert [rule["id"] for rule in driver["rules"]] == [doc.id for doc in RULE_DOCS]
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}


def test_results_point_at_rules_files_and_lines(result: ScanResult) -> None:
    run = _run(result)
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(list(result.findings))
    for item in run["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]
        artifact = item["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uri"].startswith("content/") and artifact["uriBaseId"] == "%SRCROOT%"
    by_text = {item["message"]["text"]: item for item in run["results"]}
    notes = next(t for t in by_text if t.startswith("Slide 3 (notes): Outdated claim"))
    assert by_text[notes]["level"] == "error"
    region = by_text[notes]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1}
    logical = by_text[notes]["locations"][0]["logicalLocations"][0]
    assert logical["name"] == "slide 3 (notes)" and logical["kind"] == "slide"
    md_line = next(t for t in by_text if t.startswith("Line 14: Outdated claim"))
    assert by_text[md_line]["locations"][0]["physicalLocation"]["region"]["startLine"] == 14
    info = next(t for t in by_text if "FY22" in t)
    assert by_text[info]["level"] == "note"
    assert any(t.startswith("File: Overdue for review") for t in by_text)


def test_source_root_overrides_the_uri_prefix(result: ScanResult) -> None:
    run = _run(result, ReportOptions(source_root="docs/training"))
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("docs/training/")
    run = _run(result, ReportOptions(source_root=""))
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "decks/broken.pptx"


def test_fingerprints_are_unique_and_survive_a_slide_move(result: ScanResult) -> None:
    before = [r["partialFingerprints"]["freshcheck/v1"] for r in _run(result)["results"]]
    assert len(set(before)) == len(before)
    deck = next(f for f in result.files if f.path == "decks/q3-pitch.pptx")
    moved = tuple(
        replace(f, location=replace(f.location, slide=f.location.slide + 2))
        if isinstance(f.location, Location) and f.location.slide
        else f
        for f in deck.findings
    )
    files = tuple(replace(f, findings=moved) if f is deck else f for f in result.files)
    after = [
        r["partialFingerprints"]["freshcheck/v1"]
        for r in _run(replace(result, files=files))["results"]
    ]
    assert after == before
