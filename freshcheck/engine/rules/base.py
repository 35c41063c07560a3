"""What every rule family shares: its rule specs, the contexts it checks, its doc.

A family reads the content (``check``: runs once per document and policy, and its findings
may be kept in the cache) or needs the date (``judge``: runs on every scan, from what the
content phase kept). Only freshness and dated references need the date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from freshcheck.model import Claim, Document, Finding, Location, Region, Severity, TextUnit
from freshcheck.text import excerpt, excerpt_at

if TYPE_CHECKING:  # annotations only: ``freshcheck rules`` must not import the matcher
    from freshcheck.engine.compiled import CompiledPolicy
    from freshcheck.freshness import Freshness
    from freshcheck.policy import Policy
    from freshcheck.text import SourceText


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One rule id with its default severity and a one-line summary."""

    id: str
    default_severity: Severity
    summary: str


def severity_of(policy: Policy, spec: RuleSpec) -> Severity:
    """The policy's severity for ``spec`` (``off`` is filtered later by the engine)."""
    level = policy.severity.get(spec.id)
    if level in ("error", "warning", "info"):
        return level  # type: ignore[return-value]
    return spec.default_severity


def unit_finding(
    spec: RuleSpec,
    severity: Severity,
    unit: TextUnit,
    message: str,
    *,
    expected: str | None = None,
    message_id: str | None = None,
    score: float | None = None,
    match: tuple[int, int] | None = None,
    source: SourceText | None = None,
) -> Finding:
    """A finding located at ``unit``. Its excerpt is the sentence holding ``match`` (a span
    of ``unit.text``) with the match's span in it, or the unit's text when there is none.
    With the file's ``source`` (text formats), the match's region in it too."""
    shown, span = (excerpt(unit.text), None) if match is None else excerpt_at(unit.text, *match)
    region = source_region(source, unit, match)
    return Finding(
        rule=spec.id,
        severity=severity,
        message=message,
        location=line_of_match(unit.location, region),
        excerpt=shown,
        expected=expected,
        message_id=message_id,
        score=score,
        hidden=unit.hidden,
        span=span,
        region=region,
    )


def source_region(
    source: SourceText | None, unit: TextUnit, match: tuple[int, int] | None
) -> Region | None:
    """Where ``match`` (a span of ``unit.text``) is in the file's source, when it has one."""
    if source is None or match is None or unit.location.line is None:
        return None
    return source.region(unit.location.line, unit.text, *match)


def line_of_match(location: Location, region: Region | None) -> Location:
    """``location`` moved to the line the match starts on: a paragraph of a text file spans
    several lines, and the message, the summary and the annotation must name the same one."""
    if region is None or location.line is None or location.line == region.start.line:
        return location
    return replace(location, line=region.start.line)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a content rule may look at for one file: no date, no clock, no disk."""

    document: Document
    claims: tuple[Claim, ...]
    compiled: CompiledPolicy
    source: SourceText | None = None  # the file's text, for text formats

    def severity(self, spec: RuleSpec) -> Severity:
        return severity_of(self.compiled.policy, spec)

    def unit_finding(
        self,
        spec: RuleSpec,
        unit: TextUnit,
        message: str,
        *,
        expected: str | None = None,
        message_id: str | None = None,
        score: float | None = None,
        severity: Severity | None = None,
        match: tuple[int, int] | None = None,
    ) -> Finding:
        """A finding located at ``unit``; the policy's severity for ``spec`` unless given."""
        return unit_finding(
            spec,
            severity or self.severity(spec),
            unit,
            message,
            expected=expected,
            message_id=message_id,
            score=score,
            match=match,
            source=self.source,
        )


@dataclass(frozen=True, slots=True)
class Scoped:
    """A finding of a policy entry that applies only to files its ``paths:`` globs match.

    Analysis depends on a file's content only (it is cached by content), so the globs travel
    with the finding and ``judge`` applies them to the file's path.
    """

    finding: Finding
    paths: tuple[str, ...]


def scoped(finding: Finding, paths: tuple[str, ...]) -> Finding | Scoped:
    """``finding``, with the globs of its entry when it has any."""
    return Scoped(finding, paths) if paths else finding


@dataclass(frozen=True, slots=True)
class DatedReference:
    """A period the text names ("FY23", "© 2021"), kept for judging against the date.

    ``order`` is its unit's place in the document: findings are sorted by it.
    """

    said: str
    ended: dt.date
    order: int
    location: Location
    excerpt: str
    hidden: bool = False
    span: tuple[int, int] | None = None  # of ``said`` in ``excerpt``
    region: Region | None = None  # of ``said`` in the file's source (text formats)


@dataclass(frozen=True, slots=True)
class JudgeContext:
    """What a date-dependent rule may look at: never the document's text itself."""

    policy: Policy
    as_of: dt.date
    freshness: Freshness | None
    references: tuple[DatedReference, ...]

    def severity(self, spec: RuleSpec) -> Severity:
        return severity_of(self.policy, spec)


@dataclass(frozen=True, slots=True)
class RuleFamily:
    """A rule family: its rules, its check or judge, its documentation (module docstring)."""

    name: str
    rules: tuple[RuleSpec, ...]
    doc: str
    check: Callable[[CheckContext], Iterable[Finding | Scoped]] | None = None
    judge: Callable[[JudgeContext], Iterable[Finding]] | None = None
