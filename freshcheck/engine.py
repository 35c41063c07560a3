"""Checking one document: freshness, every rule family, severities, suppression, dedup.

``check_document`` is pure: the document, the compiled policy, the as-of date and the dates
known from outside the file go in; a ``FileResult`` comes out. It is the unit of work a
worker process (or a cluster) runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from freshcheck.claims import segment_claims
from freshcheck.compiled import CompiledPolicy
from freshcheck.freshness import FileDates, Freshness, cadence_for, judge_freshness
from freshcheck.model import Claim, Document, FileResult, Finding
from freshcheck.rules import FAMILIES, CheckContext
from freshcheck.suppression import read_suppressions


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the runner knows about a file besides its content."""

    rel_path: str
    dates: FileDates


def check_document(
    document: Document, compiled: CompiledPolicy, as_of: dt.date, facts: FileFacts
) -> FileResult:
    """Judge one extracted document against the policy as of ``as_of``."""
    cadence = cadence_for(facts.rel_path, compiled.policy.freshness)
    freshness: Freshness | None = None
    if document.error is None:
        change_sources = compiled.policy.freshness.change_sources
        freshness = judge_freshness(document, facts.dates, cadence, as_of, change_sources)
    ctx = CheckContext(document, _claims(document, compiled), compiled, as_of, freshness)
    raw = [finding for family in FAMILIES for finding in family.check(ctx)]
    findings, suppressed = _settle(raw, document, compiled)
    notes = document.notes + (freshness.notes if freshness else ())
    if freshness is None:
        return FileResult(
            facts.rel_path,
            document.format,
            "error",
            owner=cadence.owner,
            findings=findings,
            suppressed=suppressed,
            notes=notes,
            error=document.error,
        )
    return FileResult(
        facts.rel_path,
        document.format,
        freshness.status,
        last_updated=freshness.last_updated,
        source=freshness.source,
        due=freshness.due,
        cadence_days=freshness.cadence_days,
        owner=freshness.owner,
        findings=findings,
        suppressed=suppressed,
        notes=notes,
    )


def _claims(document: Document, compiled: CompiledPolicy) -> tuple[Claim, ...]:
    if not compiled.policy.messaging.messages:
        return ()
    # Only sentences that could state some message are segmented and read for facts:
    # outdated-claim, the one rule that reads claims, needs no others.
    index = compiled.messages
    return tuple(
        claim
        for unit in document.units
        for claim in segment_claims(unit, index.products, index.may_state)
    )


def _settle(
    raw: list[Finding], document: Document, compiled: CompiledPolicy
) -> tuple[tuple[Finding, ...], int]:
    """Drop rules turned off, count suppressed findings, merge duplicates, sort by place."""
    off = {rule for rule, level in compiled.policy.severity.items() if level == "off"}
    suppressions = read_suppressions(document)
    order = {unit.location: index for index, unit in reversed(list(enumerate(document.units)))}
    kept: dict[tuple[object, ...], Finding] = {}
    suppressed = 0
    for finding in raw:
        if finding.rule in off:
            continue
        if suppressions and suppressions.silences(finding):
            suppressed += 1
            continue
        key = (finding.rule, finding.location, finding.excerpt, finding.message_id, finding.message)
        kept.setdefault(key, finding)

    def place(finding: Finding) -> tuple[int, int, str]:
        if finding.location is None:
            return (0, 0, finding.rule)
        return (1, order.get(finding.location, len(order)), finding.rule)

    return tuple(sorted(kept.values(), key=place)), suppressed
