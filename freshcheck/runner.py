"""Running a scan: the one module that knows about processes, timeouts and the cache.

``scan(paths, options)`` is the library entry point: find and load the policy, discover the
files, scan each one in an isolated worker process, and return a ``ScanResult``. The clock,
environment and working folder come in through ``ScanOptions``.

The unit of work is "scan one file with this policy" (``run_scan_job``): a worker extracts
the file, or loads it from the cache, and checks it. Checking runs in the workers because it
costs about as much as extracting (claims and fact extraction dominate); the parent only
stats files, looks up the cache, writes new entries and collects ``FileResult``s, so it
stays out of the way on many small files. The compiled policy goes to each worker once,
as a file the worker loads on its first task, never pickled per task.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from freshcheck.compiled import CompiledPolicy
from freshcheck.discover import FoundFile, discover
from freshcheck.engine import FileFacts, check_document
from freshcheck.errors import UsageError
from freshcheck.extract import EXTRACTOR_VERSION, claimed_format, extract_file
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits
from freshcheck.freshness import FileDates
from freshcheck.gitinfo import NO_GIT, GitDates, read_git_dates
from freshcheck.model import Document, FileResult, ReadError, ScanResult
from freshcheck.policy import Policy, find_policy, load_policy
from freshcheck.reviews import ReviewLog, find_review_base, load_reviews
from freshcheck.store import (
    CachedEntry,
    DocumentCache,
    FileKey,
    default_cache_dir,
    encode_document,
    file_sha256,
    read_cached_document,
)
from freshcheck.version import __version__
from freshcheck.workers import ExtractJob, TaskOutcome, WorkerPool, failed_document, run_extract_job

ProgressCallback = Callable[[int, int, str], None]  # (done, total, current path)
WarnCallback = Callable[[str], None]

# Failures of the worker rather than of the file: worth another try next time, never cached.
_TRANSIENT_ERRORS = frozenset({"timeout", "crashed", "too-large"})


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything a scan needs from outside: no global state is read.

    ``use_cache`` keeps extracted documents in ``cache_dir`` (default: the user cache
    folder). ``warn`` receives plain-text warnings (an unusable cache); default: dropped.
    """

    as_of: dt.date
    policy: Path | None = None
    jobs: int | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path = field(default_factory=Path.cwd)
    limits: Limits = DEFAULT_LIMITS
    use_git: bool = True
    progress: ProgressCallback | None = None
    use_cache: bool = False
    cache_dir: Path | None = None
    warn: WarnCallback | None = None


@dataclass(frozen=True, slots=True)
class JobSettings:
    """What every job of one scan shares; small, so it pickles cheaply with each job."""

    policy_file: Path
    as_of: dt.date
    limits: Limits
    cache_file: Path | None


@dataclass(frozen=True, slots=True)
class ScanJob:
    """One file to scan in a worker. ``key`` is None when the cache is off."""

    path: Path
    facts: FileFacts
    settings: JobSettings
    key: FileKey | None = None
    cached: CachedEntry | None = None


@dataclass(frozen=True, slots=True)
class ScanReply:
    """A worker's answer: the verdict, and what the parent should write to the cache."""

    result: FileResult
    blob: bytes | None = None  # a newly extracted document, encoded for the cache
    sha256: str | None = None
    touched: bool = False  # cached content still valid, only the mtime changed


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


def run_scan_job(job: ScanJob) -> ScanReply:
    """Scan one file: from the cache when it is still valid, else extract it; then check it.

    Runs inside a worker (a top-level function, so it pickles by name).
    """
    settings = job.settings
    compiled = _load_compiled_policy(settings.policy_file)
    display = job.facts.rel_path
    document: Document | None = None
    sha256: str | None = None
    touched = False
    if job.cached is not None and settings.cache_file is not None:
        if not job.cached.exact:  # touched or edited: hash before reading, so they agree
            sha256 = _sha256_or_none(job.path)
            touched = sha256 == job.cached.sha256
        if job.cached.exact or touched:
            document = read_cached_document(settings.cache_file, job.cached.rowid)
            touched = touched and document is not None
    blob = None
    if document is None:
        if job.key is not None and sha256 is None:
            sha256 = _sha256_or_none(job.path)
        document = extract_file(job.path, display, settings.limits)
        if job.key is not None and sha256 is not None and _cacheable(document):
            blob = encode_document(document)
    elif document.path != display:
        document = dataclasses.replace(document, path=display)
    result = check_document(document, compiled, settings.as_of, job.facts)
    return ScanReply(result, blob, sha256, touched)


@functools.lru_cache(maxsize=2)
def _load_compiled_policy(policy_file: Path) -> CompiledPolicy:
    # Once per worker process and scan: the file is the parent's own, in a private folder.
    with policy_file.open("rb") as handle:
        compiled = pickle.load(handle)
    assert isinstance(compiled, CompiledPolicy)
    return compiled


def _sha256_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None  # the extractor reports why the file cannot be read


def _cacheable(document: Document) -> bool:
    return document.error is None or document.error.kind not in _TRANSIENT_ERRORS


def _judge_all(
    files: Sequence[FoundFile], compiled: CompiledPolicy, options: ScanOptions
) -> Iterator[FileResult]:
    with contextlib.ExitStack() as stack:
        private = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="freshcheck-")))
        policy_file = private / "policy.pickle"
        policy_file.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        cache = _open_cache(options)
        if cache is not None:
            stack.callback(cache.close)  # on Ctrl-C too: complete entries only, in transactions
        settings = JobSettings(
            policy_file, options.as_of, options.limits, cache.file if cache else None
        )
        jobs = _jobs(files, settings, cache, options)
        pool = stack.enter_context(WorkerPool(jobs=options.jobs, limits=options.limits))
        total = len(files)
        for done, outcome in enumerate(pool.imap_unordered(run_scan_job, jobs), start=1):
            yield _settled(outcome, compiled, cache)
            if options.progress is not None:
                options.progress(done, total, outcome.item.facts.rel_path)


def _open_cache(options: ScanOptions) -> DocumentCache | None:
    if not options.use_cache:
        return None
    folder = options.cache_dir or default_cache_dir()
    version = f"{EXTRACTOR_VERSION}:{_limits_tag(options.limits)}"
    warn = options.warn if options.warn is not None else _ignore
    return DocumentCache.open(folder, version, warn)


def _limits_tag(limits: Limits) -> str:
    # Limits change what an extractor returns (text cut at max_chars, a zip refused), so a
    # document extracted under other limits is another cache entry. Time and memory do not.
    fields = dataclasses.asdict(limits)
    fields.pop("timeout_s")
    fields.pop("memory_bytes")
    return ",".join(f"{name}={value}" for name, value in sorted(fields.items()))


def _jobs(
    files: Sequence[FoundFile],
    settings: JobSettings,
    cache: DocumentCache | None,
    options: ScanOptions,
) -> Iterator[ScanJob]:
    """One job per file, made as the pool asks for it: a stat and one cache lookup each."""
    context = _FileContext(options)
    multi_root = len({f.root for f in files}) > 1
    for file in files:
        rel = file.rel_path
        if multi_root and not file.explicit:
            rel = f"{_display_root(file.root, options.cwd).rstrip('/')}/{rel}"
        absolute = file.path.resolve()
        try:
            stat: os.stat_result | None = os.stat(file.path)
        except OSError:
            stat = None
        facts = FileFacts(rel, context.dates_of(file, absolute, stat))
        if cache is None or stat is None:
            yield ScanJob(file.path, facts, settings)
            continue
        key = FileKey(str(absolute), stat.st_size, stat.st_mtime_ns)
        yield ScanJob(file.path, facts, settings, key, cache.lookup(key))


def _settled(
    outcome: TaskOutcome[ScanJob, ScanReply], compiled: CompiledPolicy, cache: DocumentCache | None
) -> FileResult:
    """The file's verdict; new documents go to the cache. A failed task is judged here."""
    job = outcome.item
    reply = outcome.value
    if reply is None:
        document = _failed_document(job, outcome.failure)
        return check_document(document, compiled, job.settings.as_of, job.facts)
    if cache is not None and job.key is not None:
        if reply.blob is not None and reply.sha256 is not None:
            cache.put(job.key, reply.sha256, reply.blob)
        elif reply.touched:
            cache.touch(job.key)
    return reply.result


def _failed_document(job: ScanJob, failure: ReadError | None) -> Document:
    claimed = claimed_format(job.path) or job.path.suffix.lower().lstrip(".") or "unknown"
    error = failure or ReadError("crashed", "the reader returned nothing")
    return Document(job.facts.rel_path, claimed, error=error)


def _ignore(_: str) -> None:
    return None


class _FileContext:
    """Per-scan lookups that are read once per repository or root, never per file."""

    def __init__(self, options: ScanOptions) -> None:
        self._options = options
        self._git: dict[Path, GitDates] = {}
        self._reviews: dict[Path, ReviewLog | None] = {}

    def dates_of(self, file: FoundFile, absolute: Path, stat: os.stat_result | None) -> FileDates:
        git = self._git_for(file.root)
        review_log = self._reviews_for(file.root)
        review = review_log.for_file(absolute) if review_log else None
        mtime = dt.date.fromtimestamp(stat.st_mtime) if stat else self._options.as_of
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
