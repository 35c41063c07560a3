"""Someone else's figure in a sentence that names none of ours, told by a second cue.

A message that names us ("Meridel Sites pays research sites within 45 days") is stated by a
sentence about us. "Larchmont CRO pays its research sites within 45 days" has the figure and
most of the words but names no one of ours, and another party leads it; "Industry help
desks answer calls within 3 minutes, says Tandry Research" names its source after the
figure; "Sites must archive essential documents within 14 days" is a rule sites follow. None
is our claim.

A name of ours counts when written capitalised, as names are: "Spendara issues cards in 18
countries" does not name "Halvard Cards". Naming none of ours is not enough alone: a
product's own slide drops the name ("Go live in 12 weeks."), so the rule also wants one of
three cues:

- a party leads the sentence: two or more capitalised words ("Caliptra Trials", "Larchmont
  CRO") or one written like a brand or acronym ("RouteMax", "CRO"), whose first word no
  message uses; a plain capitalised noun ("Sponsors", "Sites") only starts the sentence.
  One capitalised word that reads as a name ("Padwork lets students …", "Spendara issues
  …") leads too when a verb in the third person follows it and the word is none of the
  messages', no plural, and not shaped like a common noun ("Setup", "Deployment",
  "Onboarding", "Pricing": an ending such as -ment, -tion, -ing, -ity, or a word of
  ``_COMMON_LEADS``);
- a source after the figure: ", says Tandry Research", ", according to IDC";
- an obligation: "must", "shall", "required to", "are required".

Lines that are not full sentences (a label and its value, a "Label: value" line, a table
cell, a question and its answer) keep their own checks: the rule leaves them alone.
"""

from __future__ import annotations

import re

from freshcheck.messaging.attribution import rejoined
from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.wording import fold_word, folded_library, word_set

_TOKEN = re.compile(r"[a-z0-9]+")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][A-Za-z0-9]*")
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
    if not _US.isdisjoint(_TOKEN.findall(text.lower())):
        return None
    # Our names are written capitalised: "issues cards" does not name "Halvard Cards".
    named = _CAPITALISED_WORD.findall(rejoined(text, ours))
    words = {word.lower() for word in named}
    words |= {word.removesuffix("s") for word in words}  # "ClauseChecks": ours, in the plural
    if not ours.isdisjoint(words):
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
    """Whether a name leads ``text``: two capitalised words, a brand-like one, or one that
    reads as a name before its verb, whose first word is no message's word and names no one
    ("The", "Industry")."""
    lead = _LEAD.match(text)
    if lead is None:
        return False
    run = lead.group("run").split()
    first = run[0].lower()
    if first in library or first in _NOT_A_PARTY:
        return False
    if len(run) > 1 or _BRAND.match(run[0]) is not None:
        return True
    return _one_word_name(first, text[lead.end() :], library)


# Capitalised words that start a sentence as common nouns, besides those _COMMON_SHAPE reads.
_COMMON_LEADS = word_set(
    """setup rollout payback uptime support checkout signup login backup pricing price
    cost costs time delivery shipping storage access reporting research data everyone
    nobody something customer client vendor partner staff training help"""
)
_COMMON_SHAPE = re.compile(
    r".*(?:ment|tion|sion|ing|ity|ness|ance|ence|ship|ure|age|ism|ist|ery|ary|ics|ive|ful"
    r"|less|ous|able|ible|al|ly|er|or|s)$"
)
_THIRD_PERSON = re.compile(r"\s+(?:now\s+|also\s+|only\s+)?[a-z]{2,}(?:s|es)\b")


def _one_word_name(word: str, rest: str, library: frozenset[str]) -> bool:
    """Whether one capitalised lead ``word`` (lower-cased) reads as a name: a verb in the
    third person after it (``rest``), no message's word, no common noun's shape."""
    if len(word) < 4 or word in _COMMON_LEADS or _COMMON_SHAPE.match(word):
        return False
    if fold_word(word) in folded_library(library):
        return False
    return _THIRD_PERSON.match(rest) is not None
