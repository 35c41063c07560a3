"""Scanning a few named files of a library again: what the watcher asks of the scan.

``library_file`` decides, for one path under a root, whether a scan of that root would
include it (the same rule as a discovery walk: skipped names, supported formats, the
policy's include/exclude). ``scan_files`` runs the usual scan machinery — cache lookup,
judge a cached analysis in the parent, workers for the rest — on exactly those files with a
policy already loaded, and says which ones were parsed from their bytes: re-judging after a
policy, review or date change must parse none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.extract import claimed_format
from freshcheck.model import FileResult
from freshcheck.policy import GlobSet, Policy
from freshcheck.scan.discovery import (
    SKIPPED_FOLDERS,
    FoundFile,
    _inside,
    is_skipped_name,
    printable,
)
from freshcheck.scan.job import run_scan_job
from freshcheck.scan.runner import ScanOptions, _open_cache, _ScanRun
from freshcheck.scan.workers import WorkerPool


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The files judged, and the relative paths of those whose bytes were parsed.

    ``complete`` is False when ``should_stop`` cut the batch short: the files missing from
    ``results`` were abandoned and must be scanned again later.
    """

    results: tuple[FileResult, ...]
    extracted: tuple[str, ...]
    complete: bool = True


def library_file(path: Path, root: Path, policy: Policy) -> FoundFile | None:
    """``path`` as a file a walk of ``root`` would find, or None when it would skip it.

    The relative path is ``root``-relative. A symlinked file counts only when its target
    lies inside the root, as in a walk.
    """
    try:
        rel_parts = path.relative_to(root).parts
    except ValueError:
        return None
    if not rel_parts or any(part in SKIPPED_FOLDERS for part in rel_parts[:-1]):
        return None
    if path.is_symlink():
        if not _inside(path, root.resolve()):
            return None
    elif not path.is_file():
        return None
    rel = printable("/".join(rel_parts))
    if is_skipped_name(path.name) or claimed_format(path) is None:
        return None
    include = GlobSet.of(policy.scan.include)
    if include and not include.matches(rel):
        return None
    exclude = GlobSet.of(policy.scan.exclude)
    folders = ["/".join(rel_parts[: i + 1]) + "/" for i in range(len(rel_parts) - 1)]
    if exclude.matches(rel) or any(exclude.matches(printable(f)) for f in folders):
        return None
    return FoundFile(os.fspath(path), rel, root)


def walk_library(root: Path, policy: Policy) -> Iterator[FoundFile]:
    """Every file under ``root`` that ``library_file`` accepts; folder links are not
    followed, so a link loop cannot hang the walk."""
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIPPED_FOLDERS)
        for name in sorted(files):
            found = library_file(Path(folder, name), root, policy)
            if found is not None:
                yield found


def scan_files(
    files: Sequence[FoundFile],
    policy: Policy,
    options: ScanOptions,
    should_stop: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """Judge ``files`` under ``policy`` through the cache; parse only what it cannot serve.

    ``should_stop`` is asked after each file: when it says yes, the files in flight are
    abandoned (their workers killed) and the batch returns what it has.
    """
    results: list[FileResult] = []
    extracted: list[str] = []
    complete = True
    with contextlib.ExitStack() as stack:
        private = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="freshcheck-")))
        cache = _open_cache(options)
        if cache is not None:
            stack.callback(cache.close)
        pool = stack.enter_context(WorkerPool(jobs=options.jobs, limits=options.limits))
        run = _ScanRun(files, policy, options, cache, private / "policy.pickle", pool.start)
        # Leaving the loop early leaves the pool's context, which kills the busy workers.
        for outcome in pool.imap_unordered(run_scan_job, run.jobs()):
            results.extend(run.ready())
            results.append(run.settled(outcome))
            if outcome.value is None or outcome.value.extracted:
                extracted.append(outcome.item.facts.rel_path)
            if should_stop():
                complete = False
                break
        else:
            results.extend(run.ready())
    return BatchResult(tuple(results), tuple(extracted), complete)
