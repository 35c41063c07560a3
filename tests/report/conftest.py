"""Fixtures for the report tests: the canonical result and schema validators."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from freshcheck.model import ScanResult
from freshcheck.report.json_report import report_schema
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
