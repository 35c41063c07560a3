"""The Ray executor in a process of its own: a lost cluster cannot take the scan with it.

Ray's core ends a driver process outright (``_Exit(1)``: no exception, no message, and the
exit code of "findings") when the raylet it is attached to dies, or when the head node has
been silent for a minute. The driver therefore runs in a child process (``RayExecutor`` in
it, unchanged); the scan's process sends it jobs and reads back outcomes, warnings and
errors over a pipe. A child that ends without saying it is done is a lost cluster: a
``ClusterError`` (exit 2) in the scan's process, with what the child's exit code says. A
process already connected to Ray (a library user, the tests) runs ``RayExecutor`` itself.

A reader thread on each side takes in everything the other sends, so neither can block the
other on a full pipe, and the parent makes its first jobs while the child connects. Ctrl-C
(or a consumer that stops early) interrupts the child, which cancels its tasks (their
processes are killed) and stops a Ray instance it started before it exits.
"""

from __future__ import annotations

import contextlib
import importlib.util
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from freshcheck.errors import FreshcheckError, UsageError
from freshcheck.scan.executors import ExecutorSettings
from freshcheck.scan.executors.ray_cluster import INSTALL_HINT, ClusterError
from freshcheck.scan.job import ScanJob, ScanReply
from freshcheck.scan.workers import TaskOutcome

_STOP_GRACE_S = 30.0  # the child cancels its tasks and stops Ray: seconds on a loaded host
# Ray retries an address where no cluster answers for ever; a running cluster answers in
# seconds. (Starting a private local instance has no such limit: it fails by itself.)
CONNECT_TIMEOUT_S = 60.0
_READY = "ready"
_OUTCOME = "outcome"
_WARN = "warn"
_ERROR = "error"
_DONE = "done"
_LOST = "lost"

Outcome = TaskOutcome[ScanJob, ScanReply]


class DetachedRayExecutor:
    """A ``RayExecutor`` run in a child process; the same interface. A context manager."""

    node_caches = True

    def __init__(self, settings: ExecutorSettings) -> None:
        if not _ray_installed():
            raise UsageError(f"--executor ray needs Ray: {INSTALL_HINT}")
        self._settings = settings
        self._conn: Connection | None = None
        self._child: BaseProcess | None = None
        self._received: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._finished = False
        self._connected = False
        self._started_at = 0.0

    def __enter__(self) -> DetachedRayExecutor:
        context = multiprocessing.get_context("spawn")  # a clean interpreter: Ray runs threads
        parent_end, child_end = context.Pipe()
        quiet = replace(self._settings, warn=None)  # a callback does not cross processes
        self._child = context.Process(
            target=_driver_main, args=(child_end, quiet), name="freshcheck-ray-driver"
        )
        self._child.start()
        self._started_at = time.monotonic()
        child_end.close()
        self._conn = parent_end
        threading.Thread(target=self._read, daemon=True, name="ray-driver-reader").start()
        # Not waiting for it to connect: meanwhile this process makes the first jobs, which
        # the child takes in as they come. A cluster it cannot reach is an error it sends.
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._stop()

    def start(self, tasks: int) -> None:
        """Nothing to start: the cluster's workers are already there."""

    def outcomes(self, jobs: Iterable[ScanJob]) -> Iterator[Outcome]:
        """Send every job to the driver; yield each outcome as it comes back."""
        conn = self._conn
        assert conn is not None, "outcomes() outside the with block"
        try:
            for job in jobs:
                try:
                    conn.send(job)
                except (BrokenPipeError, ConnectionError):
                    break  # the child is gone: the reader says why
                yield from self._waiting(block=False)
            with contextlib.suppress(BrokenPipeError, ConnectionError):
                conn.send(None)
            yield from self._waiting(block=True)
        except BaseException:
            self._stop()
            raise

    def _waiting(self, *, block: bool) -> Iterator[Outcome]:
        """Outcomes received so far (``block``: until the child is done); warnings, errors."""
        while True:
            if block:
                kind, value = self._next_message()
            else:
                try:
                    kind, value = self._received.get_nowait()
                except queue.Empty:
                    return
            if kind == _OUTCOME:
                yield value
            elif kind == _READY:
                self._connected = True
            elif kind == _WARN:
                if self._settings.warn is not None:
                    self._settings.warn(value)
            elif kind == _DONE:
                return
            else:
                self._raise(kind, value)

    def _next_message(self) -> tuple[str, Any]:
        # A timeout keeps the main thread where Ctrl-C reaches it.
        while True:
            try:
                return self._received.get(timeout=0.5)
            except queue.Empty:
                self._check_connecting()

    def _check_connecting(self) -> None:
        address = self._settings.ray_address
        if self._connected or address is None:
            return
        if time.monotonic() - self._started_at > CONNECT_TIMEOUT_S:
            raise ClusterError(
                f"cannot connect to the Ray cluster at {address}: "
                f"no answer within {CONNECT_TIMEOUT_S:.0f} s"
            )

    def _read(self) -> None:
        """The reader thread: everything the child sends, then ``_LOST`` if it just ended."""
        conn = self._conn
        assert conn is not None
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                self._received.put((_LOST, None))
                return
            self._received.put(message)
            if message[0] == _READY:
                self._connected = True
            if message[0] in (_DONE, _ERROR):
                self._finished = True  # the child ends by itself: no interrupt, only a wait
                return

    def _raise(self, kind: str, value: Any) -> None:
        if kind == _ERROR:
            raise value
        child = self._child
        if child is not None:
            child.join(timeout=5)
        code = None if child is None else child.exitcode
        ended = "was killed" if code is not None and code < 0 else f"exited with code {code}"
        raise ClusterError(
            f"lost the connection to the Ray cluster (the Ray driver process {ended}; its "
            "raylet or the head node is gone?)"
        )

    def _stop(self) -> None:
        """Wait for the child to stop Ray; interrupt it first if it is not done (it cancels
        its tasks); kill it if it is still there after a grace period."""
        child, conn = self._child, self._conn
        self._child = self._conn = None
        if conn is not None:
            conn.close()
        if child is None:
            return
        if not self._connected and self._settings.ray_address is not None:
            child.kill()  # still in Ray's connecting loop, which no signal interrupts
        elif not self._finished and child.is_alive() and child.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child.pid, signal.SIGINT)
        child.join(timeout=_STOP_GRACE_S)
        if child.is_alive():
            child.kill()
            child.join()


def _interrupt_once(signum: int, frame: object) -> None:
    signal.signal(signal.SIGINT, _ignore)
    raise KeyboardInterrupt


def _ignore(signum: int, frame: object) -> None:
    return None


Inbox = queue.SimpleQueue[ScanJob | BaseException | None]


def _take_jobs(conn: Connection, inbox: Inbox) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError) as exc:
            inbox.put(EOFError(str(exc)))
            return
        inbox.put(job)
        if job is None:
            return


def _ray_installed() -> bool:
    try:
        return importlib.util.find_spec("ray") is not None
    except (ImportError, ValueError):  # ValueError: blocked (sys.modules["ray"] is None)
        return False


def _driver_main(conn: Connection, settings: ExecutorSettings) -> None:
    """The child: connect, run the jobs the parent sends, send back what happens."""
    os.dup2(2, 1)  # Ray prints on stdout, where the parent's report goes
    # Ctrl-C reaches this process from the terminal and again from the parent: the first
    # interrupts the scan, a second must not interrupt the cancelling and Ray's shutdown.
    signal.signal(signal.SIGINT, _interrupt_once)
    from freshcheck.scan.executors.ray_cluster import RayExecutor

    def warn(text: str) -> None:
        conn.send((_WARN, text))

    # Jobs are taken in as the parent sends them, while this process connects to the cluster
    # (and later while it waits on Ray): the parent never waits on a full pipe.
    inbox: Inbox = queue.SimpleQueue()
    threading.Thread(target=_take_jobs, args=(conn, inbox), daemon=True).start()

    def jobs() -> Iterator[ScanJob]:
        while (job := inbox.get()) is not None:
            if isinstance(job, BaseException):
                raise job  # the parent is gone
            yield job

    try:
        with RayExecutor(replace(settings, warn=warn)) as executor:
            conn.send((_READY, None))
            for outcome in executor.outcomes(jobs()):
                conn.send((_OUTCOME, outcome))
        conn.send((_DONE, None))
    except FreshcheckError as exc:
        with contextlib.suppress(BrokenPipeError, ConnectionError):
            conn.send((_ERROR, exc))
    except (KeyboardInterrupt, EOFError, BrokenPipeError, ConnectionError):
        return  # the parent stopped the scan: the executor has cancelled every task
