"""What a price is for: "$4 per 100 GB" is not "$4 per user".

"Extra archive storage for Thistlewood Mail costs $4 per 100 GB per month" has the
message's product, verb and old figure ("Thistlewood Mail costs $4 per user per month"),
but it prices another thing: a price's unit ("per user", "a seat", "per 100 GB") says what
is bought. A sentence whose price is for units the message's never are, where the message's
price is for units the sentence never names, prices another item (SPEC §4, "the same
number for an unrelated metric"). Billing periods (per month, a year) say when, not what,
and are left out; a seat, a licence and a user are one unit.

A discount is a price too: "Acme Reserve's audit service costs 25% less when bought with
Recover" prices a bundle, not "Acme Reserve cuts claims leakage by 25%". A sentence that
states a discount (costs N% less, an N% discount, when bought with …) states no message that speaks
of no price or cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from freshcheck.messaging.wording import fold_word, word_set

# A price and the units after it: "$4 per user per month", "€1,200 a seat", "$0.40 per label".
_PRICE_UNITS = re.compile(
    r"(?:[$€£¥]|\b(?:USD|EUR|GBP)\s?)\d[\d,]*(?:\.\d+)?(?:\s*[kKmM]\b)?"
    r"(?P<units>(?:\s*(?:/|\ba\b|\ban\b|\bper\b|\beach\b)\s*(?:\d[\d,.]*\s*)?[A-Za-z]+)+)",
)
_UNIT = re.compile(r"(?:/|\ba\b|\ban\b|\bper\b|\beach\b)\s*(?:\d[\d,.]*\s*)?(?P<unit>[A-Za-z]+)")
_PERIODS = word_set(
    """second minute hour day week month year quarter annum mo yr hr night season term"""
)
# Units that are one: a seat is a user is a licence.
_PERSON = word_set("user seat licence license person head employee member agent login")


_DISCOUNT = re.compile(
    r"\b(?:costs?|priced|billed)\s+\d[\d.,]*\s*(?:%|percent)\s+less\b"
    r"|\b\d[\d.,]*\s*(?:%|percent)\s+discount\b"  # "takes 30% off" is a cut, not a price
    r"|\bwhen\s+(?:bought|bundled|purchased|ordered)\s+(?:with|alongside)\b",
    re.IGNORECASE,
)
_PRICE_WORDS = re.compile(
    r"[$€£¥]|\b(?:costs?|price[sd]?|pricing|fees?|pays?|paid|spend|spent|discounts?|cheaper"
    r"|charges?|rates?|premiums?|savings?|saves?)\b",
    re.IGNORECASE,
)


def _units(text: str) -> frozenset[str]:
    """The units ``text``'s prices are for, periods left out, folded."""
    out: set[str] = set()
    for price in _PRICE_UNITS.finditer(text):
        for unit in _UNIT.finditer(price.group("units")):
            raw = unit.group("unit").lower()
            if raw in _PERIODS or raw.removesuffix("s") in _PERIODS:
                continue
            person = raw in _PERSON or raw.removesuffix("s") in _PERSON
            out.add("person" if person else fold_word(raw))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _message_units(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_units(text) for text in texts))


def prices_another_item(text: str, message_texts: Iterable[str]) -> str | None:
    """Why ``text``'s price is for another item than the message's (its wordings
    ``message_texts``), or None (see module doc)."""
    if _DISCOUNT.search(text) and not any(_PRICE_WORDS.search(t) for t in message_texts):
        return "it states a discount on a price the message does not speak of"
    said = _units(text)
    if not said:
        return None
    theirs = _message_units(tuple(message_texts))
    if theirs and said.isdisjoint(theirs):
        return "its price is for another unit than the message's"
    return None
