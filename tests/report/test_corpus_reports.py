"""Reports built from real third-party files: real locations, real text, real failures.

The findings are stand-ins (the first units of each file, and every unreadable file), so
the test exercises what the renderers do with text and locations that real extractors emit:
odd characters, long runs, table cells, notes, every format and every kind of failure.
The `corpus_result` fixture lives in conftest.py: test_chunks.py renders it too.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from freshcheck.model import ScanResult
from freshcheck.report import RENDERERS, ReportOptions, render

pytestmark = pytest.mark.corpus


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
