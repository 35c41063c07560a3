"""Watching a library: file-system events → debounced, reconciled batches → the scan.

The watcher reuses the scan (``freshcheck.scan``: the only code that parses); it turns
events into settled batches of paths (``observers``, ``debounce``), remembers what it told
(``state``), appends changes of state to a JSON Lines log (``events``), rewrites the
reports, and re-judges cached analyses when the policy, the review records or the date
change (``loop``). ``mounts`` picks native events or lstat polling per root; ``status`` is
what ``freshcheck watch --status`` prints. May import ``scan``, ``report``, ``freshness``,
``policy``, ``text`` and the ground floor; only ``cli`` imports it.

Public names load on first use: ``freshcheck watch --status`` reads the status file without
importing the watcher, the scan or watchdog.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.watch.loop import Watcher
    from freshcheck.watch.mounts import ObserverChoice, choose_observer
    from freshcheck.watch.settings import Clock, SystemClock, WatchSettings
    from freshcheck.watch.state import StateLock
    from freshcheck.watch.status import read_status, render_status

# public name → the module that defines it
_PUBLIC = {
    "Watcher": "freshcheck.watch.loop",
    "ObserverChoice": "freshcheck.watch.mounts",
    "choose_observer": "freshcheck.watch.mounts",
    "Clock": "freshcheck.watch.settings",
    "SystemClock": "freshcheck.watch.settings",
    "WatchSettings": "freshcheck.watch.settings",
    "StateLock": "freshcheck.watch.state",
    "read_status": "freshcheck.watch.status",
    "render_status": "freshcheck.watch.status",
}

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


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.watch' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
