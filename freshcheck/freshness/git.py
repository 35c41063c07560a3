"""Last-commit dates from git: one ``git log`` pass per repository, never a process per file.

A file counts as "tracked and unmodified" only when git knows it and ``git status`` shows no
change; files with uncommitted edits fall back to their modification time.

In a shallow clone the oldest commits fetched (the boundary) look as if they added every
file they hold: a file whose newest commit is a boundary commit has no trustworthy date (its
real last change may be much older), so it has none here and falls through to the next source.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Mapping
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
    at_boundary: frozenset[Path] = frozenset()  # shallow clone: last commit unknown

    def date_of(self, path: Path) -> dt.date | None:
        """The last commit date of ``path`` when it is tracked and unmodified, else None."""
        if path in self.dirty:
            return None
        return self.committed.get(path)

    @property
    def shallow(self) -> bool:
        """Whether some files' dates were withheld because the clone is shallow."""
        return bool(self.at_boundary)


SHALLOW_CLONE_NOTE = (
    "this is a shallow git clone: files whose last commit is at the clone's boundary have no "
    "trustworthy git date, so an older source was used for them; fetch the full history "
    "(git fetch --unshallow, or fetch-depth: 0 in actions/checkout)"
)


NO_GIT = GitDates(None)


def git_toplevel(folder: Path, env: dict[str, str] | None = None) -> Path | None:
    """The top folder of the git work tree holding ``folder``, if any."""
    top = run_git(["rev-parse", "--show-toplevel"], folder, env)
    return None if top is None or not top.strip() else Path(top.strip())


def read_git_dates(folder: Path, env: dict[str, str] | None = None) -> GitDates:
    """Read every tracked file's last commit date under ``folder``'s repository, if any."""
    toplevel = git_toplevel(folder, env)
    if toplevel is None:
        return NO_GIT
    log = run_git(
        ["log", "--no-renames", f"--format={_COMMIT_MARK}%ct %H", "--name-only", "-z", "--", "."],
        toplevel,
        env,
    )
    status = run_git(["status", "--porcelain", "-z", "--untracked-files=no"], toplevel, env)
    committed, at_boundary = _parse_log(log or "", toplevel, _boundary_commits(toplevel, env))
    return GitDates(toplevel, committed, _parse_status(status or "", toplevel), at_boundary)


def _boundary_commits(toplevel: Path, env: dict[str, str] | None) -> frozenset[str]:
    """The commits at a shallow clone's boundary (``.git/shallow``); none in a full clone."""
    if (run_git(["rev-parse", "--is-shallow-repository"], toplevel, env) or "").strip() != "true":
        return frozenset()
    where = run_git(["rev-parse", "--git-path", "shallow"], toplevel, env)
    if where is None:
        return frozenset()
    try:
        text = (toplevel / where.strip()).read_text(encoding="ascii", errors="replace")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def run_git(args: list[str], cwd: Path, env: Mapping[str, str] | None = None) -> str | None:
    """``git ARGS`` run in ``cwd`` for reading: its output, or None when git fails or is
    missing. Never takes the index lock; any folder owner is trusted (we only read)."""
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


def _parse_log(
    log: str, toplevel: Path, boundary: frozenset[str]
) -> tuple[dict[Path, dt.date], frozenset[Path]]:
    committed: dict[Path, dt.date] = {}
    at_boundary: set[Path] = set()
    for chunk in log.split(_COMMIT_MARK):
        if not chunk:
            continue
        head, _, names = chunk.partition("\n")
        stamp, _, commit = head.strip().strip("\x00").partition(" ")
        try:
            when = dt.datetime.fromtimestamp(int(stamp), dt.UTC).date()
        except ValueError:
            continue
        for name in names.split("\x00"):
            name = name.strip("\n")
            path = toplevel / name
            if not name or path in committed or path in at_boundary:
                continue  # the newest commit comes first
            if commit.strip() in boundary:
                at_boundary.add(path)
            else:
                committed[path] = when
    return committed, frozenset(at_boundary)


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
