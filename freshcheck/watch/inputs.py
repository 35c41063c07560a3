"""What, besides the documents, changes a verdict: the policy files and the review records.

The loop compares a signature of them (each file's lstat size and mtime) once a second — a
handful of stats, so it works whether or not the policy lies inside a watched root and
whatever observer watches it. A change reloads the policy and re-judges every file, once it
has settled (``SettledInputs``): editors save by truncating the file and writing it again,
and reading in between would report a spurious "the file is empty".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

REVIEW_RECORDS = Path(".freshcheck") / "reviews.json"

InputSignature = tuple[tuple[str, int, int] | tuple[str], ...]


def input_signature(policy: Path | None, roots: Sequence[Path]) -> InputSignature:
    """(path, size, mtime_ns) of the policy's files and of every review-record file that
    could govern ``roots`` (in each root or one of its parents); (path,) when missing."""
    paths: list[Path] = []
    if policy is not None:
        paths.append(policy)
        if policy.is_dir():
            paths.extend(sorted(policy.glob("*.yaml")) + sorted(policy.glob("*.yml")))
    for root in roots:
        folder = root.absolute()
        paths.extend(candidate / REVIEW_RECORDS for candidate in (folder, *folder.parents))
    return tuple(_stat(path) for path in dict.fromkeys(paths))


def _stat(path: Path) -> tuple[str, int, int] | tuple[str]:
    try:
        stat = os.stat(path)
    except OSError:
        return (os.fspath(path),)
    return (os.fspath(path), stat.st_size, stat.st_mtime_ns)


class SettledInputs:
    """The inputs' signature, reported changed only once it has stopped moving.

    As with a document (``debounce``), a change counts once the signature has been the same
    for the quiet period *and* at two looks in a row: a look between an editor's truncate
    and its write sees a new signature, and the next look sees another one, so a file empty
    for a moment is never read (one left empty for the quiet period is an edit, and an
    error). What the loop acted on last is kept, so an edit undone before it settled is no
    change at all.
    """

    def __init__(self, look: Callable[[], InputSignature], quiet: float) -> None:
        self._look = look
        self._quiet = quiet
        self._acted_on = look()
        self._seen = self._acted_on
        self._seen_since = 0.0

    def changed(self, now: float) -> bool:
        """Look once; True when a settled signature differs from the one acted on last."""
        current = self._look()
        if current != self._seen:  # moving: start its quiet period again
            self._seen, self._seen_since = current, now
            return False
        if current == self._acted_on or now - self._seen_since < self._quiet:
            return False
        self._acted_on = current
        return True
