"""SARIF for code scanning: stable fingerprints on real decks, per-root categories, the
rules' full help, slide locations in properties, no made-up URLs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from freshcheck.cli.app import run
from freshcheck.engine import FAMILY_OF_RULE
from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions, render
from freshcheck.report.sarif import automation_id

POLICY = """version: 1
freshness:
  default_cadence: 10y
messaging:
  terms:
    - retired: ["Insights Pro"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def build_deck(path: Path, slides: list[str]) -> None:
    deck = Presentation()
    for text in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = text
    deck.save(str(path))


def sarif_of(library: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    args = ["--format", "sarif", "--as-of", "2026-11-23", "--ignore", "freshness/"]
    code = run(["scan", *args, "--no-cache", str(library)])
    assert code == 1
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def fingerprints(document: dict[str, Any]) -> dict[str, str]:
    return {
        item["partialFingerprints"]["freshcheck/v1"]: item["ruleId"]
        for item in document["runs"][0]["results"]
    }


def test_fingerprints_are_stable_across_runs_and_an_inserted_slide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sarif_validator: Any
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    deck = tmp_path / "pitch.pptx"
    slides = ["Welcome", "Open the Insights Pro dashboard", "Guaranteed results in a week"]
    build_deck(deck, slides)
    first = sarif_of(tmp_path, capsys)
    sarif_validator.validate(first)
    assert sorted(fingerprints(first).values()) == [
        "compliance/banned-phrase",
        "messaging/retired-term",
    ]
    assert fingerprints(sarif_of(tmp_path, capsys)) == fingerprints(first)

    build_deck(deck, ["An agenda slide, inserted", *slides])
    moved = sarif_of(tmp_path, capsys)
    assert fingerprints(moved) == fingerprints(first)
    retired = next(
        r for r in moved["runs"][0]["results"] if r["ruleId"] == "messaging/retired-term"
    )
    assert retired["message"]["text"].startswith("Slide 3 (title): Retired term")
    assert retired["properties"]["location"] == {"slide": 3, "part": "title", "shape": "Title 1"}
    assert retired["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


def test_rules_carry_the_full_documentation_that_explain_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "page.md").write_text("# Page\n\nGuaranteed results.\n")
    document = sarif_of(tmp_path, capsys)
    rules = {rule["id"]: rule for rule in document["runs"][0]["tool"]["driver"]["rules"]}
    for rule_id, family in FAMILY_OF_RULE.items():
        assert rules[rule_id]["help"]["text"] == family.doc.strip()
    assert "Configure::" in rules["messaging/retired-term"]["help"]["text"]
    driver = document["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver  # the package names no home page: no made-up URL


@pytest.mark.parametrize(
    ("roots", "source_root", "expected"),
    [
        (("content",), None, "freshcheck/content/"),
        (("./decks/",), None, "freshcheck/decks/"),
        (("/home/ci/work/library",), None, "freshcheck/library/"),
        ((".",), None, "freshcheck/"),
        (("a", "b"), None, "freshcheck/a+b/"),
        (("/abs/path",), "docs/training", "freshcheck/docs/training/"),
        (("/abs/path",), "", "freshcheck/"),
    ],
)
def test_automation_id_names_the_scanned_root(
    roots: tuple[str, ...], source_root: str | None, expected: str
) -> None:
    result = ScanResult(dt.date(2026, 1, 1), roots, (), "sha256:0", "0.1.0")
    options = ReportOptions(source_root=source_root)
    assert automation_id(result, options) == expected
    document = json.loads(render("sarif", result, options))
    assert document["runs"][0]["automationDetails"] == {"id": expected}
