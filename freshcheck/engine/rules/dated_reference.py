"""Dated references: copyright years, fiscal periods and "as of" dates that have aged out.

Looks for ``©``/``(c)``/``Copyright`` years (the latest year of a range counts), fiscal
periods (``FY24``, ``FY 2024``, ``Q3 2023``, ``Q3 FY24``, ``2023 Q3``, ``H1 2022``) and dates
introduced by "as of", "current as of", "data as of", "updated" or "last updated". A
reference is flagged when the period it names ended more than ``max_age`` before the as-of
date. Ordinary history carries no such cue and is not flagged: "founded in 2009", "in 2019
we launched".

Fails (as of 2026-11-23, ``max_age: 2y``): "© 2021 Acme Inc.", "FY23 results",
"Pricing current as of March 2024".
Passes: "© 2026 Acme Inc.", "Founded in 2009", "Q3 2026 roadmap".

Configure::

    freshness:
      dated_references:
        max_age: 2y
    severity:
      content/dated-reference: info     # or off

Suppress on one slide, page or paragraph with ``freshcheck: ignore content/dated-reference``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from freshcheck.engine.rules.base import DatedReference, JudgeContext, RuleFamily, RuleSpec
from freshcheck.model import Finding, TextUnit
from freshcheck.text import DATE_PATTERN, LiteralScreen, excerpt, read_date

DATED_REFERENCE = RuleSpec(
    "content/dated-reference", "warning", "a copyright year, fiscal period or as-of date is old"
)

_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"(?:'?\d{2}|(?:19|20)\d{2})"
# "© 2021 Acme", "Copyright © 2019–2022", and the holder first: "© Acme Inc. 2021".
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:[A-Z][\w.&,'-]*\s+){0,4}"
    rf"(?P<first>{_YEAR})(?:\s*[-–—]\s*(?P<last>{_YEAR}))?\b",
    re.IGNORECASE,
)
_FISCAL = re.compile(
    rf"\b(?:(?P<part>[QH][1-4])\s*(?:FY\s*)?(?P<py>{_SHORT_YEAR})"
    rf"|(?P<ry>{_YEAR})\s*[-/]?\s*(?P<rpart>[QH][1-4])"
    rf"|FY\s*(?P<fy>{_SHORT_YEAR}))\b",
)
_AS_OF = re.compile(
    r"\b(?:(?:current|data|accurate|valid|correct|figures|prices?)\s+)?"
    r"(?:as\s+of|as\s+at|(?:last\s+)?updated(?:\s+(?:on|in))?)\s*:?\s*"
    rf"(?={DATE_PATTERN})",
    re.IGNORECASE,
)


_HAS_DIGIT = re.compile(r"\d").search
# Every reference carries one of these cues, which reject the text of most units where
# running the three patterns above costs ten times as much. Three simple tests, not one
# alternation: re cannot skip ahead through a mixed alternation (3.3 µs a unit, not 0.9).
_LITERAL_CUE = LiteralScreen.of(re.compile(r"©|(?i:\(c\)|copyright|updated)|FY")).may_match
_PERIOD_CUE = re.compile(r"[QH][1-4]").search
_AS_OF_CUE = re.compile(r"as\s+(?:of|at)", re.IGNORECASE).search


def _has_cue(text: str) -> bool:
    return _LITERAL_CUE(text) or bool(_PERIOD_CUE(text) or _AS_OF_CUE(text))


def find_references(units: Sequence[TextUnit]) -> tuple[DatedReference, ...]:
    """Every dated reference in ``units``, for ``judge`` to weigh against the as-of date."""
    found = []
    for order, unit in enumerate(units):
        if not _HAS_DIGIT(unit.text) or not _has_cue(unit.text):  # a year and a cue, always
            continue
        for said, ended in _references(unit.text):
            found.append(
                DatedReference(
                    said,
                    ended,
                    order,
                    unit.location,
                    excerpt(unit.text),
                    unit.hidden,
                )
            )
    return tuple(found)


def judge(ctx: JudgeContext) -> Iterator[Finding]:
    max_age = ctx.policy.freshness.dated_max_age
    cutoff = max_age.before(ctx.as_of)
    severity = ctx.severity(DATED_REFERENCE)
    for reference in ctx.references:
        if reference.ended < cutoff:
            message = (
                f"Dated reference {reference.said!r}: ended {reference.ended.isoformat()}, "
                f"more than {max_age.describe()} before {ctx.as_of.isoformat()}"
            )
            yield Finding(
                DATED_REFERENCE.id,
                severity,
                message,
                reference.location,
                reference.excerpt,
                hidden=reference.hidden,
            )


def _references(text: str) -> Iterator[tuple[str, dt.date]]:
    for match in _COPYRIGHT.finditer(text):
        year = int(match.group("last") or match.group("first"))
        yield match.group(0), dt.date(year, 12, 31)
    for match in _FISCAL.finditer(text):
        part = match.group("part") or match.group("rpart")
        year_text = match.group("py") or match.group("ry") or match.group("fy")
        if part and part[0] == "H" and part[1] not in "12":
            continue
        yield match.group(0), _period_end(_full_year(year_text), part)
    for match in _AS_OF.finditer(text):
        reading = read_date(text[match.end() :])
        if reading is not None and reading.date is not None:
            yield (match.group(0) + reading.text).strip(), reading.date


def _full_year(text: str) -> int:
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _period_end(year: int, part: str | None) -> dt.date:
    if part is None:
        return dt.date(year, 12, 31)
    count = int(part[1])
    month = count * 3 if part[0] == "Q" else count * 6
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)


FAMILY = RuleFamily("dated-reference", (DATED_REFERENCE,), __doc__ or "", judge=judge)
