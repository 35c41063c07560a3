"""What a Ray worker process does with a batch of scan jobs: the node's side of a cluster scan.

The same work as a local worker and more, since the parent cannot see a node's disk: stat
the file (a node that cannot read it says so, with its name), look it up in the node's own
cache (SQLite needs local disk, so every node keeps one), judge nothing — the parent does —
and run the rest through ``run_scan_job`` in a child process of this worker, with the
per-file timeout and memory cap, exactly as on one machine. The compiled policy arrives once
per scan through the object store and is kept, by digest, as a file the children load.

Imported by Ray in its worker processes; imports Ray only inside the functions that need it.
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from freshcheck.engine import decode_analysis
from freshcheck.extract import Limits
from freshcheck.model import ReadError
from freshcheck.scan.cache.store import DocumentCache, FileKey, default_cache_dir
from freshcheck.scan.job import ScanJob, ScanReply, run_scan_job, write_reply
from freshcheck.scan.workers import WorkerPool


@dataclass(frozen=True, slots=True)
class NodeCacheSettings:
    """Where a node keeps its cache: ``folder`` as seen on the node (None: the user cache
    folder there), one sub-folder per node name, and the documents' ``version``."""

    folder: Path | None
    version: str


@dataclass(frozen=True, slots=True)
class NodeBatch:
    """Jobs for one Ray task, and what every task of the scan shares.

    ``policy`` holds the object reference of the pickled compiled policy inside a list, so
    that Ray hands the task the reference, not the bytes: a worker fetches them only for a
    digest it has not seen. ``node_names`` maps node ids to the names reports show.
    """

    jobs: tuple[ScanJob, ...]
    policy_digest: str
    policy: list[Any]
    node_names: Mapping[str, str]
    limits: Limits
    cache: NodeCacheSettings | None


@dataclass(frozen=True, slots=True)
class NodeReply:
    """One job's outcome, as it travels back: a reply without its cache blobs, or a failure."""

    reply: ScanReply | None
    failure: ReadError | None


@dataclass(frozen=True, slots=True)
class BatchReply:
    """A batch's outcomes in job order, the node that ran it, and warnings for the user."""

    outcomes: tuple[NodeReply, ...]
    node: str
    warnings: tuple[str, ...] = ()


def scan_batch(batch: NodeBatch) -> BatchReply:
    """Run a batch of scan jobs on this node (the function Ray runs as a task)."""
    import ray

    node_id = ray.get_runtime_context().get_node_id()
    node = batch.node_names.get(node_id, node_id[:12])
    policy_file = _policy_file(batch.policy_digest, batch.policy)
    warnings: list[str] = []
    cache = None
    if batch.cache is not None:
        folder = (batch.cache.folder or default_cache_dir()) / "nodes" / _folder_name(node)
        cache = DocumentCache.open(folder, batch.cache.version, warnings.append)
    try:
        outcomes = _run(batch, node, policy_file, cache)
    finally:
        if cache is not None:
            cache.close()
    return BatchReply(tuple(outcomes), node, tuple(warnings))


def _run(
    batch: NodeBatch, node: str, policy_file: Path, cache: DocumentCache | None
) -> list[NodeReply]:
    outcomes: dict[int, NodeReply] = {}
    to_parse: list[ScanJob] = []
    index_of: dict[int, int] = {}  # id(job) → its place in the batch (outcomes come unordered)
    for index, job in enumerate(batch.jobs):
        settings = dataclasses.replace(
            job.settings, policy_file=policy_file, cache_file=cache.file if cache else None
        )
        job = dataclasses.replace(job, settings=settings)
        try:
            stat = os.stat(job.path)
        except OSError as exc:
            reason = f"cannot be read on node {node}: {exc.strerror or exc}"
            outcomes[index] = NodeReply(None, ReadError("unreadable", reason))
            continue
        if cache is not None:
            key = FileKey(str(job.path.resolve()), stat.st_size, stat.st_mtime_ns)
            job = dataclasses.replace(job, key=key, cached=cache.lookup(key))
            reply = _cached_reply(cache, job)
            if reply is not None:
                outcomes[index] = NodeReply(reply, None)
                continue
        to_parse.append(job)
        index_of[id(job)] = index
    for outcome in _child_pool(batch.limits).imap_unordered(run_scan_job, to_parse):
        job, reply = outcome.item, outcome.value
        if reply is not None and cache is not None and job.key is not None:
            write_reply(cache, job.key, reply, job.settings.policy_tag)
            reply = dataclasses.replace(reply, document_blob=None, analysis_blob=None)
        outcomes[index_of[id(job)]] = NodeReply(reply, outcome.failure)
    return [outcomes[index] for index in range(len(batch.jobs))]


def _cached_reply(cache: DocumentCache, job: ScanJob) -> ScanReply | None:
    """The cached analysis of an unchanged file: the parent judges it, nothing is parsed."""
    tag, entry = job.settings.policy_tag, job.cached
    if entry is None or not entry.exact or tag is None:
        return None
    blob = cache.analysis(entry.sha256, tag)
    analysis = None if blob is None else decode_analysis(blob)
    return None if analysis is None else ScanReply(analysis, entry.sha256)


def _folder_name(node: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", node)[:100] or "node"


# Per worker process: the policies it has written out, by digest, and its child pool. A Ray
# worker runs task after task, so both outlive a batch; they go when the worker exits.
_POLICY_FILES: dict[str, Path] = {}
_POOLS: dict[Limits, WorkerPool] = {}
_PRIVATE: list[Path] = []


def _policy_file(digest: str, policy: Sequence[Any]) -> Path:
    known = _POLICY_FILES.get(digest)
    if known is not None and known.exists():
        return known
    import ray

    blob = ray.get(policy[0])
    if not _PRIVATE:
        _PRIVATE.append(Path(tempfile.mkdtemp(prefix="freshcheck-node-")))
        atexit.register(shutil.rmtree, _PRIVATE[0], True)
    file = _PRIVATE[0] / f"policy-{digest[:32]}.pickle"
    file.write_bytes(blob)
    _POLICY_FILES.clear()  # one scan's policy at a time is all a worker needs
    _POLICY_FILES[digest] = file
    return file


def _child_pool(limits: Limits) -> WorkerPool:
    # One child at a time: the Ray task holds one CPU, and the child does the parsing.
    pool = _POOLS.get(limits)
    if pool is None:
        for old in _POOLS.values():
            old.close()
        _POOLS.clear()
        pool = _POOLS[limits] = WorkerPool(jobs=1, limits=limits)
        stop: Callable[[], None] = pool.terminate
        atexit.register(stop)
    return pool
