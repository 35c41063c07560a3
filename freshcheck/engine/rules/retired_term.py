"""Retired terms: product and feature names that were renamed or withdrawn.

A retired name is found case-insensitively, as whole words, whatever the spacing, hyphens,
line breaks or possessive between and after its words ("Insights Pro", "insights-pro",
"Insights Pro's"). The replacement itself is never flagged, even when it contains the retired
name ("Acme Insights" retired for "Acme Insights Cloud").

Fails: "Open the Insights Pro dashboard" when ``Insights Pro`` is retired.
Passes: "Open the Acme Analytics dashboard".

Configure::

    messaging:
      terms:
        - retired: ["Acme Insights", "Insights Pro"]
          use: "Acme Analytics"
          reason: "Renamed in 2025"

Each finding carries the replacement in ``expected``. Suppress on one slide, page or
paragraph with ``freshcheck: ignore messaging/retired-term`` in a note or comment there.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec
from freshcheck.model import Finding

RETIRED_TERM = RuleSpec("messaging/retired-term", "error", "a retired name appears")


def check(ctx: CheckContext) -> Iterator[Finding]:
    screen = ctx.compiled.any_retired
    if screen is None:
        return
    for unit in ctx.document.units:
        if not screen.may_match(unit.text):
            continue
        for compiled in ctx.compiled.terms:
            allowed = [m.span() for m in compiled.replacement.finditer(unit.text)]
            for _name, pattern in compiled.retired:
                for match in pattern.finditer(unit.text):
                    if any(start <= match.start() < end for start, end in allowed):
                        continue
                    reason = f" ({compiled.term.reason})" if compiled.term.reason else ""
                    message = f"Retired term {match.group(0)!r}: use {compiled.term.use!r}{reason}"
                    yield ctx.unit_finding(
                        RETIRED_TERM, unit, message, expected=compiled.term.use, match=match.span()
                    )
                    break


FAMILY = RuleFamily("retired-term", (RETIRED_TERM,), __doc__ or "", check=check)
