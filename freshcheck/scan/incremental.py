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
import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.engine import CompiledPolicy
from freshcheck.extract import claimed_format
from freshcheck.model import FileResult
from freshcheck.policy import GlobSet, Policy
from freshcheck.scan.discovery import (
    SKIPPED_FOLDERS,
    FoundFile,
    _inside,
    is_skipped_name,
    printable,
    relative_to_library,
)
from freshcheck.scan.job import run_scan_job
from freshcheck.scan.runner import ScanOptions, _FileContext, _open_cache, _ScanRun
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


def library_file(
    path: Path, root: Path, policy: Policy, library_root: Path | None = None
) -> FoundFile | None:
    """``path`` as a file a walk of ``root`` would find, or None when it would skip it.

    The relative path, which the policy's globs match, is relative to ``library_root``
    (default: ``root``), as in a scan. A symlinked file counts only when its target lies
    inside the root, as in a walk.
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
    if library_root is None:
        rel = printable("/".join(rel_parts))
    else:
        rel = relative_to_library(path, library_root)
    if is_skipped_name(path.name) or claimed_format(path) is None:
        return None
    include = GlobSet.of(policy.scan.include)
    if include and not include.matches(rel):
        return None
    exclude = GlobSet.of(policy.scan.exclude)
    rel_folders = rel.split("/")
    folders = ["/".join(rel_folders[: i + 1]) + "/" for i in range(len(rel_folders) - 1)]
    if exclude.matches(rel) or any(exclude.matches(printable(f)) for f in folders):
        return None
    return FoundFile(os.fspath(path), rel, root)


def walk_library(
    root: Path, policy: Policy, library_root: Path | None = None
) -> Iterator[FoundFile]:
    """Every file under ``root`` that ``library_file`` accepts; folder links are not
    followed, so a link loop cannot hang the walk."""
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIPPED_FOLDERS)
        for name in sorted(files):
            found = library_file(Path(folder, name), root, policy, library_root)
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
    with ScanSession(options) as session:
        return session.scan(files, policy, should_stop)


class ScanSession:
    """Batch after batch with the same options: workers and compiled policies are kept
    between batches (a watcher's latency is mostly starting workers otherwise).

    Use as a context manager; ``release_workers`` stops idle workers until the next batch.
    """

    def __init__(self, options: ScanOptions) -> None:
        self._options = options
        self._stack = contextlib.ExitStack()
        self._private = Path(
            self._stack.enter_context(tempfile.TemporaryDirectory(prefix="freshcheck-"))
        )
        self._pool = self._stack.enter_context(WorkerPool(jobs=options.jobs, limits=options.limits))
        self._compiled: dict[str, CompiledPolicy] = {}

    def __enter__(self) -> ScanSession:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._stack.__exit__(exc_type, *rest)  # type: ignore[arg-type]

    def release_workers(self) -> None:
        self._pool.close()

    def scan(
        self,
        files: Sequence[FoundFile],
        policy: Policy,
        should_stop: Callable[[], bool] = lambda: False,
        as_of: dt.date | None = None,
        library_root: Path | None = None,
    ) -> BatchResult:
        """One batch; ``as_of`` overrides the options' date (a watcher crosses midnight);
        ``library_root`` is where the review records are (default: the first file's root)."""
        options = (
            self._options if as_of is None else dataclasses.replace(self._options, as_of=as_of)
        )
        results: list[FileResult] = []
        extracted: list[str] = []
        complete = True
        cache = _open_cache(options)
        try:
            # The workers load the compiled policy from a file named by its digest: a
            # worker keeps what it loaded by file name, so a new policy needs a new name.
            policy_file = self._private / f"policy-{policy.digest[:24]}.pickle"
            base = library_root or (files[0].root if files else options.cwd)
            context = _FileContext(options, base)
            run = _ScanRun(files, policy, options, cache, policy_file, context, self._pool.start)
            if policy.digest in self._compiled and policy_file.exists():
                run._compiled = self._compiled[policy.digest]
            outcomes = self._pool.imap_unordered(run_scan_job, run.jobs())
            for outcome in outcomes:
                results.extend(run.ready())
                results.append(run.settled(outcome))
                if outcome.value is None or outcome.value.extracted:
                    extracted.append(outcome.item.facts.rel_path)
                if should_stop():
                    complete = False
                    break
            else:
                results.extend(run.ready())
            if run._compiled is not None:
                self._compiled = {policy.digest: run._compiled}
        finally:
            if cache is not None:
                cache.close()
            if not complete:
                # Close the suspended generator now (it drops the tasks in flight), never
                # later from the garbage collector, in the middle of another batch.
                getattr(outcomes, "close", lambda: None)()
                self._pool.terminate()
        return BatchResult(tuple(results), tuple(extracted), complete)
