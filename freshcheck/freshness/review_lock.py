"""An advisory lock beside the review file, so that concurrent ``review mark`` runs queue up.

``reviews.json.lock`` is locked with ``flock`` (``msvcrt.locking`` on Windows) for the whole
read-modify-write of the review file. The lock belongs to the open file, so a process that
dies releases it: a lock file left behind is harmless and never needs deleting.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from freshcheck.errors import UsageError

LOCK_TIMEOUT_S = 30.0
_POLL_S = 0.02


@contextlib.contextmanager
def locked(lock_path: Path, timeout_s: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the lock on ``lock_path`` (created, following the umask, if missing).

    Raises ``UsageError`` naming the lock file when it stays locked for ``timeout_s``.
    """
    descriptor = _open_lock_file(lock_path)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(descriptor):
            if time.monotonic() >= deadline:
                raise UsageError(
                    f"{lock_path}: another freshcheck has held this lock for {timeout_s:.0f} s "
                    "while recording reviews; try again when it has finished"
                )
            time.sleep(_POLL_S)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _open_lock_file(lock_path: Path) -> int:
    try:
        # 0o666 minus the umask, like any file a user creates: colleagues on a share can lock.
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except PermissionError:
        try:  # a lock file another user created: a shared lock needs no write access
            return os.open(lock_path, os.O_RDONLY)
        except OSError as exc:
            raise UsageError(f"{lock_path}: cannot open the review lock: {exc.strerror}") from None
    except OSError as exc:
        raise UsageError(f"{lock_path}: cannot create the review lock: {exc.strerror}") from None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
