"""Chart geometry for the HTML report, computed here so the template only draws rects.

Bars are sized in percent of the chart width, so the SVG scales with the page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from freshcheck.model import ScanResult
from freshcheck.report.summary import NO_OWNER, STATUS_LABELS, STATUS_ORDER, folder_of

# Age of content: days since last_updated, in buckets a reviewer thinks in.
AGE_BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("≤ 30 d", 30),
    ("31–90 d", 90),
    ("91–180 d", 180),
    ("181–365 d", 365),
    ("1–2 y", 730),
    ("> 2 y", None),
)
UNKNOWN_AGE = "unknown"


@dataclass(frozen=True, slots=True)
class Segment:
    """One coloured piece of a bar: its colour key, what it counts, its extent in %."""

    key: str
    label: str
    count: int
    start: float
    width: float


@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled bar made of segments; ``total`` is shown at its end."""

    label: str
    total: int
    segments: tuple[Segment, ...]


def _bars(rows: dict[str, Counter[str]], keys: dict[str, str]) -> tuple[Bar, ...]:
    """Bars scaled to the largest; ``keys`` maps each counted key to its label, in order."""
    largest = max((sum(counts.values()) for counts in rows.values()), default=0) or 1
    bars: list[Bar] = []
    for label, counts in rows.items():
        start = 0.0
        segments: list[Segment] = []
        for key, key_label in keys.items():
            count = counts.get(key, 0)
            if count:
                width = 100.0 * count / largest
                segment = Segment(key, key_label, count, round(start, 2), round(width, 2))
                segments.append(segment)
                start += width
        bars.append(Bar(label, sum(counts.values()), tuple(segments)))
    return tuple(bars)


def status_by(result: ScanResult, dimension: str) -> tuple[Bar, ...]:
    """Stacked status bars per folder or per owner, worst first within a bar."""
    rows: dict[str, Counter[str]] = {}
    for file in result.files:
        label = (file.owner or NO_OWNER) if dimension == "owner" else folder_of(file.path)
        rows.setdefault(label, Counter())[file.status] += 1
    ordered = dict(sorted(rows.items(), key=lambda item: (item[0] == NO_OWNER, item[0].lower())))
    return _bars(ordered, {status: STATUS_LABELS[status] for status in STATUS_ORDER})


def findings_by_rule(result: ScanResult) -> tuple[Bar, ...]:
    """One bar per rule that fired, largest first, split by severity."""
    rows: dict[str, Counter[str]] = {}
    for finding in result.findings:
        rows.setdefault(finding.rule, Counter())[f"severity-{finding.severity}"] += 1
    ordered = dict(sorted(rows.items(), key=lambda item: (-sum(item[1].values()), item[0])))
    keys = {f"severity-{name}": name for name in ("error", "warning", "info")}
    return _bars(ordered, keys)


def age_histogram(result: ScanResult) -> tuple[Bar, ...]:
    """How old content is (days since last updated, as of the scan date), by bucket."""
    rows: dict[str, Counter[str]] = {label: Counter() for label, _ in AGE_BUCKETS}
    rows[UNKNOWN_AGE] = Counter()
    for file in result.files:
        rows[_age_bucket(result, file.last_updated)]["age"] += 1
    return _bars(rows, {"age": "files"})


def _age_bucket(result: ScanResult, last_updated: dt.date | None) -> str:
    if last_updated is None:
        return UNKNOWN_AGE
    days = (result.as_of - last_updated).days
    for label, limit in AGE_BUCKETS:
        if limit is None or days <= limit:
            return label
    return UNKNOWN_AGE
