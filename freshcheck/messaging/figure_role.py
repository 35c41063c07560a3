"""What a figure is in its sentence: a change, a share, a length, an interval or a lead.

"Meridel Capture lowers data query rates by 30%" states a change: rates fell by 30%.
"Meridel Capture closes 30% of data queries automatically" states a share: 30% of the
queries. The figure, the product and the subject words are the message's, but the quantity
is another one, and the sentence is not the claim, stale or not. The same holds the other
way ("9 of the top 20 sponsors" is a share; "by 9" would be a change), and for a length:
"the help desk logs a call 3 minutes long" measures a call, not "answers calls within 3
minutes" (SPEC §4, "the same number for an unrelated metric").

A sentence's roles are read from the words around its figures:

- change: "by 30%", "by $2M", "30% faster", "2x fewer", "a 30% reduction", or a verb of
  moving (cut, lower, rise … from ``direction``) anywhere in the sentence;
- share: "30% of …", "9 of the top 20", "nine in ten", "9 out of 10";
- length: "3 minutes long", "five years old", "2 miles away", and a length before what it
  measures: "a 10-second clip", "a 45-minute webinar";
- interval: "every 60 seconds", "every hour", "3 times a day" (how often, not how fast;
  "every year" is a rate's period, not an interval);
- lead: "up to 60 minutes before registration", "2 days ahead of", "a week in advance" (how
  early, not how fast: "7 days sooner" is one, and a change too; "alerts parents within 60
  minutes of registration" has none).

``another_quantity`` compares the claim's roles with those of every wording of the message
(current and superseded): a share where every wording states a change and none a share, a
change where they state a share and none a change, or a length, an interval or a lead none
of them has. A claim
with no role it can read ("Payback period | 9 months", "30% with Meridel Capture") is never
turned away here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from freshcheck.messaging.direction import DOWN, UP
from freshcheck.messaging.numbers import DIGITS, NUMBER_WORD_VALUES, NUMBER_WORDS
from freshcheck.messaging.wording import fold_word

_FLAGS = re.IGNORECASE
_PERCENT = r"\s*(?:%|\bpercent\b|\bper\s+cent\b)"
_QUALIFIER = r"(?:(?:up\s+to|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?"
_CHANGE_WORD = (
    r"(?:faster|fewer|less|lower|more|higher|cheaper|quicker|shorter|smaller|bigger|greater"
    r"|better|sooner|reduction|increase|decrease|improvement|drop|rise|gain|lift|cut|uplift"
    r"|boost|saving|savings)\b"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|pages?|miles?|kilometres?"
    r"|kilometers?|km|feet|foot|metres?|meters?|inches?)"
)
# Seconds to hours only: "every year", "every 3 years" is the period of a rate or a lifetime
# ("$25 billion … every year", "a new battery every 3 years"), not how often something runs.
_CLOCK = r"(?:seconds?|minutes?|hours?)"
_MEASURED_THING = (
    r"(?:clip|video|demo|tour|podcast|episode|recording|webinar|session|call|meeting|talk"
    r"|walkthrough|course|class|workshop|tutorial|break|drive|flight|keynote|presentation"
    r"|warranty|warranties|guarantee|trial|contract|lease|subscription)s?"
)


def _patterns(num: str) -> dict[str, re.Pattern[str]]:
    """Each role's pattern for numbers written as ``num``."""
    return {
        "change": re.compile(
            rf"\bby\s+{_QUALIFIER}[$€£]?{num}\s*(?:{_PERCENT}|\s*[x×]\b|\s+times\b|\s*-?fold\b"
            rf"|\s+(?:percentage\s+)?points?\b|\s*pp\b|\s*(?:[kmb]n?|thousand|million|billion)\b"
            rf"|\s+{_UNIT}\b|\s*[.,;](?!\d)|\s*$)"
            rf"|{num}(?:{_PERCENT}|\s*[x×]|\s+times)[\s-]+{_CHANGE_WORD}",
            _FLAGS,
        ),
        "share": re.compile(
            rf"{num}{_PERCENT}\s+of\b"
            rf"|{num}\s+(?:in|out\s+of)\s+(?:every\s+)?{num}"
            rf"|{num}\s+of\s+(?:the|our|their|its)\s+(?:top\s+|largest\s+|biggest\s+)?{num}",
            _FLAGS,
        ),
        "length": re.compile(
            rf"{num}[\s-]*{_UNIT}[\s-]+(?:long|old|away|ago|deep|wide|tall)\b"
            rf"|{num}-{_UNIT}\s+(?:[a-z]+\s+)?{_MEASURED_THING}\b",
            _FLAGS,
        ),
        "interval": re.compile(
            rf"\bevery\s+(?:{num}\s*)?{_CLOCK}\b|{num}\s+times\s+(?:a|an|per|each)\s+{_UNIT}\b",
            _FLAGS,
        ),
        # "up to 60 minutes before registration", "2 days ahead of", "a week in advance".
        "lead": re.compile(
            rf"{num}\s*{_UNIT}\s+(?:before|ahead|in\s+advance|prior\s+to|sooner|earlier)\b",
            _FLAGS,
        ),
        # "14 days sooner" is a lead and a change: how much earlier than before.
        "sooner": re.compile(rf"{num}\s*{_UNIT}\s+(?:sooner|earlier)\b", _FLAGS),
    }


# Number words are dear to look for at every position, and most sentences have none: the
# digits-only twins run unless the sentence has a number word.
_DIGITS_ONLY = _patterns(rf"(?:{DIGITS})")
_ANY_NUMBER = _patterns(rf"(?:{DIGITS}|\b(?:{NUMBER_WORDS})\b)")
_WORD = re.compile(r"[a-z]+")
_MOVING = UP | DOWN
_ARTICLE = {"length": "a", "interval": "an", "lead": "a"}


def roles(text: str) -> frozenset[str]:
    """The roles of ``text``'s figures: "change", "share", "length", "interval", "lead"."""
    words = _WORD.findall(text.lower())
    patterns = _DIGITS_ONLY if NUMBER_WORD_VALUES.isdisjoint(words) else _ANY_NUMBER
    found = {role for role, pattern in patterns.items() if pattern.search(text)}
    if not _MOVING.isdisjoint(map(fold_word, words)):
        found.add("change")
    if "sooner" in found:
        found.discard("sooner")
        found.add("change")
    return frozenset(found)


@lru_cache(maxsize=4096)
def _message_roles(texts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(roles(text) for text in texts)


def another_quantity(text: str, message_texts: Iterable[str]) -> str | None:
    """Why ``text``'s figure is another quantity than the message's (its wordings
    ``message_texts``), or None (see module doc)."""
    said = roles(text)
    if not said:
        return None
    theirs = _message_roles(tuple(message_texts))
    for role in ("length", "interval", "lead"):
        if role in said and "change" not in said and all(role not in r for r in theirs):
            return f"its figure is {_ARTICLE[role]} {role}, which the message does not state"
    if said == {"share"} and all("change" in r and "share" not in r for r in theirs):
        return "its figure is a share of something, where the message states a change"
    if said == {"change"} and all("share" in r and "change" not in r for r in theirs):
        return "its figure is a change, where the message states a share"
    return None
