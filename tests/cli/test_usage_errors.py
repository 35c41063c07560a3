"""Input a user got wrong is exit 2 with a clear message, never exit 3 (an internal error).

Each case runs the real command line: in-process through ``run`` where the streams allow,
in a subprocess where the case is about the streams themselves (closed, a full disk).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from freshcheck.cli.app import run

AS_OF = ["--as-of", "2026-11-23"]
POLICY = "version: 1\nfreshness:\n  default_cadence: 10y\n"
DEPTH = 500


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    (root / "freshcheck.yaml").write_text(POLICY)
    (root / "page.md").write_text("# Page\n\nLast updated: 2026-10-01\n")
    return root


def test_a_policy_nested_500_deep_is_a_policy_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "deep.yaml"
    policy.write_text("version: 1\nextra: " + "[" * DEPTH + "]" * DEPTH + "\n")
    assert run(["policy", "check", str(policy)]) == 2
    err = capsys.readouterr().err
    assert "deep.yaml:2:" in err and "nests lists or keys too deeply" in err


def test_a_policy_of_keys_nested_500_deep_is_a_policy_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["version: 1", "extra:"] + ["  " * (n + 1) + "a:" for n in range(DEPTH)]
    policy = tmp_path / "deep.yaml"
    policy.write_text("\n".join(lines) + " x\n")
    assert run(["scan", "--policy", str(policy), str(tmp_path), *AS_OF]) == 2
    assert "too deeply" in capsys.readouterr().err


def test_deeply_nested_review_log_is_a_usage_error(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / ".freshcheck").mkdir()
    deep = "[" * 100_000 + "]" * 100_000
    (library / ".freshcheck" / "reviews.json").write_text(f'{{"version": 1, "reviews": {deep}}}')
    assert run(["scan", str(library), "-q", "--no-cache", *AS_OF]) == 2
    assert "not a valid review log" in capsys.readouterr().err


def test_deeply_nested_baseline_is_a_usage_error(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000)
    assert run(["scan", str(library), "-q", "--no-cache", "--baseline", str(baseline)]) == 2
    err = capsys.readouterr().err
    assert "baseline is not a baseline: its JSON nests too deeply" in err
    assert "scanned" not in err  # checked before the scan


def test_a_baseline_that_is_not_text_is_a_usage_error_before_the_scan(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    assert run(["scan", str(library), "-q", "--no-cache", "--baseline", str(baseline)]) == 2
    err = capsys.readouterr().err
    assert f"--baseline {baseline}: cannot read it: it is not UTF-8 text" in err
    assert "scanned" not in err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--as-of", "0001-01-01", "0001-01-01 is out of range: use a date from 1900-01-01"),
        ("--as-of", "9999-12-31", "out of range"),
        ("--due-within", "99999999d", "99999999d is too long: at most 1000y"),
        ("--due-within", "5000y", "too long"),
        ("--jobs", "0", "0 is too few"),
    ],
)
def test_out_of_range_options_exit_2(
    library: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    assert run(["scan", str(library), "-q", "--no-cache", option, value]) == 2
    assert message in capsys.readouterr().err


def test_the_widest_dates_and_spans_still_scan(library: Path) -> None:
    for as_of in ("1900-01-01", "2999-12-31"):
        args = ["--as-of", as_of, "--due-within", "1000y"]
        assert run(["scan", str(library), "-q", "--no-cache", *args]) in (0, 1)


def test_jobs_above_the_cpus_are_lowered_with_a_note(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["scan", str(library), "-q", "--no-cache", *AS_OF, "--jobs", "10000"]) == 0
    cpus = len(os.sched_getaffinity(0))
    assert f"note: --jobs 10000 is more than the {cpus} CPU(s) available; using {cpus}" in (
        capsys.readouterr().err
    )


def test_cache_info_and_clear_with_a_relative_cache_dir(
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(["scan", str(library), "-q", "--cache-dir", "cache", *AS_OF]) == 0
    assert run(["cache", "info", "--cache-dir", "cache"]) == 0
    assert "documents: 1" in capsys.readouterr().out
    assert run(["cache", "clear", "--cache-dir", "cache"]) == 0
    assert "(1 documents" in capsys.readouterr().out
    assert [path for path in (tmp_path / "cache").rglob("*") if path.is_file()] == []


def test_a_damaged_cache_row_is_rebuilt_without_a_warning(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    scan = ["scan", str(library), "-q", "--cache-dir", str(cache), *AS_OF]
    assert run(scan) == 0
    with sqlite3.connect(cache / "documents.sqlite3") as db:
        # Bytes that are not UTF-8, with an ANSI escape among them, where text belongs.
        db.execute("UPDATE documents SET version = CAST(x'ff00fe1b5b33316d41' AS TEXT)")
        db.execute("UPDATE documents SET sha256 = CAST(x'1b5b33316dff' AS TEXT)")
    capsys.readouterr()
    assert run(scan) == 0
    assert "warning" not in capsys.readouterr().err
    with sqlite3.connect(cache / "documents.sqlite3") as db:
        version, sha256 = db.execute("SELECT version, sha256 FROM documents").fetchone()
    assert version.isprintable() and len(sha256) == 64  # extracted again, and replaced


def test_warnings_print_control_characters_escaped(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache_dir = blocker / "cache\x1b[31m\u202e"
    assert run(["scan", str(library), "-q", "--cache-dir", str(cache_dir), *AS_OF]) == 0
    err = capsys.readouterr().err
    assert "warning: cannot use the cache folder" in err
    assert "cache\\x1b[31m\\u202e" in err and "\x1b" not in err and "\u202e" not in err


def _freshcheck(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "freshcheck", *args], check=False, **kwargs
    )


def test_a_closed_stderr_does_not_fail_the_scan(library: Path) -> None:
    done = _freshcheck(
        "scan", str(library), "--no-cache", "--format", "json", *AS_OF,
        stdout=subprocess.PIPE, preexec_fn=lambda: os.close(2),
    )  # fmt: skip
    assert done.returncode == 0
    assert b'"schema": "freshcheck/report@1"' in done.stdout


def test_stdout_on_a_full_disk_exits_2_with_the_reason(library: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = _freshcheck(
            "scan", str(library), "--no-cache", *AS_OF, stdout=full, stderr=subprocess.PIPE
        )
    assert done.returncode == 2
    assert b"freshcheck: cannot write to stdout: No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr
