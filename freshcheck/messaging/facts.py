"""Facts inside a claim, normalised so that equal facts spelled differently are equal.

``extract_facts(text, products)`` finds percentages, money, multipliers, durations, counts,
plain numbers, years, dates, fiscal periods and product names. Each ``Fact.value`` is
canonical: "$1.2M" and "USD 1,200,000" are both ``USD 1200000``; "3x", "3X" and "three
times" are all ``3``; "more than 4,000" and "4,000+" are both ``4000+``; "2 hours" and "120
minutes" are both ``7200s``.

Patterns run from the most specific to the least; a character claimed by one fact is never
part of another, so "24/7" is not two numbers and "$1.2M" is not a plain 1.2. Certification
names ("SOC 2", "ISO 27001") are claimed without becoming facts, so their digits are not
numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from freshcheck.messaging.fact_words import (
    CURRENCY,
    FOLD_WORDS,
    MARKS,
    MONTHS,
    MULTIPLIER_WORDS,
    ORDINAL_CUES,
    QUALIFIER_WORDS,
    QUALIFIERS,
    SECONDS,
    UNIT_WORDS,
)
from freshcheck.messaging.lazy_pattern import LazyPattern
from freshcheck.messaging.numbers import (
    DIGITS,
    NUMBER_WORD_VALUES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    canonical,
    parse_amount,
)
from freshcheck.messaging.products import ProductNames
from freshcheck.messaging.word_facts import WORD_FORMS, WordForm
from freshcheck.messaging.wording import word_set
from freshcheck.model import Fact

_NUM = rf"(?:{DIGITS})"
_ANY_NUM = rf"(?:{DIGITS}|{NUMBER_WORDS})"
_QUAL = r"(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+") + r")"
_SCALE = r"(?:thousand|million|billion|mn|bn|mm|[kKmMbB])(?![a-zA-Z])"
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FLAGS = re.IGNORECASE

CERTIFICATION = LazyPattern(
    r"\bSOC[\s-]*[123]\b(?:\s+Type\s+(?:II|I|1|2)\b)?|\bISO(?:/IEC)?\s*\d{4,5}(?::\d{4})?\b"
    r"|\bPCI[\s-]DSS\b(?:\s+(?:Level\s+)?\d)?|\bHIPAA\b|\bFedRAMP\b|\bGDPR\b|\bCSA\s+STAR\b"
    r"|\bType\s+(?:II|I)\b|\bHITRUST\b|\bTISAX\b|\bCyber\s+Essentials\b",
    _FLAGS,
)
_SCHEDULE = LazyPattern(r"(?<![\w/])(24|\d{1,2})\s*[/x×]\s*(7|5|365)(?![\w/])", _FLAGS)
_DATE_ISO = LazyPattern(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_DATE_DMY = LazyPattern(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\s*,?\s*((?:19|20)\d\d)\b", _FLAGS
)
_DATE_MDY = LazyPattern(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", _FLAGS
)
_DATE_MY = LazyPattern(rf"\b({_MONTH})\s+((?:19|20)\d\d)\b", _FLAGS)
_PERIOD = LazyPattern(
    r"\b(?:(Q[1-4]|H[12])\s*(?:FY\s*)?'?(\d{4}|\d{2})|FY\s*'?(\d{4}|\d{2})(?:\s*(Q[1-4]|H[12]))?)\b",
    _FLAGS,
)
_MONEY_BEFORE = LazyPattern(
    rf"(US\$|[$€£¥]|\b(?:USD|EUR|GBP|JPY)\b)\s?({_NUM})(?:\s*({_SCALE}))?", _FLAGS
)
# "4 fewer hours", "3 consecutive years": the number and unit are still a duration.
_UNIT_MODIFIERS = r"fewer|more|extra|additional|consecutive|straight|full|whole"


# Patterns that accept number words are built twice, for ``_ANY_NUM`` and for digits only
# (``_NUM``): number words are costly to look for, and most sentences have none. Each match
# starts a word, so ``_twins`` puts ``\b`` first: the engine skips the inside of words.
def _money_after_pattern(number: str) -> str:
    return rf"({number})(?:\s*({_SCALE}))?\s*(USD|EUR|GBP|JPY|dollars|euros|pounds|€)\b"


def _percent_pattern(number: str) -> str:
    return rf"({number})\s*(?:%|(?:percent|per\s+cent|pct)\b)"


def _multiplier_pattern(number: str) -> str:
    return (
        rf"({_NUM})\s*[x×](?![\w])|\b({number})[\s-]+(?:times|fold)\b"
        rf"|\b(twice|double[sd]?|triple[sd]?)\b(?!-)"
        rf"|\b({'|'.join(FOLD_WORDS)})fold\b"  # "threefold"
    )


def _duration_pattern(number: str) -> str:
    return (
        rf"(?:\b({_QUAL})\s+)?({number})[\s-]*(?:(?:{_UNIT_MODIFIERS})\s+)?"
        rf"(business\s+days?|seconds?|secs?|minutes?|mins?"
        rf"|hours?|(?-i:[Hh]rs?)|days?|weeks?|wks?|months?|years?|yrs?)\b"
    )  # "HR" in capitals is human resources: "200 HR and finance apps" counts apps


def _count_pattern(number: str) -> str:
    return rf"\b({_QUAL})\s+({number})(?:\s*({_SCALE}))?|({_NUM})(?:\s*({_SCALE}))?\s*\+"


_YEAR = LazyPattern(r"(?<![\w.,$€£])((?:19[5-9]|20\d)\d)(?![\w%.,]\d|\w)")
_ORDINAL = LazyPattern(
    r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(ORDINAL_WORDS) + r")(?=[\s-]+(?:consecutive|"
    r"straight|year|time|quarter)\b)|\b(?:year|quarter)\s+(one|two|three|four|five|[1-9])\b"
    r"(?![\d.,%])",  # "year one" is "the first year"
    _FLAGS,
)
_RANK = LazyPattern(r"(?:#|\bNo\.\s?|\bnumber\s+)(1|one)\b", _FLAGS)
_NUMBER = LazyPattern(rf"\b(?:({_NUM})(?:\s*({_SCALE}))?|\b({NUMBER_WORDS}))", _FLAGS)
_NUMBER_DIGITS = LazyPattern(rf"\b({_NUM})(?:\s*({_SCALE}))?()", _FLAGS)
_SMALL_WORDS = frozenset({"zero", "one", "a"})


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: str
    value: str


Finder = Callable[[str, ProductNames], Iterator[_Found]]


def _schedule(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in _SCHEDULE.finditer(text):
        if m.group(1) in ("24", "8", "12", "9", "10"):
            yield _Found(m.start(), m.end(), "number", f"{m.group(1)}/{m.group(2)}")


def _certifications(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in CERTIFICATION.finditer(text):
        yield _Found(m.start(), m.end(), "", "")  # claimed, never reported


def _dates(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in _DATE_ISO.finditer(text):
        yield _Found(m.start(), m.end(), "date", m.group(0))
    for m in _DATE_DMY.finditer(text):
        month = MONTHS[m.group(2).lower().rstrip(".")]
        value = f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"
        yield _Found(m.start(), m.end(), "date", value)
    for m in _DATE_MDY.finditer(text):
        month = MONTHS[m.group(1).lower().rstrip(".")]
        value = f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
        yield _Found(m.start(), m.end(), "date", value)
    for m in _DATE_MY.finditer(text):
        if m.group(1).lower().rstrip(".") == "may" and m.group(1)[0] == "m":
            continue  # "may 2025" in lower case is more likely the verb
        month = MONTHS[m.group(1).lower().rstrip(".")]
        yield _Found(m.start(), m.end(), "date", f"{m.group(2)}-{month:02d}")


def _full_year(two_or_four: str) -> str:
    return two_or_four if len(two_or_four) == 4 else f"20{two_or_four}"


def _periods(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in _PERIOD.finditer(text):
        if m.group(1):
            value = f"{_full_year(m.group(2))}-{m.group(1).upper()}"
        else:
            value = f"FY{_full_year(m.group(3))}"
            if m.group(4):
                value += f"-{m.group(4).upper()}"
        yield _Found(m.start(), m.end(), "period", value)


def _twins(
    pattern: Callable[[str], str], finder: Callable[[LazyPattern], Finder]
) -> tuple[Finder, Finder]:
    """The finder for digits and number words, and its digits-only twin. Their patterns
    are the longest here, and a text needs one of the two: each compiles on first use."""
    any_number = LazyPattern(rf"\b(?:{pattern(_ANY_NUM)})", _FLAGS)
    return finder(any_number), finder(LazyPattern(rf"\b(?:{pattern(_NUM)})", _FLAGS))


def _money_with(after: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in _MONEY_BEFORE.finditer(text):
            amount = parse_amount(m.group(2), m.group(3))
            if amount is not None:
                currency = CURRENCY[m.group(1).lower()]
                yield _Found(m.start(), m.end(), "money", f"{currency} {canonical(amount)}")
        for m in after.finditer(text):
            amount = parse_amount(m.group(1), m.group(2))
            if amount is not None:
                currency = CURRENCY[m.group(3).lower()]
                yield _Found(m.start(), m.end(), "money", f"{currency} {canonical(amount)}")

    return find


def _percent_with(pattern: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in pattern.finditer(text):
            amount = parse_amount(m.group(1))
            if amount is not None:
                yield _Found(m.start(), m.end(), "percent", canonical(amount))

    return find


def _multiplier_with(pattern: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in pattern.finditer(text):
            word = (m.group(3) or "").lower()
            if word:
                value: Decimal | None = Decimal(2 if word.startswith(("twice", "doub")) else 3)
            else:
                value = parse_amount(m.group(1) or m.group(2) or m.group(4))
            if value is not None:
                yield _Found(m.start(), m.end(), "multiplier", canonical(value))

    return find


def _duration_with(pattern: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in pattern.finditer(text):
            amount = parse_amount(m.group(2))
            if amount is None:
                continue
            unit = re.sub(r"\s+", " ", m.group(3).lower())
            unit = unit[:-1] if unit.endswith("s") and unit[:-1] in SECONDS else unit
            seconds = amount * SECONDS.get(unit, 1)
            qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", (m.group(1) or "").lower()), "")
            yield _Found(m.start(), m.end(), "duration", f"{qualifier}{canonical(seconds)}s")

    return find


def _count_with(pattern: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in pattern.finditer(text):
            if m.group(2):
                amount = parse_amount(m.group(2), m.group(3))
                qualifier = QUALIFIERS[re.sub(r"\s+", " ", m.group(1).lower())]
            else:
                amount, qualifier = parse_amount(m.group(4), m.group(5)), "+"
            if amount is not None:
                number = canonical(amount)
                value = f"{number}+" if qualifier == "+" else qualifier + number
                yield _Found(m.start(), m.end(), "count", value)

    return find


_money, _money_in_digits = _twins(_money_after_pattern, _money_with)
_percent, _percent_in_digits = _twins(_percent_pattern, _percent_with)
_multiplier, _multiplier_in_digits = _twins(_multiplier_pattern, _multiplier_with)
_duration, _duration_in_digits = _twins(_duration_pattern, _duration_with)
_count, _count_in_digits = _twins(_count_pattern, _count_with)


def _products(text: str, products: ProductNames) -> Iterator[_Found]:
    for start, end, name in products.find(text):
        yield _Found(start, end, "product", name)


def _years(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in _YEAR.finditer(text):
        yield _Found(m.start(), m.end(), "year", m.group(1))


def _ordinals(text: str, _: ProductNames) -> Iterator[_Found]:
    for m in _RANK.finditer(text):
        yield _Found(m.start(), m.end(), "number", "1")
    for m in _ORDINAL.finditer(text):
        if m.group(3):
            start = m.start(3)  # the number only: "year" stays a word
            amount = parse_amount(m.group(3))
            yield _Found(start, m.end(), "number", canonical(amount or Decimal(0)))
            continue
        value = m.group(1) or str(ORDINAL_WORDS[m.group(2).lower()])
        yield _Found(m.start(), m.end(), "number", str(int(value)))


def _numbers_with(pattern: LazyPattern) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for m in pattern.finditer(text):
            if m.group(3) and m.group(3).lower() in _SMALL_WORDS:
                continue  # "one" and "a" are words before they are numbers
            amount = parse_amount(m.group(1) or m.group(3), m.group(2))
            if amount is not None:
                yield _Found(m.start(), m.end(), "number", canonical(amount))

    return find


def _word_form(form: WordForm) -> Finder:
    def find(text: str, _: ProductNames) -> Iterator[_Found]:
        for fact in form.find(text):
            yield _Found(fact.start, fact.end, fact.kind, fact.value)

    return find


_numbers = _numbers_with(_NUMBER)
_numbers_in_digits = _numbers_with(_NUMBER_DIGITS)


# Most specific first: a span taken by an earlier finder is never reused by a later one.
# Each finder has a cue: words (whole tokens) or characters without which it cannot match.
# The sentence is tokenised once and each cue is a set lookup, because most sentences lack
# most kinds of fact and scanning the text once per finder was most of the cost.
@dataclass(frozen=True, slots=True)
class _Cue:
    words: frozenset[str] = frozenset()  # tokens, or marks such as "%" (see sentence_tokens)
    numeric: bool = True  # needs a digit or a number word somewhere in the sentence
    year: bool = False  # needs a four-digit token (every date pattern has a year)


FINDERS: tuple[tuple[_Cue, Finder], ...] = (
    (_Cue(numeric=False), _products),  # its own cue: the names' first words (products.py)
    (
        _Cue(word_set("soc iso pci hipaa fedramp gdpr type hitrust tisax cyber csa"), False),
        _certifications,
    ),
    # Facts in words and second notations (word_facts.WORD_FORMS: "a quarter", "4.8/5").
    *((_Cue(form.cues, form.numeric), _word_form(form)) for form in WORD_FORMS),
    (_Cue(frozenset("x/×")), _schedule),
    (_Cue(frozenset([*MONTHS, "-"]), year=True), _dates),
    (_Cue(word_set("q h fy")), _periods),
    (_Cue(word_set("usd eur gbp jpy dollars euros pounds $ € £ ¥")), _money),
    (_Cue(word_set("percent cent pct %")), _percent),
    (_Cue(MULTIPLIER_WORDS, numeric=False), _multiplier),
    (_Cue(UNIT_WORDS), _duration),
    (_Cue(QUALIFIER_WORDS | {"+"}), _count),
    (_Cue(ORDINAL_CUES | {"#"}), _ordinals),
    (_Cue(year=True), _years),
    (_Cue(numeric=True), _numbers),
)


_TOKENS = re.compile(r"[a-z]+|\d+")
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NUMBER_WORD_SET = frozenset([*NUMBER_WORD_VALUES, *ORDINAL_WORDS])
_DIGITS_ONLY: dict[Finder, Finder] = {
    _numbers: _numbers_in_digits,
    _money: _money_in_digits,
    _percent: _percent_in_digits,
    _multiplier: _multiplier_in_digits,
    _duration: _duration_in_digits,
    _count: _count_in_digits,
}
# Each finder with its cue unpacked and its digits-only twin (itself when it has none).
_PLAN = tuple(
    (cue.words, cue.numeric, cue.year, finder, _DIGITS_ONLY.get(finder, finder))
    for cue, finder in FINDERS
)


def sentence_tokens(text: str) -> frozenset[str]:
    """The lower-case letter runs and digit runs of ``text``, plus the marks in it ("%")."""
    tokens = _TOKENS.findall(text.lower())
    return frozenset([*tokens, *(mark for mark in MARKS if mark in text)])


def extract_facts(
    text: str, products: ProductNames | None = None, tokens: frozenset[str] | None = None
) -> tuple[Fact, ...]:
    """Every fact in ``text``, in reading order, each with its canonical value and span.

    ``tokens`` is ``sentence_tokens(text)`` when the caller already has it.
    """
    if not text:
        return ()
    names = products if products is not None else ProductNames()
    if tokens is None:
        tokens = sentence_tokens(text)
    digits_left = len(_DIGIT.findall(text))  # digits not yet inside a found span
    number_words = not _NUMBER_WORD_SET.isdisjoint(tokens)
    has_year = digits_left > 0 and _FOUR_DIGITS.search(text) is not None
    taken = bytearray(len(text))
    found: list[_Found] = []
    for words, numeric, year, finder, in_digits in _PLAN:
        if (numeric and not (digits_left or number_words)) or (year and not has_year):
            # Most kinds of fact need digits or number words (every match of a numeric
            # finder has one), so once every digit is taken they find nothing new.
            continue
        if finder is _products:
            if names.starts.isdisjoint(tokens):
                continue
        elif words and words.isdisjoint(tokens):
            continue
        for item in (finder if number_words else in_digits)(text, names):
            start, end = item.start, item.end
            if end <= start or taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            if digits_left:
                digits_left -= len(_DIGIT.findall(text, start, end))
            if item.kind:
                found.append(item)
    found.sort(key=lambda f: f.start)
    return tuple(Fact(f.kind, f.value, text[f.start : f.end], (f.start, f.end)) for f in found)
