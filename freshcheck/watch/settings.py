"""What a watcher is told (``WatchSettings``) and where it reads the time (``Clock``)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """Everything ``freshcheck watch`` is told; the defaults are the command's."""

    roots: tuple[Path, ...]
    state_dir: Path
    policy: Path | None = None
    poll: float | None = None  # seconds: poll every root; None: chosen per root
    native: bool = False
    debounce: float = 2.0
    reconcile: float = 3600.0
    reports: tuple[tuple[str, Path], ...] = ()
    events: Path | None = None
    on_change: str | None = None
    on_change_timeout: float = 30.0
    jobs: int | None = None
    retry_for: float = 60.0  # seconds an unreadable file is retried before it is reported
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path = field(default_factory=Path.cwd)
    default_poll: float = 30.0  # the polling interval for shares when --poll is not given

    @property
    def poll_interval(self) -> float:
        return self.poll if self.poll is not None else self.default_poll


class Clock(Protocol):
    """The watcher's only source of time (tests move it across midnight)."""

    def now(self) -> dt.datetime: ...  # aware, UTC

    def today(self) -> dt.date: ...  # the as-of date

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock: UTC for timestamps, the local date for ages."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.date.today()

    def monotonic(self) -> float:
        return time.monotonic()
