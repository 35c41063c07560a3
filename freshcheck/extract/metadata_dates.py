"""Dates written in document metadata: front matter values and HTML ``<meta>`` contents.

Accepts ISO 8601 (``2026-01-15``, ``2026-01-15T09:30:00Z``), slashed ISO (``2026/01/15``),
RFC 2822 (``Thu, 15 Jan 2026 09:30:00 GMT``, the HTTP Last-Modified form) and spelled-out
English dates (``15 January 2026``, ``January 15, 2026``). Anything else is not a date:
``None``, never an exception. Ambiguous numeric forms such as ``01/02/2026`` are refused.
"""

from __future__ import annotations

import datetime as dt
import email.utils

_SPELLED_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
# Longer strings are prose, not a date; skip the parsers rather than feed them megabytes.
_MAX_DATE_CHARS = 64


def parse_metadata_date(value: object) -> dt.datetime | None:
    """A datetime for a metadata value (a date, datetime or string), or None."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    return _parse_iso(text) or _parse_rfc2822(text) or _parse_spelled(text)


def _parse_iso(text: str) -> dt.datetime | None:
    candidate = text.replace("/", "-") if text[:4].isdigit() else text
    try:
        return dt.datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> dt.datetime | None:
    if not any(ch.isalpha() for ch in text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_spelled(text: str) -> dt.datetime | None:
    for layout in _SPELLED_FORMATS:
        try:
            return dt.datetime.strptime(text, layout)
        except ValueError:
            continue
    return None
