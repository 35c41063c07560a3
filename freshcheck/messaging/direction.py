"""Which way a sentence says a figure moved: "chargebacks rose by 45%" is not "cuts
chargebacks by 45%".

A message that states a change states its direction with a verb of one family (cut,
reduce, fall, fewer … or increase, lift, grow, rise …). A sentence with the message's words
and the old figure, but with a verb of the other family and none of the message's, reports
the opposite movement ("Month-end reconciliation time grew by 25% after the migration",
"Without Acme, chargebacks increase by 45%"): it is not the claim, stale or not.

Two more pairs of opposed actions work the same way: gaining money (save, recover, earn,
recoup) against losing it (cost, lose, waste, bill), and finding something (find, flag,
catch, detect, spot) against missing it (miss, overlook, lose), and faster against slower
("longer" is left out: "How long …?" asks for a time): "Without Acme, contract
delays cost legal teams $1.8M per year" is not "Acme saves legal teams $1.8M per year"
(``opposes``).

Words are compared folded (``wording.fold_word``), so "grew" is "increase" and "slashed" is
"reduce". Nouns that name a thing rather than a movement ("false declines", "a drop-off
rate") are left out of the families on purpose.
"""

from __future__ import annotations

import re

from freshcheck.messaging.wording import fold_word, word_set

UP = frozenset(
    fold_word(word)
    for word in word_set(
        """increase lift grow boost raise improve rise rises rose risen climb climbs climbed
        jump jumps jumped soar soars soared spike spikes spiked add adds added lengthen
        lengthens lengthened stretch stretches stretched"""
    )
)
DOWN = frozenset(
    fold_word(word) for word in word_set("reduce cut lower fall fell drop fewer less halve halved")
)


# "keep 15% more new hires", "2x more orders": "more" right after a figure says up ("more"
# is a function word, dropped from the folded words, and "more than 4,000" says nothing).
_FIGURE_MORE = re.compile(r"(?:%|\bpercent|\d\s*[x×]|\btimes)\s+more\b", re.IGNORECASE)


def direction(words: frozenset[str] | tuple[str, ...], text: str = "") -> str:
    """ "up", "down", "" (none) or "both" for folded ``words`` (of ``text``, when given:
    a figure followed by "more" moves up too)."""
    up = not UP.isdisjoint(words) or bool(text and _FIGURE_MORE.search(text))
    down = not DOWN.isdisjoint(words)
    if up and down:
        return "both"
    return "up" if up else "down" if down else ""


def reverses(claim: tuple[str, ...], message_direction: str) -> bool:
    """Whether ``claim`` (folded words) moves the other way from a message that moves
    ``message_direction``: it has a verb of the other family and none of the message's."""
    if message_direction not in ("up", "down"):
        return False
    said = direction(claim)
    return said != "" and said != "both" and said != message_direction


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold_word(word) for word in word_set(words))


# Opposed actions besides up and down: (the message's family, the other family).
_GAIN = _folded("save saves saved recover recovers recovered earn earns earned recoup recoups")
_LOSS = _folded("cost costs lose loses lost waste wastes wasted bill bills billed")
_FIND = _folded("find finds flag flags flagged catch catches caught detect detects spot spots")
_MISS = _folded("miss misses missed overlook overlooks overlooked lose loses lost")
_FAST = _folded("fast faster quick quicker sooner speed speeds")
_SLOW = _folded("slow slows slower slowed lag lags lagged")
OPPOSED = (
    (_GAIN, _LOSS),
    (_LOSS, _GAIN),
    (_FIND, _MISS),
    (_MISS, _FIND),
    (_FAST, _SLOW),
    (_SLOW, _FAST),
)


def opposes(claim: tuple[str, ...], message: frozenset[str]) -> bool:
    """Whether ``claim`` (folded words) says the opposite action of the ``message`` (its
    folded words): a word of the other family of a pair and none of the message's."""
    said = frozenset(claim)
    for ours, other in OPPOSED:
        if not ours.isdisjoint(message) and ours.isdisjoint(said) and not other.isdisjoint(said):
            return True
    return False
