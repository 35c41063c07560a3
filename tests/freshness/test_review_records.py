"""``freshcheck review mark`` as real processes: concurrent marks, umask, foreign keys,
newer versions and things that are not documents."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from freshcheck.cli.app import run

FRESHCHECK = [sys.executable, "-m", "freshcheck"]


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "freshcheck.yaml").write_text("version: 1\n")
    for index in range(50):
        (tmp_path / f"page{index:02}.md").write_text(f"# Page {index}\n")
    return tmp_path


def reviews(library: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((library / ".freshcheck" / "reviews.json").read_text())
    return data


def test_fifty_concurrent_marks_keep_fifty_records(library: Path) -> None:
    # Before: each process read, appended and replaced the file unlocked; 20 kept 6 or 7.
    processes = [
        subprocess.Popen(
            [*FRESHCHECK, "review", "mark", f"page{index:02}.md", "--by", f"r{index}"],
            cwd=library,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for index in range(50)
    ]
    failures = [p.stderr.read() for p in processes if p.wait() != 0 and p.stderr]
    for process in processes:
        if process.stderr:
            process.stderr.close()
    assert failures == []
    records = reviews(library)["reviews"]
    assert isinstance(records, list)
    assert sorted(r["path"] for r in records) == [f"page{i:02}.md" for i in range(50)]
    leftovers = sorted(p.name for p in (library / ".freshcheck").iterdir())
    assert leftovers == ["reviews.json", "reviews.json.lock"]  # no temp files left


@pytest.mark.parametrize(("umask", "mode"), [(0o002, 0o664), (0o022, 0o644), (0o077, 0o600)])
def test_a_new_review_file_follows_the_umask(library: Path, umask: int, mode: int) -> None:
    # Before: always 0600, so colleagues on a shared drive could not record reviews.
    subprocess.run(
        [*FRESHCHECK, "review", "mark", "page00.md"],
        cwd=library,
        check=True,
        capture_output=True,
        umask=umask,
    )
    for name in ("reviews.json", "reviews.json.lock"):
        assert stat.S_IMODE((library / ".freshcheck" / name).stat().st_mode) == mode, name


def test_an_existing_review_file_keeps_its_mode(library: Path) -> None:
    assert run(["review", "mark", str(library / "page00.md")]) == 0
    (library / ".freshcheck" / "reviews.json").chmod(0o640)
    assert run(["review", "mark", str(library / "page01.md")]) == 0
    assert stat.S_IMODE((library / ".freshcheck" / "reviews.json").stat().st_mode) == 0o640


def test_keys_this_version_does_not_know_are_kept(library: Path) -> None:
    (library / ".freshcheck").mkdir()
    written = {
        "version": 1,
        "signed_by": "legal",
        "reviews": [{"path": "page00.md", "date": "2026-01-02", "ticket": "ENB-7"}],
    }
    (library / ".freshcheck" / "reviews.json").write_text(json.dumps(written))
    assert run(["review", "mark", str(library / "page01.md"), "--date", "2026-11-02"]) == 0
    data = reviews(library)
    assert data["signed_by"] == "legal"
    records = data["reviews"]
    assert isinstance(records, list)
    assert records[0] == written["reviews"][0]  # type: ignore[index]
    assert (records[1]["path"], records[1]["date"]) == ("page01.md", "2026-11-02")


def test_a_newer_version_is_refused_not_downgraded(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / ".freshcheck").mkdir()
    text = json.dumps({"version": 2, "reviews": [], "entries": {"page00.md": []}})
    (library / ".freshcheck" / "reviews.json").write_text(text)
    assert run(["review", "mark", str(library / "page00.md")]) == 2
    assert "newer than this freshcheck reads" in capsys.readouterr().err
    assert (library / ".freshcheck" / "reviews.json").read_text() == text
    assert run(["scan", str(library), "-q"]) == 2  # a scan cannot read it either


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: review mark opened the FIFO to hash it and waited for a writer forever.
    os.mkfifo(library / "pipe.md")
    assert run(["review", "mark", str(library / "pipe.md")]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_a_lock_held_too_long_is_a_clear_error(library: Path) -> None:
    from freshcheck.errors import UsageError
    from freshcheck.freshness.review_lock import locked

    lock = library / "reviews.json.lock"
    # The same process takes a second, separate lock: flock refuses it like another's.
    with (
        locked(lock),
        pytest.raises(UsageError, match="another freshcheck has held"),
        locked(lock, timeout_s=0.1),
    ):
        pass
