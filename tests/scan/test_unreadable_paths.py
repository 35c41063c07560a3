"""Nothing is skipped in silence (issue 16): a folder that cannot be listed, a path longer
than the OS allows, a FIFO or a missing path is a ``file/unreadable`` finding naming the path
and the reason, and the rest of the library is scanned. Files named on the command line obey
the policy's globs (SPEC §2), so ``git diff --name-only | xargs freshcheck scan`` works.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from freshcheck.cli.app import run
from freshcheck.scan.cache.store import file_sha256
from tests.freshness.test_git_freshness import git

FRESHCHECK = [sys.executable, "-m", "freshcheck"]
POLICY = "version: 1\nscan:\n  exclude: ['archive/**']\n"


def scan(
    cwd: Path, args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> tuple[int, dict[str, Any], str]:
    monkeypatch.chdir(cwd)
    code = run(["scan", *args, "--format", "json", "--as-of", "2026-11-23"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def unreadable(report: dict[str, Any]) -> dict[str, str]:
    return {f["path"]: f["error"]["reason"] for f in report["files"] if f["status"] == "error"}


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "ok.md").write_text("# Fine\n")
    return tmp_path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_reported_without_being_opened_cache_on(
    library: Path, capsys: Any, monkeypatch: Any
) -> None:
    # Before: with the cache on the worker hashed the FIFO first and waited 60 s for it.
    os.mkfifo(library / "pipe.md")
    code, report, _ = scan(
        library, [".", "--cache-dir", str(library / ".cache")], capsys, monkeypatch
    )
    assert code == 1
    assert unreadable(report) == {"pipe.md": "not a regular file (a FIFO)"}
    assert [f["path"] for f in report["files"]] == ["ok.md", "pipe.md"]
    with pytest.raises(OSError, match="not a regular file"):
        file_sha256(library / "pipe.md")


def test_a_path_longer_than_the_os_allows_is_reported(
    library: Path, capsys: Any, monkeypatch: Any
) -> None:
    # Built one step at a time from inside, so no single call sees the whole path.
    deep = library / "deep"
    deep.mkdir()
    depth, here = 0, os.open(deep, os.O_RDONLY)
    try:
        while len(str(deep)) + depth * 201 < 5000:
            os.mkdir("d" * 200, dir_fd=here)
            child = os.open("d" * 200, os.O_RDONLY, dir_fd=here)
            os.close(here)
            here, depth = child, depth + 1
        fd = os.open("page.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=here)
        os.write(fd, b"# Deep\n")
        os.close(fd)
    finally:
        os.close(here)
    code, report, _ = scan(library, ["."], capsys, monkeypatch)
    assert code == 1
    ((path, reason),) = unreadable(report).items()
    assert path.startswith("deep/ddd") and "name too long" in reason
    assert "ok.md" in [f["path"] for f in report["files"]]
    shutil.rmtree(deep, ignore_errors=True)


# Lists a folder with discovery as the user nobody: freshcheck's modules are imported first,
# then the process drops root, so only the folder listing runs unprivileged.
_DISCOVER_AS_NOBODY = """
import json, os, sys
from pathlib import Path
from freshcheck.policy import ScanSettings
from freshcheck.scan.discovery import discover
os.setgroups([]); os.setgid(65534); os.setuid(65534)
root = Path(sys.argv[1])
print(json.dumps([[f.rel_path, f.problem] for f in discover([root], ScanSettings(), root)]))
"""


@pytest.fixture()
def shared_library() -> Iterator[Path]:
    """A library the user nobody can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="freshcheck-unreadable-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_folder_that_cannot_be_listed_is_reported(
    shared_library: Path, capsys: Any, monkeypatch: Any
) -> None:
    (shared_library / "freshcheck.yaml").write_text(POLICY)
    (shared_library / "ok.md").write_text("# Fine\n")
    (shared_library / "secret").mkdir()
    (shared_library / "secret" / "plan.md").write_text("# Plan\n")
    (shared_library / "secret").chmod(0o000)
    if os.geteuid() == 0:  # chmod 000 does not stop root: list as nobody instead
        if any(parent.stat().st_mode & 0o001 == 0 for parent in shared_library.parents):
            pytest.skip("the user nobody cannot reach the temporary folder")
        done = subprocess.run(
            [sys.executable, "-c", _DISCOVER_AS_NOBODY, str(shared_library)],
            capture_output=True,
            text=True,
            check=True,
        )
        found = [tuple(pair) for pair in json.loads(done.stdout)]
    else:
        code, report, _ = scan(shared_library, ["."], capsys, monkeypatch)
        assert code == 1
        found = [(f["path"], f.get("error", {}).get("reason")) for f in report["files"]]
    # Before: the folder was skipped without a word and the scan exited 0.
    assert found == [("ok.md", None), ("secret", "folder cannot be listed: permission denied")]


def test_a_missing_path_is_reported_and_the_rest_scanned(
    library: Path, capsys: Any, monkeypatch: Any
) -> None:
    # Before: exit 2 and nothing scanned.
    code, report, _ = scan(library, ["ok.md", "missing.md", "gone/"], capsys, monkeypatch)
    assert code == 1
    assert unreadable(report) == {
        "gone": "no such file or folder",
        "missing.md": "no such file or folder",
    }
    assert [f["status"] for f in report["files"] if f["path"] == "ok.md"] == ["fresh"]


def test_git_diff_names_piped_to_scan_obey_the_policy(
    library: Path, capsys: Any, monkeypatch: Any
) -> None:
    # Before: .gitignore and freshcheck.yaml became unreadable files, and the deleted page
    # stopped the scan with exit 2.
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    (library / ".gitignore").write_text("*.tmp\n")
    (library / "archive").mkdir()
    (library / "archive" / "old.md").write_text("# Old\n")
    (library / "gone.md").write_text("# Gone soon\n")
    git(library, "init", "-q", "-b", "main")
    git(library, "add", ".")
    git(library, "commit", "-qm", "first", when="2026-11-01")
    (library / "gone.md").unlink()
    (library / ".gitignore").write_text("*.tmp\n*.bak\n")
    (library / "freshcheck.yaml").write_text(POLICY + "# edited\n")
    (library / "archive" / "old.md").write_text("# Old, edited\n")
    (library / "ok.md").write_text("# Fine, edited\n")
    changed = subprocess.run(
        ["git", "diff", "--name-only", "--diff-filter=d"],
        cwd=library,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert sorted(changed) == [".gitignore", "archive/old.md", "freshcheck.yaml", "ok.md"]
    code, report, err = scan(library, changed, capsys, monkeypatch)
    assert code == 0
    assert [f["path"] for f in report["files"]] == ["ok.md"]
    assert ".gitignore: skipped: not a supported document format" in err
    assert "freshcheck.yaml: skipped: not a supported document format" in err
    assert "archive/old.md: skipped: matched by scan.exclude" in err
    # Without --diff-filter the deleted page is named too: reported, the rest still scanned.
    code, report, _ = scan(library, [*changed, "gone.md"], capsys, monkeypatch)
    assert unreadable(report) == {"gone.md": "no such file or folder"}
    assert "ok.md" in [f["path"] for f in report["files"]]
