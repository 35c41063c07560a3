"""Atomic writes: readers never see a partial file; failures leave no temp file behind."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from freshcheck.atomic import write_atomic

SIZE = 2_000_000


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(target, "é\n")
    assert target.read_bytes() == "é\n".encode()
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_writes_a_report_streamed_in_chunks(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(target, (f"line {n} – é\n" for n in range(3)))
    assert target.read_text(encoding="utf-8") == "line 0 – é\nline 1 – é\nline 2 – é\n"


def test_a_stream_that_fails_half_way_leaves_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def chunks() -> Iterator[str]:
        yield "new, half"
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        write_atomic(target, chunks())
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_polling_reader_never_sees_a_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    contents = [bytes([65 + n]) * SIZE for n in range(4)]
    seen: list[tuple[int, int]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            try:
                data = target.read_bytes()
            except FileNotFoundError:
                continue
            seen.append((len(data), len(set(data))))

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for _ in range(5):
            for data in contents:
                write_atomic(target, data)
    finally:
        done.set()
        reader.join()
    assert seen, "the reader never saw the file"
    assert all(entry == (SIZE, 1) for entry in seen), "a reader saw a partial or mixed file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_temp_file_is_removed_and_old_content_kept_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.sarif"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new" * 1000)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif"]


def test_missing_folder_is_an_error_without_debris(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "report.csv", "x")
    assert list(tmp_path.iterdir()) == []


def test_permissions_kept_or_sensible(tmp_path: Path) -> None:
    fresh = tmp_path / "new.md"
    write_atomic(fresh, "x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    shared = tmp_path / "shared.md"
    shared.write_text("old")
    shared.chmod(0o664)
    write_atomic(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
