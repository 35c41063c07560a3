"""Running a scan: the one module that knows about processes, timeouts and the cache.

``scan(paths, options)`` is the library entry point: find and load the policy, discover the
files, extract them in isolated worker processes, judge each one, and return a
``ScanResult``. The clock, environment and working folder come in through ``ScanOptions``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from freshcheck import __version__
from freshcheck.compiled import CompiledPolicy
from freshcheck.discover import FoundFile, discover
from freshcheck.engine import FileFacts, check_document
from freshcheck.errors import UsageError
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits
from freshcheck.freshness import FileDates
from freshcheck.gitinfo import NO_GIT, GitDates, read_git_dates
from freshcheck.model import Document, FileResult, ScanResult
from freshcheck.policy import Policy, find_policy, load_policy
from freshcheck.reviews import ReviewLog, find_review_base, load_reviews
from freshcheck.workers import ExtractJob, WorkerPool, failed_document, run_extract_job

ProgressCallback = Callable[[int, int, str], None]  # (done, total, current path)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything a scan needs from outside: no global state is read."""

    as_of: dt.date
    policy: Path | None = None
    jobs: int | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path = field(default_factory=Path.cwd)
    limits: Limits = DEFAULT_LIMITS
    use_git: bool = True
    progress: ProgressCallback | None = None


def resolve_policy(paths: Sequence[Path], options: ScanOptions) -> Policy:
    """Find and load the policy that governs a scan of ``paths``. Raises PolicyError."""
    first = paths[0] if paths else options.cwd
    start = first if first.is_dir() else first.parent
    found = find_policy(explicit=options.policy, env=options.env, scan_root=start)
    return load_policy(found)


def scan(paths: Sequence[Path], options: ScanOptions) -> ScanResult:
    """Scan files and folders; the whole library API of ``freshcheck scan``."""
    roots = _checked_roots(paths, options.cwd)
    policy = resolve_policy(roots, options)
    compiled = CompiledPolicy.build(policy)
    files = discover(roots, policy.scan, options.cwd)
    results = sorted(_judge_all(files, compiled, options), key=lambda r: r.path)
    return ScanResult(
        as_of=options.as_of,
        roots=tuple(_display_root(root, options.cwd) for root in roots),
        files=tuple(results),
        policy_digest=policy.digest,
        tool_version=__version__,
        policy_sources=policy.sources,
    )


def extract_documents(
    files: Sequence[FoundFile], jobs: int | None, limits: Limits
) -> Iterator[tuple[FoundFile, Document]]:
    """Extract every file in isolated workers; yields as each finishes (any order)."""
    by_job = {ExtractJob(f.path, f.rel_path, limits): f for f in files}
    with WorkerPool(jobs=jobs, limits=limits) as pool:
        for outcome in pool.imap_unordered(run_extract_job, list(by_job)):
            yield by_job[outcome.item], failed_document(outcome)


def _judge_all(
    files: Sequence[FoundFile], compiled: CompiledPolicy, options: ScanOptions
) -> Iterator[FileResult]:
    context = _FileContext(options)
    multi_root = len({f.root for f in files}) > 1
    total = len(files)
    for done, (file, document) in enumerate(
        extract_documents(files, options.jobs, options.limits), start=1
    ):
        rel = file.rel_path
        if multi_root and not file.explicit:
            rel = f"{_display_root(file.root, options.cwd).rstrip('/')}/{rel}"
        facts = FileFacts(rel, context.dates_of(file))
        if options.progress is not None:
            options.progress(done, total, file.rel_path)
        yield check_document(document, compiled, options.as_of, facts)


class _FileContext:
    """Per-scan lookups that are read once per repository or root, never per file."""

    def __init__(self, options: ScanOptions) -> None:
        self._options = options
        self._git: dict[Path, GitDates] = {}
        self._reviews: dict[Path, ReviewLog | None] = {}

    def dates_of(self, file: FoundFile) -> FileDates:
        absolute = file.path.resolve()
        git = self._git_for(file.root)
        review_log = self._reviews_for(file.root)
        review = review_log.for_file(absolute) if review_log else None
        try:
            mtime = dt.date.fromtimestamp(os.stat(file.path).st_mtime)
        except OSError:
            mtime = self._options.as_of
        return FileDates(
            review=review.date if review else None,
            git=git.date_of(absolute),
            mtime=mtime,
            uncommitted=absolute in git.dirty,
        )

    def _git_for(self, root: Path) -> GitDates:
        if not self._options.use_git:
            return NO_GIT
        if root not in self._git:
            self._git[root] = read_git_dates(root.resolve(), dict(self._options.env) or None)
        return self._git[root]

    def _reviews_for(self, root: Path) -> ReviewLog | None:
        if root not in self._reviews:
            base = find_review_base(root)
            self._reviews[root] = load_reviews(base) if base else None
        return self._reviews[root]


def _checked_roots(paths: Sequence[Path], cwd: Path) -> list[Path]:
    roots = list(paths) or [Path(".")]
    missing = [str(p) for p in roots if not (p if p.is_absolute() else cwd / p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return [p if p.is_absolute() else (cwd / p) for p in roots]


def _display_root(root: Path, cwd: Path) -> str:
    try:
        rel = root.relative_to(cwd).as_posix()
    except ValueError:
        return root.as_posix()
    return rel or "."
