"""Watching a library: file-system events → debounced, reconciled batches → the scan.

The watcher reuses the scan (``freshcheck.scan``: the only code that parses); it turns
events into settled batches of paths (``observers``, ``debounce``), remembers what it told
(``state``), appends changes of state to a JSON Lines log (``events``), rewrites the
reports, and re-judges cached analyses when the policy, the review records or the date
change (``loop``). ``mounts`` picks native events or lstat polling per root; ``status`` is
what ``freshcheck watch --status`` prints. May import ``scan``, ``report``, ``freshness``,
``policy``, ``text`` and the ground floor; only ``cli`` imports it.
"""

from __future__ import annotations

from freshcheck.watch.loop import Watcher
from freshcheck.watch.mounts import ObserverChoice, choose_observer
from freshcheck.watch.settings import Clock, SystemClock, WatchSettings
from freshcheck.watch.state import StateLock
from freshcheck.watch.status import read_status, render_status

__all__ = [
    "Clock",
    "ObserverChoice",
    "StateLock",
    "SystemClock",
    "WatchSettings",
    "Watcher",
    "choose_observer",
    "read_status",
    "render_status",
]
