"""One customer's result is a story about that customer, not our product claim.

"One customer, Brightwater Legal, cut contract turnaround time by 40% with Acme Sign",
"Harlow Biotech's legal team saved $1.8M per year with Acme", "At Ferro Logistics, Acme
Flow cut approval cycles by 35%", "Ferro Logistics saw approval cycles drop by 35%" and "One
customer cut audit preparation time by 50%" report what happened at one named (or counted)
customer. The figure is theirs even though the sentence names our product, so it is never
flagged as an outdated claim (SPEC §4, "Whose claim"). "Customers cut …", "Our customers
saw …", "Acme's customers …" and "Legal teams save …" speak of customers in general and
stay ours.

The shapes, each at the start of the sentence (after an opening such as "For example,"):

- one customer: "One customer", "a retailer", "one of our clients" (a word from
  ``CUSTOMER_NOUNS``);
- a named party's people: "Harlow Biotech's legal team", "Ferro Logistics' IT team";
- at or for a named party: "At Ferro Logistics, …", "For Northgate Mutual, …", and at the
  end: "… cut approval cycles by 35% at Ferro Logistics", "… cut … for Ferro Logistics" (a
  verb in the past tense: "integrates with a connector for Salesforce" is no story);
- a named party that saw a result: "Ferro Logistics saw …", "Brightwater reported …";
- a named party given the role of a customer: "Brightwater Legal, a customer since 2021, …";
- a named party that did something, in the past tense, at the start, after an opening
  clause or after "customer": "After switching to Acme Sign, Brightwater Legal cut …", "Our
  customer Harlow Biotech saved …", "Ferro Logistics, which uses Acme Flow, cut …";
- people at a named party who did something: "Reviewers at Tandem Health saw …";
- our product helping a named party: "Acme Sign helped Brightwater Legal cut …";
- after an opening clause, a named party doing anything: "Thanks to Acme Sign, Brightwater
  Legal cuts …";
- a story by its label: "Customer story: …", "Case study: …";
- a figure right before "for" a named party closing the sentence, in any tense: "Acme Sign
  cuts turnaround by 40% for Brightwater Legal";
- a named party after "at" or "for" with its figure right after it, in any tense: "Acme
  Scout cut herbicide spend at Ferris Family Farms by 28% on its soybean ground";
- a named party doing something in the present tense with our product named after it:
  "Brightwater Legal saves $1.8M per year with Acme";
- a row or line whose label is a name of two words (or in camel case) and whose value says
  what it did: "Harlow Biotech | saved $1.8M per year", or, when the name's first word is
  none of the messages' and no word of it a heading's ("Key Result"), says no verb at all:
  "Harbor Bank — 40% faster onboarding".

A name is a run of capitalised words (a leading "The" aside: "The Copper Pot") with no
word of ours, not made only of the messages'
words (``library``, also folded) and not ending in a word for people in general ("Finance
Teams", "Finance Team"); a single plural word ("Dispatchers saw …") is not a name. A kind of
organisation closing it is a name's ("Harbor Bank sees …").
"""

from __future__ import annotations

import re

from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.wording import fold_word, folded_library, word_set

CUSTOMER_NOUNS = word_set(
    """customer client user retailer merchant brand store shop firm company business
    enterprise organisation organization team bank insurer lender hospital clinic practice
    school district agency carrier fleet manufacturer distributor partner account employer
    buyer"""
)
_NOUNS = "|".join(sorted(CUSTOMER_NOUNS))
# An opening that may come before the shape: "For example,", "Last year,", "In 2025,".
_OPENING = (
    r"\s*[\W_]*(?:\d{1,2}[.)]\s+)?"  # a bullet or a list number
    r"(?:(?i:for\s+example|for\s+instance|last\s+year|this\s+year|in\s+\d{4}),\s*)?"
)
# A verb in the past tense: one customer's story ("One customer cut …", "A retailer saw …").
_PAST = (
    r"(?:[a-z]+ed|saw|cut|got|grew|fell|rose|went|took|found|won|made|kept|brought|spent|"
    r"paid|sold|built|ran|became|shrank|slashed|seen|grown|taken|done|gotten|was|were)"
)
_ONE_CUSTOMER = re.compile(
    rf"{_OPENING}(?i:one|a|an|another|a\s+single)\s+(?:of\s+(?:our|their|its)\s+)?"
    rf"(?:[a-z-]+\s+)?(?:{_NOUNS})s?(?:\s*,|\s+(?:[a-z]+\s+)?{_PAST}\b)"
)
# A run of capitalised words; a company's abbreviation keeps its full stop ("Pelling & Co.").
_NAME = (
    r"[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,3}"
    r"(?:(?:(?<=\bCo)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp)|(?<=\bBros))\.)?"
)
_POSSESSIVE = re.compile(rf"{_OPENING}(?P<name>{_NAME})(?:['’]s|(?<=s)['’])\s+[a-zA-Z]")
_AT = re.compile(rf"{_OPENING}(?:[Aa]t|[Ff]or|[Ii]nside)\s+(?P<name>{_NAME})\s*,")
_RESULT_VERBS = (
    r"saw|sees|achieved|recorded|measured|reported|got|experienced|gained|realized|realised"
)
_SAW = re.compile(rf"{_OPENING}(?P<name>{_NAME})\s+(?:{_RESULT_VERBS})\b")
_IN_ROLE = re.compile(
    rf"{_OPENING}(?P<name>{_NAME}),\s+(?:a|an|one)\s+(?:of\s+our\s+)?(?:[a-z-]+\s+)?"
    rf"(?:{_NOUNS})s?\b"
)
# A named party that did something, as the subject: at the start, after an opening clause
# ("After switching to Acme Sign, Brightwater Legal cut …", "With Acme, Northwind saw …")
# or after "customer" ("Our customer Brightwater Legal cut …"), perhaps with a clause about
# it ("Brightwater Legal, which uses Acme Sign, cut …").
_DID = re.compile(
    rf"(?:{_OPENING}|^[^,|:;]{{1,80}},\s*|.*?\b(?i:customer|client)\s+)(?P<name>{_NAME})"
    rf"(?:,\s*(?:which|who|that|a|an|one)\b[^,]{{0,60}},)?"
    rf"\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?(?:{_PAST})\b"
)
# After an opening clause, a named party doing anything: "Thanks to Acme Sign, Brightwater
# Legal cuts …".
_AFTER_OPENING = re.compile(rf"[^,|:;]{{1,80}},\s*(?P<name>{_NAME})\s+[a-z]")
# People at a named party who did something: "Servers at The Copper Pot earned …".
_PEOPLE_AT = re.compile(
    rf".*?\bat\s+(?P<name>{_NAME})\s+(?:(?:has|have|had)\s+)?(?:{_PAST})\b", re.DOTALL
)
# Our product helping a named party: "Acme Sign helped Brightwater Legal cut …".
_HELPED = re.compile(
    rf".*?\b(?:helped|helps|help|let|lets|enabled|enables|allowed|allows)\s+(?P<name>{_NAME})"
    rf"\s+(?:to\s+)?[a-z]"
)
# Our result at a named party with its figure right after: "Acme Scout cut herbicide
# spend at Ferris Family Farms by 28% on its soybean ground", "… for Ferro Logistics by 35%".
_AT_BY_FIGURE = re.compile(
    rf".*?\b(?:at|for)\s+(?P<name>{_NAME})\s+(?:by|to|from)\s+(?:about\s+|nearly\s+|over\s+)?"
    r"[$€£]?\d",
    re.DOTALL,
)
# Our product's result at a named party, closing the sentence: "Acme Sign cut contract
# turnaround time by 40% at Brightwater Legal", "… by 35% for Ferro Logistics last year".
_AT_THE_END = re.compile(rf".*\bat\s+(?P<name>{_NAME})\s*(?:[.;!]|$)", re.DOTALL)
_FOR_THE_END = re.compile(
    rf".*\b{_PAST}\b.*\bfor\s+(?P<name>{_NAME})(?:\s+(?:last|this)\s+year)?\s*(?:[.;!]|$)",
    re.DOTALL,
)
# In the present tense, a figure right before "for" a named party closing the sentence:
# "Acme Sign cuts turnaround by 40% for Brightwater Legal", "… saves $1.8M per year for
# Harlow Biotech" ("… a native connector for Microsoft Dynamics" has no figure there).
_FIGURE_FOR_THE_END = re.compile(
    r".*(?:\d[\d.,]*\s*(?:%|percent\b|[kKmMbB]\b|x\b)?|\bhalf)"
    r"(?:\s+(?:per|a|each|every)\s+(?:year|month|week|day|quarter))?"
    rf"\s+for\s+(?P<name>{_NAME})\s*(?:[.;!]|$)",
    re.DOTALL,
)
# A named party doing something in the present tense with our product: "Brightwater Legal
# saves $1.8M per year with Acme", "Pinecrest Logistics now pays 10% less … on Acme Drive"
# (the party's own result, our name after it).
_DOES_WITH_US = re.compile(
    rf"{_OPENING}(?P<name>{_NAME})\s+(?:(?:now|already|still|today|also|typically)\s+)?"
    r"[a-z]+s\b.*?\b(?:with|using|on|through|via)\s+"
    r"(?:the\s+)?(?P<ours>[A-Za-z]+)",
    re.DOTALL,
)
# A story by its label: "Customer story: …", "Case study — …".
_STORY = re.compile(
    r"\s*[\W_]*(?i:(?:customer|success)\s+stor(?:y|ies)|case\s+stud(?:y|ies))\s*[:—–-]"
)
# A row or line whose label is a named party and whose value says what it did:
# "Harlow Biotech | saved $1.8M per year", "Brightwater Legal: cut turnaround by 40%".
_NAMED_ROW = re.compile(rf"\s*(?P<name>{_NAME})\s*(?:[|:—–]|\s-\s)\s*(?P<value>.+)", re.DOTALL)
# Words of a heading, not of a name: "Key Result: …", "Proof Point — …", "Enterprise Tier |".
_HEADING = word_set(
    """key result results proof point points stat stats highlight highlights outcome outcomes
    impact benefit benefits headline takeaway summary fact facts win wins metric metrics why
    bottom line tier plan plans edition package overview at glance by numbers top"""
)
# The last word of a name that says people in general, not one named party ("Finance Team").
_PEOPLE = word_set("team user customer client account partner buyer member")
_PAST_WORD = re.compile(rf"\b{_PAST}\b")
_WORD = re.compile(r"[a-z]+")
# Capitalised words that start a sentence but name no one: "Customers' teams saw …".
_NOBODY = word_set(
    """customers clients users teams companies businesses people everyone many most more
    some all these those they this that it its one leaders managers reps sellers buyers
    admins staff employees"""
)


def one_customers_result(text: str, ours: frozenset[str], library: frozenset[str]) -> bool:
    """Whether ``text`` reports one customer's result (see module doc). ``ours``: lower-case
    words of our names; ``library``: lower-case words of every message. A row or a "Label:
    value" line is read whole and as its value: "Customer results | Brightwater Legal saw
    …", "Proof point: Harlow Biotech's legal team saved …"."""
    if _reads_as_result(text, ours, library):
        return True
    parts = label_and_value(text)
    return parts is not None and _reads_as_result(parts[1], ours, library)


def _reads_as_result(text: str, ours: frozenset[str], library: frozenset[str]) -> bool:
    if _ONE_CUSTOMER.match(text) or _STORY.match(text):
        return True
    shapes = (_POSSESSIVE, _AT, _SAW, _IN_ROLE, _DID, _HELPED, _AT_THE_END)
    for pattern in (*shapes, _FOR_THE_END, _PEOPLE_AT):
        match = pattern.match(text)
        if match and _names_a_party(match.group("name"), ours, library):
            return True
    # After an opening clause without a verb in the past tense, one capitalised word may
    # only be a capital ("As the study shows, Pricing for …"): a name of two words here.
    match = _AFTER_OPENING.match(text)
    if match and _looks_named(match.group("name")):
        return _names_a_party(match.group("name"), ours, library)
    for pattern in (_FIGURE_FOR_THE_END, _DOES_WITH_US, _AT_BY_FIGURE):
        match = pattern.match(text)
        if (
            match
            and _looks_named(match.group("name"))
            and (pattern is not _DOES_WITH_US or match.group("ours").lower() in ours)
            and _names_a_party(match.group("name"), ours, library)
        ):
            return True
    return _named_row(text, ours, library)


def _named_row(text: str, ours: frozenset[str], library: frozenset[str]) -> bool:
    """A row or line whose label names a party: "Harlow Biotech | saved $1.8M per year",
    and, when the name's first word is none of the messages' and no word of it a heading's,
    a value with no verb: "Harbor Bank — 40% faster onboarding"."""
    row = _NAMED_ROW.fullmatch(text)
    if row is None:
        return False
    name = row.group("name")
    # A label of one plain word ("Payback: …") is a metric, not a name.
    if not _looks_named(name) or not _names_a_party(name, ours, library):
        return False
    if _PAST_WORD.search(row.group("value")):
        return True
    words = _WORD.findall(name.lower())
    return _HEADING.isdisjoint(words) and fold_word(words[0]) not in folded_library(library)


def _looks_named(name: str) -> bool:
    """A name of two or more capitalised words, or one written in camel case."""
    return len(name.split()) > 1 or any(c.isupper() for c in name[1:])


def _names_a_party(name: str, ours: frozenset[str], library: frozenset[str]) -> bool:
    words = _WORD.findall(name.lower())
    if words[:1] == ["the"]:  # "The Copper Pot added …"
        words = words[1:]
        name = name.split(None, 1)[1] if len(words) else ""
    if not words or not ours.isdisjoint(words) or words[0] in ("we", "our"):
        return False
    folded = folded_library(library)
    if all(
        word in library or word in _NOBODY or word in CUSTOMER_NOUNS or fold_word(word) in folded
        for word in words
    ):
        return False  # "Legal Teams saw …", "Merchants' …": the messages' own words
    last = words[-1]
    if last in _NOBODY or last in _PEOPLE or (last.endswith("s") and last[:-1] in CUSTOMER_NOUNS):
        return False  # "Finance Teams cut …": people in general, not one named party
    # "Harbor Bank sees …": a kind of organisation closing a name of two words is named.
    single = len(name.split()) == 1
    # "Dispatchers saw …": a plural common noun that only starts the sentence.
    return not (single and name.endswith("s") and not any(c.isupper() for c in name[1:]))
