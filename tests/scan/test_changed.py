"""``--changed-since REF`` against real git repositories built in each test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from freshcheck.cli.app import run
from freshcheck.errors import UsageError
from freshcheck.scan import changed_files
from freshcheck.scan.runner import ScanOptions, scan_paths

AS_OF = dt.date(2026, 11, 23)
POLICY = """version: 1
scan:
  exclude: ["drafts/**"]
freshness:
  default_cadence: 10y
"""
BODY = "# A page\n\n" + "".join(
    f"Line {n} of a page long enough to be seen as renamed.\n" for n in range(30)
)
NEW_NAME = "new file é.md"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
        GIT_CONFIG_NOSYSTEM="1",
    )
    done = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    return done.stdout.decode()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A base commit (tagged ``base``), then every kind of change, the last ones committed."""
    root = tmp_path / "library"
    root.mkdir()
    (root / "freshcheck.yaml").write_text(POLICY)
    (root / ".gitignore").write_text("ignored.md\n")
    for name in ("keep.md", "modify.md", "rename-me.md", "copy-src.md", "delete.md"):
        (root / name).write_text(BODY.replace("A page", name))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "base")
    git(root, "tag", "base")
    (root / "modify.md").write_text(BODY + "One more line.\n")
    git(root, "mv", "rename-me.md", "renamed.md")
    shutil.copy(root / "copy-src.md", root / "copied.md")
    (root / "delete.md").unlink()
    (root / "added.md").write_text("# Added\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "changes")
    (root / NEW_NAME).write_text("# Untracked, spaces and non-ASCII\n")
    (root / "ignored.md").write_text("# Ignored by .gitignore\n")
    (root / "drafts").mkdir()
    (root / "drafts" / "wip.md").write_text("# Excluded by the policy\n")
    return root


def scanned(root: Path, ref: str, warnings: list[str] | None = None) -> list[str]:
    options = ScanOptions(
        as_of=AS_OF,
        cwd=root,
        jobs=1,
        changed_since=ref,
        warn=(warnings.append if warnings is not None else None),
    )
    return [file.path for file in scan_paths([root], options).files]


def test_added_copied_modified_renamed_and_untracked_files_only(repo: Path) -> None:
    assert scanned(repo, "base") == sorted(
        ["added.md", "copied.md", "modify.md", NEW_NAME, "renamed.md"]
    )


def test_the_diff_sees_renames_as_the_new_name(repo: Path) -> None:
    changed = changed_files("base", repo, [])
    names = {path.name for path in changed.files}
    assert "renamed.md" in names and "rename-me.md" not in names
    assert "delete.md" not in names and "ignored.md" not in names
    assert changed.widened_by == ()


def test_working_tree_edits_count_and_head_is_a_ref(repo: Path) -> None:
    assert scanned(repo, "HEAD") == [NEW_NAME]
    (repo / "keep.md").write_text("# Edited, not committed\n")
    assert scanned(repo, "HEAD") == ["keep.md", NEW_NAME]


def test_only_within_the_given_paths(repo: Path) -> None:
    (repo / "sub").mkdir()
    (repo / "sub" / "inner.md").write_text("# Inner\n")
    options = ScanOptions(as_of=AS_OF, cwd=repo, jobs=1, changed_since="base")
    result = scan_paths([repo / "sub"], options)
    # Paths are relative to the library root (the top of the repository, with no policy).
    assert [file.path for file in result.files] == ["sub/inner.md"]


def test_a_policy_change_widens_the_scan_and_says_why(repo: Path) -> None:
    (repo / "freshcheck.yaml").write_text(POLICY + "  warn_before: 14d\n")
    warnings: list[str] = []
    files = scanned(repo, "HEAD", warnings)
    assert "keep.md" in files and "copy-src.md" in files and "drafts/wip.md" not in files
    assert warnings == [
        "freshcheck.yaml changed since HEAD: the policy or the review records judge every "
        "file, so every file is scanned"
    ]


def test_changed_review_records_widen_the_scan(repo: Path) -> None:
    (repo / ".freshcheck").mkdir()
    (repo / ".freshcheck" / "reviews.json").write_text('{"reviews": []}\n')
    warnings: list[str] = []
    assert "keep.md" in scanned(repo, "HEAD", warnings)
    assert warnings and warnings[0].startswith(".freshcheck/reviews.json changed since HEAD")


def test_an_unknown_ref_exits_2_with_the_shallow_clone_hint(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = git(repo, "rev-parse", "base").strip()
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(clone))
    assert run(["scan", "--changed-since", base, str(clone)]) == 2
    err = capsys.readouterr().err
    assert f"git does not know '{base}'" in err
    assert "fetch-depth: 0" in err and "Traceback" not in err
    assert run(["scan", "--changed-since", "HEAD", "--format", "json", str(clone)]) == 0


def test_outside_a_repository_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.md").write_text("# Page\n")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert run(["scan", "--changed-since", "main", str(tmp_path)]) == 2
    assert "needs a git repository" in capsys.readouterr().err
    with pytest.raises(UsageError, match="needs a git repository"):
        changed_files("main", tmp_path, [], dict(os.environ))


def test_ci_report_paths_are_relative_to_the_top_of_the_repository(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "sub").mkdir()
    (repo / "sub" / "inner.md").write_text("# Inner\n\nCopyright 2015 Acme.\n")
    assert run(["scan", "--format", "github", "--as-of", "2026-11-23", str(repo / "sub")]) == 0
    assert "::warning file=sub/inner.md,line=3," in capsys.readouterr().out


def test_a_ref_that_looks_like_an_option_is_only_a_ref(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "written-by-git"
    with pytest.raises(UsageError, match="git does not know"):
        changed_files(f"--output={target}", repo, [])
    assert not target.exists()


def test_diff_relative_in_the_git_config_changes_nothing(repo: Path) -> None:
    (repo / "sub").mkdir()
    (repo / "sub" / "inner.md").write_text("# Inner\n")
    git(repo, "add", "sub")
    git(repo, "config", "diff.relative", "true")
    top = repo.resolve()
    names = {path.relative_to(top).as_posix() for path in changed_files("base", repo, []).files}
    assert {"sub/inner.md", "modify.md", "renamed.md"} <= names
