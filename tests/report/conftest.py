"""Fixtures for the report tests: the canonical result and schema validators."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from freshcheck.extract import extract_file
from freshcheck.model import Document, FileResult, Finding, ScanResult
from freshcheck.report.json_report import report_schema
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan
from tests.report.canonical import canonical_result

HERE = Path(__file__).resolve().parent
# Vendored from the OASIS SARIF 2.1.0 errata so CI never depends on the network.
SARIF_SCHEMA_PATH = HERE / "sarif-schema-2.1.0.json"


@pytest.fixture()
def result() -> ScanResult:
    """The canonical ScanResult (see canonical.py)."""
    return canonical_result()


@pytest.fixture(scope="session")
def report_validator() -> Any:
    """A validator for the shipped JSON report schema."""
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="session")
def sarif_validator() -> Any:
    """A validator for SARIF 2.1.0 (draft-04 schema)."""
    schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


PER_FOLDER = 6
UNITS_PER_FILE = 3
AS_OF = dt.date(2026, 11, 23)


def _file_result(document: Document) -> FileResult:
    # The findings are stand-ins (the first units of each file, and every unreadable
    # file), so that reports carry the text and locations that real extractors emit.
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


@pytest.fixture(scope="session")
def corpus_result(corpus: Path) -> ScanResult:
    """Real files from the shared corpus, with stand-in findings (see _file_result)."""
    files: list[FileResult] = []
    for folder in ("pptx", "docx", "pdf", "hostile"):
        for path in sorted((corpus / folder).iterdir())[:PER_FOLDER]:
            files.append(_file_result(extract_file(path, f"{folder}/{path.name}")))
    files.sort(key=lambda file: file.path)
    return ScanResult(AS_OF, ("corpus",), tuple(files), "sha256:corpus", "0.1.0")


@pytest.fixture(scope="session")
def sample_scan() -> ScanResult:
    """A real scan of sample_content/ under policies/: every rule family fires."""
    repo = HERE.parents[1]
    options = ScanOptions(as_of=AS_OF, policy=repo / "policies", jobs=1, cwd=repo, use_git=False)
    return scan([repo / "sample_content"], options)
