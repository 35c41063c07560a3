"""Last-commit dates from git: one ``git log`` pass per repository, never a process per file.

A file counts as "tracked and unmodified" only when git knows it and ``git status`` shows no
change; files with uncommitted edits fall back to their modification time.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_GIT = ("git", "-c", "safe.directory=*", "-c", "core.quotepath=off")
_COMMIT_MARK = "\x1ecommit "


@dataclass(frozen=True, slots=True)
class GitDates:
    """Commit dates of the clean tracked files of one repository, keyed by absolute path."""

    toplevel: Path | None
    committed: dict[Path, dt.date] = field(default_factory=dict)
    dirty: frozenset[Path] = frozenset()

    def date_of(self, path: Path) -> dt.date | None:
        """The last commit date of ``path`` when it is tracked and unmodified, else None."""
        if path in self.dirty:
            return None
        return self.committed.get(path)


NO_GIT = GitDates(None)


def read_git_dates(folder: Path, env: dict[str, str] | None = None) -> GitDates:
    """Read every tracked file's last commit date under ``folder``'s repository, if any."""
    top = _run(["rev-parse", "--show-toplevel"], folder, env)
    if top is None:
        return NO_GIT
    toplevel = Path(top.strip())
    log = _run(
        ["log", "--no-renames", f"--format={_COMMIT_MARK}%ct", "--name-only", "-z", "--", "."],
        toplevel,
        env,
    )
    status = _run(["status", "--porcelain", "-z", "--untracked-files=no"], toplevel, env)
    committed = _parse_log(log or "", toplevel)
    return GitDates(toplevel, committed, _parse_status(status or "", toplevel))


def _run(args: list[str], cwd: Path, env: dict[str, str] | None) -> str | None:
    environment = dict(os.environ if env is None else env)
    environment["GIT_OPTIONAL_LOCKS"] = "0"  # never take index.lock in a repo we only read
    try:
        done = subprocess.run(
            [*_GIT, *args],
            cwd=cwd,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, ValueError):
        return None
    return done.stdout if done.returncode == 0 else None


def _parse_log(log: str, toplevel: Path) -> dict[Path, dt.date]:
    committed: dict[Path, dt.date] = {}
    for chunk in log.split(_COMMIT_MARK):
        if not chunk:
            continue
        head, _, names = chunk.partition("\n")
        try:
            when = dt.datetime.fromtimestamp(int(head.strip().strip("\x00")), dt.UTC).date()
        except ValueError:
            continue
        for name in names.split("\x00"):
            name = name.strip("\n")
            if name:
                committed.setdefault(toplevel / name, when)  # newest commit comes first
    return committed


def _parse_status(status: str, toplevel: Path) -> frozenset[Path]:
    dirty: set[Path] = set()
    entries = status.split("\x00")
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if len(entry) < 4:
            continue
        dirty.add(toplevel / entry[3:])
        if entry[0] in "RC":  # renames and copies carry the old name as the next entry
            index += 1
    return frozenset(dirty)
