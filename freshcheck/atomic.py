"""Write a file so that a reader sees either the old content or the new, never a part.

The data goes to a temporary file in the same folder (so ``os.replace`` is a rename on one
file system), is flushed and fsynced, then replaces the target in one step.

``write_output`` is for paths a user names (``--report``, ``--write-baseline``): only a
regular file or a new path is replaced that way; a device or a FIFO (``/dev/stdout``,
``/dev/null``, a pipe) is written straight through, and a symlink is followed to its target,
so nothing but the file the user meant is ever replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

# mkstemp creates 0600 files; a report is meant to be shared like any other file.
NEW_FILE_MODE = 0o644


def write_output(path: Path, data: str | bytes | Iterable[str], *, encoding: str = "utf-8") -> None:
    """Write ``data`` to a path a user named, replacing nothing but what the path means.

    A character device or FIFO is opened and written as it is; a symlink is followed and its
    target (new or regular) replaced atomically; any other path is ``write_atomic``.
    """
    try:
        mode: int | None = os.stat(path).st_mode  # follows symlinks: what the path means
    except FileNotFoundError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        with open(path, "wb") as stream:
            for chunk in _byte_chunks(data, encoding):
                stream.write(chunk)
        return
    write_atomic(Path(os.path.realpath(path)), data, encoding=encoding)


def _byte_chunks(data: str | bytes | Iterable[str], encoding: str) -> Iterable[bytes]:
    if isinstance(data, str):
        return (data.encode(encoding),)
    if isinstance(data, bytes):
        return (data,)
    return (chunk.encode(encoding) for chunk in data)


def write_atomic(path: Path, data: str | bytes | Iterable[str], *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` atomically; the temp file is removed on any error.

    ``data`` may come in chunks of text (a streamed report): each is written as it comes, so
    a large report never sits whole in memory, and an error half-way leaves the old file.
    An existing file keeps its permission bits; a new one gets ``0644``.
    """
    chunks = _byte_chunks(data, encoding)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, so best effort.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
