"""The watch loop: hints → settled batches → the scan → state, events, reports.

The loop owns everything that changes (the debouncer, what it knows of each file); observers
only put hints on a queue. Each settled batch is scanned through the cache
(``freshcheck.scan.ScanSession``); then the reports are rewritten, the events appended, the
state saved and the ``--on-change`` command run.

A *full* reconciliation walks every root and judges every file through the cache: at start,
after a policy or review-record change and when the date changes (so files fall due while
nobody touches them). Nothing is parsed again unless its bytes changed. A *quick* one (every
``--reconcile``, and on an observer overflow) compares each file's (size, mtime) with what
the loop last scanned and queues only the differences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import queue
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from watchdog.observers.api import BaseObserver

from freshcheck.atomic import write_atomic
from freshcheck.errors import PolicyError
from freshcheck.model import FileResult, ScanResult
from freshcheck.policy import Policy, find_policy
from freshcheck.report import ReportOptions, render_chunks
from freshcheck.scan import FoundFile, ScanOptions, ScanSession, resolve_library
from freshcheck.version import __version__
from freshcheck.watch.debounce import Debouncer
from freshcheck.watch.events import EventLog, WatchEvent
from freshcheck.watch.inputs import InputSignature, SettledInputs, input_signature
from freshcheck.watch.known import KnownFiles
from freshcheck.watch.mounts import ObserverChoice, choose_observer
from freshcheck.watch.observers import Hint, Hints, start_observer, stop_observers
from freshcheck.watch.on_change import run_on_change
from freshcheck.watch.paths import LibraryPaths
from freshcheck.watch.retry import RetryPlan
from freshcheck.watch.settings import Clock, SystemClock, WatchSettings
from freshcheck.watch.state import FileState, StateLock, load_state, save_state
from freshcheck.watch.status import STATUS_SCHEMA, write_status

Log = Callable[[str], None]
_TICK_S = 0.25  # how often the loop looks at its inputs when nothing happens
_STATUS_EVERY_S = 5.0
_INPUTS_EVERY_S = 1.0  # the policy and review records: a few stats, on a share round trips
_RELEASE_WORKERS_S = 30.0  # idle this long: stop the workers (they start again on demand)
_MAX_ERRORS = 20


class Watcher:
    """One watcher over ``settings.roots``. ``run`` blocks until ``request_stop``.

    ``extracted`` counts, per relative path, how many times a file's bytes were parsed;
    ``batches`` counts scans (tests and the benchmark read them).
    """

    def __init__(self, settings: WatchSettings, clock: Clock | None = None, log: Log = print):
        self.settings = settings
        self._clock = clock or SystemClock()
        self._log = log
        self._stop = threading.Event()
        self._hints: Hints = queue.SimpleQueue()
        self._debouncer = Debouncer(settings.debounce)
        self._paths = LibraryPaths(settings)
        self._known = KnownFiles()
        self._retries = RetryPlan(settings.retry_for)
        self._events = EventLog(settings.events)
        self._choices: list[ObserverChoice] = []
        self._observers: list[BaseObserver] = []
        self._unreachable: set[Path] = set()
        self._session: ScanSession | None = None
        self._policy: Policy | None = None
        self._policy_error: str | None = None
        self._inputs: SettledInputs | None = None
        self._inputs_at = 0.0
        self._as_of = self._clock.today()
        self._next_reconcile = 0.0
        self._reconcile_now = False
        self._scanned_at = 0.0
        self._status_at = 0.0
        self._errors: list[str] = []
        self._times: dict[str, str | None] = dict.fromkeys(["started", "batch", "reconcile"])
        self._last_event: dict[str, Any] | None = None
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
        with StateLock(self.settings.state_dir), ScanSession(self._scan_options()) as session:
            self._session = session
            try:
                self._times["started"] = self._stamp()
                self._policy = self._load_policy()
                # The policy and review records settle like any file (an editor's save
                # truncates before it writes): the same quiet period.
                self._inputs = SettledInputs(self._input_signature, self.settings.debounce)
                for root in self._paths.roots:
                    self._observers.append(self._observe(root))
                previous = load_state(self.settings.state_dir, self._root_names())
                self._full_reconcile("start", announce=previous is not None, previous=previous)
                self.ready.set()
                while not self.stopping:
                    self._tick()
            finally:
                stop_observers(self._observers)
                self._write_status("stopped")
                self._log("stopped")

    # -- observers --------------------------------------------------------------------

    def _observe(self, root: Path) -> BaseObserver:
        """Start the observer that suits ``root``; native events that cannot start (the
        inotify watch limit reached) fall back to polling."""
        choice = choose_observer(root, self.settings.poll, self.settings.native)
        interval = self.settings.poll_interval
        try:
            observer = start_observer(choice, self._hints, interval)
        except OSError as exc:
            if choice.kind == "polling":
                raise
            self._note_error(f"native events unavailable on {choice.root} ({exc}); polling")
            choice = dataclasses.replace(choice, kind="polling", reason=f"fallback: {exc}")
            observer = start_observer(choice, self._hints, interval)
        self._choices = [c for c in self._choices if c.root != choice.root] + [choice]
        self._log(f"watching {choice.root}: {choice.kind} ({choice.reason})")
        return observer

    def _check_observers(self) -> None:
        """An observer stops when its root goes away (an unmounted share): say so, and
        start again, with a stat walk, once the root is back."""
        for index, observer in enumerate(self._observers):
            root = self._paths.roots[index]
            if observer.is_alive():
                continue
            if not root.is_dir():
                if root not in self._unreachable:
                    self._unreachable.add(root)
                    self._note_error(f"{root} is not reachable; waiting for it to come back")
                continue
            self._unreachable.discard(root)
            self._observers[index] = self._observe(root)
            self._reconcile_now = True

    # -- the loop ---------------------------------------------------------------------

    def _tick(self) -> None:
        now = self._clock.monotonic()
        deadline = self._debouncer.next_deadline()
        wait = _TICK_S if deadline is None else max(0.0, min(_TICK_S, deadline - now))
        self._drain(wait)
        if self.stopping:
            return
        if self._inputs_changed():
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
            if self._session is not None and self._idle_for() >= _RELEASE_WORKERS_S:
                self._session.release_workers()
            self._check_observers()
            self._write_status("watching")

    def _inputs_changed(self) -> bool:
        now = self._clock.monotonic()
        if now - self._inputs_at < _INPUTS_EVERY_S:
            return False
        self._inputs_at = now
        return self._inputs is not None and self._inputs.changed(now)

    def _idle_for(self) -> float:
        return self._clock.monotonic() - self._scanned_at

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
            for path in self._paths.files_in(hint.path):
                self._debouncer.touch(path, now)
        elif hint.kind == "tree-gone":
            for location in self._known.locations_under(hint.path):
                self._debouncer.touch(location, now)
        elif not self._paths.ignored(hint.path):
            self._debouncer.touch(hint.path, now)

    # -- batches ----------------------------------------------------------------------

    def _batch(self, paths: list[str]) -> None:
        policy = self._policy_now()
        to_scan: dict[str, FoundFile] = {}
        removed: list[str] = []
        for path in paths:
            found = self._paths.locate(Path(path), policy)
            if found is not None:
                to_scan[found.rel_path] = found
            elif (rel := self._known.rel_at(path)) is not None:
                removed.append(rel)
        names = f" ({', '.join(list(to_scan)[:5])})" if to_scan else ""
        self._log(f"batch: {len(to_scan)} to scan, {len(removed)} removed{names}")
        events: list[WatchEvent] = []
        now = self._clock.monotonic()
        for result in self._scan(list(to_scan.values()), policy):
            found = to_scan.get(result.path)
            if found is not None and self._retry_later(result, found, now):
                continue
            events += self._known.commit(result, found, self._stamp())
        for rel in removed:
            self._retries.clear(rel)
            events += self._known.forget(rel, self._stamp())
        self._publish(events)

    def _scan(self, files: list[FoundFile], policy: Policy) -> list[FileResult]:
        if not files or self._session is None:
            return []
        self.batches += 1
        self._times["batch"] = self._stamp()
        batch = self._session.scan(
            files,
            policy,
            self._stop.is_set,
            as_of=self._as_of,
            library_root=self._paths.library_root,
        )
        self._scanned_at = self._clock.monotonic()
        self.extracted.update(batch.extracted)
        if not batch.complete:
            left = len(files) - len(batch.results)
            self._log(f"stopping: {left} file(s) left for the next start")
        return list(batch.results)

    def _retry_later(self, result: FileResult, found: FoundFile, now: float) -> bool:
        """An unreadable file may be mid-write: look again with backoff, for a while."""
        if result.status != "error":
            self._retries.clear(result.path)
            return False
        at = self._retries.next_look(result.path, now)
        if at is None:
            return False
        self._debouncer.retry(found.location, at)
        reason = result.error.reason if result.error else "unreadable"
        self._log(f"{result.path}: cannot read it yet ({reason}); retrying in {at - now:g} s")
        return True

    def _publish(self, events: list[WatchEvent]) -> None:
        """Reports, then the event log, then the state: after a crash the state is the
        oldest of the three, so the next start re-announces rather than loses."""
        self._write_reports()
        try:
            self._events.append(events)
        except OSError as exc:
            self._note_error(f"cannot append to the event log {self._events.path}: {exc}")
        save_state(self.settings.state_dir, self._root_names(), self._known.states)
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
            roots=tuple(self._paths.display(root) for root in self._paths.roots),
            files=self._known.ordered_results(),
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
        previous: Mapping[str, FileState] | None = None,
    ) -> None:
        """Walk every root and judge every file through the cache (parsing only changed
        bytes); announce what differs from ``previous`` (default: what the loop knows)."""
        self._log(f"reconciling every file: {reason}")
        self._as_of = self._clock.today()
        if previous is not None:
            self._known.announced(previous)
        policy = self._policy_now()
        found = self._paths.walk(policy)
        results = self._scan(list(found.values()), policy)
        if self.stopping:
            return
        events: list[WatchEvent] = []
        for result in results:
            events += self._known.commit(result, found.get(result.path), self._stamp())
        gone = {rel for rel in [*self._known.states, *self._known.results] if rel not in found}
        for rel in sorted(gone):
            events += self._known.forget(rel, self._stamp())
        self._mark_reconciled()
        if not announce:
            count = len(self._known.states)
            self._log(f"first start: {count} file(s) recorded, nothing announced")
            events = []
        self._publish(events)

    def _quick_reconcile(self, reason: str) -> None:
        """A stat walk against what was last scanned: queue only what differs."""
        self._reconcile_now = False
        differing = self._known.differing(self._paths.walk(self._policy_now()))
        now = self._clock.monotonic()
        for file in differing:
            self._debouncer.touch(file.location, now)
        self._log(f"reconciled ({reason}): {len(differing)} changed or gone")
        self._mark_reconciled()

    def _mark_reconciled(self) -> None:
        self._times["reconcile"] = self._stamp()
        self._next_reconcile = self._clock.monotonic() + self.settings.reconcile

    # -- inputs: the policy, the review records, the date -----------------------------

    def _load_policy(self) -> Policy:
        library = resolve_library(list(self._paths.roots), self._scan_options())
        self._paths.library_root = library.root
        return library.policy

    def _reload_policy(self) -> None:
        try:
            self._policy = self._load_policy()
        except PolicyError as exc:
            self._policy_error = "; ".join(str(problem) for problem in exc.problems)
            for problem in exc.problems:
                self._note_error(f"policy: {problem}")
            self._log("the policy is invalid; keeping the previous one")
            return
        if self._policy_error is not None:
            self._log("the policy is valid again")
        self._policy_error = None
        self._log(f"policy reloaded ({self._policy.digest[:12]})")

    def _input_signature(self) -> InputSignature:
        roots = self._paths.roots
        found = find_policy(self.settings.policy, self.settings.env, roots[0])
        library_root = self._paths.library_root  # the review records live there
        return input_signature(found, roots if library_root is None else (*roots, library_root))

    def _root_names(self) -> list[str]:
        return [os.fspath(root) for root in self._paths.roots]

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
            "started": self._times["started"],
            "updated": self._stamp(),
            "roots": self._root_names(),
            "files": len(self._known.results),
            "queue": len(self._debouncer),
            "last_event": self._last_event,
            "last_batch": self._times["batch"],
            "last_reconcile": self._times["reconcile"],
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
