"""The watcher's memory between runs, in the state dir: what each file's status and findings
were, so that a restart announces only what changed while it was down.

One watcher per state dir: ``StateLock`` holds an exclusive lock on ``watch.lock`` for the
watcher's life (released by the OS if the process dies, so a crash never leaves it stuck).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from freshcheck.atomic import write_atomic
from freshcheck.errors import UsageError

STATE_FILE = "watch-state.json"
LOCK_FILE = "watch.lock"
STATE_SCHEMA = "freshcheck/watch-state@1"


@dataclass(frozen=True, slots=True)
class KnownFinding:
    """A finding as the event log names it; ``fingerprint`` is the report's stable one."""

    fingerprint: str
    rule: str
    location: Mapping[str, object] | None
    excerpt: str | None


@dataclass(frozen=True, slots=True)
class FileState:
    """What was last announced about one file."""

    status: str
    owner: str | None
    findings: tuple[KnownFinding, ...] = ()


def load_state(state_dir: Path, roots: Sequence[str]) -> dict[str, FileState] | None:
    """The states saved by the last run over the same ``roots``, or None (a first start:
    the default state dir is shared, and another library's states are no history here)."""
    try:
        data = json.loads((state_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != STATE_SCHEMA:
        return None
    if data.get("roots") != list(roots):
        return None
    files = data.get("files")
    if not isinstance(files, dict):
        return None
    return {path: _file_state(entry) for path, entry in files.items()}


def save_state(state_dir: Path, roots: Sequence[str], states: Mapping[str, FileState]) -> None:
    """Write the states atomically (a crash leaves the previous ones)."""
    files = {path: _state_json(state) for path, state in sorted(states.items())}
    payload = json.dumps(
        {"schema": STATE_SCHEMA, "roots": list(roots), "files": files}, ensure_ascii=False
    )
    write_atomic(state_dir / STATE_FILE, payload + "\n")


class StateLock:
    """An exclusive lock on the state dir; a second watcher gets a ``UsageError`` (exit 2)."""

    def __init__(self, state_dir: Path) -> None:
        self._path = state_dir / LOCK_FILE
        self._handle: IO[str] | None = None

    def __enter__(self) -> StateLock:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = self._path.open("a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise UsageError(
                f"another watcher already uses the state dir {self._path.parent} "
                f"(pid {holder}); stop it or give another --state-dir"
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock
            self._handle = None


def _try_lock(handle: IO[str]) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _state_json(state: FileState) -> dict[str, Any]:
    return {
        "status": state.status,
        "owner": state.owner,
        "findings": [
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "location": dict(f.location) if f.location is not None else None,
                "excerpt": f.excerpt,
            }
            for f in state.findings
        ],
    }


def _file_state(entry: Any) -> FileState:
    findings = tuple(
        KnownFinding(
            str(f.get("fingerprint", "")),
            str(f.get("rule", "")),
            f.get("location") if isinstance(f.get("location"), dict) else None,
            f.get("excerpt") if isinstance(f.get("excerpt"), str) else None,
        )
        for f in entry.get("findings", [])
        if isinstance(f, dict)
    )
    owner = entry.get("owner")
    return FileState(
        str(entry.get("status", "")), owner if isinstance(owner, str) else None, findings
    )
