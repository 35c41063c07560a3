"""Judging a file: its analysis plus what needs the as-of date and the dates known from
outside the file (freshness, dated references), giving the ``FileResult``.

Pure, and light: a warm scan judges every cached analysis without compiling the policy, so
this module imports neither the matcher nor the content rules' patterns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from freshcheck.engine.analysis import Analysis, PlacedFinding
from freshcheck.engine.finding_cap import cap_findings
from freshcheck.engine.rules import FAMILIES, JudgeContext
from freshcheck.engine.settle import document_place, settle
from freshcheck.freshness import FileDates, Freshness, cadence_for, judge_freshness
from freshcheck.model import FileResult
from freshcheck.policy import GlobSet, Policy


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the runner knows about a file besides its content."""

    rel_path: str
    dates: FileDates


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
    dated, suppressed = settle(raw, order, analysis.suppressions, policy)
    dated = cap_findings(sorted(dated, key=document_place))
    content = [p for p in analysis.findings if _applies(p, facts.rel_path)]
    # Stable: file-level findings first, then document order, then rule; as one pass would.
    placed = sorted((*content, *dated), key=document_place)
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


def _applies(placed: PlacedFinding, rel_path: str) -> bool:
    """Whether a finding holds for the file at ``rel_path`` (its entry's ``paths:``)."""
    return not placed.paths or GlobSet.of(placed.paths).matches(rel_path)
