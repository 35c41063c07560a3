"""The default executor: this machine's isolated process pool (``freshcheck.scan.workers``).

Workers start lazily, one per job the parent actually makes, up to ``--jobs``: a fully warm
cache starts none, and a scan with two files to parse starts two. Every job still runs in a
child process with the per-file timeout and memory cap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from freshcheck.extract import DEFAULT_LIMITS
from freshcheck.scan.executors import ExecutorSettings
from freshcheck.scan.job import ScanJob, ScanReply, run_scan_job
from freshcheck.scan.workers import TaskOutcome, WorkerPool


class LocalExecutor:
    """``ScanJob``s in a ``WorkerPool`` on this machine; the parent owns the one cache."""

    node_caches = False

    def __init__(self, settings: ExecutorSettings) -> None:
        self._pool = WorkerPool(jobs=settings.jobs, limits=settings.limits or DEFAULT_LIMITS)

    @property
    def workers_started(self) -> int:
        """How many worker processes this executor has started so far."""
        return self._pool.workers_started

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._pool.__exit__(exc_type, *rest)

    def start(self, tasks: int) -> None:
        self._pool.start(tasks)

    def outcomes(self, jobs: Iterable[ScanJob]) -> Iterator[TaskOutcome[ScanJob, ScanReply]]:
        return self._pool.imap_unordered(run_scan_job, jobs)
