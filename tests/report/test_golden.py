"""Every renderer reproduces its golden file from the canonical ScanResult, byte for byte."""

from __future__ import annotations

import datetime as dt

import pytest

from freshcheck.model import ScanResult
from freshcheck.report import RENDERERS, ReportOptions, render
from tests.report.make_golden import GOLDEN, all_names, render_case


@pytest.mark.parametrize("name", all_names())
def test_golden_file_matches(name: str) -> None:
    expected = (GOLDEN / name).read_bytes().decode("utf-8")
    assert render_case(name) == expected, (
        f"{name} changed; if deliberate, run `python -m tests.report.make_golden`"
    )


def test_registry_has_every_format_from_the_spec() -> None:
    spec_formats = {"text", "json", "markdown", "html", "sarif", "junit", "csv"}
    assert spec_formats | {"gitlab", "github", "rdjson"} == set(RENDERERS)


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_renderer_handles_an_empty_scan(fmt: str) -> None:
    empty = ScanResult(dt.date(2026, 1, 1), (".",), (), "sha256:0", "0.1.0")
    out = render(fmt, empty, ReportOptions())
    assert isinstance(out, str) and out.endswith("\n")


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_renderers_are_deterministic(fmt: str, result: ScanResult) -> None:
    assert render(fmt, result, ReportOptions()) == render(fmt, result, ReportOptions())


def test_unknown_format_names_the_known_ones(result: ScanResult) -> None:
    with pytest.raises(KeyError, match="sarif"):
        render("docx", result, ReportOptions())
