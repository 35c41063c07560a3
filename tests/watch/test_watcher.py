"""The watcher on real files with real observers (inotify and lstat polling), no mocks."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from freshcheck.watch.observers import Hint
from tests.watch.helpers import (
    deck_bytes,
    events_of,
    read_events,
    running,
    settings_for,
    wait_for,
)


@pytest.fixture(params=["native", "polling"])
def observer(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each test runs with native events and with forced polling."""
    return {"native": True} if request.param == "native" else {"poll": 0.1}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "freshcheck.yaml").write_text(
        "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n",
        encoding="utf-8",
    )
    return folder


def test_create_modify_rename_delete(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    with running(settings_for(tmp_path, library, **observer)) as watch:
        (library / "a.md").write_text("Guaranteed results for all.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "a.md"), "a finding")
        assert "a.md" in watch.report_files()

        (library / "a.md").write_text("Results vary.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-resolved", "a.md"), "the fix")

        (library / "a.md").rename(library / "b.md")
        wait_for(lambda: events_of(watch.events, "file-removed", "a.md"), "a.md removed")
        wait_for(lambda: "b.md" in watch.report_files(), "b.md in the report")
        assert "a.md" not in watch.report_files()

        (library / "b.md").unlink()
        wait_for(lambda: events_of(watch.events, "file-removed", "b.md"), "b.md removed")
        wait_for(lambda: watch.report_files() == {}, "an empty report")


def test_powerpoint_save_sequence_scans_the_final_name_once(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    deck = library / "deck.pptx"
    deck.write_bytes(deck_bytes("Old title"))
    with running(settings_for(tmp_path, library, **observer)) as watch:
        assert watch.extracted() == {"deck.pptx": 1}  # the first reconciliation
        (library / "~$deck.pptx").write_bytes(b"owner")  # PowerPoint has it open
        (library / "~WRL0001.tmp").write_bytes(deck_bytes("Guaranteed results"))
        deck.rename(library / "~WRD0002.tmp")
        (library / "~WRL0001.tmp").rename(deck)
        (library / "~WRD0002.tmp").unlink()
        (library / "~$deck.pptx").unlink()  # closed
        wait_for(lambda: events_of(watch.events, "finding-added", "deck.pptx"), "the scan")
        watch.settle()
        assert watch.extracted() == {"deck.pptx": 2}
    assert not events_of(watch.events, "file-removed")


def test_libreoffice_save_sequence_scans_the_final_name_once(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    with running(settings_for(tmp_path, library, **observer)) as watch:
        lock = library / ".~lock.deck.pptx#"
        lock.write_text("user,host", encoding="utf-8")
        (library / "lu12345.tmp").write_bytes(deck_bytes("Guaranteed results"))
        (library / "lu12345.tmp").rename(library / "deck.pptx")
        lock.unlink()
        wait_for(lambda: events_of(watch.events, "finding-added", "deck.pptx"), "the scan")
        watch.settle()
        assert watch.extracted() == {"deck.pptx": 1}


def test_a_file_in_use_waits_until_closed(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    with running(settings_for(tmp_path, library, **observer)) as watch:
        (library / "~$deck.pptx").write_bytes(b"owner")
        (library / "deck.pptx").write_bytes(deck_bytes("Guaranteed results"))
        time.sleep(1.0)  # five quiet periods: it would have been scanned by now
        assert watch.extracted() == {}
        assert len(watch.watcher._debouncer) == 1  # waiting, not dropped
        (library / "~$deck.pptx").unlink()
        wait_for(lambda: watch.extracted() == {"deck.pptx": 1}, "the scan after closing")


def test_slow_writer_is_scanned_once_after_it_settles(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    data = deck_bytes("Guaranteed results", "Second slide")
    chunks = [data[i : i + len(data) // 10 + 1] for i in range(0, len(data), len(data) // 10 + 1)]
    with running(settings_for(tmp_path, library, debounce=1.0, **observer)) as watch:
        with (library / "slow.pptx").open("wb") as stream:
            for chunk in chunks:  # about 3 s in all
                stream.write(chunk)
                stream.flush()
                time.sleep(0.3)
        wait_for(lambda: events_of(watch.events, "finding-added", "slow.pptx"), "the scan")
        watch.settle()
        assert watch.extracted() == {"slow.pptx": 1}
    assert not events_of(watch.events, "unreadable")


def test_truncated_then_completed_deck_is_retried_not_reported(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    data = deck_bytes("Guaranteed results")
    with running(settings_for(tmp_path, library, **observer)) as watch:
        (library / "deck.pptx").write_bytes(data[: len(data) // 2])
        wait_for(lambda: any("cannot read it yet" in line for line in watch.log), "a retry")
        (library / "deck.pptx").write_bytes(data)
        wait_for(lambda: events_of(watch.events, "finding-added", "deck.pptx"), "the scan")
        assert watch.report_files()["deck.pptx"]["status"] != "error"
    assert not events_of(watch.events, "unreadable")


def test_unreadable_after_the_retry_window(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    with running(settings_for(tmp_path, library, retry_for=1.0, **observer)) as watch:
        (library / "broken.pptx").write_bytes(b"PK\x03\x04 not really a zip")
        wait_for(lambda: events_of(watch.events, "unreadable", "broken.pptx"), "unreadable")
        assert watch.report_files()["broken.pptx"]["status"] == "error"


def test_a_symlink_loop_does_not_hang(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    (library / "sub").mkdir()
    (library / "sub" / "loop").symlink_to(library, target_is_directory=True)
    (library / "sub" / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
    with running(settings_for(tmp_path, library, **observer)) as watch:
        assert set(watch.report_files()) == {"sub/a.md"}
        (library / "sub" / "b.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "sub/b.md"), "b.md")


def test_a_folder_renamed_rescans_its_subtree(
    tmp_path: Path, library: Path, observer: dict[str, Any]
) -> None:
    (library / "old").mkdir()
    (library / "old" / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
    with running(settings_for(tmp_path, library, **observer)) as watch:
        (library / "old").rename(library / "new")
        wait_for(lambda: "new/a.md" in watch.report_files(), "new/a.md")
        wait_for(lambda: events_of(watch.events, "file-removed", "old/a.md"), "old/a.md gone")
        assert events_of(watch.events, "finding-resolved", "old/a.md")
        assert events_of(watch.events, "finding-added", "new/a.md")


def test_reports_and_events_ignore_the_watchers_own_files(tmp_path: Path, library: Path) -> None:
    report = library / "status.md"
    settings = settings_for(
        tmp_path,
        library,
        native=True,
        reports=(("json", tmp_path / "report.json"), ("markdown", report)),
        events=library / "events.jsonl",
    )
    with running(settings) as watch:
        (library / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "a.md"), "a.md")
        watch.settle()
        assert set(watch.report_files()) == {"a.md"}
        assert watch.extracted() == {"a.md": 1}


def test_event_fields_follow_the_spec(tmp_path: Path, library: Path) -> None:
    with running(settings_for(tmp_path, library, native=True)) as watch:
        (library / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "a.md"), "a finding")
    for event in read_events(watch.events):
        assert set(event) == {"time", "path", "event", "rule", "owner", "location", "excerpt"}
    added = events_of(watch.events, "finding-added", "a.md")[0]
    assert added["rule"] == "compliance/banned-phrase"
    assert added["location"] == {"line": 1, "part": "body"}
    assert "Guaranteed results" in added["excerpt"]
    assert os.path.exists(tmp_path / "state" / "watch-status.json")


def test_reconciliation_finds_what_events_missed(tmp_path: Path, library: Path) -> None:
    # A poll interval far beyond the test: only the reconciliation can see the change.
    settings = settings_for(tmp_path, library, poll=600.0, reconcile=0.5)
    with running(settings) as watch:
        (library / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
        wait_for(lambda: events_of(watch.events, "finding-added", "a.md"), "a.md found")
        assert any("reconciled (scheduled): 1 changed or gone" in line for line in watch.log)


def test_an_overflow_reconciles_at_once(tmp_path: Path, library: Path) -> None:
    # Polling far beyond the test and hourly reconciliation: only the overflow's
    # reconciliation can find the file (the hint is what watchdog's handler turns an
    # EventsLostEvent into; a real kernel queue overflow needs 16,384 queued events).
    settings = settings_for(tmp_path, library, poll=600.0, reconcile=3600.0)
    with running(settings) as watch:
        (library / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
        watch.watcher._hints.put(Hint("overflow", str(library)))
        wait_for(lambda: events_of(watch.events, "finding-added", "a.md"), "a.md found")
        assert any("reconciled (events were lost): 1 changed or gone" in line for line in watch.log)
