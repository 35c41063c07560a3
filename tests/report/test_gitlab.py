"""GitLab Code Quality: required fields, severity mapping, unique fingerprints."""

from __future__ import annotations

import json

from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.gitlab import render_gitlab


def test_issues_have_the_fields_gitlab_needs(result: ScanResult) -> None:
    issues = json.loads(render_gitlab(result, ReportOptions()))
    assert len(issues) == len(list(result.findings))
    for issue in issues:
        assert issue["description"] and issue["check_name"]
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"].startswith("content/")
        assert issue["location"]["lines"]["begin"] >= 1
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)


def test_severity_mapping_and_lines(result: ScanResult) -> None:
    issues = json.loads(render_gitlab(result, ReportOptions()))
    by_rule = {(i["check_name"], i["severity"]) for i in issues}
    assert ("file/unreadable", "critical") in by_rule
    assert ("messaging/retired-term", "major") in by_rule
    assert ("content/dated-reference", "minor") in by_rule
    assert ("content/dated-reference", "info") in by_rule
    line_14 = [i for i in issues if i["location"]["path"] == "content/wiki/onboarding.md"]
    assert {i["location"]["lines"]["begin"] for i in line_14} == {14, 3}
