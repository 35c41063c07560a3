"""What runs inside a worker process: isolate, then run tasks from the parent's pipe.

The parent (``freshcheck.scan.workers``) sends ``(task_id, pickled (func, item))`` and gets back
``("started", task_id)`` when the task begins (its clock starts then), then
``(task_id, value, failure, retire)``. ``None`` asks the worker to exit.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from freshcheck.extract import format_bytes
from freshcheck.model import ReadError

if sys.platform != "win32":
    import resource

STARTED = "started"
ORPHANED_EXIT = 70  # the parent went away mid-task: nobody is waiting for the answer
_PR_SET_PDEATHSIG = 1
_CPU_SLACK_S = 1  # RLIMIT_CPU counts whole seconds; the wall-clock timeout should fire first


def worker_main(
    conn: Connection, memory_bytes: int, parent_alive: Connection, cpu_seconds: float
) -> None:
    """A worker's life: isolate itself, then run tasks until told to stop or orphaned.

    ``parent_alive`` is the read end of a pipe only the parent holds open: its end of file
    means the parent is gone. ``cpu_seconds`` caps each task's CPU time (0: no cap).
    """
    _isolate(memory_bytes)
    _exit_when_orphaned(parent_alive)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        _limit_cpu(cpu_seconds)
        task_id, payload = message
        try:
            func, item = pickle.loads(payload)
        except Exception as exc:  # the task's module does not import here: our bug
            failure = ReadError("crashed", f"task could not be loaded: {_one_line(exc)}")
            reply: tuple[Any, ...] = (task_id, None, failure, False)
        else:
            conn.send((STARTED, task_id))
            reply = _run(task_id, func, item, memory_bytes)
        try:
            conn.send(reply)
        except (BrokenPipeError, ConnectionError):
            return
        except Exception as exc:  # the result does not pickle (or memory ran out doing it)
            failure = ReadError("crashed", f"result could not be sent back ({type(exc).__name__})")
            with contextlib.suppress(Exception):
                conn.send((task_id, None, failure, True))
            return
        if reply[3]:  # retire: this worker's heap is not to be trusted any more
            return


def _run(task_id: int, func: Callable[[Any], Any], item: Any, memory_bytes: int) -> tuple[Any, ...]:
    try:
        return (task_id, func(item), None, False)
    except MemoryError:
        # The heap may be fragmented or half-freed: answer, then retire this worker.
        reason = f"ran out of memory (limit {format_bytes(memory_bytes)})"
        return (task_id, None, ReadError("too-large", reason), True)
    except RecursionError:
        return (task_id, None, ReadError("corrupt", "nesting too deep"), False)
    except Exception as exc:  # func should turn bad input into data; this is our bug
        failure = ReadError("crashed", f"internal error: {_one_line(exc)}")
        return (task_id, None, failure, False)


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:200] if lines else 'no detail'}"


def _isolate(memory_bytes: int) -> None:
    """Cap memory, ignore Ctrl-C (the parent handles it), silence stdio, die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # C libraries print too: redirect the descriptors, not just sys.*
        os.dup2(devnull, fd)
    os.close(devnull)
    if sys.platform != "win32":  # Windows has no rlimits: the timeout still applies
        _cap_resources(memory_bytes)
    _die_with_parent()


def _cap_resources(memory_bytes: int) -> None:
    # A platform that refuses a limit (macOS does not enforce RLIMIT_AS) keeps the timeout;
    # failing here would turn every task into a crash.
    if memory_bytes > 0:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core files from crashed parsers


def _limit_cpu(cpu_seconds: float) -> None:
    """Let the task about to run use ``cpu_seconds`` of CPU time, then SIGXCPU ends it.

    RLIMIT_CPU counts the process's whole life, so the soft limit moves up before each task.
    The parent's wall-clock timeout normally comes first; this cap is what stops a worker
    whose parent is gone while it spins in C code that never lets the watcher thread run.
    """
    if sys.platform == "win32" or cpu_seconds <= 0 or not math.isfinite(cpu_seconds):
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + cpu_seconds) + _CPU_SLACK_S
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _exit_when_orphaned(parent_alive: Connection) -> None:
    """Exit as soon as the parent's end of ``parent_alive`` closes, even in mid-task.

    Works on every platform; a task stuck in C code that holds the GIL is stopped by the
    parent-death signal (Linux) or by the CPU-time limit instead.
    """

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            while True:
                parent_alive.recv_bytes()
        os._exit(ORPHANED_EXIT)

    threading.Thread(target=watch, name="freshcheck-parent-watch", daemon=True).start()


def _die_with_parent() -> None:
    # Linux: SIGKILL this worker when the fork server (its parent) exits, so a parent that
    # is itself SIGKILLed leaves no worker running on a long file. The fork server exits
    # when every holder of its "alive" pipe has closed it; a worker inherits one copy, so
    # it closes that (it never starts processes itself), or the two would wait on each other.
    _release_fork_server()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _release_fork_server() -> None:
    # A private attribute of multiprocessing.forkserver (3.8 to 3.13): best effort.
    try:
        from multiprocessing import forkserver

        server: Any = forkserver._forkserver
        alive_fd = server._forkserver_alive_fd
    except (ImportError, AttributeError):
        return
    if isinstance(alive_fd, int):
        with contextlib.suppress(OSError):
            os.close(alive_fd)
        server._forkserver_alive_fd = None
