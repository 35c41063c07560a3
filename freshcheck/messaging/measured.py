"""What a figure counts: "50% fewer support tickets" is not "70% fewer false declines".

In "Merchants using Acme Shield see 70% fewer false declines" the words right after the
figure name what it measures ("false declines"). A sentence that keeps the rest of the
wording but puts other words there, and never mentions the message's ("Merchants using
Acme Shield see 50% fewer support tickets"), reports another metric, however much of the
message it covers. ``measured_words`` reads the first figure's next words (its value and
words of direction skipped); a message whose figure ends the sentence ("cuts chargebacks by
60%") measures nothing this way, and the rule does not apply to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from freshcheck.messaging.direction import DOWN, UP
from freshcheck.messaging.wording import STOPWORDS, fold_word, folded_library, word_set

MEASURED = 2  # words after the figure that name what it counts


def measured_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The folded words right after the first figure (not a product name) of ``words``."""
    for position, word in enumerate(words):
        if word[0] != "#" or word == "#product":
            continue
        out: list[str] = []
        for after in words[position + 1 :]:
            if after[0] == "#":
                break
            if after[0] == "=" or after in UP or after in DOWN:
                continue
            out.append(after)
            if len(out) == MEASURED:
                break
        return tuple(out)
    return ()


def measures_another_thing(
    claim: tuple[str, ...], message_measured: tuple[str, ...], message_words: frozenset[str]
) -> bool:
    """Whether ``claim`` puts words the message lacks after its figure and has none of the
    words the message's figure measures (``message_measured``)."""
    if not message_measured or any(word in claim for word in message_measured):
        return False
    said = measured_words(claim)
    return bool(said) and all(word not in message_words for word in said)


# A count and the word it counts: "1,500 acres", "4,000+ farms", "12 million acres".
_COUNT = re.compile(
    r"(?<![\w.$€£])\d[\d,]*(?:\.\d+)?\+?\s+(?:(?:million|thousand|billion)\s+)?(?P<thing>[a-z]+)"
)
# Units a figure may change to without counting another thing ("3 days" for "6 hours").
_UNITS = word_set(
    """second seconds minute minutes hour hours day days week weeks month months year years
    season seasons times percent"""
)


def counted(text: str) -> str | None:
    """The word (folded) the first count of ``text`` counts, or None."""
    match = _COUNT.search(text)
    if match is None or match.group("thing") in STOPWORDS or match.group("thing") in _UNITS:
        return None
    return fold_word(match.group("thing"))


def counts_another_thing(text: str, message: str, library: frozenset[str]) -> bool:
    """Whether ``text`` counts a thing another message counts where ``message`` counts its
    own: "Average farm size on Acme | 1,500 acres" for "More than 1,500 farms use Acme"
    ("acres" is what "Acme monitors 12 million acres" counts). ``library``: the lower-case
    words of every message; a word none of them has ("+6 bu/ac") may be a reworded unit."""
    ours, message_words = _counts(message)
    if ours is None:
        return False
    said = counted(text)
    if said is None or said == ours:
        return False
    return said not in message_words and said in folded_library(library)


@lru_cache(maxsize=4096)
def _counts(message: str) -> tuple[str | None, frozenset[str]]:
    """What ``message`` counts and its folded words, once per message text."""
    return counted(message), frozenset(fold_word(word) for word in _WORD.findall(message.lower()))


_WORD = re.compile(r"[a-z]+")
