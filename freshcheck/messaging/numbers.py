"""Numbers as sales decks write them: digits with separators and scales, and number words.

``parse_number("1,200")``, ``parse_number_words("forty-five")`` and ``canonical(...)`` give
one spelling per value, so "$1.2M" and "$1,200,000" compare equal as text. Decimal keeps
"1.2 million" exact (floats would make it 1199999.9999…).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# Scale suffixes after digits: "$1.2M", "800K", "3bn", "1.5 million".
SCALE_SUFFIXES = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mm": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}

NUMBER_WORD_VALUES = frozenset([*_UNITS, *_TENS, *_SCALES])
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
# A run of number words: "forty-five", "one hundred and twenty", "a hundred", "two thousand".
NUMBER_WORDS = (
    rf"(?:\ba\s+(?:hundred|thousand|million)\b|\b(?:{_WORD})\b)"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD})\b)*"
)
# Digits with optional thousands separators and decimals: "4,000", "99.9", "1200".
DIGITS = r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,])\d+(?:\.\d+)?"

_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> Decimal | None:
    """Digits as written ("4,000", "99.9") to a Decimal; None when it is not a number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> int | None:
    """Number words to an int: "forty-five" 45, "a hundred" 100, "two thousand and ten" 2010."""
    total = current = 0
    seen = False
    for word in _WORD_SPLIT.split(text.lower().strip()):
        if word in ("and", ""):
            continue
        if word == "a" and not seen:
            current, seen = 1, True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current, seen = 0, True
        else:
            return None
    return total + current if seen else None


def parse_amount(number: str, scale: str | None = None) -> Decimal | None:
    """Digits or number words, times an optional scale word or suffix ("1.2", "M")."""
    value: Decimal | None
    if number[:1].isdigit():
        value = parse_number(number)
    else:
        words = parse_number_words(number)
        value = None if words is None else Decimal(words)
    if value is None:
        return None
    if scale:
        value *= SCALE_SUFFIXES.get(scale.lower().rstrip("."), 1)
    return value


def canonical(value: Decimal) -> str:
    """One spelling per value: 1200000, 99.9, 45 (no exponent, no trailing zeros)."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
