"""Retired terms: product and feature names that were renamed or withdrawn.

A retired name is found case-insensitively, as whole words, whatever the spacing, hyphens,
line breaks or possessive between and after its words ("Insights Pro", "insights-pro",
"Insights Pro's"); in a compound name, also with a hyphen or soft hyphen inserted at a
capital ("Sales-Boost" for "SalesBoost"), a space there when the capital stays ("Sales
Boost"), a word cut by a hyphen at a line end ("Sales-" then "Boost", or "Sal-" then
"esBoost") and in the plural ("SalesBoosts"). The replacement itself is never flagged, even
when it contains the retired name ("Acme Insights" retired for "Acme Insights Cloud").

Not flagged: the name inside a URL, an e-mail address, a file path
("https://help.example.com/salesboost", "/exports/SalesBoost/q3.csv"), in a sentence that
announces the rename and names the replacement ("Acme Flow (formerly SalesBoost)",
"SalesBoost is now called Acme Flow"), or inside one of the term's ``except:`` phrases.
Nor inside code: a code block is not read at all, and an inline code span (Markdown
backticks, HTML ``<code>``) is skipped.

Fails: "Open the Insights Pro dashboard" when ``Insights Pro`` is retired.
Passes: "Open the Acme Analytics dashboard".

Configure::

    messaging:
      terms:
        - retired: ["Acme Insights", "Insights Pro"]
          use: "Acme Analytics"
          reason: "Renamed in 2025"
          except: ["Insights Pro migration guide"]   # optional: phrases where it may stay
          paths: ["customer/**"]                      # optional: only these files

Each finding carries the replacement in ``expected``. Suppress on one slide, page or
paragraph with ``freshcheck: ignore messaging/retired-term`` in a note or comment there.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec, Scoped, scoped
from freshcheck.model import Finding
from freshcheck.text import find_name, inert_spans, is_rename_notice, mask_spans, sentence_bounds

RETIRED_TERM = RuleSpec("messaging/retired-term", "error", "a retired name appears")


def check(ctx: CheckContext) -> Iterator[Finding | Scoped]:
    screen = ctx.compiled.any_retired
    if screen is None:
        return
    for unit in ctx.document.units:
        text = unit.text
        if not screen.may_match(text):
            continue
        inert = [*inert_spans(text), *unit.code]
        for compiled in ctx.compiled.terms:
            allowed = [m.span() for m in compiled.replacement.finditer(text)]
            blanked = inert + compiled.exceptions.spans(text)
            searched = mask_spans(text, blanked) if blanked else text
            for name, pattern in compiled.retired:
                for match in find_name(pattern, name, searched):
                    start, end = match.span()
                    if any(lo <= start < hi for lo, hi in allowed):
                        continue
                    first, last = sentence_bounds(text, start, end)
                    if is_rename_notice(text[first:last], compiled.replacement):
                        continue
                    term = compiled.term
                    reason = f" ({term.reason})" if term.reason else ""
                    said = text[start:end]
                    message = f"Retired term {said!r}: use {term.use!r}{reason}"
                    finding = ctx.unit_finding(
                        RETIRED_TERM, unit, message, expected=term.use, match=(start, end)
                    )
                    yield scoped(finding, term.paths)
                    break


FAMILY = RuleFamily("retired-term", (RETIRED_TERM,), __doc__ or "", check=check)
