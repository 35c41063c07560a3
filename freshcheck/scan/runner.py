"""Running a scan: the one module that knows about processes, timeouts and the cache.

``scan(paths, options)`` is the library entry point: find and load the policy, discover the
files, scan each one in an isolated worker process, and return a ``ScanResult``. The clock,
environment and working folder come in through ``ScanOptions``.

The parent stats each file and looks it up in the cache. A file whose analysis is cached
(same content, policy and code: ``freshcheck.engine.analysis``) is judged in the parent at once; the
others go to the workers (``freshcheck.scan.job``), which extract or load the document and
analyse it: analysing costs as much as extracting, so it runs in parallel. The parent judges
each reply (the date half is a few comparisons), writes the new cache entries and collects
``FileResult``s in a spool (``freshcheck.scan.result_spool``: on disk past a few thousand files).
The compiled policy goes to each worker once, as a file the worker loads on its first task,
never pickled per task.

Where the jobs run is the executor's business (``freshcheck.scan.executors``: the local pool,
or a Ray cluster whose nodes keep their own caches); the parent's side is the same for both.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from freshcheck.engine import Analysis, FileFacts, decode_analysis, judge
from freshcheck.extract import DEFAULT_LIMITS, EXTRACTOR_VERSION, Limits, claimed_format
from freshcheck.freshness import (
    NO_GIT,
    SHALLOW_CLONE_NOTE,
    FileDates,
    GitDates,
    ReviewLog,
    load_reviews,
    read_git_dates,
)
from freshcheck.model import Document, FileResult, ReadError, ScanResult
from freshcheck.policy import Policy, find_policy, load_policy
from freshcheck.scan.cache.policy_cache import load_policy_cached
from freshcheck.scan.cache.store import (
    CachedEntry,
    DocumentCache,
    FileKey,
    code_fingerprint,
    default_cache_dir,
)
from freshcheck.scan.changed import changed_files
from freshcheck.scan.discovery import FoundFile, discover
from freshcheck.scan.executors import Executor, ExecutorSettings, open_executor
from freshcheck.scan.job import (
    IN_PROCESS_MAX_FILES,
    JobSettings,
    ScanJob,
    ScanReply,
    analysable_in_process,
    run_scan_job,
    write_reply,
)
from freshcheck.scan.library import Library, library_root, scan_start
from freshcheck.scan.result_spool import ResultSpool
from freshcheck.scan.workers import (
    ExtractJob,
    TaskOutcome,
    WorkerPool,
    failed_document,
    run_extract_job,
)
from freshcheck.version import __version__

if TYPE_CHECKING:
    from freshcheck.engine import CompiledPolicy

ProgressCallback = Callable[[int, int, str], None]  # (done, total, current path)
WarnCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything a scan needs from outside: no global state is read.

    ``use_cache`` keeps extracted documents in ``cache_dir`` (default: the user cache
    folder). ``warn`` receives plain-text warnings (an unusable cache); default: dropped.
    ``executor`` is ``local`` (the process pool) or ``ray`` (a Ray cluster at
    ``ray_address``: None starts a local instance, ``auto`` finds a running one).
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
    changed_since: str | None = None
    executor: str = "local"
    ray_address: str | None = None


def resolve_library(paths: Sequence[Path], options: ScanOptions) -> Library:
    """Find and load the policy that governs a scan of ``paths``, and its library root.

    Raises PolicyError (an invalid policy) or UsageError."""
    start = scan_start(paths, options.cwd)
    found = find_policy(explicit=options.policy, env=options.env, scan_root=start)
    if found is not None and not found.is_absolute():
        found = options.cwd / found
    folder = _cache_folder(options)
    policy = load_policy(found) if folder is None else load_policy_cached(found, folder)
    return Library(policy, library_root(found, policy, start, options.env))


def resolve_policy(paths: Sequence[Path], options: ScanOptions) -> Policy:
    """Find and load the policy that governs a scan of ``paths``. Raises PolicyError."""
    return resolve_library(paths, options).policy


def scan_paths(
    paths: Sequence[Path], options: ScanOptions, executor: Executor | None = None
) -> ScanResult:
    """Scan files and folders: the work behind ``freshcheck.scan`` and ``freshcheck scan``.

    ``executor`` runs the jobs (default: the one ``options`` names, opened and closed here).
    """
    roots = [p if p.is_absolute() else options.cwd / p for p in paths or [Path(".")]]
    library = resolve_library(roots, options)
    warn = options.warn if options.warn is not None else _ignore
    files = discover(roots, library.policy.scan, library.root, warn)
    context = _FileContext(options, library.root)
    if options.changed_since is not None:
        files = _only_changed(files, roots, library.policy, options)
    # A large scan's results wait on disk, not in memory: beside the cache when there is one
    # (local disk; the system's temporary folder may be memory-backed).
    spool = ResultSpool(folder=_cache_folder(options))
    spool.extend(_judge_all(files, library.policy, options, context, executor))
    notes = context.notes()
    for note in notes:
        warn(note)
    return ScanResult(
        as_of=options.as_of,
        roots=tuple(_display_root(root, options.cwd) for root in roots),
        files=spool.results(sort_by_path=True),
        policy_digest=library.policy.digest,
        tool_version=__version__,
        policy_sources=library.policy.sources,
        notes=notes,
        library_root=_display_root(library.root, options.cwd),
    )


def _only_changed(
    files: list[FoundFile], roots: Sequence[Path], policy: Policy, options: ScanOptions
) -> list[FoundFile]:
    assert options.changed_since is not None
    sources = [options.cwd / source for source in policy.sources]
    changed = changed_files(options.changed_since, roots[0], sources, options.env or None)
    if changed.widened_by and options.warn is not None:
        options.warn(
            f"{', '.join(changed.widened_by)} changed since {changed.ref}: the policy or the "
            "review records judge every file, so every file is scanned"
        )
    return [file for file in files if changed.keeps(file.path)]


def extract_documents(
    files: Sequence[FoundFile], jobs: int | None, limits: Limits
) -> Iterator[tuple[FoundFile, Document]]:
    """Extract every file in isolated workers; yields as each finishes (any order)."""
    for file in files:
        if file.problem is not None:
            yield file, _unreadable_document(file, file.problem)
    by_job = {ExtractJob(f.path, f.rel_path, limits): f for f in files if f.problem is None}
    with WorkerPool(jobs=jobs, limits=limits) as pool:
        for outcome in pool.imap_unordered(run_extract_job, list(by_job)):
            yield by_job[outcome.item], failed_document(outcome)


def executor_settings(options: ScanOptions) -> ExecutorSettings:
    """Which executor a scan with ``options`` runs on, and how it is sized."""
    return ExecutorSettings(
        kind=options.executor,
        limits=options.limits,
        jobs=options.jobs,
        ray_address=options.ray_address,
        use_cache=options.use_cache,
        cache_folder=options.cache_dir,
        cache_version=cache_version(options.limits),
        warn=options.warn,
    )


def _judge_all(
    files: Sequence[FoundFile],
    policy: Policy,
    options: ScanOptions,
    context: _FileContext,
    executor: Executor | None = None,
) -> Iterator[FileResult]:
    with contextlib.ExitStack() as stack:
        private = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="freshcheck-")))
        if executor is None:
            executor = open_executor(executor_settings(options))
        # Entered before the cache is opened, so that it is left after the cache is closed.
        stack.enter_context(executor)
        cache = None if executor.node_caches else _open_cache(options)
        if cache is not None:
            stack.callback(cache.close)  # on Ctrl-C too: complete entries only, in transactions
        run = _ScanRun(
            files,
            policy,
            options,
            cache,
            private / "policy.pickle",
            context,
            executor.start,
            node_caches=executor.node_caches,
            in_process=True,
        )
        for outcome in executor.outcomes(run.jobs()):
            yield from run.ready()
            yield run.settled(outcome)
        yield from run.ready()


class _ScanRun:
    """One scan's parent side: stat, look up, judge cached analyses, settle workers' replies.

    A file whose analysis is cached (same content, same policy, same code) is judged right
    here, without a worker: that is what makes a rescan cheap. Only the others become jobs.
    The compiled policy (the message index is the costly part) is built the first time a
    file needs analysing, and written once to a file the workers load. With ``node_caches``
    (a cluster) the parent has no cache: every file becomes a job and each node looks it up
    in its own cache, under the same policy tag; the policy file then holds the ``Policy``,
    which a node compiles only when a file misses its cache.
    """

    def __init__(
        self,
        files: Sequence[FoundFile],
        policy: Policy,
        options: ScanOptions,
        cache: DocumentCache | None,
        policy_file: Path,
        context: _FileContext,
        start_workers: Callable[[int], None] = lambda tasks: None,
        *,
        node_caches: bool = False,
        in_process: bool = False,
    ) -> None:
        self._files = files
        self._start_workers = start_workers
        self._policy = policy
        self._options = options
        self._cache = cache
        self._policy_file = policy_file
        self._node_caches = node_caches
        self._policy_written = False
        self._compiled: CompiledPolicy | None = None
        self._context = context
        self._judged: collections.deque[FileResult] = collections.deque()
        self._done = 0
        policy_tag = None
        if cache is not None:
            policy_tag = f"{policy.digest}:{cache.version}:{code_fingerprint()}"
        elif node_caches and options.use_cache:
            policy_tag = f"{policy.digest}:{cache_version(options.limits)}:{code_fingerprint()}"
        # A one-off scan of a few files analyses small text files here, not in a worker it
        # would start for them; never with node caches (the cluster's nodes keep the cache).
        self._in_process = in_process and len(files) <= IN_PROCESS_MAX_FILES and not node_caches
        self._settings = JobSettings(
            policy_file, options.limits, cache.file if cache else None, policy_tag
        )

    def jobs(self) -> Iterator[ScanJob]:
        """A job per file whose analysis is not cached, made as the pool asks for one."""
        for file in self._files:
            absolute = file.path.resolve()
            try:
                stat: os.stat_result | None = os.stat(file.path) if not file.problem else None
            except OSError:
                stat = None
            facts = FileFacts(file.rel_path, self._context.dates_of(file, absolute, stat))
            if file.problem is not None:  # never opened: a folder that cannot be listed, a FIFO
                document = _unreadable_document(file, file.problem)
                self._judged.append(self._finish(self._analysed_here(document), facts))
                continue
            if self._cache is None or stat is None:
                job = ScanJob(file.path, facts, self._settings)
            else:
                key = FileKey(str(absolute), stat.st_size, stat.st_mtime_ns)
                entry = self._cache.lookup(key)
                analysis = self._cached_analysis(entry)
                if analysis is not None:
                    self._judged.append(self._finish(analysis, facts))
                    continue
                job = ScanJob(file.path, facts, self._settings, key, entry)
            if (
                stat is not None
                and self._in_process
                and analysable_in_process(file.path, stat.st_size)
            ):
                self._judged.append(self._settled_here(job))
                continue
            yield self._job(job)

    def ready(self) -> Iterator[FileResult]:
        """Results judged from the cache since the last call."""
        while self._judged:
            yield self._judged.popleft()

    def settled(self, outcome: TaskOutcome[ScanJob, ScanReply]) -> FileResult:
        """A worker's verdict judged; new entries go to the cache. A failed task, here."""
        job = outcome.item
        reply = outcome.value
        if reply is None:
            document = _failed_document(job, outcome.failure)
            return self._finish(self._analysed_here(document), job.facts)
        if self._cache is not None and job.key is not None:
            write_reply(self._cache, job.key, reply, self._settings.policy_tag)
        return self._finish(reply.analysis, job.facts)

    def _cached_analysis(self, entry: CachedEntry | None) -> Analysis | None:
        tag = self._settings.policy_tag
        if self._cache is None or entry is None or not entry.exact or tag is None:
            return None
        blob = self._cache.analysis(entry.sha256, tag)
        return None if blob is None else decode_analysis(blob)

    def _settled_here(self, job: ScanJob) -> FileResult:
        """``job`` run in this process, its reply written to the cache as a worker's is."""
        reply = run_scan_job(job, self._compiled_policy())
        if self._cache is not None and job.key is not None:
            write_reply(self._cache, job.key, reply, self._settings.policy_tag)
        return self._finish(reply.analysis, job.facts)

    def _job(self, job: ScanJob) -> ScanJob:
        """``job``, once the workers can run it."""
        if self._node_caches:
            # A cluster's nodes compile the policy themselves, and only for a file their
            # cache cannot serve: a warm rescan never builds the message index anywhere.
            if not self._policy_written:
                blob = pickle.dumps(self._policy, protocol=pickle.HIGHEST_PROTOCOL)
                self._policy_file.write_bytes(blob)
                self._policy_written = True
            return job
        if self._compiled is None:
            # The first file to analyse: its worker starts (and imports) while the policy is
            # compiled, instead of after; it loads the policy from its file. Further workers
            # start as further jobs come, so there are never more than files to parse.
            self._start_workers(1)
            self._compiled_policy()
        return job

    def _analysed_here(self, document: Document) -> Analysis:
        """A document analysed in this process: one never opened, or a worker's failure."""
        from freshcheck.engine import analyse  # the matcher: loaded only when a file needs it

        return analyse(document, self._compiled_policy())

    def _compiled_policy(self) -> CompiledPolicy:
        if self._compiled is None:
            # Imported here: a warm scan judges cached analyses and never needs the matcher.
            from freshcheck.engine import CompiledPolicy

            self._compiled = CompiledPolicy.build(self._policy)
            if not self._node_caches:  # a cluster's policy file holds the policy: see _job
                blob = pickle.dumps(self._compiled, protocol=pickle.HIGHEST_PROTOCOL)
                self._policy_file.write_bytes(blob)
        return self._compiled

    def _finish(self, analysis: Analysis, facts: FileFacts) -> FileResult:
        result = judge(analysis, self._policy, self._options.as_of, facts)
        self._done += 1
        if self._options.progress is not None:
            self._options.progress(self._done, len(self._files), facts.rel_path)
        return result


def _cache_folder(options: ScanOptions) -> Path | None:
    if not options.use_cache:
        return None
    return options.cache_dir or default_cache_dir()


def _open_cache(options: ScanOptions) -> DocumentCache | None:
    folder = _cache_folder(options)
    if folder is None:
        return None
    warn = options.warn if options.warn is not None else _ignore
    return DocumentCache.open(folder, cache_version(options.limits), warn)


def cache_version(limits: Limits) -> str:
    """The version a cache's documents are valid for: the extractors' and the limits'."""
    return f"{EXTRACTOR_VERSION}:{_limits_tag(limits)}"


def _limits_tag(limits: Limits) -> str:
    # Limits change what an extractor returns (text cut at max_chars, a zip refused), so a
    # document extracted under other limits is another cache entry. Time and memory do not.
    fields = dataclasses.asdict(limits)
    fields.pop("timeout_s")
    fields.pop("memory_bytes")
    return ",".join(f"{name}={value}" for name, value in sorted(fields.items()))


def _failed_document(job: ScanJob, failure: ReadError | None) -> Document:
    claimed = claimed_format(job.path) or job.path.suffix.lower().lstrip(".") or "unknown"
    error = failure or ReadError("crashed", "the reader returned nothing")
    return Document(job.facts.rel_path, claimed, error=error)


def _unreadable_document(file: FoundFile, problem: str) -> Document:
    claimed = claimed_format(file.path) or file.path.suffix.lower().lstrip(".") or "unknown"
    return Document(file.rel_path, claimed, error=ReadError("unreadable", problem))


def _ignore(_: str) -> None:
    return None


class _FileContext:
    """Per-scan lookups that are read once per repository or library, never per file."""

    def __init__(self, options: ScanOptions, library_root: Path) -> None:
        self._options = options
        self._git: dict[Path, GitDates] = {}
        self._library_root = library_root
        self._reviews: ReviewLog | None = None
        self._shallow = False

    def dates_of(self, file: FoundFile, absolute: Path, stat: os.stat_result | None) -> FileDates:
        as_of = self._options.as_of
        git = self._git_for(file.root)
        review_log = self._reviews_for()
        review = review_log.for_file(absolute, not_after=as_of)
        notes = []
        newest = review_log.for_file(absolute)
        if newest is not None and newest.date > as_of:
            notes.append(
                f"ignored review record dated {newest.date.isoformat()}: after {as_of.isoformat()}"
            )
        if absolute in git.at_boundary:
            self._shallow = True
            notes.append("no git date: its last commit is at the shallow clone's boundary")
        mtime = dt.date.fromtimestamp(stat.st_mtime) if stat else as_of
        return FileDates(
            review=review.date if review else None,
            git=git.date_of(absolute),
            mtime=mtime,
            uncommitted=absolute in git.dirty,
            notes=tuple(notes),
        )

    def notes(self) -> tuple[str, ...]:
        """What the scan as a whole should say once (on stderr and in the report)."""
        return (SHALLOW_CLONE_NOTE,) if self._shallow else ()

    def _git_for(self, root: Path) -> GitDates:
        if not self._options.use_git:
            return NO_GIT
        if root not in self._git:
            self._git[root] = read_git_dates(root.resolve(), dict(self._options.env) or None)
        return self._git[root]

    def _reviews_for(self) -> ReviewLog:
        if self._reviews is None:
            self._reviews = load_reviews(self._library_root)
        return self._reviews


def _display_root(root: Path, cwd: Path) -> str:
    try:
        rel = root.relative_to(cwd).as_posix()
    except ValueError:
        return root.as_posix()
    return rel or "."
