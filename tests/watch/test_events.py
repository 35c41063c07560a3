"""Changes of state → events (SPEC §7)."""

from __future__ import annotations

from freshcheck.watch.events import changes
from freshcheck.watch.state import FileState, KnownFinding

T = "2026-12-01T00:00:00+00:00"
BANNED = KnownFinding("f1", "compliance/banned-phrase", {"line": 2, "part": "body"}, "x")
RETIRED = KnownFinding("f2", "messaging/retired-term", {"slide": 1, "part": "title"}, "y")


def kinds(old: FileState | None, new: FileState | None) -> list[tuple[str, str | None]]:
    return [(e.event, e.rule) for e in changes("a.md", old, new, T)]


def test_status_changes() -> None:
    fresh = FileState("fresh", "o@x")
    assert kinds(fresh, FileState("overdue", "o@x")) == [("became-overdue", "freshness/overdue")]
    assert kinds(fresh, FileState("due-soon", None)) == [("became-due-soon", "freshness/due-soon")]
    assert kinds(FileState("overdue", None), fresh) == [("became-fresh", None)]
    assert kinds(fresh, fresh) == []


def test_findings_added_and_resolved() -> None:
    before = FileState("fresh", None, (BANNED,))
    after = FileState("fresh", None, (RETIRED,))
    assert kinds(before, after) == [
        ("finding-resolved", "compliance/banned-phrase"),
        ("finding-added", "messaging/retired-term"),
    ]


def test_removal_resolves_every_finding() -> None:
    before = FileState("overdue", "o@x", (BANNED, RETIRED))
    events = changes("a.md", before, None, T)
    assert [e.event for e in events] == ["finding-resolved", "finding-resolved", "file-removed"]
    assert events[0].location == {"line": 2, "part": "body"}
    assert all(e.owner == "o@x" for e in events)


def test_unreadable_is_one_event() -> None:
    unreadable = KnownFinding("u", "file/unreadable", None, "truncated zip")
    events = changes("a.md", FileState("fresh", None), FileState("error", None, (unreadable,)), T)
    assert [(e.event, e.excerpt) for e in events] == [("unreadable", "truncated zip")]
