"""Someone else's figure in a sentence that names none of ours, told by a second cue.

A message that names us ("Meridel Sites pays research sites within 45 days") is stated by a
sentence about us. "Larchmont CRO pays its research sites within 45 days" has the figure and
most of the words but names no one of ours, and another party leads it; "Industry help
desks answer calls within 3 minutes, says Tandry Research" names its source after the
figure; "Sites must archive essential documents within 14 days" is a rule sites follow. None
is our claim.

Naming none of ours is not enough alone: a product's own slide drops the name ("Go live in
12 weeks."), so the rule also wants one of three cues:

- a party leads the sentence: two or more capitalised words ("Caliptra Trials", "Larchmont
  CRO") or one written like a brand or acronym ("RouteMax", "CRO"), whose first word no
  message uses; a plain capitalised noun ("Sponsors", "Sites") only starts the sentence;
- a source after the figure: ", says Tandry Research", ", according to IDC";
- an obligation: "must", "shall", "required to", "are required".

Lines that are not full sentences (a label and its value, a "Label: value" line, a table
cell, a question and its answer) keep their own checks: the rule leaves them alone.
"""

from __future__ import annotations

import re

from freshcheck.messaging.attribution import rejoined
from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.wording import word_set

_TOKEN = re.compile(r"[a-z0-9]+")
_US = word_set("we our us ours")
# Capitalised words that start a sentence but name no one.
_NOT_A_PARTY = word_set(
    """a an the it its this that these those they he she one our their most many some all
    every each no industry typical average"""
)
# The capitalised run that leads the sentence, after any bullet or quote marks.
_LEAD = re.compile(r"[\W_]*(?P<run>[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*)*)")
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z]|[A-Z]{2,}")  # "RouteMax", "CRO"
# ", says Tandry Research", "— according to IDC", after the figure.
_SOURCE_AFTER = re.compile(
    r"[,;(—–]\s*(?:says|said|reports|reported|notes|finds|found|according\s+to|per)\s+\S",
    re.IGNORECASE,
)
_OBLIGATION = re.compile(r"\b(?:must|shall|required\s+to|(?:are|is)\s+required)\b", re.IGNORECASE)
_NOT_A_SENTENCE = re.compile(r"[|\t:?]")  # a table cell, a "Label: value" line, a Q&A


def unnamed_party(text: str, ours: frozenset[str], library: frozenset[str]) -> str | None:
    """Why ``text``, naming none of ours (``ours``: lower-case words of our names; "we",
    "our"), states someone else's figure (see module doc), or None. ``library``: the
    lower-case words of every message. Ask only where the message names us."""
    if _NOT_A_SENTENCE.search(text) or label_and_value(text) is not None:
        return None
    words = set(_TOKEN.findall(rejoined(text, ours).lower()))
    words |= {word.removesuffix("s") for word in words}  # "ClauseChecks": ours, in the plural
    if not ours.isdisjoint(words) or not _US.isdisjoint(words):
        return None
    if _leads_as_party(text, library):
        return "another party leads it and it names none of ours"
    source = _SOURCE_AFTER.search(text)
    if source and any(c.isdigit() for c in text[: source.start()]):
        return "it names its source after the figure and none of ours"
    if _OBLIGATION.search(text):
        return "it states an obligation and names none of ours"
    return None


def _leads_as_party(text: str, library: frozenset[str]) -> bool:
    """Whether a name leads ``text``: two capitalised words or a brand-like one, whose first
    word is no message's word and names no one ("The", "Industry")."""
    lead = _LEAD.match(text)
    if lead is None:
        return False
    run = lead.group("run").split()
    first = run[0].lower()
    if first in library or first in _NOT_A_PARTY:
        return False
    return len(run) > 1 or _BRAND.match(run[0]) is not None
