"""Literal phrases as people expect them to match in prose.

"Insights Pro" should find "insights pro", "Insights-Pro", "Insights\\nPro" (a line break in
a text box) and "Insights Pro's", but not "Insights Professional". One builder serves retired
terms, banned phrases and required disclaimers, so they all behave the same.

These patterns are made of escaped literal words, fixed gaps and edge tests: Python's ``re``
runs them in linear time. A policy's own regular expressions run on RE2 instead
(``freshcheck.policy.user_regex``).
"""

from __future__ import annotations

import re

# Between the words of a phrase: any run of spaces, line breaks or hyphen-like dashes.
_GAP = r"[\s\-\u2010\u2011\u2012\u2013\u2014\u00ad]*"
_POSSESSIVE = r"(?:['\u2019]s)?"
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014]+")


def phrase_pattern(phrase: str, *, possessive: bool = True) -> re.Pattern[str]:
    """A case-insensitive, whole-word pattern for ``phrase`` tolerant of spacing and hyphens."""
    words = [w for w in _WORD_SPLIT.split(phrase.strip()) if w]
    body = _GAP.join(re.escape(w) for w in words)
    start = r"(?<!\w)" if words and re.match(r"\w", words[0]) else ""
    end = r"(?!\w)" if words and re.search(r"\w$", words[-1]) else ""
    tail = _POSSESSIVE if possessive else ""
    return re.compile(f"{start}{body}{tail}{end}", re.IGNORECASE)


def excerpt(text: str, limit: int = 300) -> str:
    """A unit's text for a report: whitespace collapsed, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
