"""File-system observers that turn watchdog's events into hints for the watch loop.

Events are hints, never the truth: each only names a path (or a folder) to look at once it
has settled. Native observers use the platform's events; polling observers compare lstat
snapshots (``PollingObserverVFS`` with ``os.lstat``), so a symlink is never followed and a
link loop cannot hang a sweep. An overflow of the kernel's queue asks for a reconciliation.
"""

from __future__ import annotations

import os
import queue
from dataclasses import dataclass
from typing import Literal, cast

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    EventsLostEvent,
    FileClosedNoWriteEvent,
    FileMovedEvent,
    FileOpenedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserverVFS

from freshcheck.watch.mounts import ObserverChoice

HintKind = Literal["path", "tree", "tree-gone", "overflow"]


@dataclass(frozen=True, slots=True)
class Hint:
    """Look at ``path``: a file (``path``), a folder's files (``tree``), a folder that went
    away (``tree-gone``), or everything under a root because events were lost (``overflow``)."""

    kind: HintKind
    path: str


Hints = queue.SimpleQueue[Hint]


class _HintHandler(FileSystemEventHandler):
    def __init__(self, hints: Hints) -> None:
        self._hints = hints

    def dispatch(self, event: FileSystemEvent) -> None:
        for hint in hints_of(event):
            self._hints.put(hint)


def hints_of(event: FileSystemEvent) -> list[Hint]:
    """What one watchdog event asks the loop to look at."""
    src = os.fsdecode(event.src_path)
    if isinstance(event, EventsLostEvent):
        return [Hint("overflow", src)]
    if isinstance(event, (DirModifiedEvent, FileOpenedEvent, FileClosedNoWriteEvent)):
        return []  # a folder's own mtime, or a read: nothing to scan
    if isinstance(event, DirMovedEvent):
        dest = os.fsdecode(event.dest_path)
        return [Hint("tree-gone", src), *([Hint("tree", dest)] if dest else [])]
    if isinstance(event, DirCreatedEvent):
        return [Hint("tree", src)]
    if isinstance(event, DirDeletedEvent):
        return [Hint("tree-gone", src)]
    if isinstance(event, FileMovedEvent):
        dest = os.fsdecode(event.dest_path)
        return [Hint("path", src), *([Hint("path", dest)] if dest else [])]
    return [Hint("path", src)]


class CompactStat:
    """What a polling snapshot keeps of each entry: a third of an ``os.stat_result``'s memory.

    ``st_birthtime_ns`` is fixed, so the snapshot does not ask ``statx`` for every entry
    (one more round trip per file on a share); a replaced file is still seen by its mtime.
    """

    __slots__ = ("st_birthtime_ns", "st_dev", "st_ino", "st_mode", "st_mtime", "st_size")

    def __init__(self, stat: os.stat_result) -> None:
        self.st_ino = stat.st_ino
        self.st_dev = stat.st_dev
        self.st_mode = stat.st_mode
        self.st_mtime = stat.st_mtime
        self.st_size = stat.st_size
        self.st_birthtime_ns = 0


def compact_lstat(path: str) -> os.stat_result:
    """``os.lstat`` (never following a link) kept small, for the polling snapshots."""
    return cast(os.stat_result, CompactStat(os.lstat(path)))


def start_observer(choice: ObserverChoice, hints: Hints, poll_interval: float) -> BaseObserver:
    """Start observing ``choice.root`` recursively; its events become ``hints``."""
    observer: BaseObserver
    if choice.kind == "polling":
        observer = PollingObserverVFS(compact_lstat, os.scandir, polling_interval=poll_interval)
    else:
        observer = Observer()
    observer.schedule(_HintHandler(hints), choice.root, recursive=True)
    observer.daemon = True
    observer.start()
    return observer


def stop_observers(observers: list[BaseObserver]) -> None:
    """Stop them all first, then join each briefly (a poll sweep may be under way)."""
    for observer in observers:
        observer.stop()
    for observer in observers:
        observer.join(timeout=5)
