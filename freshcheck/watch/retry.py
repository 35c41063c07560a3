"""Backoff for files that cannot be read yet: mid-write, truncated, locked by their editor.

A file is looked at again after 1, 2, 4, 8, 16, then every 30 seconds, until ``retry_for``
seconds have passed since the first failure; then it is reported unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BACKOFF_S = 30.0


@dataclass(slots=True)
class _Attempts:
    first: float
    count: int = 0


class RetryPlan:
    def __init__(self, retry_for: float) -> None:
        self._retry_for = retry_for
        self._pending: dict[str, _Attempts] = {}

    def next_look(self, rel: str, now: float) -> float | None:
        """When to look at ``rel`` again after a failure now; None: give up and report."""
        attempts = self._pending.setdefault(rel, _Attempts(now))
        if now - attempts.first >= self._retry_for:
            del self._pending[rel]
            return None
        attempts.count += 1
        return now + min(2.0 ** (attempts.count - 1), MAX_BACKOFF_S, self._retry_for)

    def clear(self, rel: str) -> None:
        """``rel`` was read (or removed): its next failure starts a new window."""
        self._pending.pop(rel, None)
