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

from freshcheck.messaging.direction import DOWN, UP

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
