"""A document read against one policy: every part of the verdict that does not need the date.

Checking a file has two halves. The content half (claims, matching, retired terms, banned
phrases, disclaimers, suppression directives, the dates the document states) depends only on
the document and the policy, and costs far more than reading the file. The date half
(freshness, dated references) is a few comparisons. An ``Analysis`` is the content half's
result: ``engine.verdict`` turns it into a ``FileResult`` for any as-of date, and the cache keeps
it per (content, extractor, policy digest, code), so a rescan of an unchanged library with an
unchanged policy skips the content half. A new date, a new review record or a new commit
never makes it stale: none of them enters it.

Encoded as compact JSON (never pickle: a tampered cache must not run code).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from freshcheck.engine.rules.base import DatedReference
from freshcheck.engine.suppression import Suppressions
from freshcheck.freshness import DocumentDates
from freshcheck.model import Finding, Location, ReadError, Region

# Bump when the encoding or the meaning of a field changes (5: a text finding names the
# line its match starts on, not its paragraph's first line).
ANALYSIS_FORMAT = 5


@dataclass(frozen=True, slots=True)
class PlacedFinding:
    """A finding with its unit's place in the document (0 for file-level findings)."""

    order: int
    finding: Finding
    # The globs of the policy entry behind the finding: it holds only in files they match.
    paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """The date-free verdict on one document under one policy.

    ``findings`` are the content rules' findings, settled (rules turned off dropped,
    suppressed ones counted in ``suppressed``, duplicates merged) and in document order.
    ``suppressions`` stay for the date-dependent findings ``judge`` makes.
    """

    format: str
    error: ReadError | None = None
    notes: tuple[str, ...] = ()
    stated: DocumentDates = field(default_factory=DocumentDates)
    findings: tuple[PlacedFinding, ...] = ()
    suppressed: int = 0
    references: tuple[DatedReference, ...] = ()
    suppressions: Suppressions = field(default_factory=Suppressions)


def encode_analysis(analysis: Analysis) -> bytes:
    """Compressed compact JSON."""
    stated = analysis.stated
    data = {
        "v": ANALYSIS_FORMAT,
        "format": analysis.format,
        "error": None if analysis.error is None else analysis.error.to_json(),
        "notes": list(analysis.notes),
        "stated": [
            [_day(day) for day in stated.markers],
            [_day(day) for day in stated.reviewed],
            _day(stated.modified),
        ],
        "findings": [
            [p.order, _finding(p.finding), *([list(p.paths)] if p.paths else [])]
            for p in analysis.findings
        ],
        "suppressed": analysis.suppressed,
        "references": [_reference(r) for r in analysis.references],
        "file_rules": sorted(analysis.suppressions.whole_file),
        "anchored": [
            [name, value, sorted(rules)]
            for (name, value), rules in analysis.suppressions.anchored.items()
        ],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 1)


def decode_analysis(blob: bytes) -> Analysis | None:
    """The inverse of ``encode_analysis``; None for a blob of another format or damaged."""
    try:
        data = json.loads(zlib.decompress(blob))
        if data.get("v") != ANALYSIS_FORMAT:
            return None
        return _analysis(data)
    except (zlib.error, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _analysis(data: dict[str, Any]) -> Analysis:
    error = data["error"]
    markers, reviewed, modified_text = data["stated"]
    modified = _date(modified_text)
    anchored = {
        (str(name), int(value)): frozenset(rules) for name, value, rules in data["anchored"]
    }
    return Analysis(
        format=str(data["format"]),
        error=None if error is None else ReadError(str(error["kind"]), str(error["reason"])),
        notes=tuple(str(note) for note in data["notes"]),
        stated=DocumentDates(_dates(markers), _dates(reviewed), modified),
        findings=tuple(
            PlacedFinding(int(row[0]), _read_finding(row[1]), _globs(row[2:]))
            for row in data["findings"]
        ),
        suppressed=int(data["suppressed"]),
        references=tuple(_read_reference(r) for r in data["references"]),
        suppressions=Suppressions(frozenset(data["file_rules"]), anchored),
    )


def _globs(rest: list[Any]) -> tuple[str, ...]:
    """A finding's ``paths`` globs, written only when there are some."""
    return tuple(str(glob) for glob in rest[0]) if rest else ()


def _finding(finding: Finding) -> list[object]:
    location = None if finding.location is None else finding.location.to_json()
    return [
        finding.rule,
        finding.severity,
        finding.message,
        location,
        finding.excerpt,
        finding.expected,
        finding.message_id,
        finding.score,  # unrounded: a warm scan reports exactly what the cold one did
        finding.hidden,
        _span(finding.span),
        _region(finding.region),
    ]


def _read_finding(row: Sequence[Any]) -> Finding:
    (
        rule,
        severity,
        message,
        location,
        excerpt,
        expected,
        message_id,
        score,
        hidden,
        span,
        region,
    ) = row
    if severity not in ("error", "warning", "info"):
        raise ValueError(f"unknown severity {severity!r}")
    return Finding(
        str(rule),
        severity,
        str(message),
        None if location is None else Location.from_json(_mapping(location)),
        excerpt,
        expected,
        message_id,
        None if score is None else float(score),
        bool(hidden),
        _read_span(span),
        _read_region(region),
    )


def _reference(reference: DatedReference) -> list[object]:
    return [
        reference.said,
        reference.ended.isoformat(),
        reference.order,
        reference.location.to_json(),
        reference.excerpt,
        reference.hidden,
        _span(reference.span),
        _region(reference.region),
    ]


def _read_reference(row: Sequence[Any]) -> DatedReference:
    said, ended, order, location, excerpt, hidden, span, region = row
    return DatedReference(
        str(said),
        dt.date.fromisoformat(ended),
        int(order),
        Location.from_json(_mapping(location)),
        str(excerpt),
        bool(hidden),
        _read_span(span),
        _read_region(region),
    )


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else list(span)


def _read_span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return int(start), int(end)


def _region(region: Region | None) -> dict[str, object] | None:
    return None if region is None else region.to_json()


def _read_region(value: Any) -> Region | None:
    return None if value is None else Region.from_json(_mapping(value))


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise TypeError("expected an object")
    return value


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _dates(texts: list[str]) -> tuple[dt.date, ...]:
    return tuple(dt.date.fromisoformat(str(text)) for text in texts)
