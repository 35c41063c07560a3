"""Report and baseline paths: checked before the scan, written without replacing what a
path means (a device, a FIFO, a symlink), never the same file twice."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from freshcheck.cli.app import run

AS_OF = ["--as-of", "2026-11-23"]
POLICY = "version: 1\nfreshness:\n  default_cadence: 10y\n"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    (root / "freshcheck.yaml").write_text(POLICY)
    (root / "page.md").write_text("# Page\n\nLast updated: 2026-10-01\n")
    return root


def scan(library: Path, *args: str) -> int:
    return run(["scan", str(library), "-q", "--no-cache", *AS_OF, *args])


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("missing/report.json", "does not exist"),
        ("page.md/report.json", "is not a folder"),
        (".", "is a folder"),
    ],
)
def test_an_unwritable_report_path_exits_2_before_scanning(
    library: Path, capsys: pytest.CaptureFixture[str], target: str, reason: str
) -> None:
    path = library / target
    assert scan(library, "--report", f"json={path}") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"--report json={path}: cannot write" in err and reason in err
    assert "scanned" not in err  # refused before the scan, not after


def test_an_unwritable_baseline_path_exits_2(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert scan(library, "--write-baseline", str(library / "no" / "baseline.json")) == 2
    assert "--write-baseline" in capsys.readouterr().err


def test_the_same_file_named_twice_is_refused(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "out.json"
    link = tmp_path / "link.json"
    report.write_text("{}")
    link.symlink_to(report)
    assert scan(library, "--report", f"json={report}", "--report", f"sarif={link}") == 2
    assert "the same file as --report json=" in capsys.readouterr().err
    assert report.read_text() == "{}"
    fresh = tmp_path / "new.json"
    assert scan(library, "--report", f"json={fresh}", "--write-baseline", str(fresh)) == 2
    assert not fresh.exists()


def test_dev_null_stays_a_device(library: Path) -> None:
    assert scan(library, "--report", "json=/dev/null", "--report", "html=/dev/null") == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlink_is_followed_to_its_target(library: Path, tmp_path: Path) -> None:
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert scan(library, "--report", f"json={link}") == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["files"][0]["path"] == "page.md"


def test_a_fifo_is_written_straight_through(library: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        assert scan(library, "--report", f"json={fifo}") == 0
    finally:
        reader.join(timeout=60)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(received[0])["files"][0]["path"] == "page.md"


def test_dev_stdout_as_a_pipe_prints_the_report(library: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "freshcheck",
            "scan",
            str(library),
            "-q",
            "--no-cache",
            *AS_OF,
            "--format",
            "json",
            "--report",
            "csv=/dev/stdout",
        ],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b'"schema": "freshcheck/report@1"' in done.stdout
    assert b"path," in done.stdout  # the CSV header, through the same pipe


def test_dash_is_stdout(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert scan(library, "--format", "json", "--report", "csv=-") == 0
    out = capsys.readouterr().out
    assert "path," in out and '"schema"' in out


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    # pytest's tmp_path is private to root (0700): the unprivileged user needs a way in.
    folder = Path(tempfile.mkdtemp(prefix="freshcheck-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to an unprivileged user")
def test_a_read_only_folder_exits_2_for_an_unprivileged_user(shared_folder: Path) -> None:
    library = shared_folder / "content"
    library.mkdir()
    (library / "freshcheck.yaml").write_text(POLICY)
    (library / "page.md").write_text("# Page\n")
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    # Imports first: the interpreter's own files may be private to root. The check runs
    # before the scan, so nothing more is imported after the switch than what the command
    # loads on demand: its module, the --as-of date parser and the JSON renderer that the
    # report check looks up, imported here first.
    as_nobody = (
        "import os, sys; from freshcheck.cli.app import run; import freshcheck.cli.scan; "
        "from freshcheck.text import parse_iso_date; from freshcheck.report import RENDERERS; "
        "RENDERERS['json']; "
        "os.setgroups([]); os.setgid(65534); os.setuid(65534); sys.exit(run(sys.argv[1:]))"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            as_nobody,
            "scan",
            str(library),
            "-q",
            "--no-cache",
            *AS_OF,
            "--report",
            f"json={locked / 'report.json'}",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=shared_folder,
        env={**os.environ, "HOME": str(shared_folder)},
    )
    assert done.returncode == 2, done.stderr
    assert f"the folder {locked} is not writable" in done.stderr
