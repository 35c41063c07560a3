"""PDF date strings: the Info dictionary's ``D:YYYYMMDDHHmmSSOHH'mm'`` and XMP's ISO 8601.

Producers write Info dates loosely: the ``D:`` prefix missing, only a year, ``Z00'00``,
an offset without apostrophes, trailing junk. Every part after the year is optional.
A value that is not a date at all is ``None``, never an exception.
"""

from __future__ import annotations

import datetime as dt
import re

_PDF_DATE = re.compile(
    r"\s*(?:D:)?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?"
    r"(?P<hour>\d{2})?(?P<minute>\d{2})?(?P<second>\d{2})?"
    r"\s*(?:(?P<utc>Z)|(?P<sign>[+-])(?P<oh>\d{2})'?(?P<om>\d{2})?'?)?"
)
# Longer strings are prose or garbage, not a date.
_MAX_DATE_CHARS = 64


def parse_pdf_date(value: object) -> dt.datetime | None:
    """``D:20240115093000+01'00'`` → an aware datetime; no offset → naive; junk → None."""
    if not isinstance(value, str) or len(value) > _MAX_DATE_CHARS:
        return None
    match = _PDF_DATE.match(value)
    if match is None:
        return None
    parts = match.groupdict()
    try:
        tz = _zone(parts["utc"], parts["sign"], parts["oh"], parts["om"])
        return dt.datetime(
            int(parts["year"]),
            int(parts["month"] or 1),
            int(parts["day"] or 1),
            int(parts["hour"] or 0),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
            tzinfo=tz,
        )
    except ValueError:  # month 13, hour 25, offset past a day: not a date
        return None


def parse_xmp_date(value: object) -> dt.datetime | None:
    """XMP's ISO 8601 (``2024-01-15T09:30:00+01:00``, ``2024-01``, ``2024``) or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    if re.fullmatch(r"\d{4}(-\d{2})?", text):
        text = f"{text}-01-01"[:10] if len(text) == 4 else f"{text}-01"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _zone(
    utc: str | None, sign: str | None, hours: str | None, minutes: str | None
) -> dt.tzinfo | None:
    if utc:
        return dt.UTC
    if sign is None or hours is None:
        return None  # no offset written: local time of an unknown place, kept naive
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    return dt.timezone(-offset if sign == "-" else offset)
