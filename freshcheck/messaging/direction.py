"""Which way a sentence says a figure moved: "chargebacks rose by 45%" is not "cuts
chargebacks by 45%".

A message that states a change states its direction with a verb of one family (cut,
reduce, fall, fewer … or increase, lift, grow, rise …). A sentence with the message's words
and the old figure, but with a verb of the other family and none of the message's, reports
the opposite movement ("Month-end reconciliation time grew by 25% after the migration",
"Without Acme, chargebacks increase by 45%"): it is not the claim, stale or not.

Words are compared folded (``wording.fold_word``), so "grew" is "increase" and "slashed" is
"reduce". Nouns that name a thing rather than a movement ("false declines", "a drop-off
rate") are left out of the families on purpose.
"""

from __future__ import annotations

from freshcheck.messaging.wording import fold_word, word_set

UP = frozenset(
    fold_word(word)
    for word in word_set(
        """increase lift grow boost raise improve rise rises rose risen climb climbs climbed
        jump jumps jumped soar soars soared spike spikes spiked"""
    )
)
DOWN = frozenset(
    fold_word(word) for word in word_set("reduce cut lower fall fell drop fewer less halve halved")
)


def direction(words: frozenset[str] | tuple[str, ...]) -> str:
    """ "up", "down", "" (none) or "both" for folded ``words``."""
    up = not UP.isdisjoint(words)
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
