"""Our name on another thing: "the Tessaly newsletter" is not Tessaly, the product.

"More than 9,000 support teams use Tessaly" names us last, as what the teams use. "More than
6,500 support leaders subscribe to the Tessaly newsletter" has the count, the subject and our
name, but our name there only says whose newsletter it is: the sentence counts a newsletter's
readers, not the product's users, and is not the message's claim, in step or not.

The shape, read only for a message that names us last (nothing after our name but the full
stop): every time the sentence names us, the next word is a noun the messages never use
(folded, so "newsletters" is "newsletter"; not filler such as "platform", not a function
word), perhaps after "'s" ("Tessaly's newsletter"); and the sentence lacks the message's
action, the content word before our name ("use" in "… use Tessaly"). So "Over 6,500 support
teams run on Tessaly" (our name last), "6,500 support teams use the Tessaly mobile app" (the
action kept) and "6,500 support teams use Tessaly Desk" (a product name is ours) stay claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from freshcheck.messaging.wording import FOLDED_FILLER, STOPWORDS, fold_word, folded_library

_TOKEN = re.compile(r"[A-Za-z]+(?:['’]s\b)?|[0-9][0-9,.]*|#\w+")
_POSSESSIVE = ("'s", "’s")


@lru_cache(maxsize=4096)
def names_us_last(message: str, ours: frozenset[str]) -> bool:
    """Whether the last word of ``message`` is one of our names ("… use Tessaly."); asked
    of the same few messages for every sentence that matches one, so remembered."""
    words = _words(message)
    return bool(words) and words[-1] in ours


def on_another_thing(
    text: str, message: str, ours: frozenset[str], library: frozenset[str]
) -> bool:
    """Whether ``text`` names us only on a thing the messages never speak of and lacks
    ``message``'s action (see module doc). ``ours``: lower-case words of our names;
    ``library``: lower-case words of every message."""
    raw = _TOKEN.findall(text)
    words = [_bare(token).lower() for token in raw]
    mentions = [i for i, word in enumerate(words) if word in ours]
    if not mentions:
        return False
    known = folded_library(library)
    for i in mentions:
        if i + 1 < len(words) and words[i + 1] in ours:
            continue  # the name goes on: "Tessaly Desk"
        if raw[i].endswith(_POSSESSIVE):
            thing = words[i + 1] if i + 1 < len(words) else ""
        elif i + 1 < len(words) and raw[i + 1][:1].islower():
            thing = words[i + 1]
        else:
            return False  # our name last, or before a capital or a figure: the product
        if not _another_thing(thing, known):
            return False
    action = action_before_us(message, ours)
    return bool(action) and all(fold_word(word) != action for word in words)


def _another_thing(word: str, known: frozenset[str]) -> bool:
    """A noun the messages never use: not a function word, filler, or a message's word."""
    if not word.isalpha() or word in STOPWORDS:
        return False
    folded = fold_word(word)
    return folded not in known and folded not in FOLDED_FILLER


@lru_cache(maxsize=1024)
def action_before_us(message: str, ours: frozenset[str]) -> str:
    """The folded content word before our name's first mention in ``message`` ("use" in
    "More than 9,000 support teams use Tessaly"), or "" when there is none."""
    words = _words(message)
    for i, word in enumerate(words):
        if word in ours:
            before = [w for w in words[:i] if w.isalpha() and w not in STOPWORDS]
            return fold_word(before[-1]) if before else ""
    return ""


def _words(text: str) -> list[str]:
    return [_bare(token).lower() for token in _TOKEN.findall(text)]


def _bare(token: str) -> str:
    return token[:-2] if token.endswith(_POSSESSIVE) else token
