"""Re-judging from the cache: policy edits, review records, midnight, restarts — no parsing."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import pytest

from freshcheck.cli.app import run
from freshcheck.watch import read_status
from tests.watch.helpers import (
    SettableClock,
    deck_bytes,
    events_of,
    read_events,
    replace_text,
    running,
    settings_for,
    wait_for,
)

POLICY = "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    (folder / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
    (folder / "b.md").write_text("A risk-free trial.\n", encoding="utf-8")
    (folder / "deck.pptx").write_bytes(deck_bytes("A risk-free pilot"))
    return folder


def test_a_policy_edit_rejudges_every_file_without_parsing(tmp_path: Path, library: Path) -> None:
    with running(settings_for(tmp_path, library, native=True)) as watch:
        parsed = watch.extracted()
        assert parsed == {"a.md": 1, "b.md": 1, "deck.pptx": 1}
        replace_text(library / "freshcheck.yaml", POLICY + "    - phrase: risk-free\n")
        wait_for(lambda: events_of(watch.events, "finding-added", "b.md"), "b.md's finding")
        wait_for(lambda: events_of(watch.events, "finding-added", "deck.pptx"), "the deck's")
        assert watch.extracted() == parsed  # judged again, parsed never
        assert watch.report_files()["deck.pptx"]["findings"]


def test_a_policy_saved_by_truncating_then_writing_is_one_edit(
    tmp_path: Path, library: Path
) -> None:
    # Editors save by truncating the file and writing it again. The quiet period (3 s) is
    # longer than the watcher's look at the policy (every second) and than the empty spell
    # (1.5 s), so the watcher certainly sees the empty file, and must not act on it.
    with running(settings_for(tmp_path, library, native=True, debounce=3.0)) as watch:
        with (library / "freshcheck.yaml").open("w", encoding="utf-8") as policy:  # empty
            time.sleep(1.5)
            policy.write(POLICY + "    - phrase: risk-free\n")
        wait_for(lambda: events_of(watch.events, "finding-added", "b.md"), "b.md's finding")
        wait_for(lambda: events_of(watch.events, "finding-added", "deck.pptx"), "the deck's")
        problems = [line for line in watch.log if "invalid" in line or line.startswith("policy:")]
        assert not problems
    assert (read_status(tmp_path / "state") or {})["policy"]["error"] is None
    assert not events_of(watch.events, "finding-resolved")  # a.md kept its finding throughout


def test_an_invalid_policy_edit_keeps_the_old_policy(tmp_path: Path, library: Path) -> None:
    with running(settings_for(tmp_path, library, native=True)) as watch:
        replace_text(
            library / "freshcheck.yaml", "version: 1\nfreshness:\n  default_cadence: banana\n"
        )
        wait_for(lambda: any("keeping the previous" in line for line in watch.log), "the error")
        status = wait_for(
            lambda: (read_status(tmp_path / "state") or {}).get("policy", {}).get("error"),
            "the error in the status",
        )
        assert "freshcheck.yaml:3" in status
        # The old policy still judges new files.
        (library / "c.md").write_text("Guaranteed results again.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "c.md"), "c.md judged")
        replace_text(library / "freshcheck.yaml", POLICY)
        wait_for(lambda: any("valid again" in line for line in watch.log), "the recovery")
    assert not events_of(watch.events, "finding-resolved")


def test_review_mark_rejudges(tmp_path: Path, library: Path) -> None:
    old = time.time() - 400 * 86400
    os.utime(library / "a.md", (old, old))
    with running(settings_for(tmp_path, library, native=True)) as watch:
        parsed = watch.extracted()
        assert watch.report_files()["a.md"]["status"] == "overdue"
        assert run(["review", "mark", str(library / "a.md"), "--root", str(library)]) == 0
        wait_for(lambda: events_of(watch.events, "became-fresh", "a.md"), "became-fresh")
        assert watch.report_files()["a.md"]["status"] == "fresh"
        assert watch.extracted() == parsed


def test_crossing_midnight_makes_a_file_overdue(tmp_path: Path, library: Path) -> None:
    clock = SettableClock(dt.date(2026, 6, 1))
    # Last changed 179 days before the clock's today: due tomorrow under a 180-day cadence.
    changed = dt.datetime(2026, 6, 1, 12) - dt.timedelta(days=179)
    os.utime(library / "b.md", (changed.timestamp(), changed.timestamp()))
    with running(settings_for(tmp_path, library, native=True), clock=clock) as watch:
        parsed = watch.extracted()
        assert watch.report_files()["b.md"]["status"] == "due-soon"
        clock.day = dt.date(2026, 6, 3)
        wait_for(lambda: events_of(watch.events, "became-overdue", "b.md"), "became-overdue")
        wait_for(lambda: watch.report_files()["b.md"]["status"] == "overdue", "the report")
        assert json.loads(watch.report.read_text())["as_of"] == "2026-06-03"
        assert watch.extracted() == parsed


def test_a_restart_announces_only_what_changed_while_down(tmp_path: Path, library: Path) -> None:
    settings = settings_for(tmp_path, library, native=True)
    with running(settings) as watch:
        (library / "c.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "c.md"), "c.md")
    before = read_events(watch.events)

    with running(settings) as watch:  # nothing changed: nothing to say
        assert watch.extracted() == {}
    assert read_events(watch.events) == before

    (library / "a.md").write_text("Results vary.\n", encoding="utf-8")  # while down
    (library / "b.md").unlink()
    (library / "d.md").write_text("Guaranteed results.\n", encoding="utf-8")
    with running(settings) as watch:
        assert watch.extracted() == {"a.md": 1, "d.md": 1}
    new = read_events(watch.events)[len(before) :]
    assert sorted((e["path"], e["event"]) for e in new) == [
        ("a.md", "finding-resolved"),
        ("b.md", "file-removed"),
        ("d.md", "became-fresh"),
        ("d.md", "finding-added"),
    ]


def test_on_change_gets_the_batch_and_failures_never_stop_the_watcher(
    tmp_path: Path, library: Path
) -> None:
    received = tmp_path / "received.json"
    copy = (
        f"{sys.executable} -c \"import sys; open({str(received)!r}, 'w').write(sys.stdin.read())\""
    )
    with running(settings_for(tmp_path, library, native=True, on_change=copy)) as watch:
        (library / "c.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(received.exists, "the command's output")
        payload = wait_for(lambda: received.read_text(encoding="utf-8"), "its input")
        assert {e["event"] for e in json.loads(payload)} == {"became-fresh", "finding-added"}

    failing = f"{sys.executable} -c 'raise SystemExit(3)'"
    with running(settings_for(tmp_path, library, native=True, on_change=failing)) as watch:
        (library / "d.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: any("status 3" in line for line in watch.log), "the failure logged")
        (library / "e.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "e.md"), "the next batch")


def test_on_change_timeout_kills_the_command(tmp_path: Path, library: Path) -> None:
    marker = tmp_path / "survived"
    hanging = f"{sys.executable} -c \"import time; time.sleep(20); open({str(marker)!r}, 'w')\""
    settings = settings_for(
        tmp_path, library, native=True, on_change=hanging, on_change_timeout=0.5
    )
    with running(settings) as watch:
        (library / "c.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: any("timed out" in line for line in watch.log), "the timeout")
        (library / "d.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "d.md"), "the next batch")
        wait_for(
            lambda: any(
                "timed out" in e for e in (read_status(tmp_path / "state") or {})["errors"]
            ),
            "the timeout in the status",
        )
    assert not marker.exists()


def test_another_librarys_state_is_no_history(tmp_path: Path, library: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "z.md").write_text("Guaranteed results.\n", encoding="utf-8")
    with running(settings_for(tmp_path, other, native=True)):
        pass
    with running(settings_for(tmp_path, library, native=True)) as watch:  # same state dir
        assert any("nothing announced" in line for line in watch.log)
    assert read_events(watch.events) == []
