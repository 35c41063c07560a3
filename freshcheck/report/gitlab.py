"""GitLab Code Quality JSON (a list of issues), for merge-request widgets.

Severity mapping: error → major, warning → minor, info → info; an unreadable file is
critical, since nothing in it was checked.

``gitlab_chunks`` writes one issue at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.baseline import occurrence_fingerprints
from freshcheck.report.code_location import start_line
from freshcheck.report.json_report import json_array_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import advice, repo_path, where

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
UNREADABLE_SEVERITY = "critical"


def render_gitlab(result: ScanResult, options: ReportOptions) -> str:
    """A JSON array with one Code Quality issue per finding."""
    return "".join(gitlab_chunks(result, options))


def gitlab_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_gitlab`` in pieces, one per issue: the text ``json.dumps(issues, indent=2)``
    gives for the whole list, without holding the list."""
    yield from json_array_chunks(_issue_texts(result, options), 0)
    yield "\n"


def _issue_texts(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    for file in result.files:
        path = repo_path(result, options, file.path)
        for finding, value in zip(file.findings, occurrence_fingerprints(file), strict=True):
            yield json.dumps(_issue(file, path, finding, value), indent=2, ensure_ascii=False)


def _issue(file: FileResult, path: str, finding: Finding, value: str) -> dict[str, object]:
    description = f"{where(finding)}: {finding.message}"
    if finding.excerpt:
        description += f" — “{finding.excerpt}”"
    todo = advice(finding, file.path)
    if todo:
        description += f". {todo}"
    line = start_line(file, finding)
    severity = SEVERITIES[finding.severity]
    if finding.rule == "file/unreadable":
        severity = UNREADABLE_SEVERITY
    return {
        "type": "issue",
        "description": description,
        "check_name": finding.rule,
        "categories": ["Style"],
        # GitLab wants a unique fingerprint per issue; the ":n" suffix tells duplicates apart.
        "fingerprint": value,
        "severity": severity,
        "location": {"path": path, "lines": {"begin": line}},
    }
