"""Facts written in words or in a second notation: one table, read by ``facts.extract_facts``.

Each row of ``WORD_FACTS`` is one form a writer uses for a fact, with the words that cue it,
the pattern and the canonical value it stands for, so both sides of a comparison (the
claim and the message) read "a quarter" as 25%, "nine out of ten" as 90%, "two dozen" as
24, "three nines" as 99.9%, "under a year" as under 12 months, "an hour and a half" as 90
minutes, "halves" as cut by 50% and "4.8 out of 5" as the rating 4.8/5. A value is written
as ``facts.py`` writes the same fact in digits, so "cuts … by a quarter" and "cuts … by 25%"
are the same ``percent 25``.

Guards keep words that are not facts out: "the first half of 2024" is a period, "a quarter
of an hour" and "every quarter" are time, "one in a million" is a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from freshcheck.messaging.fact_words import QUALIFIERS, SECONDS
from freshcheck.messaging.lazy_pattern import LazyPattern
from freshcheck.messaging.numbers import DIGITS, NUMBER_WORDS, canonical, parse_amount
from freshcheck.messaging.wording import word_set

# Fractions as shares: the share they name, in percent.
FRACTIONS: dict[str, Decimal] = {
    "half": Decimal(50),
    "halves": Decimal(50),
    "quarter": Decimal(25),
    "quarters": Decimal(25),
    "third": Decimal(33),
    "thirds": Decimal(33),
    "fifth": Decimal(20),
    "fifths": Decimal(20),
    "tenth": Decimal(10),
    "tenths": Decimal(10),
}
# How many of the fraction: "a", "one" (1), "two", "three", "four", "nine".
_HOW_MANY = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
# "three nines" is 99.9% availability.
NINES: dict[str, str] = {"two": "99", "three": "99.9", "four": "99.99", "five": "99.999"}

_NUM = rf"(?:{DIGITS}|{NUMBER_WORDS})"
_QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
_UNIT = r"business\s+day|second|minute|hour|day|week|month|year"
_FLAGS = re.IGNORECASE

# A fraction is a share when it says how much of something changed or holds: "by a
# quarter", "half the time", "a third of", "a fifth less". Not after an ordinal or a
# determiner that makes it a period ("the first half", "each quarter", "per quarter").
_FRACTION = LazyPattern(
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!last\s)(?<!next\s)(?<!this\s)"
    r"(?<!each\s)(?<!every\s)(?<!per\s)(?<!same\s)(?<!that\s)"
    r"\b(?:(a|one|two|three|four|nine)[\s-]+)?(half|halves|quarters?|thirds?|fifths?|tenths?)\b",
    _FLAGS,
)
# What may follow a share ("half the time", "a third of", "a fifth less") ...
_SHARE_AFTER = LazyPattern(
    r"\s+(?:the|of|less|fewer|more|faster|lower|higher|shorter|off|as)\b", _FLAGS
)
# ... except time: "a quarter of an hour", "half of 2024", "the first half of the year".
_TIME_AFTER = LazyPattern(
    r"\s+(?:the\s+)?(?:of\s+)?(?:the\s+|an?\s+)?(?:year|(?:19|20)\d\d|fiscal|hour|day|week|"
    r"month|century|quarter|season|part(?:y|ies))",
    _FLAGS,
)
# Otherwise a share needs "by" before it: "cut by a quarter", "down by a third" ("in"
# only for "half": "cut in half"; "in a quarter" is time, "by a third party" no share).
_BY_BEFORE = LazyPattern(r"\bby\s+$", _FLAGS)
_IN_BEFORE = LazyPattern(r"\b(?:by|in)\s+$", _FLAGS)

# "nine out of ten", "4 in 5 customers", "19 out of 20": a share in percent, unless the
# first number has decimals or is a rating ("4.8 out of 5", see _RATING).
_OUT_OF = LazyPattern(rf"\b({_NUM})\s+(?:out\s+of|in)\s+({_NUM})\b(?!\s*(?:%|percent))", _FLAGS)
# A rating: "4.8/5", "4.8 out of 5", "4.8 out of 5 stars", "4.8 stars".
_RATING = LazyPattern(
    r"(?<![\w.,/])(\d(?:\.\d{1,2})?)\s*(?:/\s*(5|10)|out\s+of\s+(5|10|five|ten)(?:\s+stars)?"
    r"|(?=\s*stars?\b)\s*stars?)(?![\w/.,]\d)",
    _FLAGS,
)
_RATED = LazyPattern(r"\b(?:rat(?:e|es|ed|ing|ings)|scor(?:e|es|ed)|review(?:s|ed)?)\b", _FLAGS)
_DOZEN = LazyPattern(rf"\b(a|{_NUM})\s+dozen\b", _FLAGS)
_NINES = LazyPattern(r"\b(two|three|four|five|2|3|4|5)\s+nines\b", _FLAGS)
# "under a year", "within an hour", "in less than a month": one unit, with its qualifier;
# "up and running in a week": one unit, exactly (not "once a week", "twice a day").
_ONE_UNIT = LazyPattern(rf"\b(?:({_QUAL})|in)\s+(?:a|an|one)\s+({_UNIT})\b(?!s)", _FLAGS)
# "spots disease a week sooner", "forecasts a day ahead": one unit of lead, exactly (not
# "once a week ahead of harvest": "once" before it counts times).
_ONE_UNIT_AHEAD = LazyPattern(
    r"(?<!\bonce )(?<!\btwice )(?<!\bin )(?<!\bwithin )"
    rf"\b(?:a|an|one)\s+({_UNIT})\b(?!s)"
    r"(?=\s+(?:sooner|earlier|ahead|before|in\s+advance|early|faster|later)\b)",
    _FLAGS,
)

# "an hour and a half", "within a minute and a half", "two and a half hours": a whole number
# of units and a half, so "in an hour and a half" is 90 minutes, not an hour.
_AND_A_HALF = LazyPattern(
    rf"\b(?:({_QUAL})\s+)?(?:(a|an|{_NUM})\s+({_UNIT})s?\s+and\s+a\s+half"
    rf"|({_NUM})\s+and\s+a\s+half\s+({_UNIT})s)\b",
    _FLAGS,
)
# "halves the consent time", "halved onboarding": cut by 50%. Not the noun ("two halves",
# "in halves", "the halves of").
_HALVES = LazyPattern(
    r"(?<!\bthe\s)(?<!\btwo\s)(?<!\bboth\s)(?<!\bin\s)(?<!\binto\s)"
    r"\b(?:halves|halved|halving)\b(?!\s+of\b)",
    _FLAGS,
)


@dataclass(frozen=True, slots=True)
class WordFact:
    """One fact found in words: where, what kind, its canonical value."""

    start: int
    end: int
    kind: str
    value: str


def _fractions(text: str) -> Iterator[WordFact]:
    for m in _FRACTION.finditer(text):
        how_many = (m.group(1) or "").lower()
        word = m.group(2).lower()
        count = _HOW_MANY.get(how_many, 1)
        if (count > 1) != word.endswith(("s", "halves")) or (not how_many and word != "half"):
            continue  # "three quarter", "quarters", "quarter" alone: not a share
        after = text[m.end() : m.end() + 30]
        before = text[max(0, m.start() - 8) : m.start()]
        if _TIME_AFTER.match(after):
            continue
        if not _SHARE_AFTER.match(after):
            by = _IN_BEFORE if word == "half" else _BY_BEFORE
            if not by.search(before):
                continue
        share = FRACTIONS[word] * count
        if word == "thirds" and count == 2:
            share = Decimal(67)  # two thirds is written 67%, not 66%
        yield WordFact(m.start(), m.end(), "percent", canonical(share))


def _out_of(text: str) -> Iterator[WordFact]:
    for m in _OUT_OF.finditer(text):
        part, whole = parse_amount(m.group(1)), parse_amount(m.group(2))
        if part is None or whole is None or not whole or part > whole or whole > 1000:
            continue
        if part != part.to_integral_value():
            continue  # "4.8 out of 5" is a rating
        if m.group(0).lower().split()[1] == "in" and whole in (1, 100) and part == 1:
            continue  # "one in a hundred" reads as a phrase more often than a share
        share = (part * 100 / whole).quantize(Decimal("0.1"))
        yield WordFact(m.start(), m.end(), "percent", canonical(share))


def _ratings(text: str) -> Iterator[WordFact]:
    for m in _RATING.finditer(text):
        whole = "." not in m.group(1)
        if whole and not (m.group(2) or m.group(3)):
            continue  # "a 5 star rating", "3-star hotel": the scale, not a rating
        if (
            whole
            and m.group(3)
            and not (
                "star" in m.group(0).lower()
                or _RATED.search(text, max(0, m.start() - 30), m.start())
            )
        ):
            continue  # "4 out of 5 reps" is a share; "rated 4 out of 5" a rating
        scale = (m.group(2) or m.group(3) or "5").lower()
        scale = {"five": "5", "ten": "10"}.get(scale, scale)
        value = parse_amount(m.group(1))
        if value is None or value > Decimal(scale):
            continue
        yield WordFact(m.start(), m.end(), "rating", f"{canonical(value)}/{scale}")


def _dozens(text: str) -> Iterator[WordFact]:
    for m in _DOZEN.finditer(text):
        amount = Decimal(1) if m.group(1).lower() == "a" else parse_amount(m.group(1))
        if amount is not None:
            yield WordFact(m.start(), m.end(), "number", canonical(amount * 12))


def _nines(text: str) -> Iterator[WordFact]:
    for m in _NINES.finditer(text):
        word = m.group(1).lower()
        word = {"2": "two", "3": "three", "4": "four", "5": "five"}.get(word, word)
        yield WordFact(m.start(), m.end(), "percent", NINES[word])


def _one_unit(text: str) -> Iterator[WordFact]:
    for m in _ONE_UNIT.finditer(text):
        qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", (m.group(1) or "").lower()), "")
        unit = re.sub(r"\s+", " ", m.group(2).lower())
        yield WordFact(m.start(), m.end(), "duration", f"{qualifier}{SECONDS[unit]}s")
    for m in _ONE_UNIT_AHEAD.finditer(text):
        unit = re.sub(r"\s+", " ", m.group(1).lower())
        yield WordFact(m.start(), m.end(), "duration", f"{SECONDS[unit]}s")


def _and_a_half(text: str) -> Iterator[WordFact]:
    for m in _AND_A_HALF.finditer(text):
        qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", (m.group(1) or "").lower()), "")
        count = (m.group(2) or m.group(4)).lower()
        whole = Decimal(1) if count in ("a", "an") else parse_amount(count)
        unit = re.sub(r"\s+", " ", (m.group(3) or m.group(5)).lower())
        if whole is None:
            continue
        seconds = (whole + Decimal("0.5")) * SECONDS[unit]
        yield WordFact(m.start(), m.end(), "duration", f"{qualifier}{canonical(seconds)}s")


def _halving(text: str) -> Iterator[WordFact]:
    for m in _HALVES.finditer(text):
        yield WordFact(m.start(), m.end(), "percent", "50")


@dataclass(frozen=True, slots=True)
class WordForm:
    """A row of the table: the form's name, its cue words, whether it needs a number."""

    name: str
    cues: frozenset[str]
    numeric: bool
    find: Callable[[str], Iterator[WordFact]]


# Checked in this order, before the digit finders of facts.py (a span taken here is not
# read again there: "4.8/5" is one rating, not 4.8 and 5).
WORD_FORMS: tuple[WordForm, ...] = (
    WordForm("rating", word_set("/ out stars star"), True, _ratings),
    WordForm("nines", word_set("nines"), False, _nines),
    WordForm("out-of", word_set("out in"), True, _out_of),
    WordForm("dozen", word_set("dozen"), False, _dozens),
    WordForm("and-a-half", word_set("half"), False, _and_a_half),
    WordForm("halving", word_set("halves halved halving"), False, _halving),
    WordForm("one-unit", word_set("year month week day hour minute second"), False, _one_unit),
    WordForm(
        "fraction",
        word_set("half halves quarter quarters third thirds fifth fifths tenth tenths"),
        False,
        _fractions,
    ),
)
