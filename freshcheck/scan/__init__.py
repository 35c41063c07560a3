"""Scanning: the only room that knows processes, timeouts, the cache and the spool.

``discovery`` turns paths into files (the policy's include/exclude); ``runner.scan`` runs a
scan: cached documents and analyses (``cache/``), extraction in isolated worker processes
(``workers``, ``worker_child``, ``job``) with a per-file timeout and memory cap, or on a Ray
cluster (``executors``: the one place that knows which runs), results
streamed into the on-disk ``result_spool``; ``plan`` is the review plan behind
``--due-within`` (it keeps its selection in the spool). May import ``engine``,
``extract``, ``freshness``, ``policy``, ``messaging``, ``text`` and the ground floor; only
``cli`` and ``watch`` import it (``incremental`` is the watcher's way in).

Public names load on first use: a worker process imports ``freshcheck.scan.worker_child``,
and must not pay for the engine and the policy loader it never uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.scan.cache.location import default_cache_dir
    from freshcheck.scan.cache.policy_cache import cached_policies, clear_policies
    from freshcheck.scan.cache.store import CacheInfo, cache_info, remove_cache_files
    from freshcheck.scan.changed import ChangedFiles, changed_files, repository_prefix
    from freshcheck.scan.discovery import FoundFile, discover
    from freshcheck.scan.executors import EXECUTORS
    from freshcheck.scan.incremental import (
        BatchResult,
        ScanSession,
        library_file,
        scan_files,
        walk_library,
    )
    from freshcheck.scan.library import Library
    from freshcheck.scan.plan import due_within, review_plan, window_end
    from freshcheck.scan.result_spool import ResultSpool, spooled
    from freshcheck.scan.runner import (
        ScanOptions,
        extract_documents,
        resolve_library,
        resolve_policy,
        scan_paths,
    )
    from freshcheck.scan.workers import extract_isolated

# public name → the module that defines it
_PUBLIC = {
    "cached_policies": "freshcheck.scan.cache.policy_cache",
    "clear_policies": "freshcheck.scan.cache.policy_cache",
    "CacheInfo": "freshcheck.scan.cache.store",
    "cache_info": "freshcheck.scan.cache.store",
    "default_cache_dir": "freshcheck.scan.cache.location",
    "remove_cache_files": "freshcheck.scan.cache.store",
    "ChangedFiles": "freshcheck.scan.changed",
    "changed_files": "freshcheck.scan.changed",
    "repository_prefix": "freshcheck.scan.changed",
    "EXECUTORS": "freshcheck.scan.executors",
    "FoundFile": "freshcheck.scan.discovery",
    "discover": "freshcheck.scan.discovery",
    "BatchResult": "freshcheck.scan.incremental",
    "library_file": "freshcheck.scan.incremental",
    "scan_files": "freshcheck.scan.incremental",
    "ScanSession": "freshcheck.scan.incremental",
    "walk_library": "freshcheck.scan.incremental",
    "due_within": "freshcheck.scan.plan",
    "review_plan": "freshcheck.scan.plan",
    "window_end": "freshcheck.scan.plan",
    "ResultSpool": "freshcheck.scan.result_spool",
    "spooled": "freshcheck.scan.result_spool",
    "Library": "freshcheck.scan.library",
    "ScanOptions": "freshcheck.scan.runner",
    "resolve_library": "freshcheck.scan.runner",
    "extract_documents": "freshcheck.scan.runner",
    "resolve_policy": "freshcheck.scan.runner",
    "scan_paths": "freshcheck.scan.runner",
    "extract_isolated": "freshcheck.scan.workers",
}

__all__ = [
    "EXECUTORS",
    "BatchResult",
    "CacheInfo",
    "ChangedFiles",
    "FoundFile",
    "Library",
    "ResultSpool",
    "ScanOptions",
    "ScanSession",
    "cache_info",
    "cached_policies",
    "changed_files",
    "clear_policies",
    "default_cache_dir",
    "discover",
    "due_within",
    "extract_documents",
    "extract_isolated",
    "library_file",
    "remove_cache_files",
    "repository_prefix",
    "resolve_library",
    "resolve_policy",
    "review_plan",
    "scan_files",
    "scan_paths",
    "spooled",
    "walk_library",
    "window_end",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.scan' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
