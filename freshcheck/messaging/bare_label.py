"""A label and a bare figure: every word of the label must belong to the message.

"Month-end travel booking time reduction | 25%" shares four words of five with "Acme cuts
month-end reconciliation time by 25%", and the ordinary reading, which counts covering the
message twice as much as staying on it, reaches the threshold. But a label names its subject
in a few words: one that is not the message's ("travel", "booking") makes it another metric.
The matcher already asks this of a row it reads as a label; ``bare_label`` lets it ask the
same of a row the ordinary reading matched, when the value is only a figure ("25%", "$1.4M",
"10 days"). A value with words of its own ("cut by 30% in a year", "More than 3,000 customers
rely on Acme", "90% with Acme Analytics") is a sentence, and is read as one, and so is a
question with its answer, or a label that names us (a sentence cut across two cells). A
word of the message's product names ("Checkout uptime: 99.95%" for "Acme Checkout has …")
and "time" ("Payout time | 2 days") are not off the subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.direction import DOWN, UP
from freshcheck.messaging.scoring import TYPO_MIN_LENGTH
from freshcheck.messaging.wording import FOLDED_FILLER, LABEL_WORDS, STOPWORDS, fold_word
from freshcheck.model import Fact

_WORD = re.compile(r"[a-z]+")
# Words a label adds around a figure besides wording.LABEL_WORDS: "Payout time | 2 days",
# and the "Q" of "Q: How many sites use Acme? A: 1,800".
LABEL_EXTRAS = frozenset({"time", "q"})
# A label and a bare figure that the ordinary reading matched needs this many words the
# message lacks to be another metric ("travel booking"): one may be a reworded verb
# ("Telematics providers supported | 80+" for "connects to 80+ telematics providers").
FOREIGN_WORDS = 2


def bare_label(text: str, facts: tuple[Fact, ...], ours: frozenset[str]) -> str | None:
    """The label of ``text`` when it is a label and a value that is only a figure, else None.

    ``facts`` are the facts of ``text`` (spans relative to it): the value's words outside
    them must all be function words, and none of them a product name. A label naming us
    (a word of ``ours``) is a sentence cut across two cells ("Most customers deploy Acme |
    in under 6 weeks"), read as a sentence.
    """
    parts = label_and_value(text)
    if parts is None:
        return None
    label, value = parts
    if label.rstrip().endswith("?"):
        return None  # a question is a sentence: "How fast can a merchant go live?"
    if not ours.isdisjoint(_WORD.findall(label.lower())):
        return None
    start = text.rfind(value)
    if start < 0:
        return None
    end = start + len(value)
    pieces: list[str] = []
    cursor = start
    for fact in facts:
        fact_start, fact_end = fact.span
        if fact_end <= start or fact_start >= end:
            continue
        if fact.kind == "product":
            return None  # "90% with Acme Analytics": the value names what it measures
        pieces.append(text[cursor : max(fact_start, cursor)])
        cursor = max(cursor, fact_end)
    pieces.append(text[cursor:end])
    words = _WORD.findall(" ".join(pieces).lower())
    if any(word not in STOPWORDS for word in words):
        return None
    return label


def foreign_label_words(words: tuple[str, ...], own: frozenset[str]) -> int:
    """How many distinct words of a label are not the message's: its own words (or a longer
    form of one, "answered" for "answ": the stemmer is light), a word of its product names
    ("Checkout uptime" for "Acme Checkout has … uptime") and words a label adds are.
    ``own`` is the message's folded words, its facts and product names among them."""
    named: frozenset[str] | None = None
    foreign = 0
    for word in dict.fromkeys(words):
        if word in own or word in LABEL_EXTRAS or not _off_label(word):
            continue
        if named is None:
            named = product_words(own)
        if word in named or _longer_form(word, own):
            continue
        foreign += 1
    return foreign


@lru_cache(maxsize=1024)
def product_words(own: frozenset[str]) -> frozenset[str]:
    """The folded words of the product names among a message's words ``own``: "checkout" for
    "=product:acme checkout"."""
    return frozenset(
        fold_word(part)
        for name in own
        if name.startswith("=product:")
        for part in name.removeprefix("=product:").split()
    )


def _longer_form(word: str, own: frozenset[str]) -> bool:
    """Whether ``word`` is a message word with more of its ending left ("answer", "answ")."""
    return len(word) >= TYPO_MIN_LENGTH and any(
        len(stem) >= 4 and stem[0] not in "#=" and word.startswith(stem) for stem in own
    )


def _off_label(word: str) -> bool:
    """A label word that is not the message's and not one a label adds ("period", "rate"),
    nor a word of direction: "Retention uplift | 10%" says "keep 10% more" does (a label
    moving the other way is caught by ``direction.reverses``), and "saved" or "savings" is
    how a label says a cost or a use went down ("Irrigation water saved | 25%" for "cuts
    irrigation water use by 25%")."""
    return (
        word[0] not in "#="
        and word not in LABEL_WORDS
        and word not in FOLDED_FILLER
        and word not in UP
        and word not in DOWN
        and word != _SAVED
    )


_SAVED = fold_word("savings")
