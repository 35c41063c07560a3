"""Checking one document: the content half (``analyse``); the date half is ``judge``.

``analyse`` is pure: it reads a document against the compiled policy (claims, every content
rule, suppression directives, the dates the document states) and returns an ``Analysis``.
``judge`` (in ``engine.verdict``) adds what needs the as-of date and the dates known from
outside the file. ``check_document`` is the two in a row: the unit of work a worker process
(or a cluster) runs. A warm scan only judges, so it never imports this module or the matcher.
"""

from __future__ import annotations

import datetime as dt

from freshcheck.engine.analysis import Analysis
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.engine.finding_cap import cap_findings
from freshcheck.engine.rules import FAMILIES, CheckContext
from freshcheck.engine.rules.dated_reference import find_references
from freshcheck.engine.settle import document_place, settle
from freshcheck.engine.suppression import read_suppressions
from freshcheck.engine.verdict import FileFacts, judge
from freshcheck.freshness import DocumentDates, read_document_dates
from freshcheck.messaging import document_claims
from freshcheck.model import Claim, Document, FileResult, Location
from freshcheck.text import SourceText


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
    findings, suppressed = settle(raw, order, suppressions, compiled.policy)
    capped = cap_findings(sorted(findings, key=document_place))
    return Analysis(
        format=document.format,
        error=document.error,
        notes=document.notes + date_notes,
        stated=stated,
        findings=tuple(sorted(capped, key=document_place)),
        suppressed=suppressed,
        references=find_references(document.units, source),
        suppressions=suppressions,
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
