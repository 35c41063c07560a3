"""Freshness from a real git repository with backdated commits, reviews and markers."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from freshcheck.freshness.git import read_git_dates
from freshcheck.freshness.reviews import load_reviews, record_reviews
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan

AS_OF = dt.date(2026, 11, 23)
POLICY = """version: 1
freshness:
  default_cadence: 90d
  warn_before: 14d
"""


def git(repo: Path, *args: str, when: str | None = None) -> None:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
    )
    if when:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{when}T12:00:00+00:00"
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "old.md").write_text("# Old page\n\nWritten long ago.\n")
    (tmp_path / "edited.md").write_text("# Edited page\n\nFirst version.\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first", when="2026-01-05")
    (tmp_path / "recent.md").write_text("# Recent page\n\nNew this autumn.\n")
    git(tmp_path, "add", "recent.md")
    git(tmp_path, "commit", "-qm", "second", when="2026-10-01")
    return tmp_path


def by_path(root: Path, **kwargs: object) -> dict[str, object]:
    result = scan([root], ScanOptions(as_of=AS_OF, cwd=root, env=dict(os.environ), jobs=1))
    return {f.path: f for f in result.files}


def test_one_log_pass_gives_each_file_its_last_commit(repo: Path) -> None:
    dates = read_git_dates(repo)
    assert dates.date_of((repo / "old.md").resolve()) == dt.date(2026, 1, 5)
    assert dates.date_of((repo / "recent.md").resolve()) == dt.date(2026, 10, 1)


def test_commit_dates_decide_status_and_source(repo: Path) -> None:
    files = by_path(repo)
    old, recent = files["old.md"], files["recent.md"]
    assert (old.status, old.source, old.last_updated) == ("overdue", "git", dt.date(2026, 1, 5))
    assert old.due == dt.date(2026, 4, 5)
    assert (recent.status, recent.source) == ("fresh", "git")
    assert [f.rule for f in old.findings] == ["freshness/overdue"]


def test_uncommitted_edits_use_the_modification_time(repo: Path) -> None:
    edited = repo / "edited.md"
    edited.write_text("# Edited page\n\nSecond version, not committed.\n")
    stamp = dt.datetime(2026, 11, 20, 9, 0).timestamp()
    os.utime(edited, (stamp, stamp))
    file = by_path(repo)["edited.md"]
    assert (file.source, file.last_updated, file.status) == (
        "mtime",
        dt.date(2026, 11, 20),
        "fresh",
    )


def test_a_review_record_outranks_an_older_commit(repo: Path) -> None:
    record_reviews(repo, [repo / "old.md"], dt.date(2026, 11, 2), "Dana", "checked")
    log = load_reviews(repo)
    assert log.latest("old.md") is not None and log.latest("old.md").by == "Dana"  # type: ignore[union-attr]
    file = by_path(repo)["old.md"]
    assert (file.source, file.last_updated, file.status) == (
        "review",
        dt.date(2026, 11, 2),
        "fresh",
    )


def test_an_in_document_marker_counts_as_a_review(repo: Path) -> None:
    (repo / "old.md").write_text("# Old page\n\nLast reviewed: 2026-11-10\n")
    git(repo, "commit", "-qam", "marker", when="2026-02-01")
    file = by_path(repo)["old.md"]
    assert (file.source, file.last_updated) == ("marker", dt.date(2026, 11, 10))


def test_future_dates_are_ignored_with_a_note(repo: Path) -> None:
    (repo / "old.md").write_text("# Old page\n\nLast reviewed: 2027-03-01\n")
    git(repo, "commit", "-qam", "future marker", when="2026-02-01")
    file = by_path(repo)["old.md"]
    assert file.source == "git"
    assert any("2027-03-01" in note and "ignored" in note for note in file.notes)


def test_an_unreadable_marker_is_a_note_not_a_silent_skip(repo: Path) -> None:
    (repo / "old.md").write_text("# Old page\n\nLast reviewed: 03/04/2026\n")
    git(repo, "commit", "-qam", "ambiguous marker", when="2026-02-01")
    file = by_path(repo)["old.md"]
    assert any("ambiguous" in note for note in file.notes)
