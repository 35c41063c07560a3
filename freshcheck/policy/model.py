"""The validated, frozen policy. After loading, no rule ever digs through YAML dicts."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

DurationUnit = Literal["d", "w", "m", "y"]
_DURATION = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
_UNIT_NAMES = {"d": "day", "w": "week", "m": "month", "y": "year"}


@dataclass(frozen=True, slots=True)
class Duration:
    """A span of time as written in a policy: ``45d``, ``6w``, ``3m`` (months), ``1y``.

    Months and years are calendar months and years: 3m after 30 Nov is 28 Feb (or 29th).
    """

    count: int
    unit: DurationUnit

    @classmethod
    def parse(cls, text: str) -> Duration:
        match = _DURATION.match(text)
        if not match:
            raise ValueError(f"bad duration {text!r}: use a number and d, w, m or y (e.g. 90d)")
        return cls(int(match.group(1)), match.group(2))  # type: ignore[arg-type]

    def after(self, start: dt.date) -> dt.date:
        if self.unit == "d":
            return start + dt.timedelta(days=self.count)
        if self.unit == "w":
            return start + dt.timedelta(weeks=self.count)
        months = self.count * (12 if self.unit == "y" else 1)
        return _add_months(start, months)

    def before(self, end: dt.date) -> dt.date:
        if self.unit == "d":
            return end - dt.timedelta(days=self.count)
        if self.unit == "w":
            return end - dt.timedelta(weeks=self.count)
        months = self.count * (12 if self.unit == "y" else 1)
        return _add_months(end, -months)

    def __str__(self) -> str:
        return f"{self.count}{self.unit}"

    def describe(self) -> str:
        name = _UNIT_NAMES[self.unit]
        return f"{self.count} {name}{'' if self.count == 1 else 's'}"


def _add_months(start: dt.date, months: int) -> dt.date:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """``root``: the library root, as written (relative to the policy's folder); None: the
    folder that holds the policy."""

    include: tuple[str, ...] = ()  # empty: every supported format
    exclude: tuple[str, ...] = ()
    root: str | None = None


@dataclass(frozen=True, slots=True)
class CadenceRule:
    """``match`` globs are relative to the library root; the first matching rule wins."""

    match: tuple[str, ...]
    every: Duration
    owner: str | None = None
    warn_before: Duration | None = None


@dataclass(frozen=True, slots=True)
class FreshnessPolicy:
    default_cadence: Duration = Duration(180, "d")
    warn_before: Duration = Duration(14, "d")
    cadence: tuple[CadenceRule, ...] = ()
    dated_max_age: Duration = Duration(2, "y")
    # Where the last content change is read from, in order; the first that knows wins.
    change_sources: tuple[str, ...] = ("git", "metadata", "mtime")


CHANGE_SOURCES: tuple[str, ...] = ("git", "metadata", "mtime")


@dataclass(frozen=True, slots=True)
class Message:
    """One approved message, with the versions it replaced."""

    id: str
    current: str
    superseded: tuple[str, ...] = ()
    source: str | None = None
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """Retired names and the name to use instead."""

    retired: tuple[str, ...]
    use: str
    reason: str | None = None
    # Phrases around a hit that make it acceptable ("SalesBoost migration guide").
    exceptions: tuple[str, ...] = ()
    # Globs (relative to the library root) of the files the entry applies to; empty: all.
    paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MessagingPolicy:
    threshold: int = 85
    messages: tuple[Message, ...] = ()
    terms: tuple[Term, ...] = ()
    # Groups of words that say the same in this library ("seller", "rep"): the matcher
    # reads each group as one word.
    synonyms: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class BannedPhrase:
    """Exactly one of ``phrase`` (literal) or ``pattern`` (regular expression) is set."""

    phrase: str | None
    pattern: str | None
    reason: str | None = None
    severity: str | None = None
    exceptions: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Disclaimer:
    """If ``when`` (a regex) occurs anywhere in a document, ``require`` must occur too."""

    when: str
    require: str
    reason: str | None = None
    # Phrases around a ``when`` hit that keep it from triggering ("ROI calculator").
    exceptions: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CompliancePolicy:
    banned: tuple[BannedPhrase, ...] = ()
    disclaimers: tuple[Disclaimer, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    """A whole policy. ``severity`` maps rule ids to error|warning|info|off.

    ``sources`` names the files it was read from (empty for the built-in default) and
    ``digest`` identifies its content, so a report says which policy judged it.
    """

    version: int = 1
    scan: ScanSettings = ScanSettings()
    freshness: FreshnessPolicy = FreshnessPolicy()
    messaging: MessagingPolicy = MessagingPolicy()
    compliance: CompliancePolicy = CompliancePolicy()
    severity: Mapping[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    digest: str = "builtin-default"


DEFAULT_POLICY = Policy()
