"""``--on-change CMD``: a bridge to chat or mail, run with each batch's events on stdin.

The command is split with ``shlex`` and run without a shell, in its own process group so
that a timeout or a stop kills everything it started. A failure is the command's problem:
it is logged and the watcher carries on.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import time
from collections.abc import Callable, Sequence

from freshcheck.watch.events import WatchEvent

_POLL_S = 0.05


def run_on_change(
    command: str,
    events: Sequence[WatchEvent],
    timeout: float,
    should_stop: Callable[[], bool] = lambda: False,
) -> str | None:
    """Run ``command`` with ``events`` as a JSON array on stdin; None when it succeeded,
    else why it failed (exit status, timeout, not found)."""
    payload = json.dumps([e.to_json() for e in events], ensure_ascii=False).encode("utf-8")
    try:
        argv = shlex.split(command)
        process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except (OSError, ValueError) as exc:
        return f"could not run {command!r}: {exc}"
    try:
        assert process.stdin is not None
        process.stdin.write(payload)
        process.stdin.close()
    except OSError:
        pass  # it did not read its input: its exit status says whether that matters
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() >= deadline or should_stop():
            _kill_group(process)
            if should_stop():
                return f"{command!r} stopped: the watcher is stopping"
            return f"{command!r} timed out after {timeout:g} s and was killed"
        time.sleep(_POLL_S)
    if process.returncode != 0:
        return f"{command!r} exited with status {process.returncode}"
    return None


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):  # gone already, or Windows
        process.kill()
    process.wait()
