"""Dated references: copyright years, fiscal periods and "as of" dates that have aged out.

Looks for copyright notices (``©``, ``(c)`` or ``Copyright`` followed by a year, the latest
year of a range counting, or ``©`` and a holder's name then the year: "© Acme Inc. 2021"),
fiscal periods (``FY24``, ``FY 2024``, ``FY2022/23``, ``Q3 2023``, ``Q3 FY24``, ``2023 Q3``,
``H1 2022``, ``1H 2022``, "fiscal 2022", "fiscal year 2022", "2022 fiscal year", "the first
quarter of 2023", "the second half of fiscal 2022"), also when a line break falls inside
them (a wrapped PDF or slide line), and dates introduced by "as of", "current as
of", "data as of", "updated" or "last updated". A reference is flagged when the period it
names ended more than ``max_age`` before the as-of date.

Not references: ordinary history ("founded in 2009", "in 2019 we launched"); the name of a
law or standard with its year ("the Digital Millennium Copyright Act of 1998", "Copyright
Act in 1909", "Sarbanes-Oxley Act of 2002", "HIPAA (1996)", "GDPR 2016/679", "ISO
27001:2022", "the Fiscal Year 2022 Appropriations Act");
words that only happen to sit near a year ("copyright is dramatic. In 1973") - a reference
stays within one sentence. A line repeated on several pages or slides (a running header or
footer) is one finding, at its first page, that says on how many pages it repeats.

Fails (as of 2026-11-23, ``max_age: 2y``): "© 2021 Acme Inc.", "FY23 results",
"Pricing current as of March 2024".
Passes: "© 2026 Acme Inc.", "Founded in 2009", "Q3 2026 roadmap",
"the Copyright Act of 1976".

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
from collections.abc import Iterable, Iterator, Sequence

from freshcheck.engine.rules.base import (
    DatedReference,
    JudgeContext,
    RuleFamily,
    RuleSpec,
    line_of_match,
    source_region,
)
from freshcheck.model import Finding, TextUnit
from freshcheck.text import (
    DATE_PATTERN,
    LiteralScreen,
    SourceText,
    crosses_sentences,
    excerpt_at,
    read_date,
)

DATED_REFERENCE = RuleSpec(
    "content/dated-reference", "warning", "a copyright year, fiscal period or as-of date is old"
)

_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"(?:'?\d{2}|(?:19|20)\d{2})"
_YEARS = rf"(?P<first>{_YEAR})(?:\s*[-–—]\s*(?P<last>{_YEAR}))?\b"
# A notice is the sign or the word followed by the year: "© 2021 Acme", "Copyright © 2019–2022",
# "Copyright (c) 2020". Only after the sign may the holder come first, in capitalised words:
# "© Acme Inc. 2021". So "the Copyright Act of 1976" is not a notice.
_COPYRIGHT = re.compile(
    r"(?:(?i:\bcopyright\b)\s*(?:©|\((?i:c)\))?|©|\((?i:c)\))\s*" + _YEARS
    + r"|(?<![\w©])©\s*(?:[A-Z][\w&'-]*\.?,?\s+){1,4}" + _YEARS.replace("P<", "P<h")
)  # fmt: skip
# "fiscal 2022", "fiscal year 2022", "fiscal-year 2022", "FY 2022", "FY-22" before a year.
_FISCAL_WORDS = r"(?:(?i:fiscal[\s\-]+(?:year\s+)?)|FY\s*-?\s*)"
_FISCAL = re.compile(
    rf"\b(?:(?P<part>[QH][1-4])\s*(?:FY\s*)?(?P<py>{_SHORT_YEAR})"
    rf"|(?P<lead>[1-4])(?P<lunit>[QH])\s*(?:FY\s*)?(?P<ly>{_SHORT_YEAR})"
    rf"|(?P<ry>{_YEAR})\s*[-/]?\s*(?P<rpart>[QH][1-4])"
    rf"|FY\s*-?\s*(?P<fy>{_SHORT_YEAR})(?:/(?P<fy2>\d{{2}}|{_YEAR})\b)?"
    rf"|(?i:fiscal[\s\-]+(?:year\s+)?)(?P<fiscal>{_YEAR})"
    rf"|(?P<yf>{_YEAR})\s+(?i:fiscal\s+year)"
    rf"|(?i:(?P<nth>first|second|third|fourth)\s+(?P<unit>quarter|half)\s+of\s+)"
    rf"{_FISCAL_WORDS}?(?P<ny>{_YEAR}))\b",
)
# "Fiscal Year 2022 Appropriations Act": a period in the name of a law is not a reference.
_LAW_AFTER = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,4}(?:Act|Bill|Law|Directive|Regulation)\b")
# "FY00 – to date": a period that runs until now is not dated.
_ONGOING = re.compile(r"\s*[-–—]\s*(?i:to\s+date|present|now|today)\b")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
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
_LITERAL_CUE = LiteralScreen.of(
    re.compile(r"©|(?i:\(c\)|copyright|updated|fiscal|quarter|half)|FY")
).may_match
_PERIOD_CUE = re.compile(r"[QH][1-4]|[1-4][QH]").search
_AS_OF_CUE = re.compile(r"as\s+(?:of|at)", re.IGNORECASE).search


def _has_cue(text: str) -> bool:
    return _LITERAL_CUE(text) or bool(_PERIOD_CUE(text) or _AS_OF_CUE(text))


def find_references(
    units: Sequence[TextUnit], source: SourceText | None = None
) -> tuple[DatedReference, ...]:
    """Every dated reference in ``units``, for ``judge`` to weigh against the as-of date;
    with the file's ``source`` (text formats), each one's region in it."""
    found = []
    for order, unit in enumerate(units):
        if not _HAS_DIGIT(unit.text) or not _has_cue(unit.text):  # a year and a cue, always
            continue
        text = unit.text
        for said, ended, start, end in _references(text):
            if crosses_sentences(text, start, end):
                continue
            shown, span = excerpt_at(text, start, end)
            region = source_region(source, unit, (start, end))
            location = line_of_match(unit.location, region)
            found.append(
                DatedReference(said, ended, order, location, shown, unit.hidden, span, region)
            )
    return tuple(found)


def judge(ctx: JudgeContext) -> Iterator[Finding]:
    max_age = ctx.policy.freshness.dated_max_age
    cutoff = max_age.before(ctx.as_of)
    severity = ctx.severity(DATED_REFERENCE)
    aged = [reference for reference in ctx.references if reference.ended < cutoff]
    for reference, places in _first_of_repeats(aged):
        message = (
            f"Dated reference {reference.said!r}: ended {reference.ended.isoformat()}, "
            f"more than {max_age.describe()} before {ctx.as_of.isoformat()}"
        )
        if places:
            message += f"; repeats on {places}"
        yield Finding(
            DATED_REFERENCE.id,
            severity,
            message,
            reference.location,
            reference.excerpt,
            hidden=reference.hidden,
            span=reference.span,
            region=reference.region,
        )


_DIGITS = re.compile(r"\d+")


def _first_of_repeats(
    references: Iterable[DatedReference],
) -> Iterator[tuple[DatedReference, str]]:
    """Each reference, but a line repeated on several pages or slides (a running header or
    footer, with its page number) only at its first, with "N pages" saying how many."""
    groups: dict[tuple[str, str, str, str], list[DatedReference]] = {}
    for reference in references:
        location = reference.location
        anchor = "page" if location.page is not None else "slide" if location.slide else ""
        if not anchor:
            yield reference, ""
            continue
        key = (anchor, reference.said, location.part, _DIGITS.sub("#", reference.excerpt))
        groups.setdefault(key, []).append(reference)
    for (anchor, *_), repeats in groups.items():
        places = {getattr(r.location, anchor) for r in repeats}
        yield repeats[0], (f"{len(places)} {anchor}s" if len(places) > 1 else "")


def _references(text: str) -> Iterator[tuple[str, dt.date, int, int]]:
    """(what was said, when its period ended, start, end) for each reference in ``text``."""
    for match in _COPYRIGHT.finditer(text):
        last = match.group("last") or match.group("hlast")
        year = int(last or match.group("first") or match.group("hfirst"))
        said = " ".join(match.group(0).split())
        yield said, dt.date(year, 12, 31), match.start(), match.end()
    for match in _FISCAL.finditer(text):
        part = match.group("part") or match.group("rpart")
        if match.group("nth"):
            part = match.group("unit")[0].upper() + _ORDINALS[match.group("nth").lower()]
        elif match.group("lead"):  # "1H 2022", "3Q22"
            part = match.group("lunit") + match.group("lead")
        year_text = (
            match.group("py")
            or match.group("ly")
            or match.group("ry")
            or _later_year(match.group("fy"), match.group("fy2"))
            or match.group("fiscal")
            or match.group("yf")
            or match.group("ny")
        )
        if (part and part[0] == "H" and part[1] not in "12") or _ONGOING.match(text, match.end()):
            continue
        if _LAW_AFTER.match(text, match.end()):
            continue
        yield (
            " ".join(match.group(0).split()),
            _period_end(_full_year(year_text), part),
            match.start(),
            match.end(),
        )
    for match in _AS_OF.finditer(text):
        reading = read_date(text[match.end() :])
        if reading is not None and reading.date is not None:
            said = " ".join((match.group(0) + reading.text).split())
            yield said, reading.date, match.start(), match.end() + len(reading.text.rstrip())


def _later_year(first: str | None, second: str | None) -> str | None:
    """The year a split fiscal year ends in: "FY2022/23" ends in 2023."""
    if first is None or second is None:
        return first
    return second if len(second) == 4 else f"{_full_year(first) // 100}{second}"


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
