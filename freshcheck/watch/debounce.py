"""Debouncing by destination path: act once a file has been quiet and stopped moving.

Editors save in several steps (PowerPoint writes ``~WRL0001.tmp``, renames the original
away, renames the temp onto the name, deletes the backup; LibreOffice writes ``lu123.tmp``
beside a ``.~lock.name#``), and a copy over a share arrives in chunks. Every event only
(re)starts the quiet period of the path it lands on; lock and temp names are never queued.
A path settles when the quiet period has passed *and* its (size, mtime) is what it was at
the last event; a missing path settles too (the caller treats it as removed). A file with
an Office owner file beside it (``~$name.pptx``) is in use and waits, up to a limit.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

# Lock, owner and temp names of Office, LibreOffice, vim and friends: never content.
_TEMP_NAME = re.compile(
    r"^(?:~\$.*|~WRL.*\.tmp|~WRD.*\.tmp|\.~lock\..*#|lu.*\.tmp|.*\.tmp|.*\.swp|.*\.swx|.*~)$",
    re.IGNORECASE,
)

Signature = tuple[int, int] | None  # (size, mtime_ns); None when the path is gone


def is_temp_name(name: str) -> bool:
    """True for lock and temp file names that are never scanned."""
    return _TEMP_NAME.match(name) is not None


def in_use(path: Path) -> bool:
    """True when Office's owner file for ``path`` exists: someone has it open.

    Word and PowerPoint name it ``~$`` + the name, replacing the first two characters of
    a long name (``~$ck-name.pptx`` for ``deck-name.pptx``).
    """
    name = path.name
    candidates = {f"~${name}", f"~${name[2:]}", f"~${name[1:]}"}
    return any(os.path.lexists(path.parent / owner) for owner in candidates)


def signature(path: str) -> Signature:
    """(size, mtime_ns) from lstat, never following a link; None when the path is gone."""
    try:
        stat = os.lstat(path)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)


@dataclass(slots=True)
class _Pending:
    deadline: float
    seen: Signature
    first: float


class Debouncer:
    """Paths waiting for their quiet period. Not thread-safe: the watch loop owns it."""

    def __init__(self, quiet: float, in_use_limit: float = 300.0) -> None:
        self._quiet = quiet
        self._in_use_limit = in_use_limit
        self._pending: dict[str, _Pending] = {}

    def touch(self, path: str, now: float) -> None:
        """Something happened at ``path``: (re)start its quiet period."""
        entry = self._pending.get(path)
        first = entry.first if entry is not None else now
        self._pending[path] = _Pending(now + self._quiet, signature(path), first)

    def retry(self, path: str, at: float) -> None:
        """Look at ``path`` again at ``at`` (a backoff after an unreadable parse)."""
        self._pending[path] = _Pending(at, signature(path), at)

    def settled(self, now: float) -> list[str]:
        """Paths whose quiet period is over and whose (size, mtime) stopped moving."""
        ready: list[str] = []
        for path, entry in list(self._pending.items()):
            if entry.deadline > now:
                continue
            current = signature(path)
            if current != entry.seen:  # still being written: wait another quiet period
                self._pending[path] = _Pending(now + self._quiet, current, entry.first)
                continue
            waited = now - entry.first
            if current is not None and waited < self._in_use_limit and in_use(Path(path)):
                self._pending[path] = _Pending(now + self._quiet, current, entry.first)
                continue
            del self._pending[path]
            ready.append(path)
        return sorted(ready)

    def next_deadline(self) -> float | None:
        """When the earliest pending path is due, or None when nothing waits."""
        return min((e.deadline for e in self._pending.values()), default=None)

    def discard(self, path: str) -> None:
        self._pending.pop(path, None)

    def __len__(self) -> int:
        return len(self._pending)
