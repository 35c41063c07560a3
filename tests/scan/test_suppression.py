"""Inline suppression on real files: notes silence their slide, ignore-file the document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pptx import Presentation

from freshcheck.report import ReportOptions, render
from freshcheck.runner import ScanOptions, scan

POLICY = """version: 1
freshness:
  default_cadence: 100y
messaging:
  terms:
    - retired: ["Insights Pro"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def deck(path: Path, slides: list[tuple[str, str]]) -> None:
    prs = Presentation()
    for body, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = "Slide"
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(path)


def scan_json(root: Path) -> dict[str, object]:
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    return json.loads(render("json", result, ReportOptions()))


def test_a_note_silences_its_own_slide_only(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    deck(
        tmp_path / "d.pptx",
        [
            ("Insights Pro dashboards", "freshcheck: ignore messaging/retired-term"),
            ("Insights Pro again", ""),
        ],
    )
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [(f["rule"], f["location"]["slide"]) for f in findings] == [
        ("messaging/retired-term", 2)
    ]
    assert report["summary"]["suppressed"] == 1  # type: ignore[index]


def test_ignore_file_silences_the_rule_everywhere_but_not_others(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    deck(
        tmp_path / "d.pptx",
        [
            ("Insights Pro dashboards", "freshcheck: ignore-file messaging/retired-term"),
            ("Insights Pro with guaranteed results", ""),
        ],
    )
    findings = scan_json(tmp_path)["files"][0]["findings"]  # type: ignore[index]
    assert [f["rule"] for f in findings] == ["compliance/banned-phrase"]


def test_markdown_directive_covers_the_next_paragraph(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "p.md").write_text(
        "freshcheck: ignore compliance/banned-phrase\n\nGuaranteed results.\n\n"
        "Guaranteed results again.\n"
    )
    findings = scan_json(tmp_path)["files"][0]["findings"]  # type: ignore[index]
    assert [f["location"]["line"] for f in findings] == [5]
