"""The watch loop: hints → settled batches → the scan → state, events, reports.

The loop owns everything that changes (the debouncer, the library's results, the states
the event log was told about); observers only put hints on a queue. Each settled batch is
scanned through the cache (``freshcheck.scan.scan_files``); then the reports are rewritten,
the events appended, the state saved and the ``--on-change`` command run.

A *full* reconciliation walks every root and judges every file through the cache: at start,
after a policy or review-record change and when the date changes (so files fall due while
nobody touches them). Nothing is parsed again unless its bytes changed. A *quick* one (every
``--reconcile``, and on an observer overflow) compares each file's (size, mtime) with what
the loop last scanned and scans only the differences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from watchdog.observers.api import BaseObserver

from freshcheck.atomic import write_atomic
from freshcheck.errors import PolicyError
from freshcheck.model import FileResult, ScanResult
from freshcheck.policy import Policy, find_policy
from freshcheck.report import ReportOptions, render_chunks
from freshcheck.scan import (
    FoundFile,
    ScanOptions,
    ScanSession,
    library_file,
    resolve_policy,
    walk_library,
)
from freshcheck.version import __version__
from freshcheck.watch.debounce import Debouncer, is_temp_name, signature
from freshcheck.watch.events import EventLog, WatchEvent, changes, file_state
from freshcheck.watch.inputs import input_signature
from freshcheck.watch.mounts import ObserverChoice, choose_observer
from freshcheck.watch.observers import Hint, Hints, start_observer, stop_observers
from freshcheck.watch.on_change import run_on_change
from freshcheck.watch.state import FileState, StateLock, load_state, save_state
from freshcheck.watch.status import STATUS_SCHEMA, write_status

Log = Callable[[str], None]
_TICK_S = 0.25  # how often the loop looks at its inputs when nothing happens
_STATUS_EVERY_S = 5.0
_RELEASE_WORKERS_S = 30.0  # idle this long: stop the workers (they start again on demand)
_MAX_ERRORS = 20
SKIPPED_FOLDER_NAMES = frozenset({".git", ".hg", ".svn", ".freshcheck"})


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """Everything ``freshcheck watch`` is told; the defaults are the command's."""

    roots: tuple[Path, ...]
    state_dir: Path
    policy: Path | None = None
    poll: float | None = None  # seconds: poll every root; None: chosen per root
    native: bool = False
    debounce: float = 2.0
    reconcile: float = 3600.0
    reports: tuple[tuple[str, Path], ...] = ()
    events: Path | None = None
    on_change: str | None = None
    on_change_timeout: float = 30.0
    jobs: int | None = None
    retry_for: float = 60.0  # seconds an unreadable file is retried before it is reported
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path = field(default_factory=Path.cwd)
    default_poll: float = 30.0  # the polling interval for shares when --poll is not given


class Clock(Protocol):
    """The watcher's only source of time (tests move it across midnight)."""

    def now(self) -> dt.datetime: ...  # aware, UTC

    def today(self) -> dt.date: ...  # the as-of date

    def monotonic(self) -> float: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.date.today()

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass(slots=True)
class _Retry:
    first: float
    attempts: int


class Watcher:
    """One watcher over ``settings.roots``. ``run`` blocks until ``request_stop``.

    ``extracted`` counts, per relative path, how many times a file's bytes were parsed;
    ``batches`` counts settled batches (tests and the benchmark read them).
    """

    def __init__(self, settings: WatchSettings, clock: Clock | None = None, log: Log = print):
        self.settings = settings
        self._clock = clock or SystemClock()
        self._log = log
        self._stop = threading.Event()
        self._hints: Hints = queue.SimpleQueue()
        self._debouncer = Debouncer(settings.debounce)
        self._roots = tuple(root.absolute() for root in settings.roots)
        self._results: dict[str, FileResult] = {}
        self._files: dict[str, FoundFile] = {}
        self._signatures: dict[str, tuple[int, int] | None] = {}
        self._states: dict[str, FileState] = {}
        self._retries: dict[str, _Retry] = {}
        self._events = EventLog(settings.events)
        self._ignored = self._own_outputs()
        self._choices: list[ObserverChoice] = []
        self._observers: list[BaseObserver] = []
        self._session: ScanSession
        self._scanned_at = 0.0
        self._unreachable: set[Path] = set()
        self._errors: list[str] = []
        self._policy_error: str | None = None
        self._policy: Policy | None = None
        self._inputs: object = None
        self._as_of = self._clock.today()
        self._status: dict[str, Any] = {}
        self._status_at = 0.0
        self._next_reconcile = 0.0
        self._reconcile_now = False
        self._locations: dict[str, str] = {}  # a file's path on disk → its relative path
        self._started: str | None = None
        self._last_event: dict[str, Any] | None = None
        self._last_batch: str | None = None
        self._last_reconcile: str | None = None
        self._events_total = 0
        self.extracted: Counter[str] = Counter()
        self.batches = 0
        self.ready = threading.Event()  # set once the first reconciliation is done

    # -- control ----------------------------------------------------------------------

    def request_stop(self) -> None:
        """Stop after the file in hand (thread- and signal-safe)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Lock the state dir, reconcile, observe, and loop until asked to stop."""
        self.settings.state_dir.mkdir(parents=True, exist_ok=True)
        with StateLock(self.settings.state_dir):
            observers: list[BaseObserver] = []
            self._observers = observers
            self._session = ScanSession(self._scan_options())
            try:
                self._started = self._stamp()
                self._policy = self._load_policy()
                self._inputs = self._input_signature()
                for root in self._roots:
                    self._observe(root, observers)
                previous = load_state(self.settings.state_dir)
                self._full_reconcile("start", announce=previous is not None, previous=previous)
                self.ready.set()
                while not self.stopping:
                    self._tick()
            finally:
                self._session.__exit__(None, None, None)
                stop_observers(observers)
                self._write_status("stopped")
                self._log("stopped")

    def _observe(self, root: Path, observers: list[BaseObserver]) -> None:
        """Start the observer that suits ``root``; native events that cannot start (the
        inotify watch limit reached) fall back to polling."""
        choice = choose_observer(root, self.settings.poll, self.settings.native)
        try:
            observer = start_observer(choice, self._hints, self._poll_interval())
        except OSError as exc:
            if choice.kind == "polling":
                raise
            self._note_error(f"native events unavailable on {choice.root} ({exc}); polling")
            choice = dataclasses.replace(choice, kind="polling", reason=f"fallback: {exc}")
            observer = start_observer(choice, self._hints, self._poll_interval())
        self._choices = [c for c in self._choices if c.root != choice.root] + [choice]
        self._log(f"watching {choice.root}: {choice.kind} ({choice.reason})")
        observers.append(observer)

    def _check_observers(self) -> None:
        """An observer stops when its root goes away (an unmounted share): note it, and
        start again with a full stat walk once the root is back."""
        for index, observer in enumerate(list(self._observers)):
            if observer.is_alive():
                continue
            root = self._roots[index]
            if not root.is_dir():
                if root not in self._unreachable:
                    self._unreachable.add(root)
                    self._note_error(f"{root} is not reachable; waiting for it to come back")
                continue
            self._unreachable.discard(root)
            replacement: list[BaseObserver] = []
            self._observe(root, replacement)
            self._observers[index] = replacement[0]
            self._reconcile_now = True

    # -- the loop ---------------------------------------------------------------------

    def _tick(self) -> None:
        now = self._clock.monotonic()
        deadline = self._debouncer.next_deadline()
        wait = _TICK_S if deadline is None else max(0.0, min(_TICK_S, deadline - now))
        self._drain(wait)
        if self.stopping:
            return
        inputs = self._input_signature()
        if inputs != self._inputs:
            self._inputs = inputs
            self._reload_policy()
            self._full_reconcile("policy or review records changed")
        elif self._clock.today() != self._as_of:
            self._full_reconcile(f"the date is now {self._clock.today().isoformat()}")
        elif self._reconcile_now or self._clock.monotonic() >= self._next_reconcile:
            self._quick_reconcile("events were lost" if self._reconcile_now else "scheduled")
        ready = self._debouncer.settled(self._clock.monotonic())
        if ready:
            self._batch(ready)
        if self._clock.monotonic() - self._status_at >= _STATUS_EVERY_S:
            if self._clock.monotonic() - self._scanned_at >= _RELEASE_WORKERS_S:
                self._session.release_workers()
            self._check_observers()
            self._write_status("watching")

    def _drain(self, wait: float) -> None:
        try:
            hint = self._hints.get(timeout=wait)
        except queue.Empty:
            return
        while True:
            self._take(hint)
            try:
                hint = self._hints.get_nowait()
            except queue.Empty:
                return

    def _take(self, hint: Hint) -> None:
        now = self._clock.monotonic()
        if hint.kind == "overflow":
            self._note_error(f"events were lost under {hint.path}; reconciling")
            self._reconcile_now = True
        elif hint.kind == "tree":
            # Every file of a folder that appeared (created, or renamed into place); the
            # batch decides which are content, against the root.
            for folder, subfolders, names in os.walk(hint.path, followlinks=False):
                subfolders[:] = [n for n in subfolders if n not in SKIPPED_FOLDER_NAMES]
                for name in names:
                    path = os.path.join(folder, name)
                    if not self._ignored_path(path):
                        self._debouncer.touch(path, now)
        elif hint.kind == "tree-gone":
            prefix = hint.path.rstrip(os.sep) + os.sep
            for found in list(self._files.values()):
                if found.location.startswith(prefix):
                    self._debouncer.touch(found.location, now)
        elif not self._ignored_path(hint.path):
            self._debouncer.touch(hint.path, now)

    # -- batches ----------------------------------------------------------------------

    def _batch(self, paths: list[str]) -> None:
        policy = self._policy_now()
        to_scan: list[FoundFile] = []
        removed: list[str] = []
        for path in paths:
            located = self._locate(Path(path), policy)
            if located is None:
                rel = self._locations.get(path)
                if rel is not None:
                    removed.append(rel)
            else:
                to_scan.append(located)
        self._log(
            f"batch: {len(to_scan)} to scan, {len(removed)} removed"
            + (f" ({', '.join(f.rel_path for f in to_scan[:5])})" if to_scan else "")
        )
        outcome = self._scan(to_scan, policy)
        events: list[WatchEvent] = []
        now = self._clock.monotonic()
        by_rel = {found.rel_path: found for found in to_scan}
        for result in outcome:
            found = by_rel.get(result.path)
            if found is not None and self._should_retry(result, found, now):
                continue
            events += self._commit(result, found)
        for rel in removed:
            events += self._forget(rel)
        self._publish(events)

    def _scan(self, files: list[FoundFile], policy: Policy) -> list[FileResult]:
        if not files:
            return []
        self.batches += 1
        self._last_batch = self._stamp()
        batch = self._session.scan(files, policy, self._stop.is_set, as_of=self._as_of)
        self._scanned_at = self._clock.monotonic()
        self.extracted.update(batch.extracted)
        if not batch.complete:
            done = {result.path for result in batch.results}
            abandoned = [f.rel_path for f in files if f.rel_path not in done]
            self._log(f"stopping: {len(abandoned)} file(s) left for the next start")
        return list(batch.results)

    def _should_retry(self, result: FileResult, found: FoundFile, now: float) -> bool:
        """An unreadable file may be mid-write: look again with backoff, for a while."""
        if result.status != "error":
            self._retries.pop(result.path, None)
            return False
        retry = self._retries.setdefault(result.path, _Retry(now, 0))
        if now - retry.first >= self.settings.retry_for:
            self._retries.pop(result.path, None)
            return False
        retry.attempts += 1
        backoff = min(2.0 ** (retry.attempts - 1), 30.0, self.settings.retry_for)
        self._debouncer.retry(found.location, now + backoff)
        reason = result.error.reason if result.error else "unreadable"
        self._log(f"{result.path}: cannot read it yet ({reason}); retrying in {backoff:g} s")
        return True

    def _commit(self, result: FileResult, found: FoundFile | None) -> list[WatchEvent]:
        rel = result.path
        self._results[rel] = result
        if found is not None:
            self._files[rel] = found
            self._locations[found.location] = rel
            self._signatures[rel] = signature(found.location)
        new = file_state(result)
        events = changes(rel, self._states.get(rel), new, self._stamp())
        self._states[rel] = new
        return events

    def _forget(self, rel: str) -> list[WatchEvent]:
        events = changes(rel, self._states.pop(rel, None), None, self._stamp())
        found = self._files.pop(rel, None)
        if found is not None:
            self._locations.pop(found.location, None)
        self._results.pop(rel, None)
        self._signatures.pop(rel, None)
        self._retries.pop(rel, None)
        return events

    def _publish(self, events: list[WatchEvent]) -> None:
        """Reports, then the event log, then the state: after a crash the state is the
        oldest of the three, so the next start re-announces rather than loses."""
        self._write_reports()
        self._events.append(events)
        save_state(self.settings.state_dir, self._states)
        for event in events:
            self._log(f"{event.event}: {event.path}" + (f" [{event.rule}]" if event.rule else ""))
        if events:
            self._last_event = events[-1].to_json()
            self._events_total += len(events)
        self._write_status("watching")
        if events and self.settings.on_change:
            failure = run_on_change(
                self.settings.on_change, events, self.settings.on_change_timeout, self._stop.is_set
            )
            if failure is not None:
                self._note_error(f"--on-change: {failure}")
                self._write_status("watching")

    def _write_reports(self) -> None:
        if not self.settings.reports:
            return
        policy = self._policy_now()
        result = ScanResult(
            as_of=self._as_of,
            roots=tuple(_display(root, self.settings.cwd) for root in self._roots),
            files=[self._results[rel] for rel in sorted(self._results)],
            policy_digest=policy.digest,
            tool_version=__version__,
            policy_sources=policy.sources,
        )
        for fmt, target in self.settings.reports:
            try:
                write_atomic(target, render_chunks(fmt, result, ReportOptions()))
            except OSError as exc:
                self._note_error(f"cannot write the {fmt} report {target}: {exc}")

    # -- reconciliation ---------------------------------------------------------------

    def _full_reconcile(
        self,
        reason: str,
        announce: bool = True,
        previous: dict[str, FileState] | None = None,
    ) -> None:
        """Walk every root and judge every file through the cache (parsing only changed
        bytes); announce what differs from ``previous`` (default: what the loop knows)."""
        self._log(f"reconciling every file: {reason}")
        self._as_of = self._clock.today()
        if previous is not None:
            self._states = dict(previous)
        policy = self._policy_now()
        found = self._walk(policy)
        results = self._scan(list(found.values()), policy)
        if self.stopping:
            return
        events: list[WatchEvent] = []
        for result in results:
            events += self._commit(result, found.get(result.path))
        for rel in [rel for rel in self._states if rel not in found]:
            events += self._forget(rel)
        for rel in [rel for rel in self._results if rel not in found]:
            self._forget(rel)
        self._mark_reconciled()
        if not announce:
            self._log(f"first start: {len(self._states)} file(s) recorded, nothing announced")
            events = []
        self._publish(events)

    def _quick_reconcile(self, reason: str) -> None:
        """A stat walk against what was last scanned: queue only what differs."""
        self._reconcile_now = False
        found = self._walk(self._policy_now())
        now = self._clock.monotonic()
        differ = [
            f for rel, f in found.items() if signature(f.location) != self._signatures.get(rel)
        ]
        gone = [self._files[rel] for rel in self._files if rel not in found]
        for file in differ + gone:
            self._debouncer.touch(file.location, now)
        self._log(f"reconciled ({reason}): {len(differ)} changed, {len(gone)} gone")
        self._mark_reconciled()

    def _mark_reconciled(self) -> None:
        self._last_reconcile = self._stamp()
        self._next_reconcile = self._clock.monotonic() + self.settings.reconcile

    def _walk(self, policy: Policy) -> dict[str, FoundFile]:
        found: dict[str, FoundFile] = {}
        for root in self._roots:
            for file in walk_library(root, policy):
                if not self._ignored_path(file.location):
                    located = self._relabel(file)
                    found.setdefault(located.rel_path, located)
        return found

    # -- inputs: the policy, the review records, the date -----------------------------

    def _load_policy(self) -> Policy:
        return resolve_policy(list(self._roots), self._scan_options())

    def _reload_policy(self) -> None:
        try:
            self._policy = self._load_policy()
        except PolicyError as exc:
            problems = "; ".join(str(problem) for problem in exc.problems)
            self._policy_error = problems
            for problem in exc.problems:
                self._note_error(f"policy: {problem}")
            self._log("the policy is invalid; keeping the previous one")
            return
        if self._policy_error is not None:
            self._log("the policy is valid again")
        self._policy_error = None
        self._log(f"policy reloaded ({self._policy.digest[:12]})")

    def _input_signature(self) -> object:
        found = find_policy(self.settings.policy, self.settings.env, self._roots[0])
        return input_signature(found, self._roots)

    def _policy_now(self) -> Policy:
        assert self._policy is not None
        return self._policy

    def _scan_options(self) -> ScanOptions:
        return ScanOptions(
            as_of=self._as_of,
            policy=self.settings.policy,
            jobs=self.settings.jobs,
            env=self.settings.env,
            cwd=self.settings.cwd,
            use_cache=True,
            cache_dir=self.settings.state_dir,
            warn=self._note_error,
        )

    def _poll_interval(self) -> float:
        return self.settings.poll if self.settings.poll is not None else self.settings.default_poll

    # -- paths ------------------------------------------------------------------------

    def _locate(self, path: Path, policy: Policy) -> FoundFile | None:
        if self._ignored_path(os.fspath(path)):
            return None
        for root in self._roots:
            if _within(path, root):
                found = library_file(path, root, policy)
                return None if found is None else self._relabel(found)
        return None

    def _relabel(self, found: FoundFile) -> FoundFile:
        """With several roots, paths are prefixed by their root, as in a scan of them all."""
        if len(self._roots) == 1:
            return dataclasses.replace(found, explicit=True)
        prefix = _display(found.root, self.settings.cwd).rstrip("/")
        return dataclasses.replace(found, rel_path=f"{prefix}/{found.rel_path}", explicit=True)

    def _ignored_path(self, path: str) -> bool:
        name = os.path.basename(path)
        if is_temp_name(name):
            return True
        absolute = os.path.abspath(path)
        return absolute in self._ignored or absolute.startswith(self._ignored_prefix)

    def _own_outputs(self) -> set[str]:
        """The watcher's own files: writing a report must not look like an edit."""
        outputs = [target for _, target in self.settings.reports]
        if self.settings.events is not None:
            outputs.append(self.settings.events)
        self._ignored_prefix = os.path.abspath(self.settings.state_dir) + os.sep
        return {os.path.abspath(p) for p in outputs}

    # -- status -----------------------------------------------------------------------

    def _note_error(self, message: str) -> None:
        self._log(message)
        self._errors = [*self._errors, f"{self._stamp()} {message}"][-_MAX_ERRORS:]

    def _stamp(self) -> str:
        return self._clock.now().astimezone(dt.UTC).isoformat(timespec="seconds")

    def _write_status(self, state: str) -> None:
        policy = self._policy
        status = {
            "schema": STATUS_SCHEMA,
            "pid": os.getpid(),
            "state": state,
            "started": self._started,
            "updated": self._stamp(),
            "roots": [os.fspath(root) for root in self._roots],
            "files": len(self._results),
            "queue": len(self._debouncer),
            "last_event": self._last_event,
            "last_batch": self._last_batch,
            "last_reconcile": self._last_reconcile,
            "events_total": self._events_total,
            "extractions": sum(self.extracted.values()),
            "as_of": self._as_of.isoformat(),
            "observers": [dataclasses.asdict(choice) for choice in self._choices],
            "policy": {
                "sources": list(policy.sources) if policy else [],
                "digest": policy.digest if policy else None,
                "error": self._policy_error,
            },
            "errors": self._errors,
        }
        try:
            write_status(self.settings.state_dir, status)
        except OSError as exc:
            self._log(f"cannot write the status file: {exc}")
        self._status_at = self._clock.monotonic()


def _within(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _display(root: Path, cwd: Path) -> str:
    try:
        return root.relative_to(cwd.absolute()).as_posix() or "."
    except ValueError:
        return root.as_posix()
