"""The runner: the cache saves work without changing a verdict; one bad file costs one result.

Every scan here runs real files through real worker processes.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import threading
import time
from pathlib import Path

import docx
import pptx
import pytest

from freshcheck.extract.safety import Limits
from freshcheck.model import ScanResult
from freshcheck.scan import runner
from freshcheck.scan.cache.store import CACHE_FILE_NAME, cache_info
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan
from tests.scan.options import cached_scan_options

AS_OF = dt.date(2026, 6, 1)
POLICY = """\
version: 1
freshness:
  default_cadence: 180d
messaging:
  messages:
    - id: onboarding-time
      current: "Acme cuts new-hire onboarding time by 45%."
      superseded: ["Acme cuts new-hire onboarding time by 30%."]
  terms:
    - retired: ["Acme Insights"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""
LINUX = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")


class Warnings(list[str]):
    def __call__(self, message: str) -> None:
        self.append(message)


def _library(root: Path) -> Path:
    """A small library: decks, documents and Markdown, some with findings."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    for n in range(3):
        deck = pptx.Presentation()
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Deck {n}"
        slide.placeholders[1].text = "Acme cuts new-hire onboarding time by 30%."
        slide.notes_slide.notes_text_frame.text = "Say Acme Insights here."
        deck.save(str(root / f"deck{n}.pptx"))
        document = docx.Document()
        document.add_paragraph(f"Playbook {n}: guaranteed results every quarter.")
        document.add_paragraph("Acme cuts new-hire onboarding time by 45%.")
        document.save(str(root / f"playbook{n}.docx"))
        (root / f"notes{n}.md").write_text(f"# Notes {n}\n\nUse Acme Insights daily.\n")
    return root


def _options(tmp_path: Path, **changes: object) -> ScanOptions:
    as_of = changes.pop("as_of", AS_OF)
    assert isinstance(as_of, dt.date)
    return cached_scan_options(tmp_path, as_of, **changes)


def _replace(options: ScanOptions, **changes: object) -> ScanOptions:
    import dataclasses

    return dataclasses.replace(options, **changes)  # type: ignore[arg-type]


def _rules(result: ScanResult, name: str) -> list[str]:
    file = next(f for f in result.files if f.path == name)
    return sorted(f.rule for f in file.findings)


def _cached_versions(cache_dir: Path) -> set[str]:
    with sqlite3.connect(cache_dir / CACHE_FILE_NAME) as db:
        return {row[0] for row in db.execute("SELECT version FROM documents")}


def test_a_warm_rescan_gives_the_same_result_from_the_cache(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    options = _options(tmp_path)
    cold = scan([library], options)
    assert len(cold.files) == 9
    assert cache_info(tmp_path / "cache").entries == 9
    assert scan([library], options) == cold
    assert scan([library], _replace(options, use_cache=False)) == cold
    assert "messaging/outdated-claim" in _rules(cold, "deck0.pptx")
    assert "messaging/retired-term" in _rules(cold, "notes0.md")


def test_a_hit_does_not_read_the_file_again(tmp_path: Path) -> None:
    # Proof by a stale entry: same size, same mtime, other words -> the cached text is used.
    library = _library(tmp_path / "lib")
    options = _options(tmp_path)
    scan([library], options)
    note = library / "notes1.md"
    stat = note.stat()
    note.write_text(note.read_text().replace("Insights", "Insigxts"))
    os.utime(note, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert "messaging/retired-term" in _rules(scan([library], options), "notes1.md")


def test_an_edit_is_seen_even_at_the_same_size(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    options = _options(tmp_path)
    scan([library], options)
    note = library / "notes1.md"
    stat = note.stat()
    note.write_text(note.read_text().replace("Insights", "Insigxts"))
    os.utime(note, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert "messaging/retired-term" not in _rules(scan([library], options), "notes1.md")


def test_a_touch_keeps_the_entry_and_records_the_new_mtime(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    options = _options(tmp_path)
    cold = scan([library], options)
    deck = library / "deck2.pptx"
    rowid_before, _ = _entry(tmp_path, deck)
    later = deck.stat().st_mtime_ns + 5 * 10**9
    os.utime(deck, ns=(later, later))
    warm = scan([library], options)
    assert _rules(warm, "deck2.pptx") == _rules(cold, "deck2.pptx")
    assert _entry(tmp_path, deck) == (rowid_before, later)  # updated in place, not re-added


def _entry(tmp_path: Path, file: Path) -> tuple[int, int]:
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE_NAME) as db:
        row = db.execute(
            "SELECT rowid, mtime_ns FROM documents WHERE path = ?", (str(file.resolve()),)
        ).fetchone()
    return (int(row[0]), int(row[1]))


def test_an_extractor_version_bump_re_extracts_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(tmp_path / "lib")
    options = _options(tmp_path)
    cold = scan([library], options)
    (old,) = _cached_versions(tmp_path / "cache")
    monkeypatch.setattr(runner, "EXTRACTOR_VERSION", "bumped")
    assert scan([library], options) == cold
    (new,) = _cached_versions(tmp_path / "cache")
    assert new != old and new.startswith("bumped:")


def test_a_corrupt_cache_is_rebuilt_with_a_warning(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    warnings = Warnings()
    options = _options(tmp_path, warn=warnings)
    cold = scan([library], options)
    (tmp_path / "cache" / CACHE_FILE_NAME).write_bytes(b"\x00garbage" * 4096)
    assert scan([library], options) == cold
    assert any("rebuilding" in w for w in warnings)
    assert cache_info(tmp_path / "cache").entries == 9


def test_results_are_identical_with_one_and_four_workers_and_a_warm_cache(
    tmp_path: Path, corpus: Path
) -> None:
    library = _library(tmp_path / "lib")
    picked = sorted((corpus / "pptx").iterdir(), key=lambda p: p.stat().st_size)[:12]
    picked += sorted((corpus / "docx").iterdir(), key=lambda p: p.stat().st_size)[:12]
    for file in picked:
        shutil.copy(file, library / file.name)
    one = scan([library], _options(tmp_path, jobs=1, use_cache=False))
    four = scan([library], _options(tmp_path, jobs=4))
    warm = scan([library], _options(tmp_path, jobs=4))
    assert len(one.files) == 9 + len(picked)
    assert one == four == warm


def _slow_markdown(path: Path) -> Path:
    # ~200,000 units: seconds of honest work for the extractor and the rules.
    path.write_text("- Acme *Insights* cuts **time** by 30% [link](x)\n" * 200_000)
    return path


def test_a_file_past_the_timeout_costs_one_result_not_the_scan(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    _slow_markdown(library / "aaa-slow.md")
    finished: list[str] = []
    options = _options(
        tmp_path,
        limits=Limits(timeout_s=1.5),
        progress=lambda _done, _total, path: finished.append(path),
    )
    result = scan([library], options)
    slow = next(f for f in result.files if f.path == "aaa-slow.md")
    assert slow.error is not None and slow.error.kind == "timeout"
    assert [f.rule for f in slow.findings] == ["file/unreadable"]
    assert all(f.error is None for f in result.files if f.path != "aaa-slow.md")
    # The slow file went first, yet the others finished beside it, on the other worker.
    assert finished[-1] == "aaa-slow.md" and len(finished) == 10
    assert cache_info(tmp_path / "cache").entries == 9  # a timeout is never cached


def _worker_pids() -> set[int]:
    """Processes whose grandparent is this one: the pool's workers (under the fork server)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    return {pid for pid, ppid in parents.items() if parents.get(ppid) == os.getpid()}


@LINUX
def test_a_worker_killed_with_sigkill_is_replaced_and_its_file_reported(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    _slow_markdown(library / "aaa-slow.md")
    before = _worker_pids()
    killed: list[int] = []

    def kill_the_busy_worker() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            workers = _worker_pids() - before
            if workers:
                time.sleep(1.0)  # ready, and well into the slow file (the first task)
                for pid in _worker_pids() - before:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_the_busy_worker)
    killer.start()
    result = scan([library], _options(tmp_path, jobs=1, limits=Limits(timeout_s=30)))
    killer.join()
    assert killed
    slow = next(f for f in result.files if f.path == "aaa-slow.md")
    assert slow.error is not None and slow.error.kind == "crashed"
    assert "SIGKILL" in slow.error.reason
    assert len(result.files) == 10
    assert all(f.error is None for f in result.files if f.path != "aaa-slow.md")


@LINUX
def test_ctrl_c_ends_the_workers_and_leaves_a_sound_cache(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    before = _worker_pids()

    def interrupt(done: int, _total: int, _path: str) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        scan([library], _options(tmp_path, progress=interrupt))
    assert _worker_pids() - before == set()
    assert cache_info(tmp_path / "cache").entries <= 9
    warm = scan([library], _options(tmp_path))  # the cache opens cleanly and still helps
    assert warm == scan([library], _options(tmp_path, use_cache=False))
