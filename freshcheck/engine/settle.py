"""Settling a rule pass's raw findings: rules turned off, suppression directives, duplicates,
and the order findings are reported in. Shared by ``analyse`` and ``judge``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from freshcheck.engine.analysis import PlacedFinding
from freshcheck.engine.rules.base import Scoped
from freshcheck.engine.suppression import Suppressions
from freshcheck.model import Finding, Location
from freshcheck.policy import Policy


def settle(
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


def document_place(placed: PlacedFinding) -> tuple[int, int, str]:
    """File-level findings first, then document order, then rule."""
    finding = placed.finding
    return (0 if finding.location is None else 1, placed.order, finding.rule)
