"""Readable text output on real files: cadence as written, baselines, what to do, --group-by."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from freshcheck.cli.app import run

AS_OF = ["--as-of", "2026-11-23"]
POLICY = """version: 1
freshness:
  default_cadence: 6m
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def library(root: Path, pages: dict[str, str]) -> Path:
    (root / "freshcheck.yaml").write_text(POLICY)
    stamp = dt.datetime(2026, 1, 5, 12, 0).timestamp()
    for name, text in pages.items():
        (root / name).write_text(text)
        os.utime(root / name, (stamp, stamp))
    return root


def test_cadence_prints_as_written_and_overdue_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = library(tmp_path, {"page.md": "# Page\n"})
    assert run(["scan", str(root), *AS_OF]) == 1
    out = capsys.readouterr().out
    assert "every 6 months" in out and "days ·" not in out.split("every")[1].split("\n")[0]
    assert "→ Review it, then record the review: freshcheck review mark page.md --by NAME" in out


def test_with_a_baseline_only_files_with_new_findings_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = {f"old-{n}.md": "# Old page\n" for n in range(5)}
    root = library(tmp_path, {**pages, "new.md": "# New page\n"})
    baseline = tmp_path / "baseline.json"
    run(["scan", str(root), "-q", "--write-baseline", str(baseline), *AS_OF])
    (root / "new.md").write_text("# New page\nGuaranteed results.\n")
    capsys.readouterr()
    assert run(["scan", str(root), "--baseline", str(baseline), *AS_OF]) == 1
    out = capsys.readouterr().out
    assert "new.md" in out and "old-" not in out
    assert run(["scan", str(root), "--baseline", str(baseline), "--verbose", *AS_OF]) == 1
    verbose = capsys.readouterr().out
    assert all(f"old-{n}.md  OVERDUE" in verbose for n in range(5))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-q"], "--group-by has nothing to group with --quiet"),
        (["--format", "json"], "--group-by applies to the text, markdown and html reports"),
    ],
)
def test_group_by_where_nothing_shows_it_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    root = library(tmp_path, {"page.md": "# Page\n"})
    assert run(["scan", str(root), "--group-by", "owner", *args, *AS_OF]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err


def test_group_by_with_quiet_is_fine_when_a_report_file_groups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = library(tmp_path, {"page.md": "# Page\n"})
    report = tmp_path / "r.md"
    args = ["--group-by", "owner", "-q", "--report", f"markdown={report}"]
    assert run(["scan", str(root), *args, *AS_OF]) == 1
    assert "#### Owner: (no owner)" in report.read_text()
