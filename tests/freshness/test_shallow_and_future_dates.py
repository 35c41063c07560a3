"""Dates that would lie (SPEC §3): a shallow clone's boundary commit, a review in the future.

A real ``git clone --depth N file://…`` of a repository with backdated commits; real review
records written by ``freshcheck review mark``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from freshcheck.cli.app import run
from freshcheck.freshness import SHALLOW_CLONE_NOTE
from freshcheck.freshness.git import read_git_dates
from tests.freshness.test_git_freshness import git

AS_OF = dt.date(2026, 11, 23)
POLICY = "version: 1\nfreshness:\n  default_cadence: 90d\n"
OLD_MTIME = 1_577_880_000  # 2020-01-01: what the files' own times say after the clone


@pytest.fixture()
def origin(tmp_path: Path) -> Path:
    """old.md last changed 2025-01-10, new.md 2026-11-01 (three commits)."""
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    repo = tmp_path / "origin"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "freshcheck.yaml").write_text(POLICY)
    (repo / "old.md").write_text("# Old page\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first", when="2025-01-10")
    (repo / "new.md").write_text("# New page\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "second", when="2026-10-01")
    (repo / "new.md").write_text("# New page, revised\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "third", when="2026-11-01")
    return repo


def clone(origin: Path, target: Path, depth: int | None) -> Path:
    args = ["git", "clone", "-q", *([f"--depth={depth}"] if depth else [])]
    subprocess.run([*args, origin.as_uri(), str(target)], check=True, capture_output=True)
    for name in ("old.md", "new.md"):
        os.utime(target / name, (OLD_MTIME, OLD_MTIME))
    return target


def scan(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[dict[str, Any], str]:
    monkeypatch.chdir(root)
    args = ["scan", ".", "--format", "json", "--no-cache", "--as-of", AS_OF.isoformat()]
    run([*args, "--fail-on", "never"])
    out, err = capsys.readouterr()
    return json.loads(out), err


def dated(report: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    return {
        f["path"]: (f["status"], f["last_updated"], f["last_updated_source"])
        for f in report["files"]
    }


def test_a_full_clone_dates_files_by_their_last_commit(
    origin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    report, err = scan(clone(origin, tmp_path / "full", None), monkeypatch, capsys)
    assert dated(report) == {
        "new.md": ("fresh", "2026-11-01", "git"),
        "old.md": ("overdue", "2025-01-10", "git"),
    }
    assert "shallow" not in err and "notes" not in report


def test_a_depth_1_clone_takes_no_date_from_its_boundary_commit_and_says_so_once(
    origin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # Before: both files took the boundary commit's date (2026-11-01) and looked fresh.
    shallow = clone(origin, tmp_path / "shallow", 1)
    assert read_git_dates(shallow).shallow
    report, err = scan(shallow, monkeypatch, capsys)
    assert dated(report) == {
        "new.md": ("overdue", "2020-01-01", "mtime"),
        "old.md": ("overdue", "2020-01-01", "mtime"),
    }
    assert err.count("shallow git clone") == 1
    assert "fetch-depth: 0" in err
    assert report["notes"] == [SHALLOW_CLONE_NOTE]
    notes = {f["path"]: f.get("notes", []) for f in report["files"]}
    assert all(any("shallow clone's boundary" in n for n in found) for found in notes.values())


def test_a_deeper_shallow_clone_keeps_the_dates_of_commits_inside_it(
    origin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # depth 2 holds "third" and "second": new.md's last commit is inside, old.md's is not.
    report, err = scan(clone(origin, tmp_path / "depth2", 2), monkeypatch, capsys)
    assert dated(report) == {
        "new.md": ("fresh", "2026-11-01", "git"),
        "old.md": ("overdue", "2020-01-01", "mtime"),
    }
    assert err.count("shallow git clone") == 1


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "freshcheck.yaml").write_text("version: 1\nfreshness:\n  default_cadence: 30d\n")
    (tmp_path / "page.md").write_text("# Page\n")
    os.utime(tmp_path / "page.md", (OLD_MTIME, OLD_MTIME))
    return tmp_path


def test_a_review_dated_in_the_future_never_hides_a_valid_one(
    library: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(library)
    last_week = (AS_OF - dt.timedelta(days=7)).isoformat()
    assert run(["review", "mark", "page.md", "--date", last_week]) == 0
    # A record dated after the as-of date (a typo, or a clock): appended by hand.
    path = library / ".freshcheck" / "reviews.json"
    data = json.loads(path.read_text())
    data["reviews"].append({"path": "page.md", "date": "2026-12-20"})
    path.write_text(json.dumps(data))
    capsys.readouterr()
    report, _ = scan(library, monkeypatch, capsys)
    (page,) = report["files"]
    assert (page["status"], page["last_updated"], page["last_updated_source"]) == (
        "fresh",
        last_week,
        "review",
    )
    assert any("2026-12-20" in note for note in page["notes"])


def test_review_mark_refuses_a_future_date(
    library: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(library)
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert run(["review", "mark", "page.md", "--date", tomorrow]) == 2
    assert "in the future" in capsys.readouterr().err
    assert not (library / ".freshcheck" / "reviews.json").exists()


def test_a_marker_dated_in_the_future_never_hides_an_earlier_one(
    library: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    (library / "page.md").write_text(
        "# Page\n\nLast reviewed: 2026-11-10\n\nLast reviewed: 2027-03-01\n"
    )
    os.utime(library / "page.md", (OLD_MTIME, OLD_MTIME))
    report, _ = scan(library, monkeypatch, capsys)
    (page,) = report["files"]
    assert (page["status"], page["last_updated"], page["last_updated_source"]) == (
        "fresh",
        "2026-11-10",
        "marker",
    )
    assert "ignored marker date 2027-03-01: after 2026-11-23" in page["notes"]
