"""When was a file last updated, and when does it fall due (SPEC §3)?

``last_updated`` is the most recent of the latest review (a review record, an in-document
marker, the ``LastReviewed`` custom property or front-matter ``reviewed:``) and the last
content change (git commit when tracked and clean, else the document's modified date, else
the file's mtime). Dates after the as-of date are ignored with a note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from freshcheck.model import Document, Status
from freshcheck.policy import Duration, FreshnessPolicy, GlobSet
from freshcheck.text import LiteralScreen, read_date

# Tie-break order when two sources give the same date: a review says more than a commit.
SOURCE_ORDER = ("review", "marker", "property", "git", "metadata", "mtime")

_MARKER = re.compile(
    r"\b(?:last\s+)?(?P<word>reviewed|updated|revised|review\s+date)\b"
    r"\s*(?:on\b|:|-|–|—)?\s*(?:on\b)?\s*",
    re.IGNORECASE,
)
_LOOKS_DATED = re.compile(r"\d")
_MARKER_CUE = LiteralScreen.of(re.compile(r"review|updated|revised", re.IGNORECASE)).may_match


@dataclass(frozen=True, slots=True)
class FileDates:
    """What is known about a file outside its content."""

    review: dt.date | None
    git: dt.date | None
    mtime: dt.date
    uncommitted: bool = False  # tracked by git but edited since: the mtime is the truth
    notes: tuple[str, ...] = ()  # why a date was not used (a future review, a shallow clone)


@dataclass(frozen=True, slots=True)
class DocumentDates:
    """What a document says about its own dates: read once, with its content."""

    # Every date stated, oldest first, so that one in the future never hides a valid one.
    markers: tuple[dt.date, ...] = ()  # each "Last reviewed: ..." in its text
    reviewed: tuple[dt.date, ...] = ()  # LastReviewed properties, front-matter reviewed:
    modified: dt.date | None = None  # the document's own modified date


@dataclass(frozen=True, slots=True)
class Cadence:
    every: Duration
    warn_before: Duration
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class DatedSource:
    source: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class Freshness:
    """The freshness verdict on one file."""

    status: Status
    last_updated: dt.date | None
    source: str | None
    due: dt.date | None
    cadence_days: int | None
    owner: str | None
    notes: tuple[str, ...] = ()


def cadence_for(rel_path: str, policy: FreshnessPolicy) -> Cadence:
    """The first cadence rule whose globs match ``rel_path``, else the default cadence."""
    for rule in policy.cadence:
        if GlobSet.of(rule.match).matches(rel_path):
            return Cadence(rule.every, rule.warn_before or policy.warn_before, rule.owner)
    return Cadence(policy.default_cadence, policy.warn_before)


def read_document_dates(document: Document) -> tuple[DocumentDates, tuple[str, ...]]:
    """The review and modified dates ``document`` states, with notes on unreadable ones."""
    notes: list[str] = []
    markers = _marker_dates(document, notes)
    reviewed = _property_reviews(document, notes)
    modified = document.metadata.modified
    stated = DocumentDates(markers, reviewed, None if modified is None else modified.date())
    return stated, tuple(notes)


def judge_freshness(
    stated: DocumentDates,
    dates: FileDates,
    cadence: Cadence,
    as_of: dt.date,
    change_sources: tuple[str, ...] = ("git", "metadata", "mtime"),
) -> Freshness:
    """Status, last-updated date and its source, and the due date of one readable file."""
    notes: list[str] = list(dates.notes)
    usable: list[DatedSource] = []
    for source, stated_dates in (("marker", stated.markers), ("property", stated.reviewed)):
        # The latest stated date not after the as-of date; later ones are noted, not used.
        for day in stated_dates:
            if day > as_of:
                notes.append(f"ignored {source} date {day.isoformat()}: after {as_of.isoformat()}")
        valid = [day for day in stated_dates if day <= as_of]
        if valid:
            usable.append(DatedSource(source, max(valid)))
    for candidate in _candidates(stated, dates, change_sources):
        if candidate.date > as_of:
            notes.append(
                f"ignored {candidate.source} date {candidate.date.isoformat()}: "
                f"after {as_of.isoformat()}"
            )
        else:
            usable.append(candidate)
    if not usable:
        return Freshness("fresh", None, None, None, None, cadence.owner, tuple(notes))
    best = max(usable, key=lambda c: (c.date, -SOURCE_ORDER.index(c.source)))
    due = cadence.every.after(best.date)
    if due < as_of:
        status: Status = "overdue"
    elif cadence.warn_before.before(due) <= as_of:
        status = "due-soon"
    else:
        status = "fresh"
    cadence_days = (due - best.date).days
    return Freshness(status, best.date, best.source, due, cadence_days, cadence.owner, tuple(notes))


def _candidates(
    stated: DocumentDates, dates: FileDates, change_sources: tuple[str, ...]
) -> list[DatedSource]:
    found: list[DatedSource] = []
    if dates.review is not None:
        found.append(DatedSource("review", dates.review))
    change = _last_change(stated, dates, change_sources)
    if change is not None:
        found.append(change)
    return found


def _last_change(
    stated: DocumentDates, dates: FileDates, change_sources: tuple[str, ...]
) -> DatedSource | None:
    """The first configured source that knows when the content last changed."""
    if dates.uncommitted and "git" in change_sources:
        # Edited since the last commit: the edit is newer than what git or the document's
        # own properties say, and only the file time knows when it happened.
        return DatedSource("mtime", dates.mtime)
    known = {"git": dates.git, "metadata": stated.modified, "mtime": dates.mtime}
    for source in change_sources:
        when = known.get(source)
        if when is not None:
            return DatedSource(source, when)
    return None


def _marker_dates(document: Document, notes: list[str]) -> tuple[dt.date, ...]:
    found: set[dt.date] = set()
    for unit in document.units:
        if not _MARKER_CUE(unit.text):
            continue
        for match in _MARKER.finditer(unit.text):
            rest = unit.text[match.end() : match.end() + 40]
            reading = read_date(rest, allow_year=False)
            if reading is not None and reading.date is not None:
                day = reading.date
                if reading.precision == "month":
                    day = day.replace(day=1)
                found.add(day)
            elif reading is not None or (_LOOKS_DATED.match(rest) and ":" in match.group(0)):
                problem = reading.problem if reading else "not a date"
                where = unit.location.describe()
                notes.append(
                    f"unreadable review marker on {where}: {match.group(0)}{rest[:20]!s}"
                    f" ({problem})"
                )
    return tuple(sorted(found))


def _property_reviews(document: Document, notes: list[str]) -> tuple[dt.date, ...]:
    texts = [v for k, v in document.metadata.custom.items() if k.lower() == "lastreviewed"]
    texts += [str(v) for k, v in document.metadata.front_matter.items() if k.lower() == "reviewed"]
    found: set[dt.date] = set()
    for text in texts:
        reading = read_date(text.strip())
        if reading is None or reading.date is None:
            notes.append(f"unreadable review property {text!r}")
            continue
        found.add(reading.date)
    return tuple(sorted(found))
