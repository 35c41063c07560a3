"""Who does what: the message's figure with another action, done by no one of ours.

"Corvane recovers $1.4M in failed payments per year for the average enterprise merchant"
names us and says what we do: the word after our name ("recovers") is the action. "Failed
payments cost the average enterprise merchant $1.4M per year" has the same figure and most of
the words, but names no one of ours and never says the action: it describes the world (the
problem, a cost, a competitor's habit), not what our product does, and is not our claim, in
step or not. So are "Manual redlining adds 40% to contract turnaround time" for "Acme Sign
cuts contract turnaround time by 40%" and "Tired reviewers miss 90% of risky clauses" for
"Acme Insight flags 90% of risky clauses".

The action is compared folded (``wording.fold_word``), so "Contract turnaround time falls by
40%" keeps "cuts" (both read as *reduce*) and stays a claim. A message whose word after our
name is a function word ("Merchants go live on Acme in 3 days", "Acme is rated …") states no
action this way, and a label with its value ("Annual savings | $1.8M") or a question with its
answer says none either: the rule does not apply to them.
"""

from __future__ import annotations

import re

from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.unnamed_party import unnamed_party
from freshcheck.messaging.wording import STOPWORDS, fold_word

_WORD = re.compile(r"[a-z]+")
_US = frozenset({"we", "our", "us", "ours"})
# Words after our name that are not an action: "Acme is rated", "Acme has 99.9% uptime".
_NOT_AN_ACTION = frozenset(fold_word(word) for word in STOPWORDS) | frozenset(STOPWORDS)


def action_of(after_us: tuple[str, ...]) -> str:
    """The message's action: the first folded word after our name (``attribution
    .words_after_us``), or "" when that word is a function word or there is none."""
    if not after_us or after_us[0] in _NOT_AN_ACTION:
        return ""
    return after_us[0]


def without_our_action(text: str, ours: frozenset[str], action: str) -> bool:
    """Whether ``text`` names no one of ours (``ours``: lower-case words of our names; "we",
    "our") and lacks the message's ``action``: a sentence about someone else's doing."""
    if not action or label_and_value(text) is not None:
        return False
    words = _WORD.findall(text.lower())
    if not ours.isdisjoint(words) or not _US.isdisjoint(words):
        return False
    return all(fold_word(word) != action for word in words)


def not_our_doing(
    text: str, ours: frozenset[str], library: frozenset[str], action: str
) -> str | None:
    """Why ``text``, where the message names us, describes someone else's doing, or None:
    it lacks our names and the message's ``action`` (``without_our_action``), or it lacks
    our names and another party, a source or an obligation tells whose it is
    (``unnamed_party``; ``library``: the lower-case words of every message)."""
    if without_our_action(text, ours, action):
        # "Failed payments cost merchants $1.4M" for "Acme recovers $1.4M"
        return f"it names neither us nor the message's action ({action}): someone else's doing"
    return unnamed_party(text, ours, library)
