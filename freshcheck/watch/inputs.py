"""What, besides the documents, changes a verdict: the policy files and the review records.

The loop compares a signature of them (each file's lstat size and mtime) on every tick — a
handful of stats, so it works whether or not the policy lies inside a watched root and
whatever observer watches it. A change reloads the policy and re-judges every file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
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
