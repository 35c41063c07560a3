"""Checking one document: the content half (``analyse``) and the date half (``judge``).

Both are pure. ``analyse`` reads a document against the compiled policy (claims, every
content rule, suppression directives, the dates the document states) and returns an
``Analysis``; ``judge`` adds what needs the as-of date and the dates known from outside the
file (freshness, dated references) and returns the ``FileResult``. ``check_document`` is the
two in a row: the unit of work a worker process (or a cluster) runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from freshcheck.engine.analysis import Analysis, PlacedFinding
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.engine.finding_cap import cap_findings
from freshcheck.engine.rules import FAMILIES, CheckContext, JudgeContext, Scoped
from freshcheck.engine.rules.dated_reference import find_references
from freshcheck.engine.suppression import Suppressions, read_suppressions
from freshcheck.freshness import (
    DocumentDates,
    FileDates,
    Freshness,
    cadence_for,
    judge_freshness,
    read_document_dates,
)
from freshcheck.messaging import document_claims
from freshcheck.model import Claim, Document, FileResult, Finding, Location
from freshcheck.policy import GlobSet, Policy
from freshcheck.text import SourceText


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the runner knows about a file besides its content."""

    rel_path: str
    dates: FileDates


def check_document(
    document: Document, compiled: CompiledPolicy, as_of: dt.date, facts: FileFacts
) -> FileResult:
    """Judge one extracted document against the policy as of ``as_of``."""
    return judge(analyse(document, compiled), compiled.policy, as_of, facts)


def analyse(document: Document, compiled: CompiledPolicy) -> Analysis:
    """Everything about ``document`` under ``compiled`` that does not depend on the date."""
    stated = DocumentDates()
    date_notes: tuple[str, ...] = ()
    if document.error is None:
        stated, date_notes = read_document_dates(document)
    source = _source_text(document)
    ctx = CheckContext(document, _claims(document, compiled), compiled, source)
    raw = [finding for family in FAMILIES if family.check for finding in family.check(ctx)]
    suppressions = read_suppressions(document)
    order: dict[Location, int] = {}
    if raw:  # most documents have no content finding: no need to index every unit
        order = {unit.location: i for i, unit in reversed(list(enumerate(document.units)))}
    findings, suppressed = _settle(raw, order, suppressions, compiled.policy)
    return Analysis(
        format=document.format,
        error=document.error,
        notes=document.notes + date_notes,
        stated=stated,
        findings=tuple(sorted(cap_findings(sorted(findings, key=_place)), key=_place)),
        suppressed=suppressed,
        references=find_references(document.units, source),
        suppressions=suppressions,
    )


def judge(analysis: Analysis, policy: Policy, as_of: dt.date, facts: FileFacts) -> FileResult:
    """The verdict on a file as of ``as_of``, from its analysis and its outside dates."""
    cadence = cadence_for(facts.rel_path, policy.freshness)
    freshness: Freshness | None = None
    if analysis.error is None:
        change_sources = policy.freshness.change_sources
        freshness = judge_freshness(analysis.stated, facts.dates, cadence, as_of, change_sources)
    ctx = JudgeContext(policy, as_of, freshness, analysis.references)
    raw = [finding for family in FAMILIES if family.judge for finding in family.judge(ctx)]
    order = {ref.location: ref.order for ref in reversed(analysis.references)}
    dated, suppressed = _settle(raw, order, analysis.suppressions, policy)
    dated = cap_findings(sorted(dated, key=_place))
    content = [p for p in analysis.findings if _applies(p, facts.rel_path)]
    # Stable: file-level findings first, then document order, then rule; as one pass would.
    placed = sorted((*content, *dated), key=_place)
    findings = tuple(p.finding for p in placed)
    suppressed += analysis.suppressed
    notes = analysis.notes + (freshness.notes if freshness else ())
    if freshness is None:
        return FileResult(
            facts.rel_path,
            analysis.format,
            "error",
            owner=cadence.owner,
            findings=findings,
            suppressed=suppressed,
            notes=notes,
            error=analysis.error,
        )
    return FileResult(
        facts.rel_path,
        analysis.format,
        freshness.status,
        last_updated=freshness.last_updated,
        source=freshness.source,
        due=freshness.due,
        cadence_days=freshness.cadence_days,
        owner=freshness.owner,
        findings=findings,
        suppressed=suppressed,
        notes=notes,
        cadence=None if freshness.due is None else cadence.every.describe(),
    )


def _source_text(document: Document) -> SourceText | None:
    """The file's text, indexed by line, for findings to say their line and column."""
    if document.source is None:
        return None
    return SourceText(document.source, markup=document.format in ("md", "html"))


def _claims(document: Document, compiled: CompiledPolicy) -> tuple[Claim, ...]:
    if not compiled.policy.messaging.messages:
        return ()
    # Only sentences that could state some message are segmented and read for facts:
    # outdated-claim, the one rule that reads claims, needs no others.
    index = compiled.messages
    return tuple(document_claims(document.units, index.products, index.may_state))


def _applies(placed: PlacedFinding, rel_path: str) -> bool:
    """Whether a finding holds for the file at ``rel_path`` (its entry's ``paths:``)."""
    return not placed.paths or GlobSet.of(placed.paths).matches(rel_path)


def _settle(
    raw: Iterable[Finding | Scoped],
    order: Mapping[Location, int],
    suppressions: Suppressions,
    policy: Policy,
) -> tuple[list[PlacedFinding], int]:
    """Drop rules turned off, count suppressed findings, merge duplicates; keep the order."""
    off = {rule for rule, level in policy.severity.items() if level == "off"}
    kept: dict[tuple[object, ...], PlacedFinding] = {}
    suppressed = 0
    for item in raw:
        finding, paths = (item.finding, item.paths) if isinstance(item, Scoped) else (item, ())
        if finding.rule in off:
            continue
        if suppressions and suppressions.silences(finding):
            suppressed += 1
            continue
        key = (
            finding.rule,
            finding.location,
            finding.excerpt,
            finding.message_id,
            finding.message,
            paths,
        )
        if key not in kept:
            place = 0 if finding.location is None else order.get(finding.location, len(order))
            kept[key] = PlacedFinding(place, finding, paths)
    return list(kept.values()), suppressed


def _place(placed: PlacedFinding) -> tuple[int, int, str]:
    finding = placed.finding
    return (0 if finding.location is None else 1, placed.order, finding.rule)
