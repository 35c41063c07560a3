"""Whose claim is it? A figure someone else states in the same sentence is not ours.

"RouteMax claims it cuts planning time by 25%", "According to Gartner, fleets spend 12%
less on fuel", "A competitor says its app pays for itself in 10 months": the sentence
reports another party's figure, so it does not state our message even when its words do
(SPEC §4, "Whose claim"). ``attributed_to_others(text, ours)`` says so when a reporting verb
("claims", "says", "reports", "estimates", …), "according to" or "per" names a party that is
not us: a capitalised name other than our company and product names (``ours``), or a
competitor, rival, analyst or other vendor, or a body written in lower case ("The ag
ministry estimates …", "The state extension service estimates …": ``_body_says``). "Acme
says", "we claim", "our customers report" and "Our regional office reports" stay ours. A
sentence that starts with other vendors as a class ("Most vendors send renewal invoices 90
days before a contract expires", "Legacy tools …") and names no one of ours speaks of them,
whatever its verb. A quotation followed by who said it, someone not us
('"Acme cut our turnaround by 40%," says Maria Lopez', '"…" — Maria Lopez, Brightwater'),
is a testimonial: the speaker's figure. A sentence that opens on its source ("In a 2025
survey of IT admins, 3% named …", "In the AV-Bench 2026 test, the median product …") reports
that survey's or test's figure when the sentence names none of ours ("In independent
testing, Acme Endpoint detected …" and "In our 2025 customer survey, …" stay ours). A rule
asking something of others states a requirement, not our result ("…, their head of science
says" closing the sentence names its speaker the same way): "The Endpoint Assurance
Standard asks vendors to detect ransomware within 10 seconds", "New guidance requires
insurers to settle within 30 days".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

from freshcheck.messaging.wording import STOPWORDS, fold_word, word_set

# Tokens without which no attribution can be read: checked before any pattern runs.
CUES = word_set(
    """according claim claims claimed say says said report reports reported estimate
    estimates estimated state states stated advertise advertises advertised promise
    promises promised boast boasts boasted find finds found competitor competitors rival
    rivals analyst analysts per"""
)
_VERB = (
    r"(?:claims?|claimed|says?|said|reports?|reported|estimates?|estimated|states?|stated|"
    r"advertises?|advertised|promises?|promised|boasts?|boasted|finds|found)"
)
# Someone else by role: "a competitor", "rival vendors", "industry analysts".
_OTHER_ROLE = re.compile(
    r"\b(?:competitors?|rivals?|analysts?|(?:other|another|rival|competing)\s+vendors?)\b",
    re.IGNORECASE,
)
# Other vendors as a class starting the sentence: "Most vendors send …", "Legacy tools …".
_OTHERS_LEAD = re.compile(
    r"\s*[\W_]*(?:most|many|other|some|typical|legacy|traditional|rival|competing)\s+"
    r"(?:[a-z-]+\s+)?(?:vendors?|providers?|tools?|platforms?|products?|solutions?|suppliers?)\b",
    re.IGNORECASE,
)
# A quotation and who said it: '"…," says Maria Lopez', '"…" — Maria Lopez, Brightwater'.
_QUOTED_NAME = r"(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
_QUOTE_SAID = re.compile(
    r"[\"”’]\s*,?\s*(?:says|said|notes|noted|explains|explained|adds|added|recalls|recalled)"
    rf"\s+{_QUOTED_NAME}"
)
_QUOTE_SIGNED = re.compile(rf"[\"”’]\s*[—–-]+\s*{_QUOTED_NAME}")
# "<Who> claims …": up to four capitalised words (or a role) before the verb.
_WHO_VERB = re.compile(
    rf"(?P<who>(?:\b[A-Z][\w&'’.-]*\s+){{0,3}}\b[A-Z][\w&'’.-]*|\b[a-z]+)"
    rf"(?:\s+(?:study|survey|report|research|data|analysis|team))?\s+{_VERB}\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,;:.]+)", re.IGNORECASE)
# "Per IDC, …", "…, per Gartner.": "per" naming a source (capitalised), not "per year".
_PER = re.compile(
    r"(?:^|[,;:(—–-]\s*)\W*(?:[Aa]s\s+)?[Pp]er\s+(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
# A sentence opening on its source: "In a 2025 survey of IT admins, …", "In the AV-Bench
# 2026 test, …", "In Halden's 2024 benchmark study, …" (up to eight words before the comma).
_SOURCE_LEAD = re.compile(
    r"\s*[\W_]*(?:in|from)\s+(?P<source>(?:a|an|the|one|[A-Z][\w&'’.-]*)\b[^,;:]{0,80}?\b"
    r"(?:survey|poll|study|studies|report|test|tests|testing|benchmark|census|analysis|audit"
    r"|review|index|ranking))s?\b[^,;:]{0,40},",
    re.IGNORECASE,
)
# A speaker closing the sentence: "…, their head of science says.", "…, says its CFO."
_SPEAKER_CLOSES = re.compile(
    r",\s*(?:(?P<who>(?:their|its|his|her|the|a|an)\s+(?:[\w'’-]+\s+){0,5}?)"
    r"(?:says|said|reports|reported|notes|noted|adds|added|explains|explained)"
    r"|(?:says|said|notes|noted|adds|added)\s+(?P<who2>(?:their|its|his|her|the|a|an)\b[^,;]{1,60}))"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A rule asking something of others: "The … Standard asks vendors to …".
_RULE_ASKS = re.compile(
    r"\b(?:standards?|regulations?|rules?|laws?|guidance|guidelines?|frameworks?|act|directive"
    r"|mandate|code|regulators?)\s+(?:now\s+)?(?:asks?|requires?|expects?|obliges?|mandates?"
    r"|tells?|wants?)\s+(?:all\s+|every\s+|each\s+)?[a-z]+(?:\s+[a-z]+)?\s+to\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z0-9]+")
# Words that make a party ours, whatever our names are.
_US = word_set("we our us ours")
# Capitalised words that start a sentence or name no party ("Customers say" is not named).
_NOT_A_PARTY = word_set(
    """a an the it its this that these they he she one study survey report research data
    customers customer teams team users user reps buyers clients companies people managers
    leaders sellers everyone many most some our"""
)


# Kinds of body whose word in a reporting verb's subject makes it another party, written in
# lower case: "The ag ministry estimates …", "The state extension service estimates …",
# "The utility's efficiency program says …", "University researchers report …".
_BODIES = word_set(
    """ministry ministries government governments agency agencies department bureau
    institute institutes university universities college association associations council
    commission authority regulator regulators federation laboratory lab labs researchers
    economists experts scientists consultancy consultants foundation society utility
    utilities extension state federal industry academics watchdog nonprofit ngo office
    offices trial trials city county municipal municipality province provincial public"""
)
# Words that name a body only with a word before them: "The state extension service
# estimates …", "The city's clean-fleet program says …" (not "The service reports …").
_QUALIFIED_BODIES = word_set("service services program programs programme programmes")
_DETERMINERS = word_set("the a an this that its their s")
# The subject before a reporting verb: words since the sentence or clause began.
_CLAUSE_MARKS = ",;:()|"
SUBJECT_WORDS = 6  # a longer run before the verb is no noun phrase


def _body_says(text: str, match: re.Match[str], ours: frozenset[str]) -> bool:
    """Whether the subject of the reporting verb ``match`` is a body that is not us: a
    word of ``_BODIES`` in it and none of ours ("Our support office reports …" is ours)."""
    who = match.start("who")
    start = max(text.rfind(mark, 0, who) for mark in _CLAUSE_MARKS) + 1
    subject = text[start:who] + match.group("who")
    words = _TOKEN.findall(subject.lower())
    qualified = [w for w in words if w not in _DETERMINERS]
    body = not _BODIES.isdisjoint(words) or (
        len(qualified) > 1 and qualified[-1] in _QUALIFIED_BODIES
    )
    if len(words) > SUBJECT_WORDS or not body:
        return False
    return ours.isdisjoint(words) and _US.isdisjoint(words)


def attributed_to_others(text: str, ours: frozenset[str]) -> bool:
    """True when ``text`` reports a figure of a party that is not us (see module doc)."""
    tokens = set(_TOKEN.findall(text.lower()))
    if _OTHERS_LEAD.match(text) and tokens.isdisjoint(ours) and tokens.isdisjoint(_US):
        return True  # "Most vendors send renewal invoices 90 days before …": not us
    quoted = _QUOTE_SAID.search(text) or _QUOTE_SIGNED.search(text)
    if quoted and _is_other(quoted.group("who"), ours):
        return True  # a testimonial: '"… by 40%," says Maria Lopez of Brightwater Legal'
    speaker = _SPEAKER_CLOSES.search(text)
    if speaker:
        words = _TOKEN.findall((speaker.group("who") or speaker.group("who2") or "").lower())
        if ours.isdisjoint(words) and _US.isdisjoint(words):
            return True  # "… in 30 minutes, their head of science says."
    if _RULE_ASKS.search(text):
        return True  # "The Endpoint Assurance Standard asks vendors to detect … within 10 s"
    if _SOURCE_LEAD.match(text) and tokens.isdisjoint(ours) and tokens.isdisjoint(_US):
        return True  # "In a 2025 survey of IT admins, 3% named …": the survey's figure
    if CUES.isdisjoint(tokens):
        return False
    for match in chain(_ACCORDING.finditer(text), _PER.finditer(text)):
        if _is_other(match.group("who"), ours):
            return True
    for match in _WHO_VERB.finditer(text):
        who = match.group("who")
        role = _OTHER_ROLE.search(who) or _OTHER_ROLE.search(text, 0, match.start())
        if role and not _is_ours(who, ours):
            return True
        if who[:1].isupper() and _is_other(who, ours):
            return True
        if _body_says(text, match, ours):
            return True  # "The ag ministry estimates cover crops cut emissions by 10%"
    return False


# A capitalised word that may name a party: not the first word of the sentence unless it
# is written like a brand ("RouteMax", two capitals); not an acronym or a word with digits.
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w&'’-]*")
_CALENDAR = word_set(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday"""
)


def names_another_party(
    text: str, ours: frozenset[str], library: frozenset[str], after_us: tuple[str, ...] = ()
) -> bool:
    """True when ``text`` names no one of ours but a party the messages never name.

    "RouteMax connects to 80+ telematics providers" in place of "Tidewater connects to …":
    the same words about someone else. ``library`` holds the lower-case words of every
    message; a sentence with a word of ``ours`` (or "we", "our") is ours — unless that word
    only ends another party's name: "RouteMax Fleet" for "Tidewater Fleet".

    A capitalised word that starts the sentence names a party only when it reads as a name
    (see ``_leads_as_party``): "Paylode is rated 4.5 out of 5" where the message says
    "Corvane is rated …" (``after_us``: the words that follow our name in the message).
    A party standing where the message names us states its own result even when the
    sentence names us after it: "Northwind Outfitters cut chargebacks by 45% with Corvane
    Shield" is a customer's figure.
    """
    text = rejoined(text, ours)
    parties = [
        match
        for match in _CAPITALISED.finditer(text)
        if _is_party(match, library, ours, lambda: _leads_as_party(text, after_us))
    ]
    if not parties:
        return False
    lead = _LEAD.match(text)
    if lead and parties[0].start() == lead.start("name") and in_our_place(text, after_us):
        return True  # "Northwind cut chargebacks by 45% with Acme Shield": their result
    said = text
    for match in parties:  # another party's name, and the capitalised words that go on it
        run = _NAME_GOES_ON.match(text, match.end())
        end = run.end() if run else match.end()
        said = said[: match.start()] + " " * (end - match.start()) + said[end:]
    tokens = set(_TOKEN.findall(said.lower()))
    return tokens.isdisjoint(ours) and tokens.isdisjoint(_US)


# A camel-case name split at its capital, or in the plural: "Quick-Pay", "Quick Pay",
# "QuickPays" for "QuickPay" (as ``products`` reads them).
_SPLIT_NAME = re.compile(r"\b([A-Z][a-z0-9]+)[\s‐‑-]?([A-Z][a-z0-9]+)\b")


def rejoined(text: str, ours: frozenset[str]) -> str:
    """``text`` with each spelling of a one-word name of ours written as that name, so
    that "Quick-Pay" and "QuickPays" are ours, not another party (the length is kept)."""

    def joined(match: re.Match[str]) -> str:
        name = match.group(1) + match.group(2)
        if name.lower() not in ours and name.lower().removesuffix("s") not in ours:
            return match.group(0)
        return name.ljust(len(match.group(0)))

    return _SPLIT_NAME.sub(joined, text)


# The rest of a capitalised name: "RouteMax| Fleet Pro".
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w&'’-]*)+")


def _is_party(
    match: re.Match[str],
    library: frozenset[str],
    ours: frozenset[str],
    lead: Callable[[], bool],
) -> bool:
    """Whether a capitalised word names a party the messages never name (a retired name of
    ours is still ours). ``lead``: whether a word that starts the sentence reads as a name
    (``_leads_as_party``), asked only of such a word."""
    word = match.group(0).rstrip("'’").removesuffix("'s").removesuffix("’s")
    lower = word.lower()
    if lower.removesuffix("s") in ours:
        return False  # "Inkwells": one of our names in the plural
    if any(lower in words for words in (library, ours, _US, _CALENDAR, _NOT_A_PARTY)):
        return False  # a word of the messages, one of our names, "We", "May", "Customers"
    text = match.string
    before = text[: match.start()].rstrip()
    starts_sentence = not before or before[-1] in '.!?:;|"“(•-–'
    # "Dispatchers rate …": a capital that only starts the sentence names no one.
    return not starts_sentence or any(c.isupper() for c in word[1:]) or lead()


# A sentence's first capitalised run, what follows it: "Paylode Shield| cuts chargebacks",
# "Harbor & Pine| lifted …".
_NAME_RUN = r"[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*)*"
_LEAD = re.compile(rf"\s*[\W_]*(?P<name>{_NAME_RUN})(?P<owner>['’]s\b)?")
_NAME = re.compile(_NAME_RUN)
_WORD = re.compile(r"[a-z]+")
FOLLOWING = 2  # words after a name that place it in the sentence


def _leads_as_party(text: str, after_us: tuple[str, ...]) -> bool:
    """Whether the capitalised word that starts ``text`` reads as a name, not as a capital
    that only starts a sentence ("Dispatchers rate …"): it owns what follows ("Paylode's
    checkout"), a role says who it is ("Paylode, a rival, …"), or it stands where the
    message names us (``in_our_place``)."""
    lead = _LEAD.match(text)
    if lead is None:
        return False
    if lead.group("owner") or _OTHER_ROLE.search(text):
        return True
    return in_our_place(text, after_us)


_THING_FOLLOWS = re.compile(r" [a-z]")


def in_our_place(text: str, after_us: tuple[str, ...]) -> bool:
    """Whether the name that starts ``text`` is followed by the words that follow our name
    in the message (``after_us``, folded): "Paylode is rated" for "Corvane is rated",
    "Harbor & Pine lifted checkout …" for "Corvane Checkout lifts checkout …", or by one
    word naming its thing and then those words: "Terralink probes report soil moisture"."""
    if not after_us:
        return False
    lead = _LEAD.match(text)
    if lead is None or lead.group("owner"):
        return False
    follows = tuple(fold_word(word) for word in _WORD.findall(text[lead.end() :].lower()))
    if follows[: len(after_us)] == after_us:
        return True
    # A name and its thing where the message has our name: "Terralink probes report soil
    # moisture" for "Wrenfield Soil reports soil moisture" (not "Finance teams cut …").
    thing = follows[:1]
    return (
        bool(thing)
        and _THING_FOLLOWS.match(text, lead.end()) is not None  # not "With Acme, merchants …"
        and thing[0] not in _NOT_A_PARTY
        and thing[0] not in STOPWORDS  # "Time to install a …" is a label, not a name
        and follows[1 : len(after_us) + 1] == after_us
    )


def words_after_us(message: str, ours: frozenset[str]) -> tuple[str, ...]:
    """The two words (folded) that follow our name in ``message`` ("is rated" in "Corvane
    is rated 4.7 out of 5", "lifts checkout" in "Corvane Checkout lifts checkout …"), or
    none when it names us nowhere."""
    for name in _NAME.finditer(message):
        if ours.isdisjoint(_WORD.findall(name.group(0).lower())):
            continue
        follows = _WORD.findall(message[name.end() :].lower())[:FOLLOWING]
        return tuple(fold_word(word) for word in follows)
    return ()


def _is_ours(who: str, ours: frozenset[str]) -> bool:
    words = set(_TOKEN.findall(who.lower()))
    return not words.isdisjoint(ours | _US)


def _is_other(who: str, ours: frozenset[str]) -> bool:
    words = _TOKEN.findall(who.lower())
    if not words or _is_ours(who, ours):
        return False
    if _OTHER_ROLE.search(who):
        return True
    return any(w[0].isupper() and w.lower() not in _NOT_A_PARTY for w in who.split())
