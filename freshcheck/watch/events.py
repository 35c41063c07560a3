"""Changes of state as events (SPEC §7), and the JSON Lines log they are appended to.

An event says what changed for a reader of the library: a file fell due or became fresh, a
finding appeared or went away, a file was removed or could not be read. Status findings
(``freshness/*``) travel as status events and ``file/unreadable`` as ``unreadable``, so
each change is told once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from freshcheck.model import FileResult
from freshcheck.report import fingerprint
from freshcheck.watch.state import FileState, KnownFinding

STATUS_EVENTS = {
    "overdue": "became-overdue",
    "due-soon": "became-due-soon",
    "fresh": "became-fresh",
}
_STATUS_RULES = {"freshness/overdue", "freshness/due-soon"}
UNREADABLE_RULE = "file/unreadable"


@dataclass(frozen=True, slots=True)
class WatchEvent:
    """One line of the event log."""

    time: str  # ISO 8601, UTC, seconds
    path: str
    event: str
    rule: str | None = None
    owner: str | None = None
    location: Mapping[str, object] | None = None
    excerpt: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "path": self.path,
            "event": self.event,
            "rule": self.rule,
            "owner": self.owner,
            "location": dict(self.location) if self.location is not None else None,
            "excerpt": self.excerpt,
        }


def file_state(result: FileResult) -> FileState:
    """What the event log remembers of a judged file."""
    findings = tuple(
        KnownFinding(
            fingerprint(result.path, finding),
            finding.rule,
            finding.location.to_json() if finding.location is not None else None,
            finding.excerpt if finding.rule != UNREADABLE_RULE else finding.message,
        )
        for finding in result.findings
        if finding.rule not in _STATUS_RULES
    )
    return FileState(result.status, result.owner, findings)


def changes(path: str, old: FileState | None, new: FileState | None, time: str) -> list[WatchEvent]:
    """The events that take ``path`` from ``old`` to ``new`` (None: absent)."""
    if new is None:
        if old is None:
            return []
        resolved = [
            _finding_event(time, path, "finding-resolved", old.owner, f) for f in old.findings
        ]
        return [*resolved, WatchEvent(time, path, "file-removed", owner=old.owner)]
    events: list[WatchEvent] = []
    old_status = old.status if old is not None else None
    if new.status != old_status:
        if new.status == "error":
            reason = next((f for f in new.findings if f.rule == UNREADABLE_RULE), None)
            events.append(
                WatchEvent(
                    time,
                    path,
                    "unreadable",
                    UNREADABLE_RULE,
                    new.owner,
                    excerpt=reason.excerpt if reason else None,
                )
            )
        elif new.status in STATUS_EVENTS:
            rule = f"freshness/{new.status}" if new.status != "fresh" else None
            events.append(WatchEvent(time, path, STATUS_EVENTS[new.status], rule, new.owner))
    before = {f.fingerprint: f for f in old.findings} if old is not None else {}
    after = {f.fingerprint: f for f in new.findings}
    for key, finding in before.items():
        if key not in after:
            events.append(_finding_event(time, path, "finding-resolved", new.owner, finding))
    for key, finding in after.items():
        if key not in before and finding.rule != UNREADABLE_RULE:
            events.append(_finding_event(time, path, "finding-added", new.owner, finding))
    return events


class EventLog:
    """Appends events as JSON Lines; each batch is flushed and synced before it returns."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def append(self, events: Iterable[WatchEvent]) -> None:
        if self.path is None:
            return
        lines = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events)
        if not lines:
            return
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(lines)
            stream.flush()
            os.fsync(stream.fileno())


def _finding_event(
    time: str, path: str, kind: str, owner: str | None, finding: KnownFinding
) -> WatchEvent:
    return WatchEvent(time, path, kind, finding.rule, owner, finding.location, finding.excerpt)
