"""Where a scan's jobs run: the local process pool (the default) or a Ray cluster.

An executor takes the scan's ``ScanJob``s as the parent makes them and yields each one's
outcome as it finishes, in any order; the parent judges them, so the same spool, progress
bar and reports follow whichever executor ran. Only this package knows which one runs:
``open_executor`` picks it from ``ExecutorSettings``. ``ray_cluster`` is imported only when
asked for, so a scan without the ``freshcheck[ray]`` extra never imports Ray; the CLI runs
it in a driver process of its own (``ray_driver``), which a lost cluster may end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from freshcheck.errors import UsageError
from freshcheck.extract import Limits
from freshcheck.scan.job import ScanJob, ScanReply
from freshcheck.scan.workers import TaskOutcome

EXECUTORS = ("local", "ray")


@dataclass(frozen=True, slots=True)
class ExecutorSettings:
    """What picks and sizes an executor.

    ``kind`` is ``local`` or ``ray``; ``ray_address`` is None (start a local Ray instance),
    ``auto`` or ``ray://host:port``. ``jobs`` caps the local pool's workers (default: the
    CPUs). On a cluster, with ``use_cache`` each node keeps its own cache in
    ``cache_folder`` as that node sees it (None: the user cache folder there), which should
    be a local disk. ``warn`` receives what nodes say about their caches.
    """

    kind: str = "local"
    limits: Limits | None = None
    jobs: int | None = None
    ray_address: str | None = None
    use_cache: bool = False
    cache_folder: Path | None = None
    cache_version: str = ""
    warn: Callable[[str], None] | None = None


class Executor(Protocol):
    """Runs ``ScanJob``s and yields their outcomes as they finish; a context manager.

    ``node_caches`` says who owns the cache: False, the parent looks every file up and writes
    every entry (the workers share its disk); True, each node keeps its own cache, so the
    parent sends every file and opens none.
    """

    @property
    def node_caches(self) -> bool: ...

    def start(self, tasks: int) -> None:
        """Get ready for ``tasks`` jobs now, while the parent prepares its first one."""

    def outcomes(self, jobs: Iterable[ScanJob]) -> Iterator[TaskOutcome[ScanJob, ScanReply]]:
        """Run every job; yield each outcome (a reply, or a failure) as it finishes."""

    def __enter__(self) -> Executor: ...

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None: ...


def open_executor(settings: ExecutorSettings) -> Executor:
    """The executor ``settings.kind`` names. Raises UsageError (e.g. Ray is not installed)."""
    if settings.kind == "ray":
        ray = sys.modules.get("ray")
        if ray is not None and ray.is_initialized():  # this process's connection: reused
            from freshcheck.scan.executors.ray_cluster import RayExecutor

            return RayExecutor(settings)
        # Otherwise Ray's driver runs in a child process, which a lost cluster may end.
        from freshcheck.scan.executors.ray_driver import DetachedRayExecutor

        return DetachedRayExecutor(settings)
    if settings.kind != "local":
        raise UsageError(f"unknown executor {settings.kind!r}: use one of {', '.join(EXECUTORS)}")
    from freshcheck.scan.executors.local import LocalExecutor

    return LocalExecutor(settings)
