"""The Ray executor: a scan's jobs as Ray tasks on a cluster (``freshcheck[ray]``).

Jobs go out in batches (one Ray task costs a few milliseconds; a batch of files costs a few
hundred), each batch routed by a hash of its files' paths to one node, softly
(``NodeAffinitySchedulingStrategy(soft=True)``): a rescan sends a file where its cache entry
is, and a busy or lost node does not stall the scan. The policy goes into the object store
once per scan (the nodes compile it, only when a file misses their cache). Batches hold
~0.3 s of work by the nodes' recent time per file: 16 files when parsing, hundreds on a warm
rescan. Replies come back as batches finish and are yielded one job at a time, so the
parent's spool, progress bar and reports are those of a local scan.

A Ray worker that dies has its batch retried by Ray; a batch that fails every try is split
and its files retried one by one, and a file whose task still fails becomes a ``crashed``
outcome (``file/unreadable``), never a failed scan. A task that raises is our bug (or a node
whose freshcheck does not import), not a file's: a ``ClusterTaskError`` (exit 3). Ctrl-C
cancels every outstanding task (their processes are killed) before it propagates; a lost
cluster is a ``ClusterError``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from freshcheck.errors import EXIT_INTERNAL, FreshcheckError, UsageError
from freshcheck.extract import DEFAULT_LIMITS
from freshcheck.model import ReadError
from freshcheck.scan.executors import ExecutorSettings
from freshcheck.scan.executors.ray_node import (
    BatchReply,
    NodeBatch,
    NodeCacheSettings,
    scan_batch,
)
from freshcheck.scan.job import ScanJob, ScanReply
from freshcheck.scan.workers import TaskOutcome

INSTALL_HINT = "pip install 'freshcheck[ray]'"
BATCH_FILES = 16  # the least a batch holds once every CPU is busy: ~0.3 s of parsing
MAX_BATCH_FILES = 512  # the most: files the nodes' caches serve cost ~1 ms each
BATCH_SECONDS = 0.3  # what a batch should take on its node: Ray's per-task cost stays ~1 %
TASK_RETRIES = 2  # a batch whose worker dies runs up to 3 times before it is split
LOCAL_OBJECT_STORE_BYTES = 200 * 1024 * 1024  # policies and replies are small
# Ray starts its worker processes at niceness 15 (so that its own daemons keep the CPU they
# need), and the parsing children inherit it: on a machine where anything else runs, a scan
# then gets a sliver of the CPU the local pool gets at the user's niceness. A Ray instance the
# scan starts itself runs its workers at the niceness of the local pool's. (A cluster started
# by `ray start` keeps its own setting: RAY_worker_niceness=0 there does the same.)
LOCAL_SYSTEM_CONFIG: dict[str, Any] = {"worker_niceness": 0}
# Ray ends a driver whose head node (GCS) is gone for 60 s, with exit code 1 and no word to
# the user; the scan gives up first, with a message, when the head has not answered for this.
LOST_AFTER_S = 15.0
PROBE_EVERY_S = 1.0  # while no batch finishes: is the head still there?


class ClusterError(FreshcheckError):
    """The Ray cluster cannot be reached, or was lost in the middle of a scan (exit 2)."""


class ClusterTaskError(FreshcheckError):
    """A scan task raised on a node: our bug, or a node whose freshcheck does not import.

    Not a file's fault (the node's child processes turn bad files into data), so not a
    verdict on the batch's files either: the scan stops (exit 3).
    """

    exit_code = EXIT_INTERNAL


Outcome = TaskOutcome[ScanJob, ScanReply]


class RayExecutor:
    """Runs ``ScanJob``s as Ray tasks; each node keeps its own cache. A context manager.

    Connects to ``settings.ray_address`` (``auto``, ``ray://host:port`` or ``host:port``),
    or starts a local Ray instance when it is None; reuses a connection this process
    already has (and then leaves it open).
    """

    node_caches = True

    def __init__(self, settings: ExecutorSettings) -> None:
        try:
            import ray
        except ImportError:
            raise UsageError(f"--executor ray needs Ray: {INSTALL_HINT}") from None
        self._ray: Any = ray
        self._settings = settings
        self._limits = settings.limits or DEFAULT_LIMITS
        self._owned = False
        self._in_flight: dict[Any, list[ScanJob]] = {}
        self._nodes: list[str] = []
        self._node_names: dict[str, str] = {}
        self._cpus = 1
        self._remote: Any = None
        self._policies: dict[str, tuple[str, Any]] = {}  # policy file → (digest, ref)
        self._warned: set[str] = set()
        self._head: tuple[str, int] | None = None  # the GCS's host and port, to probe
        self._scan = uuid.uuid4().hex  # tells the nodes where one scan's batches start
        self._file_seconds: float | None = None  # a file's time on a node, lately

    def __enter__(self) -> RayExecutor:
        ray = self._ray
        os.environ.setdefault("RAY_DISABLE_USAGE_STATS", "1")
        _cluster_messages_to_stderr(ray)
        try:
            if not ray.is_initialized():
                self._connect()
            nodes = [n for n in ray.nodes() if n.get("Alive") and n["Resources"].get("CPU")]
        except (ConnectionError, RuntimeError, ValueError, ray.exceptions.RaySystemError) as exc:
            where = self._settings.ray_address or "a new local instance"
            raise ClusterError(f"cannot connect to the Ray cluster at {where}: {exc}") from None
        if not nodes:
            raise ClusterError("the Ray cluster has no live node with a CPU to scan on")
        nodes.sort(key=lambda n: (str(n.get("NodeName", "")), n["NodeID"]))
        self._nodes = [n["NodeID"] for n in nodes]
        self._node_names = {n["NodeID"]: str(n.get("NodeName") or n["NodeID"][:12]) for n in nodes}
        self._cpus = max(1, int(sum(n["Resources"]["CPU"] for n in nodes)))
        self._remote = ray.remote(num_cpus=1, max_retries=TASK_RETRIES)(scan_batch)
        self._head = _head_address(ray)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._cancel_all()
        self._policies.clear()
        if self._owned:
            self._ray.shutdown()

    def start(self, tasks: int) -> None:
        """Nothing to start: the cluster's workers are already there."""

    def outcomes(self, jobs: Iterable[ScanJob]) -> Iterator[Outcome]:
        """Route jobs to nodes in batches; yield each job's outcome as its batch returns."""
        waiting: dict[str, list[ScanJob]] = {node: [] for node in self._nodes}
        most_in_flight = 2 * self._cpus  # a batch running on each CPU and one queued for it
        try:
            for job in jobs:
                node = self._node_for(job)
                waiting[node].append(job)
                # Early on, a batch per idle CPU at once: small batches until all are busy.
                full = len(waiting[node]) >= self._batch_files()
                if full or len(self._in_flight) < self._cpus:
                    self._submit(node, waiting[node])
                    waiting[node] = []
                while len(self._in_flight) >= most_in_flight:
                    yield from self._next_finished()
            for node, batch in waiting.items():
                if batch:
                    self._submit(node, batch)
            while self._in_flight:
                yield from self._next_finished()
        except BaseException:  # Ctrl-C, a lost cluster, or a consumer that stopped early
            self._cancel_all()
            raise

    def _batch_files(self) -> int:
        """Files a batch should hold: ~BATCH_SECONDS of the nodes' recent time per file.

        A cold scan parses (tens of ms a file): batches of BATCH_FILES. A warm rescan's
        files are cache look-ups: far bigger batches, so Ray's per-task cost does not
        dominate. Batching changes only where and when files run, never their results.
        """
        if not self._file_seconds:
            return BATCH_FILES
        wanted = int(BATCH_SECONDS / self._file_seconds)
        return max(BATCH_FILES, min(MAX_BATCH_FILES, wanted))

    def _node_for(self, job: ScanJob) -> str:
        digest = hashlib.blake2b(os.fsencode(job.path), digest_size=8).digest()
        return self._nodes[int.from_bytes(digest, "big") % len(self._nodes)]

    def _submit(self, node: str | None, jobs: list[ScanJob]) -> None:
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        digest, policy = self._policy(jobs[0])
        cache = None
        if self._settings.use_cache:
            cache = NodeCacheSettings(self._settings.cache_folder, self._settings.cache_version)
        batch = NodeBatch(
            tuple(jobs), digest, [policy], self._node_names, self._limits, cache, self._scan
        )
        remote = self._remote
        if node is not None:
            strategy = NodeAffinitySchedulingStrategy(node_id=node, soft=True)
            remote = remote.options(scheduling_strategy=strategy)
        self._in_flight[remote.remote(batch)] = jobs

    def _policy(self, job: ScanJob) -> tuple[str, Any]:
        """The digest and object reference of the policy file ``job`` names; put once."""
        key = str(job.settings.policy_file)
        if key not in self._policies:
            blob = job.settings.policy_file.read_bytes()
            digest = hashlib.sha256(blob).hexdigest()
            self._policies = {key: (digest, self._ray.put(blob))}
        return self._policies[key]

    def _next_finished(self) -> Iterator[Outcome]:
        ray = self._ray
        jobs: list[ScanJob] = []
        try:
            ready = self._wait_for_one()
            jobs = self._in_flight.pop(ready)
            reply: BatchReply = ray.get(ready)
        except (
            ConnectionError,
            ray.exceptions.RaySystemError,
            ray.exceptions.LocalRayletDiedError,
        ) as exc:
            raise ClusterError(f"lost the connection to the Ray cluster: {exc}") from None
        except ray.exceptions.RayTaskError as exc:  # the task raised: Ray does not retry it
            failed = f"a scan task failed on the Ray cluster: {_cause(exc)}"
            raise ClusterTaskError(failed) from None
        except ray.exceptions.RayError as exc:  # the batch's worker died every try
            yield from self._failed(jobs, exc)
            return
        per_file = reply.seconds / max(1, len(jobs))
        previous = self._file_seconds
        self._file_seconds = per_file if previous is None else 0.5 * (previous + per_file)
        for warning in reply.warnings:
            if warning not in self._warned and self._settings.warn is not None:
                self._warned.add(warning)
                self._settings.warn(f"on node {reply.node}: {warning}")
        for job, outcome in zip(jobs, reply.outcomes, strict=True):
            yield TaskOutcome(job, outcome.reply, outcome.failure)

    def _wait_for_one(self) -> Any:
        """The next finished task; a ClusterError once the head node stops answering."""
        silent_since: float | None = None
        while True:
            ready, _ = self._ray.wait(list(self._in_flight), num_returns=1, timeout=PROBE_EVERY_S)
            if ready:
                return ready[0]
            if self._head is None or _answers(self._head):
                silent_since = None
                continue
            now = time.monotonic()
            silent_since = now if silent_since is None else silent_since
            if now - silent_since >= LOST_AFTER_S:
                host, port = self._head
                raise ClusterError(
                    f"lost the connection to the Ray cluster: its head node ({host}:{port}) "
                    f"has not answered for {LOST_AFTER_S:.0f} s"
                )

    def _failed(self, jobs: list[ScanJob], exc: Exception) -> Iterator[Outcome]:
        """A batch that failed every try: split it; a single file that did is a crash."""
        if len(jobs) > 1:
            for job in jobs:
                self._submit(None, [job])  # anywhere: its home node may be the trouble
            return
        kind = type(exc).__name__
        reason = f"the Ray worker reading it died {TASK_RETRIES + 1} times ({kind})"
        yield TaskOutcome(jobs[0], None, ReadError("crashed", reason))

    def _connect(self) -> None:
        ray = self._ray
        address = self._settings.ray_address
        common: dict[str, Any] = {
            "log_to_driver": False,
            "logging_level": logging.ERROR,
            "include_dashboard": False,
        }
        if address is None:  # "local": a new instance, even where `ray start` runs one
            ray.init(
                address="local",
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                _system_config=LOCAL_SYSTEM_CONFIG,
                **common,
            )
        else:
            common.pop("include_dashboard")
            ray.init(address=address, **common)
        self._owned = True

    def _cancel_all(self) -> None:
        """Cancel every outstanding task and kill its worker: nothing left running."""
        for ref in list(self._in_flight):
            try:
                self._ray.cancel(ref, force=True)
            except Exception:  # already finished, or the cluster is gone: nothing to stop
                continue
        self._in_flight.clear()


def _head_address(ray: Any) -> tuple[str, int] | None:
    """The host and port of the cluster's GCS (None through Ray Client, which says itself)."""
    try:
        host, _, port = str(ray.get_runtime_context().gcs_address).rpartition(":")
        return (host, int(port)) if host else None
    except Exception:  # Ray Client, or a Ray without it: no probe
        return None


def _answers(address: tuple[str, int]) -> bool:
    try:
        socket.create_connection(address, timeout=PROBE_EVERY_S).close()
    except OSError:
        return False
    return True


def _cause(exc: Any) -> str:
    """What a task raised, in a line: its type and the last line of its message."""
    cause = getattr(exc, "cause", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return f"{type(cause).__name__}: {lines[-1] if lines else ''}"


def _cluster_messages_to_stderr(ray: Any) -> None:
    """Send the cluster's messages to the driver ("a worker died ...") to stderr.

    Ray prints them on stdout, where they would corrupt a report (``--format json``). A
    private function of Ray 2.x: when it is not there, the messages stay where Ray puts them.
    """
    worker: Any = getattr(getattr(ray, "_private", None), "worker", None)
    original = getattr(worker, "print_to_stdstream", None)
    if original is None or getattr(original, "freshcheck_to_stderr", False):
        return

    def to_stderr(data: dict[str, Any], ignore_prefix: bool) -> None:
        original({**data, "is_err": True}, ignore_prefix)

    to_stderr.freshcheck_to_stderr = True  # type: ignore[attr-defined]
    worker.print_to_stdstream = to_stderr
