"""The library root (SPEC §2): a file's verdict does not depend on where you stand.

Scanning the whole library, a subfolder, one file by path, or the library from another
working folder gives each file the same path, cadence, owner, review and findings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pptx
import pytest

from freshcheck.cli.app import run

REPO = Path(__file__).resolve().parents[2]
AS_OF = ["--as-of", "2026-11-23"]
CADENCE = """\
version: 1
freshness:
  default_cadence: 180d
  cadence:
    - match: "decks/**"
      every: 90d
      owner: "enablement@example.com"
"""
TERMS = """\
version: 1
messaging:
  terms:
    - retired: ["Acme Insights"]
      use: "Acme Analytics"
"""


def deck(path: Path, text: str) -> None:
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Pitch"
    slide.placeholders[1].text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    presentation.save(str(path))


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    """lib/policies/{cadence,terms}.yaml, lib/decks/q3.pptx, lib/wiki/faq.md; old mtimes."""
    lib = tmp_path / "lib"
    (lib / "policies").mkdir(parents=True)
    (lib / "policies" / "cadence.yaml").write_text(CADENCE)
    (lib / "policies" / "terms.yaml").write_text(TERMS)
    deck(lib / "decks" / "q3.pptx", "Acme Insights shows where new hires get stuck.")
    (lib / "wiki").mkdir()
    (lib / "wiki" / "faq.md").write_text("# FAQ\n\nAcme Insights is now Acme Analytics.\n")
    for file in (lib / "decks" / "q3.pptx", lib / "wiki" / "faq.md"):
        os.utime(file, (1_767_225_600, 1_767_225_600))  # 2026-01-01
    return lib


def scan_json(
    cwd: Path, args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, dict[str, Any]]:
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("FRESHCHECK_POLICY", raising=False)
    code = run(["scan", *args, "--format", "json", "--no-cache", "--fail-on", "never", *AS_OF])
    out = capsys.readouterr().out
    assert code == 0, out
    return {file["path"]: verdict(file) for file in json.loads(out)["files"]}


def verdict(file: dict[str, Any]) -> dict[str, Any]:
    keep = ("status", "last_updated", "last_updated_source", "cadence_days", "due", "owner")
    found = [(f["rule"], f.get("location"), f.get("excerpt")) for f in file["findings"]]
    return {**{key: file.get(key) for key in keep}, "findings": found}


def test_the_same_verdict_wherever_you_stand(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    whole = scan_json(library, ["."], monkeypatch, capsys)
    assert set(whole) == {"decks/q3.pptx", "wiki/faq.md"}
    assert whole["decks/q3.pptx"]["cadence_days"] == 90
    assert whole["decks/q3.pptx"]["owner"] == "enablement@example.com"
    assert whole["decks/q3.pptx"]["status"] == "overdue"
    assert [rule for rule, _, _ in whole["decks/q3.pptx"]["findings"]] == [
        "freshness/overdue",
        "messaging/retired-term",
    ]
    runs = {
        "a subfolder": scan_json(library / "decks", ["."], monkeypatch, capsys),
        "one file by path": scan_json(library, ["decks/q3.pptx"], monkeypatch, capsys),
        "one file from its folder": scan_json(library / "decks", ["q3.pptx"], monkeypatch, capsys),
        "another working folder": scan_json(elsewhere, [str(library)], monkeypatch, capsys),
        "a file from elsewhere": scan_json(
            elsewhere, [str(library / "decks" / "q3.pptx")], monkeypatch, capsys
        ),
    }
    for how, found in runs.items():
        assert found["decks/q3.pptx"] == whole["decks/q3.pptx"], how
    assert runs["another working folder"] == whole


def test_review_records_live_at_the_library_root_and_count_for_any_scan(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(library / "decks")
    monkeypatch.delenv("FRESHCHECK_POLICY", raising=False)
    assert run(["review", "mark", "q3.pptx", "--by", "Dana", "--date", "2026-11-02"]) == 0
    records = json.loads((library / ".freshcheck" / "reviews.json").read_text())
    assert [(r["path"], r["date"]) for r in records["reviews"]] == [("decks/q3.pptx", "2026-11-02")]
    for cwd, args in ((library, ["."]), (library / "decks", ["."]), (tmp_path, [str(library)])):
        found = scan_json(cwd, args, monkeypatch, capsys)["decks/q3.pptx"]
        assert (found["status"], found["last_updated"], found["last_updated_source"]) == (
            "fresh",
            "2026-11-02",
            "review",
        ), cwd


def test_scan_root_in_the_policy_names_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # The policy kept apart from the content: config/freshcheck.yaml says root: ../content.
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "freshcheck.yaml").write_text(
        CADENCE.replace("version: 1\n", "version: 1\nscan:\n  root: ../content\n")
    )
    deck(tmp_path / "content" / "decks" / "q3.pptx", "A fresh deck.")
    policy = ["--policy", str(tmp_path / "config" / "freshcheck.yaml")]
    whole = scan_json(tmp_path / "content", [".", *policy], monkeypatch, capsys)
    part = scan_json(tmp_path / "content" / "decks", [".", *policy], monkeypatch, capsys)
    assert whole == part
    assert whole["decks/q3.pptx"]["cadence_days"] == 90


def test_a_scan_root_that_is_not_a_folder_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    (tmp_path / "freshcheck.yaml").write_text("version: 1\nscan:\n  root: nowhere\n")
    monkeypatch.chdir(tmp_path)
    assert run(["scan", "."]) == 2
    assert "scan.root 'nowhere'" in capsys.readouterr().err


def test_the_bundled_sample_gives_a_deck_the_same_verdict_from_its_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    sample = REPO / "sample_content"
    whole = scan_json(REPO, ["sample_content"], monkeypatch, capsys)
    decks = scan_json(sample / "decks", ["."], monkeypatch, capsys)
    one = scan_json(sample / "decks", ["onboarding-roi.pptx"], monkeypatch, capsys)
    assert set(decks) == {path for path in whole if path.startswith("decks/")}
    for path, found in decks.items():
        assert found == whole[path], path
        assert found["owner"] == "enablement@acme.example"
    assert one["decks/onboarding-roi.pptx"] == whole["decks/onboarding-roi.pptx"]


def test_without_a_policy_the_library_root_is_the_top_of_the_git_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from tests.freshness.test_git_freshness import git

    repo = tmp_path / "repo"
    (repo / "decks").mkdir(parents=True)
    (repo / "decks" / "a.md").write_text("# A\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first", when="2026-11-01")
    from_top = scan_json(repo, ["."], monkeypatch, capsys)
    from_folder = scan_json(repo / "decks", ["."], monkeypatch, capsys)
    assert from_top == from_folder
    assert from_top["decks/a.md"]["last_updated_source"] == "git"


def test_a_file_outside_the_library_root_keeps_a_path_relative_to_it(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    (tmp_path / "loose.md").write_text("# Loose\n")
    policy = ["--policy", str(library / "policies")]
    found = scan_json(library, [".", str(tmp_path / "loose.md"), *policy], monkeypatch, capsys)
    assert sorted(found) == ["../loose.md", "decks/q3.pptx", "wiki/faq.md"]
