"""Reading dates as people write them in documents: ``2026-01-15``, ``15 Jan 2026``,
``January 15, 2026``, ``01/15/2026``, and month or year periods such as ``March 2023``.

Numeric day/month orders are ambiguous (``03/04/2026``); such a date is reported as
ambiguous rather than guessed, unless one number is over 12.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    MONTHS[calendar.month_name[_number].lower()] = _number
    MONTHS[calendar.month_abbr[_number].lower()] = _number
MONTHS["sept"] = 9

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"

# Each alternative names its groups so one reader handles all of them.
DATE_PATTERN = (
    r"(?:(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
    rf"|(?P<dd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm>{_MONTH}),?\s+(?P<dy>\d{{4}})"
    rf"|(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}}){_ORD},?\s+(?P<my>\d{{4}})"
    r"|(?P<na>\d{1,2})[/.](?P<nb>\d{1,2})[/.](?P<ny>\d{4})"
    rf"|(?P<pm>{_MONTH}),?\s+(?P<py>\d{{4}})"
    r"|(?P<yy>(?:19|20)\d{2}))"
)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateReading:
    """What a date text says: the day (or the last day of a month or year period).

    ``precision`` is ``day``, ``month`` or ``year``. ``problem`` explains why ``date`` is
    None for something that looked like a date (``ambiguous``, ``no such day``).
    """

    date: dt.date | None
    precision: str = "day"
    problem: str | None = None
    text: str = ""


def read_date(text: str, *, allow_year: bool = True) -> DateReading | None:
    """Read the date at the start of ``text``; None when nothing there looks like one."""
    match = _DATE.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    span_text = match.group(0)
    if groups["iy"]:
        return _day(int(groups["iy"]), int(groups["im"]), int(groups["id"]), span_text)
    if groups["dd"]:
        month = MONTHS[groups["dm"].lower().rstrip(".")]
        return _day(int(groups["dy"]), month, int(groups["dd"]), span_text)
    if groups["mm"]:
        month = MONTHS[groups["mm"].lower().rstrip(".")]
        return _day(int(groups["my"]), month, int(groups["md"]), span_text)
    if groups["na"]:
        return _numeric(int(groups["na"]), int(groups["nb"]), int(groups["ny"]), span_text)
    if groups["pm"]:
        month = MONTHS[groups["pm"].lower().rstrip(".")]
        year = int(groups["py"])
        last = calendar.monthrange(year, month)[1]
        return DateReading(dt.date(year, month, last), "month", text=span_text)
    if allow_year and groups["yy"]:
        return DateReading(dt.date(int(groups["yy"]), 12, 31), "year", text=span_text)
    return None


def parse_iso_date(text: str) -> dt.date:
    """Strict ``YYYY-MM-DD`` (command-line options, review records). Raises ValueError."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _day(year: int, month: int, day: int, text: str) -> DateReading:
    try:
        return DateReading(dt.date(year, month, day), text=text)
    except ValueError:
        return DateReading(None, problem=f"no such date: {text}", text=text)


def _numeric(first: int, second: int, year: int, text: str) -> DateReading:
    if first > 12 and second <= 12:
        return _day(year, second, first, text)
    if second > 12 and first <= 12:
        return _day(year, first, second, text)
    if first == second:
        return _day(year, first, first, text)
    return DateReading(None, problem=f"ambiguous date {text}: write it as YYYY-MM-DD", text=text)
