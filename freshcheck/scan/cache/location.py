"""Where the cache lives by default, in a module of its own: ``freshcheck watch --status``
and ``cache info`` name the folder without importing SQLite and the cache's codecs."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_cache_dir() -> Path:
    """The per-user cache folder (``~/.cache/freshcheck`` on Linux)."""
    return Path(platformdirs.user_cache_dir("freshcheck", appauthor=False))
