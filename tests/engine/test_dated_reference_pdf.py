"""Dated references on a generated PDF: laws, sentences, running footers, excerpts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from freshcheck.report import ReportOptions, render
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "make_pdf_fixtures.py"
POLICY = """version: 1
freshness:
  default_cadence: 100y
  dated_references:
    max_age: 2y
"""
LONG = (
    "Partners asked how the programme works, so this paragraph goes on for a while about "
    "onboarding, enablement sessions, certification paths and the many resources that the "
    "partner portal offers to every reseller in the region, including recorded webinars and "
    "playbooks. The targets below were set in FY21 and have not been revisited since. After "
    "that the paragraph continues with more words about territories and the support desk "
    "that answers questions during business hours in every time zone we cover."
)


def pdf_writer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", FIXTURES)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def wrap(text: str, width: int = 90) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def write_guide(path: Path, pages: int = 5) -> None:
    maker = pdf_writer()
    built = []
    for number in range(1, pages + 1):
        page = maker.Page()
        if number == 1:
            page.runs += maker._wrapped(
                72,
                720,
                11,
                [
                    "Under the Digital Millennium Copyright Act of 1998, hosts act on notices.",
                    "The Copyright Act in 1909 extended the term.",
                    "The growth of copyright is dramatic. In 1973 the rules changed.",
                ],
            )
        if number == 2:
            page.runs += maker._wrapped(72, 720, 11, wrap(LONG))
        page.runs.append((72, 40, 9, f"{number}   © 2018 Acme Corporation"))
        built.append(page)
    path.write_bytes(maker.write_pdf(built, {"Title": "Guide"}))


def dated_findings(root: Path) -> list[dict[str, object]]:
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    report = json.loads(render("json", result, ReportOptions()))
    (found,) = report["files"]
    return [f for f in found["findings"] if f["rule"] == "content/dated-reference"]


def test_laws_sentences_and_running_footers(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    write_guide(tmp_path / "guide.pdf")
    findings = dated_findings(tmp_path)
    said = [(f["location"]["page"], f["message"].split("'")[1]) for f in findings]  # type: ignore[index, union-attr]
    assert said == [(1, "© 2018"), (2, "FY21")]
    footer, fiscal = findings
    assert str(footer["message"]).endswith("; repeats on 5 pages")
    assert footer["excerpt"] == "1 © 2018 Acme Corporation"
    assert footer["span"] == [2, 8]
    # The excerpt of a long paragraph is the sentence that fired, with the match's span.
    excerpt = str(fiscal["excerpt"])
    assert excerpt == "The targets below were set in FY21 and have not been revisited since."
    start, end = fiscal["span"]  # type: ignore[misc]
    assert excerpt[start:end] == "FY21"
