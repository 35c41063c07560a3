"""The words facts are written with: currencies, qualifiers, time units and month names.

Data for ``facts.py``: each table maps a spelling to its canonical meaning ("over" -> "+",
"hrs" -> 3600 seconds, "sept" -> 9), or lists the words that cue a finder.
"""

from __future__ import annotations

from freshcheck.messaging.numbers import ORDINAL_WORDS
from freshcheck.messaging.wording import word_set

CURRENCY: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
}
QUALIFIERS: dict[str, str] = {
    "more than": "+",
    "over": "+",
    "at least": "+",
    "upwards of": "+",
    "greater than": "+",
    "in excess of": "+",
    "under": "<",
    "less than": "<",
    "fewer than": "<",
    "up to": "<",
    "within": "<",
    "below": "<",
    "nearly": "~",
    "almost": "~",
    "about": "~",
    "around": "~",
    "approximately": "~",
    "roughly": "~",
}
SECONDS: dict[str, int] = {
    "second": 1,
    "sec": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "day": 86400,
    "business day": 86400,
    "week": 604800,
    "wk": 604800,
    "month": 2_592_000,
    # A year is twelve of those months, so "under a year" is "under 12 months" (SPEC §4).
    "year": 31_104_000,
    "yr": 31_104_000,
}
MONTHS: dict[str, int] = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}

# Cue words: a sentence without any of them cannot hold that kind of fact (see facts.FINDERS).
MARKS = "$€£¥%+#/×-"  # characters that cue a finder; they join a sentence's tokens
FOLD_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
UNIT_WORDS = word_set(
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks "
    "wk wks month months year years yr yrs"
)
# The distinctive word of each qualifier in QUALIFIERS ("at least" -> "least").
QUALIFIER_WORDS = word_set(
    "more over least upwards greater excess under less fewer up within below nearly almost "
    "about around approximately roughly"
)
ORDINAL_CUES = word_set("st nd rd th no number year quarter") | frozenset(ORDINAL_WORDS)
MULTIPLIER_WORDS = word_set(
    "x × times fold twice double doubles doubled triple triples tripled"
) | frozenset(word + "fold" for word in FOLD_WORDS)
