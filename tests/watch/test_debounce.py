"""The debouncer on real files: quiet period, (size, mtime) stability, lock and temp names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from watchdog.events import (
    DirMovedEvent,
    EventsLostEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from freshcheck.watch.debounce import Debouncer, in_use, is_temp_name
from freshcheck.watch.observers import Hint, hints_of


@pytest.mark.parametrize(
    "name",
    ["~$deck.pptx", "~WRL0001.tmp", "~WRD0003.tmp", ".~lock.deck.pptx#", "lu123.tmp",
     "x.tmp", ".deck.md.swp", "PPT1A2.TMP"],
)  # fmt: skip
def test_lock_and_temp_names_are_never_scanned(name: str) -> None:
    assert is_temp_name(name)


@pytest.mark.parametrize("name", ["deck.pptx", "lumen.pptx", "template.docx", "notes.md"])
def test_content_names_are_scanned(name: str) -> None:
    assert not is_temp_name(name)


def test_office_owner_file_means_in_use(tmp_path: Path) -> None:
    deck = tmp_path / "quarterly-review.pptx"
    deck.write_bytes(b"x")
    assert not in_use(deck)
    (tmp_path / "~$arterly-review.pptx").write_bytes(b"owner")  # Word's long-name form
    assert in_use(deck)


def test_a_path_settles_after_the_quiet_period_once_it_stops_moving(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_text("one", encoding="utf-8")
    debouncer = Debouncer(quiet=2.0)
    debouncer.touch(str(file), now=100.0)
    assert debouncer.settled(now=101.0) == []  # still quiet
    with file.open("a", encoding="utf-8") as stream:
        stream.write(" two")  # grew since the event: not settled yet
    assert debouncer.settled(now=102.5) == []
    assert debouncer.settled(now=104.6) == [str(file)]
    assert len(debouncer) == 0


def test_many_events_on_one_path_settle_once(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_text("x", encoding="utf-8")
    debouncer = Debouncer(quiet=1.0)
    for step in range(10):
        debouncer.touch(str(file), now=10.0 + step * 0.1)
    assert debouncer.settled(now=10.5) == []
    assert debouncer.settled(now=12.0) == [str(file)]
    assert debouncer.settled(now=20.0) == []


def test_a_missing_path_settles_as_gone(tmp_path: Path) -> None:
    debouncer = Debouncer(quiet=1.0)
    debouncer.touch(str(tmp_path / "gone.md"), now=0.0)
    assert debouncer.settled(now=1.0) == [str(tmp_path / "gone.md")]


def test_in_use_waits_up_to_a_limit(tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(b"x")
    (tmp_path / "~$deck.pptx").write_bytes(b"owner")
    debouncer = Debouncer(quiet=1.0, in_use_limit=10.0)
    debouncer.touch(str(deck), now=0.0)
    assert debouncer.settled(now=1.0) == []
    assert debouncer.settled(now=5.0) == []
    assert debouncer.settled(now=11.0) == [str(deck)]  # open all day: scanned anyway


def test_watchdog_events_become_hints(tmp_path: Path) -> None:
    src, dest = os.fspath(tmp_path / "a"), os.fspath(tmp_path / "b")
    assert hints_of(FileMovedEvent(src, dest)) == [Hint("path", src), Hint("path", dest)]
    assert hints_of(DirMovedEvent(src, dest)) == [Hint("tree-gone", src), Hint("tree", dest)]
    assert hints_of(EventsLostEvent(src, is_directory=True)) == [Hint("overflow", src)]
    assert hints_of(FileOpenedEvent(src)) == []
