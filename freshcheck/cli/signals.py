"""SIGTERM ends a command the way Ctrl-C does: cleanly, then exit 143.

CI runners and service managers stop a job with SIGTERM. Python's default for it is to die
on the spot: no ``finally`` runs, so worker processes, the scan's temporary folder and a
half-written report's temporary file stay behind. Raised as an exception in the main
thread instead, it unwinds through the same cleanups as Ctrl-C (``Terminated`` is a
``KeyboardInterrupt``, so the worker pool kills its workers on it too).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Terminated(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM)."""


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises ``Terminated`` in the main thread (once: a second
    SIGTERM during the clean-up is ignored, so the clean-up finishes)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; its owner decides there
        return

    def raise_terminated(signum: int, _frame: FrameType | None) -> None:
        signal.signal(signum, signal.SIG_IGN)
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
