"""Reports built from real third-party files: real locations, real text, real failures.

The findings are stand-ins (the first units of each file, and every unreadable file), so
the test exercises what the renderers do with text and locations that real extractors emit:
odd characters, long runs, table cells, notes, every format and every kind of failure.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from freshcheck.extract import extract_file
from freshcheck.model import Document, FileResult, Finding, ScanResult
from freshcheck.report import RENDERERS, ReportOptions, render

pytestmark = pytest.mark.corpus

PER_FOLDER = 6
UNITS_PER_FILE = 3
AS_OF = dt.date(2026, 11, 23)


def _file_result(document: Document) -> FileResult:
    if document.error is not None:
        unreadable = Finding("file/unreadable", "error", f"Cannot read: {document.error.reason}")
        return FileResult(
            document.path, document.format, "error", findings=(unreadable,), error=document.error
        )
    findings = tuple(
        Finding("content/dated-reference", "warning", "Stand-in finding", unit.location, unit.text)
        for unit in document.units[:UNITS_PER_FILE]
    )
    due = AS_OF - dt.timedelta(days=len(document.units) % 40 - 20)
    status = "overdue" if due < AS_OF else "fresh"
    return FileResult(
        document.path,
        document.format,
        status,
        last_updated=due - dt.timedelta(days=90),
        source="metadata",
        due=due,
        cadence_days=90,
        findings=findings,
        notes=document.notes,
    )


@pytest.fixture(scope="module")
def corpus_result(corpus: Path) -> ScanResult:
    files: list[FileResult] = []
    for folder in ("pptx", "docx", "pdf", "hostile"):
        for path in sorted((corpus / folder).iterdir())[:PER_FOLDER]:
            files.append(_file_result(extract_file(path, f"{folder}/{path.name}")))
    files.sort(key=lambda file: file.path)
    return ScanResult(AS_OF, ("corpus",), tuple(files), "sha256:corpus", "0.1.0")


def test_every_format_renders_real_files(corpus_result: ScanResult) -> None:
    assert any(file.status == "error" for file in corpus_result.files)
    assert len(list(corpus_result.findings)) > 20
    for fmt in RENDERERS:
        assert render(fmt, corpus_result, ReportOptions())


def test_machine_formats_stay_valid_on_real_text(
    corpus_result: ScanResult, report_validator: Any, sarif_validator: Any
) -> None:
    report_validator.validate(json.loads(render("json", corpus_result, ReportOptions())))
    sarif = json.loads(render("sarif", corpus_result, ReportOptions()))
    sarif_validator.validate(sarif)
    assert len(sarif["runs"][0]["results"]) == len(list(corpus_result.findings))
    suite = ET.fromstring(str(render("junit", corpus_result, ReportOptions(fail_on="warning"))))
    assert suite.get("tests") == str(len(corpus_result.files))
    gitlab = json.loads(render("gitlab", corpus_result, ReportOptions()))
    assert len({issue["fingerprint"] for issue in gitlab}) == len(gitlab)
