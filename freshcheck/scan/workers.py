"""An isolated process pool: untrusted files are parsed in children that may die.

One hostile file must not take a scan down. Each task runs in a worker process with an
address-space cap (``RLIMIT_AS``); the parent enforces the per-task timeout by waiting on
the pipes and kills (SIGKILL) a worker that overruns; a worker that dies is replaced and its
task becomes a failed outcome. Results stream back as they finish, with one task in flight
per worker, so memory stays flat however many files there are.

Workers never outlive the parent: each watches a pipe only the parent holds open, and each
task carries a CPU-time limit equal to the timeout, which ends a worker spinning in C code
after its parent died (SIGKILL leaves the parent no chance to kill it).

Workers start from a fork server (a clean single-threaded process that has already imported
the extractors), not by plain ``fork``: forking a parent that runs threads (the watcher,
progress bars) can deadlock the child on a lock held by another thread, and ``spawn`` pays
~0.25 s of interpreter start and imports per replacement (a fork-server child: ~9 ms).
Where there is no fork server (Windows), spawn.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from freshcheck.extract import DEFAULT_LIMITS, Limits, claimed_format, extract_file, format_bytes
from freshcheck.model import Document, ReadError
from freshcheck.scan.worker_child import STARTED, worker_main

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext, SpawnContext

T = TypeVar("T")
R = TypeVar("R")

TASKS_PER_WORKER = 2000  # recycle workers so leaks in parsing libraries cannot pile up
_STOP_GRACE_S = 2.0
_START_TIMEOUT_S = 120.0  # fork + re-importing the main script, on a machine under load
_PRELOAD = ["freshcheck.extract", "freshcheck.scan.worker_child", "freshcheck.scan.workers"]


@dataclass(frozen=True, slots=True)
class TaskOutcome(Generic[T, R]):
    """What became of one item: its ``value``, or a ``failure`` (timeout, crashed, too-large)."""

    item: T
    value: R | None
    failure: ReadError | None = None


@dataclass(frozen=True, slots=True)
class ExtractJob:
    """One file to extract in a worker: the unit of work ``run_extract_job`` takes."""

    path: Path
    display_path: str
    limits: Limits = DEFAULT_LIMITS


def run_extract_job(job: ExtractJob) -> Document:
    """Extract one file; runs inside a worker (a top-level function, so it pickles)."""
    return extract_file(job.path, job.display_path, job.limits)


def extract_isolated(path: Path, display_path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """``extract_file`` in a child process with the timeout and memory cap of ``limits``.

    Never raises for bad input: a timeout, crash or memory blow-up becomes a ``Document``
    whose ``error`` says so.
    """
    with WorkerPool(jobs=1, limits=limits) as pool:
        for outcome in pool.imap_unordered(
            run_extract_job, [ExtractJob(path, display_path, limits)]
        ):
            return failed_document(outcome)
    raise AssertionError("the pool returned no outcome")  # pragma: no cover


def failed_document(outcome: TaskOutcome[ExtractJob, Document]) -> Document:
    """The extracted document, or one carrying the outcome's failure as its error."""
    if outcome.value is not None:
        return outcome.value
    job = outcome.item
    claimed = claimed_format(job.path) or job.path.suffix.lower().lstrip(".") or "unknown"
    failure = outcome.failure or ReadError("crashed", "the reader returned nothing")
    return Document(job.display_path, claimed, error=failure)


class _Worker:
    """Parent-side bookkeeping for one child: its pipe, current task and deadline."""

    def __init__(self, process: BaseProcess, conn: Connection, alive: Connection) -> None:
        self.process = process
        self.conn = conn
        self.alive = alive  # closing it tells the worker its parent is gone
        self.task: tuple[int, Any] | None = None
        self.deadline = 0.0
        # The clock starts when the worker says the task started: forking and importing
        # the task's module are not the file's fault.
        self.started = False
        self.done = 0


class WorkerPool:
    """Up to ``jobs`` isolated workers (default: one per CPU). Use as a context manager.

    ``limits.timeout_s`` bounds each task, ``limits.memory_bytes`` each worker's address
    space (0: no cap). Workers start on demand, one per task submitted while none is idle
    (never more than there are tasks), and are recycled every ``tasks_per_worker``.
    """

    def __init__(
        self,
        jobs: int | None = None,
        limits: Limits = DEFAULT_LIMITS,
        tasks_per_worker: int = TASKS_PER_WORKER,
    ) -> None:
        self._jobs = max(1, jobs or os.cpu_count() or 1)
        self._limits = limits
        self._tasks_per_worker = max(1, tasks_per_worker)
        self._context = _start_context()
        self._workers: list[_Worker] = []
        self._next_id = 0
        self._started = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.terminate()

    def imap_unordered(
        self, func: Callable[[T], R], items: Iterable[T]
    ) -> Iterator[TaskOutcome[T, R]]:
        """Run ``func(item)`` for every item in the workers; yield outcomes as they finish.

        ``func`` must be a top-level function of a module or of the main script's file
        (workers re-import it, as with spawn), and items and results must pickle.
        Exceptions ``func`` raises become ``crashed`` outcomes. Ctrl-C kills every worker
        and re-raises.
        """
        pending = iter(items)
        exhausted = False
        try:
            while True:
                while not exhausted and self._has_idle_slot():
                    try:
                        item = next(pending)
                    except StopIteration:
                        exhausted = True
                        break
                    failed = self._submit(func, item)
                    if failed is not None:
                        yield failed
                if not any(w.task is not None for w in self._workers):
                    if exhausted:
                        return
                    continue
                yield from self._collect()
        except KeyboardInterrupt:
            self.terminate()
            raise
        except BaseException:  # the consumer stopped early or failed: drop unfinished tasks
            for worker in [w for w in self._workers if w.task is not None]:
                self._discard(worker)
            raise

    @property
    def workers_started(self) -> int:
        """How many worker processes this pool has started (replacements included)."""
        return self._started

    def start(self, tasks: int) -> None:
        """Start the workers for ``tasks`` tasks now rather than on the first one: a caller
        with set-up work before its first task lets the workers start meanwhile."""
        while len(self._workers) < min(self._jobs, tasks):
            self._start_worker()

    def close(self) -> None:
        """Stop idle workers gracefully and kill busy ones; the pool can be used again."""
        idle = [w for w in self._workers if w.task is None]
        for worker in idle:  # ask them all first, so they exit in parallel
            self._ask_to_stop(worker)
        for worker in list(self._workers):
            if worker in idle:
                worker.process.join(_STOP_GRACE_S)
            self._discard(worker)

    def terminate(self) -> None:
        """Kill every worker now (SIGKILL) and reap it: no orphans, no zombies."""
        for worker in list(self._workers):
            self._discard(worker)

    def _has_idle_slot(self) -> bool:
        busy = sum(1 for w in self._workers if w.task is not None)
        return busy < self._jobs

    def _submit(self, func: Callable[[T], R], item: T) -> TaskOutcome[T, R] | None:
        self._next_id += 1
        task_id = self._next_id
        # Pickled here so that the worker unpickles (and imports) inside its error handling.
        payload = pickle.dumps((func, item), pickle.HIGHEST_PROTOCOL)
        for _attempt in range(2):  # an idle worker may have died: one retry on a fresh one
            worker = self._idle_worker()
            try:
                worker.conn.send((task_id, payload))
            except (BrokenPipeError, ConnectionError, EOFError):
                self._discard(worker)
                continue
            worker.task = (task_id, item)
            worker.started = False
            worker.deadline = time.monotonic() + _START_TIMEOUT_S
            return None
        return TaskOutcome(item, None, ReadError("crashed", "no worker process could be started"))

    def _idle_worker(self) -> _Worker:
        for worker in self._workers:
            if worker.task is None:
                return worker
        return self._start_worker()

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self._context.Pipe(duplex=True)
        # Only this process holds the write end: when it exits, however it dies, the worker
        # reads end of file and exits too (see worker_child).
        alive_reader, alive_writer = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=worker_main,
            args=(child_end, self._limits.memory_bytes, alive_reader, self._limits.timeout_s),
            name="freshcheck-worker",
            daemon=True,
        )
        process.start()
        self._started += 1
        child_end.close()  # else the parent never sees EOF when the child dies
        alive_reader.close()
        worker = _Worker(process, parent_end, alive_writer)
        self._workers.append(worker)
        return worker

    def _collect(self) -> Iterator[TaskOutcome[Any, Any]]:
        busy = [w for w in self._workers if w.task is not None]
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.task is None:
                continue
            if worker.conn in ready or worker.process.sentinel in ready or worker.conn.poll():
                outcome = self._receive(worker)
                if outcome is not None:
                    yield outcome
            elif time.monotonic() >= worker.deadline:
                yield self._time_out(worker)

    def _receive(self, worker: _Worker) -> TaskOutcome[Any, Any] | None:
        """The task's outcome, or None when the message only said the task started."""
        assert worker.task is not None
        task_id, item = worker.task
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return self._crashed(worker)
        except Exception as exc:  # a result that does not unpickle
            self._discard(worker)
            return TaskOutcome(item, None, ReadError("crashed", f"unreadable result: {exc}"))
        if message == (STARTED, task_id):
            worker.started = True
            worker.deadline = time.monotonic() + self._limits.timeout_s
            return None
        reply_id, value, failure, retire = message
        if reply_id != task_id:
            return self._crashed(worker)
        worker.task = None
        worker.done += 1
        if retire or worker.done >= self._tasks_per_worker:
            self._stop(worker)
        return TaskOutcome(item, value, failure)

    def _time_out(self, worker: _Worker) -> TaskOutcome[Any, Any]:
        assert worker.task is not None
        item = worker.task[1]
        started = worker.started
        self._discard(worker)
        reason = f"timed out after {self._limits.timeout_s:g} s"
        if not started:
            reason = f"the reader process did not start within {_START_TIMEOUT_S:g} s"
        return TaskOutcome(item, None, ReadError("timeout", reason))

    def _crashed(self, worker: _Worker) -> TaskOutcome[Any, Any]:
        assert worker.task is not None
        item = worker.task[1]
        worker.process.join(_STOP_GRACE_S)
        code = worker.process.exitcode
        self._discard(worker)
        kind = "timeout" if _over_cpu_limit(code) else "crashed"
        return TaskOutcome(item, None, ReadError(kind, crash_reason(code, self._limits)))

    def _stop(self, worker: _Worker) -> None:
        self._ask_to_stop(worker)
        worker.process.join(_STOP_GRACE_S)
        self._discard(worker)

    @staticmethod
    def _ask_to_stop(worker: _Worker) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionError, EOFError):
            worker.conn.send(None)

    def _discard(self, worker: _Worker) -> None:
        if worker.process.exitcode is None:
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        worker.alive.close()
        worker.process.close()
        worker.task = None
        if worker in self._workers:
            self._workers.remove(worker)


def crash_reason(exitcode: int | None, limits: Limits) -> str:
    """A plain sentence for how a worker died, from its exit code."""
    if exitcode is None or exitcode >= 0:
        return f"the reader process exited unexpectedly (exit code {exitcode})"
    try:
        name = signal.Signals(-exitcode).name
    except ValueError:
        name = f"signal {-exitcode}"
    if _over_cpu_limit(exitcode):
        return f"the reader process used more than {limits.timeout_s:g} s of CPU time ({name})"
    if exitcode == -signal.SIGKILL:
        cap = format_bytes(limits.memory_bytes) if limits.memory_bytes else "no"
        return f"the reader process was killed ({name}; out of memory? cap {cap})"
    return f"the reader process crashed ({name})"


def _over_cpu_limit(exitcode: int | None) -> bool:
    return sys.platform != "win32" and exitcode == -signal.SIGXCPU


def _start_context() -> ForkServerContext | SpawnContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")
