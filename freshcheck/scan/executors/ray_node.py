"""What a Ray worker process does with a batch of scan jobs: the node's side of a cluster scan.

The same work as a local worker and more, since the parent cannot see a node's disk: stat
the file (a node that cannot read it says so, with its name), look it up in the node's own
cache (SQLite needs local disk, so every node keeps one), judge nothing — the parent does —
and run the rest through ``run_scan_job`` in a child process of this worker, with the
per-file timeout and memory cap, exactly as on one machine. The policy arrives once per
scan through the object store; the first batch that has a file to analyse compiles it and
keeps it, by digest, as a file the children load (a warm rescan compiles nothing).

A worker keeps its cache connection from batch to batch of a scan (writes are flushed at
the end of every batch), and tidies the cache (``DocumentCache.prune``) once per scan, when
it opens it: opening, pruning and closing it for every batch cost more than a warm batch.

Imported by Ray in its worker processes; imports Ray only inside the functions that need it.
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import pickle
import re
import shutil
import tempfile
import time
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

    ``policy`` holds the object reference of the pickled ``Policy`` inside a list, so that
    Ray hands the task the reference, not the bytes: a worker fetches them only for a digest
    it has not seen, and only when a file misses its cache. ``node_names`` maps node ids to
    the names reports show; ``scan`` tells one scan's batches from the next one's.
    """

    jobs: tuple[ScanJob, ...]
    policy_digest: str
    policy: list[Any]
    node_names: Mapping[str, str]
    limits: Limits
    cache: NodeCacheSettings | None
    scan: str = ""


@dataclass(frozen=True, slots=True)
class NodeReply:
    """One job's outcome, as it travels back: a reply without its cache blobs, or a failure."""

    reply: ScanReply | None
    failure: ReadError | None


@dataclass(frozen=True, slots=True)
class BatchReply:
    """A batch's outcomes in job order, the node that ran it, warnings for the user, and the
    seconds it took on the node (the parent sizes further batches by them)."""

    outcomes: tuple[NodeReply, ...]
    node: str
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0


def scan_batch(batch: NodeBatch) -> BatchReply:
    """Run a batch of scan jobs on this node (the function Ray runs as a task)."""
    import ray

    started = time.perf_counter()
    node_id = ray.get_runtime_context().get_node_id()
    node = batch.node_names.get(node_id, node_id[:12])
    _WARNINGS.clear()
    cache = _node_cache(batch, node)
    try:
        outcomes = _run(batch, node, lambda: _policy_file(batch.policy_digest, batch.policy), cache)
    finally:
        if cache is not None:
            cache.flush()  # the batch's entries are on disk before its replies leave
    seconds = time.perf_counter() - started
    return BatchReply(tuple(outcomes), node, tuple(_WARNINGS), seconds)


def _run(
    batch: NodeBatch, node: str, policy_file: Callable[[], Path], cache: DocumentCache | None
) -> list[NodeReply]:
    outcomes: dict[int, NodeReply] = {}
    to_parse: list[ScanJob] = []
    index_of: dict[int, int] = {}  # id(job) → its place in the batch (outcomes come unordered)
    for index, job in enumerate(batch.jobs):
        try:
            stat = os.stat(job.path)
        except OSError as exc:
            reason = f"cannot be read on node {node}: {exc.strerror or exc}"
            outcomes[index] = NodeReply(None, ReadError("unreadable", reason))
            continue
        settings = dataclasses.replace(job.settings, cache_file=cache.file if cache else None)
        job = dataclasses.replace(job, settings=settings)
        if cache is not None:
            key = FileKey(str(job.path.resolve()), stat.st_size, stat.st_mtime_ns)
            job = dataclasses.replace(job, key=key, cached=cache.lookup(key))
            reply = _cached_reply(cache, job)
            if reply is not None:
                outcomes[index] = NodeReply(reply, None)
                continue
        to_parse.append(job)
        index_of[id(job)] = index
    if to_parse:  # only now the policy: a batch the cache serves whole never compiles it
        compiled = policy_file()
        for job in list(to_parse):
            parsed = dataclasses.replace(
                job, settings=dataclasses.replace(job.settings, policy_file=compiled)
            )
            index_of[id(parsed)] = index_of.pop(id(job))
            to_parse[to_parse.index(job)] = parsed
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


# Per worker process: the policies it has compiled, by digest; its cache connection for the
# current scan; its child pool. A Ray worker runs task after task, so they outlive a batch;
# they go when the worker exits (or, for the cache, when the next scan's first batch comes).
_POLICY_FILES: dict[str, Path] = {}
_POOLS: dict[Limits, WorkerPool] = {}
_PRIVATE: list[Path] = []
_CACHES: dict[tuple[str, Path, str], DocumentCache | None] = {}
_WARNINGS: list[str] = []  # the current batch's warnings: the cache reports through it
_CACHES_CLOSED_AT_EXIT: list[bool] = []


def _node_cache(batch: NodeBatch, node: str) -> DocumentCache | None:
    """This worker's connection to the node's cache for ``batch``'s scan; opened, and the
    cache pruned, at the scan's first batch here."""
    if batch.cache is None:
        return None
    folder = (batch.cache.folder or default_cache_dir()) / "nodes" / _folder_name(node)
    key = (batch.scan, folder, batch.cache.version)
    if key in _CACHES:
        return _CACHES[key]
    _close_caches()
    if not _CACHES_CLOSED_AT_EXIT:
        atexit.register(_close_caches)
        _CACHES_CLOSED_AT_EXIT.append(True)
    cache = DocumentCache.open(folder, batch.cache.version, _WARNINGS.append)
    tags = {job.settings.policy_tag for job in batch.jobs if job.settings.policy_tag}
    if cache is not None:
        cache.prune(sorted(tags))
    _CACHES[key] = cache
    return cache


def _close_caches() -> None:
    for cache in _CACHES.values():
        if cache is not None:
            cache.close()
    _CACHES.clear()


def _policy_file(digest: str, policy: Sequence[Any]) -> Path:
    """The compiled policy of ``digest`` as a file the children load; compiled once."""
    known = _POLICY_FILES.get(digest)
    if known is not None and known.exists():
        return known
    import ray

    from freshcheck.engine import CompiledPolicy

    loaded = pickle.loads(ray.get(policy[0]))
    compiled = loaded if isinstance(loaded, CompiledPolicy) else CompiledPolicy.build(loaded)
    if not _PRIVATE:
        _PRIVATE.append(Path(tempfile.mkdtemp(prefix="freshcheck-node-")))
        atexit.register(shutil.rmtree, _PRIVATE[0], True)
    file = _PRIVATE[0] / f"policy-{digest[:32]}.pickle"
    file.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
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
