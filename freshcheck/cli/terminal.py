"""What the command line shows on a terminal: colour choice and scan progress.

Progress goes to stderr, as a rich progress bar only when stderr is a terminal, and as one
summary line otherwise, so CI logs stay short and stdout stays machine-readable.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)


def wants_color(stream: TextIO, env: Mapping[str, str]) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (no-color.org)."""
    if env.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class ScanProgress:
    """A progress bar on a terminal; a one-line summary otherwise. A context manager."""

    def __init__(self, stream: TextIO, interactive: bool, color: bool) -> None:
        self._interactive = interactive
        self._console = Console(file=stream, no_color=not color, stderr=True)
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._started = time.monotonic()
        self._done = 0

    @classmethod
    def for_stderr(cls, env: Mapping[str, str] | None = None) -> ScanProgress:
        import os

        environment = os.environ if env is None else env
        interactive = sys.stderr.isatty()
        return cls(sys.stderr, interactive, wants_color(sys.stderr, environment))

    def __enter__(self) -> ScanProgress:
        self._started = time.monotonic()
        if self._interactive:
            self._progress = Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}", style="dim"),
                console=self._console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("scanning", total=None, rate="", current="")
        return self

    def update(self, done: int, total: int, current: str) -> None:
        self._done = done
        if self._progress is None or self._task is None:
            return
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._progress.update(
            self._task,
            completed=done,
            total=total,
            rate=f"{done / elapsed:.0f} files/s",
            current=current[-50:],
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
        if exc_type is None:
            elapsed = time.monotonic() - self._started
            noun = "file" if self._done == 1 else "files"
            self._console.print(
                f"freshcheck: scanned {self._done} {noun} in {elapsed:.1f} s", highlight=False
            )
