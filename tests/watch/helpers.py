"""Helpers for the watcher's tests: real decks, a watcher in a thread, bounded waits."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx import Presentation

from freshcheck.watch import Watcher, WatchSettings

DEADLINE_S = 30.0  # generous: two busy cores; every wait returns as soon as it can


def deck_bytes(*texts: str) -> bytes:
    """A real .pptx with one slide per text."""
    prs = Presentation()
    for text in texts:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = text
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def replace_text(path: Path, text: str) -> None:
    """A complete edit: the whole new text appears at once (a temp file renamed over it).

    ``Path.write_text`` truncates, then writes: a watcher can look in between and see an
    empty file, which is a different edit (``test_rejudge`` tests that one on purpose).
    The ``.tmp`` name is one the watcher never scans.
    """
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def wait_for(predicate: Callable[[], Any], what: str, timeout: float = DEADLINE_S) -> Any:
    """Poll ``predicate`` until it returns something true; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def read_events(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def events_of(path: Path, kind: str, file: str | None = None) -> list[dict[str, Any]]:
    return [
        e for e in read_events(path) if e["event"] == kind and (file is None or e["path"] == file)
    ]


@dataclass
class SettableClock:
    """Real time, but a date the test moves (to cross midnight)."""

    day: dt.date = field(default_factory=dt.date.today)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return self.day

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass
class Running:
    watcher: Watcher
    log: list[str]
    events: Path
    report: Path

    def extracted(self) -> dict[str, int]:
        return dict(self.watcher.extracted)

    def report_files(self) -> dict[str, dict[str, Any]]:
        data = json.loads(self.report.read_text(encoding="utf-8"))
        return {f["path"]: f for f in data["files"]}

    def settle(self) -> None:
        """Wait until nothing is queued and the loop is idle."""
        wait_for(lambda: len(self.watcher._debouncer) == 0, "an empty queue")


def settings_for(tmp: Path, library: Path, **overrides: Any) -> WatchSettings:
    values: dict[str, Any] = {
        "roots": (library,),
        "state_dir": tmp / "state",
        "debounce": 0.2,
        "reports": (("json", tmp / "report.json"),),
        "events": tmp / "events.jsonl",
        "jobs": 1,
        "retry_for": 20.0,
        "cwd": tmp,
    }
    values.update(overrides)
    return WatchSettings(**values)


@contextlib.contextmanager
def running(settings: WatchSettings, clock: Any = None) -> Iterator[Running]:
    """A watcher in a thread, ready (first reconciliation done) when the block starts."""
    log: list[str] = []
    watcher = Watcher(settings, clock=clock, log=log.append)
    failure: list[BaseException] = []

    def target() -> None:
        try:
            watcher.run()
        except BaseException as exc:  # pragma: no cover - reported below
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    try:
        wait_for(lambda: watcher.ready.is_set() or failure, "the watcher to start")
        if failure:
            raise failure[0]
        assert settings.events is not None
        yield Running(watcher, log, settings.events, settings.reports[0][1])
    finally:
        watcher.request_stop()
        thread.join(DEADLINE_S)
        assert not thread.is_alive(), "the watcher did not stop"
    if failure:
        raise failure[0]
