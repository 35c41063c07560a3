"""The words a matcher compares: facts masked, filler dropped, inflections and synonyms folded.

``content_words(text, facts)`` turns "Acme cuts new-hire onboarding time by 30%" into
``("acme", "reduc", "new", "hir", "onboard", "time", "#percent")``: each fact becomes a
placeholder for its kind, so the facts do not make two wordings look different and the
facts alone decide whether a claim is in step. Function words are dropped; a light suffix
stemmer and a small table of marketing synonyms ("cuts" / "reduces" / "lowers") fold
wordings that mean the same. Both sides of every comparison go through this one function,
so the stemmer only has to be consistent, not linguistically right.
"""

from __future__ import annotations

import re
from functools import lru_cache

from freshcheck.messaging.drift import dimension, magnitude
from freshcheck.model import Fact

# Letters and digits are separate tokens, so "SOC2" reads as "SOC 2" and "G2" as "G 2".
_TOKEN = re.compile(r"#[a-z]+|[a-z]+(?:['’][a-z]+)?|[0-9]+")


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a an the and or but nor of to in on for with by at from as into onto per via than then
    so such is are was were be been being am it its it's this that these those there here
    we our ours us you your yours they their theirs them he she his her i'm we're you're
    can could will would shall should may might must do does did done has have had having
    not no yes if when while where which who whom whose what how why all any each every both
    either neither some more most very just also too up out off over under about across
    after before between through during within without again further once own same other
    s t don't can't won't isn't aren't let's"""
)

# Marketing words that carry little subject: they count, but a third as much.
FILLER = word_set(
    """help platform solution product team company business organization organisation today
    now make get use enable allow way everything thing really truly simply easily new
    powerful modern seamless seamlessly world worldwide global globally"""
)

# Verb families and near-synonyms common in sales claims. Kept small and generic: each
# group is words a sales writer swaps freely without changing the claim.
_SYNONYM_GROUPS = (
    (
        "reduce",
        "cut cuts reduce reduces reduced reducing lower lowers lowered lowering slash "
        "slashes slashed decrease decreases decreased shrink shrinks shorten shortens shortened "
        "trim trims trimmed minimize minimizes minimise minimises reduction reductions "
        "fall falls fell drop drops dropped fewer less",
    ),
    (
        "increase",
        "increase increases increased boost boosts boosted raise raises raised grow "
        "grows grew lift lifts lifted improve improves improved improving uplift uplifts",
    ),
    ("fast", "fast faster fastest quick quicker quickly rapid rapidly speedy speed speeds"),
    ("customer", "customer customers client clients"),
    (
        "integrate",
        "integrate integrates integrated integration integrations connector connectors "
        "connect connects connected connection connections link links linked",
    ),
    ("certify", "certify certified certification certifications accredited accreditation"),
    ("employee", "employee employees staff workforce employ employs employed"),
    ("guarantee", "guarantee guarantees guaranteed commit commits committed"),
    ("available", "available availability uptime"),
    ("reach", "reach reaches reached hit hits achieve achieves achieved attain attains attained"),
    ("handle", "handle handles handled process processes processed serve serves served"),
    (
        "deploy",
        "deploy deploys deployed deployment implement implements implemented implementation "
        "launch launches launched rollout",
    ),
    ("offer", "offer offers offered provide provides provided deliver delivers delivered"),
    ("rely", "rely relies relied trust trusts trusted depend depends"),
    ("app", "app apps application applications"),
    ("consecutive", "consecutive straight"),
    ("accurate", "accurate accurately accuracy correct correctly"),
    ("cost", "cost costs fee fees"),
    # Not "answer": "answers customers in 50 languages" is another claim than "replies to
    # customers within 30 seconds", and the two would tie.
    ("reply", "reply replies replied respond responds responded response responses"),
    ("retain", "retain retains retained retention keep keeps kept"),
)

# Phrases that say one of the words above: read before stopwords are dropped.
_PHRASES = {
    ("roll", "out"): "deploy",
    ("rolls", "out"): "deploy",
    ("rolled", "out"): "deploy",
    ("up", "and", "running"): "deploy",
    ("go", "live"): "deploy",
    ("goes", "live"): "deploy",
    ("went", "live"): "deploy",
    ("are", "live"): "deploy",
    ("is", "live"): "deploy",
    ("in", "a", "row"): "consecutive",
    ("pays", "for", "itself"): "payback",
    ("pay", "for", "itself"): "payback",
    ("paid", "for", "itself"): "payback",
    ("pays", "for", "themselves"): "payback",
    ("e", "mail"): "email",
    ("hear", "back"): "reply",  # "customers hear back within 2 minutes": a reply
    ("hears", "back"): "reply",
    ("heard", "back"): "reply",
}
_PHRASE_STARTS = frozenset(words[0] for words in _PHRASES)

# "30% faster" says what "cuts the time by 30%" says: in a claim, a comparative of speed
# also reads as the time it reduces, so "ramp 25% faster" covers "cuts ramp time by 25%".
# Only claims are read so: a message's own words stay as written, so prose that mentions
# "time" does not reach every message that says "faster" (and the screen stays cheap).
_EXPANSIONS = {"faster": ("reduce", "time"), "quicker": ("reduce", "time")}


def _by_longest_word(phrases: dict[tuple[str, ...], str]) -> dict[str, tuple[str, ...]]:
    """A phrase's longest word -> the words its phrases read as (see ``readings``)."""
    out: dict[str, tuple[str, ...]] = {}
    for words, phrase in phrases.items():
        longest = max(words, key=len)
        out[longest] = (*out.get(longest, ()), phrase)
    return out


_PHRASES_BY_LONGEST = _by_longest_word(_PHRASES)


# Sales acronyms and their spelled-out forms read the same.
ACRONYMS = {
    "sla": "service level agreement",
    "slas": "service level agreements",
    "roi": "return on investment",
    "arr": "annual recurring revenue",
    "mrr": "monthly recurring revenue",
    "nps": "net promoter score",
    "tco": "total cost of ownership",
    "csat": "customer satisfaction",
    "kpi": "key performance indicator",
    "kpis": "key performance indicators",
    # Units written short: "2 sq mi" is "2 square miles".
    "sq": "square",
    "mi": "miles",
}
_IRREGULAR = {
    "using": "use",
    "used": "use",
    "uses": "use",
    "ran": "run",
    "running": "run",
    # Nouns the suffix rules leave apart from their verbs: "Yearly savings | $250K" states
    # "saves … $250K per year", "Faster ticket resolution" what "resolves tickets faster" does.
    "saving": "save",
    "saved": "save",  # the suffix rules leave "saved" apart ("Irrigation water saved | 25%")
    "savings": "save",
    "resolution": "resolve",
    "resolutions": "resolve",
    "coverage": "cover",  # "Coverage per gateway" is what "one gateway covers" states
    "renewal": "renew",  # "Grower renewal rate | 89%" is what "89% of growers renew" says
    "renewals": "renew",
    # Stems too short for the suffix rules: "G2 rating" is what "rated … on G2" says.
    "rated": "rate",
    "rating": "rate",
    "ratings": "rate",
    "annual": "year",
    "annually": "year",
}
# Agent nouns the stemmer would fold into their verb's synonym group although they name the
# other party: an employer employs the employees ("9,000 employers run payroll on Larkspur"
# counts companies, "payroll for 500 staff" counts people).
_OWN_WORD = {"employer": "employer", "employers": "employer"}


_DOUBLING = frozenset({"ed", "ing", "ings", "edly", "er", "ers"})


def _stem_raw(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in (
        "ations",
        "ation",
        "ings",
        "ing",
        "ements",
        "ement",
        "ments",
        "ment",
        "ness",
        "edly",
        "ed",
        "ers",
        "er",
        "ly",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in _DOUBLING and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "flagged", "planning": the verb is "flag", "plan"
            elif suffix in _DOUBLING and word.endswith("er") and len(word) >= 6:
                word = word[:-2]  # "recovered" as "recovers": both "recov"
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


_SYNONYMS: dict[str, str] = {
    _stem_raw(word): canon for canon, words in _SYNONYM_GROUPS for word in words.split()
}
# The words the synonym groups fold to: words the tables know, never a misspelling of
# another ("staff" reads as "employee", which is not a typo of "employer").
SYNONYM_HEADS = frozenset(canon for canon, _ in _SYNONYM_GROUPS) | frozenset(_OWN_WORD.values())


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """One spelling per word: stemmed, then mapped to its synonym group's name."""
    if word.startswith("#"):
        return word
    own = _OWN_WORD.get(word)
    if own is not None:
        return own
    stem = _stem_raw(word)
    return _SYNONYMS.get(stem, stem)


FOLDED_FILLER = frozenset(fold_word(word) for word in FILLER)
# Words a label adds around its subject ("Payback period", "Win rate", "How many …?"):
# in a label they are not off topic, so they cost a label nothing unless a message uses them.
LABEL_WORDS = frozenset(
    fold_word(word)
    for word in word_set(
        """period rate number count total average metric value level amount
        percentage share figure much many long often first"""
    )
)


@lru_cache(maxsize=4)
def folded_library(library: frozenset[str]) -> frozenset[str]:
    """The messages' words folded ("saves" → "save"), once per library: the judging
    modules ask whether a sentence's word is any message's."""
    return frozenset(fold_word(word) for word in library)


def alias_table(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """The policy's ``synonyms``: each folded word of a group -> the group's first word.

    A word in two groups joins the first; a group's words that already fold together need
    no entry.
    """
    table: dict[str, str] = {}
    for group in groups:
        folded = [fold_word(word.lower()) for word in group]
        head = table.get(folded[0], folded[0])
        for word in folded:
            if word != head:
                table.setdefault(word, head)
    return table


def mask_facts(text: str, facts: tuple[Fact, ...]) -> str:
    """``text`` with each fact replaced by a ``#kind`` placeholder (counts read as numbers)."""
    if not facts:
        return text
    pieces: list[str] = []
    cursor = 0
    for fact in facts:
        start, end = fact.span
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(f" #{placeholder(fact.kind)} ")
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def placeholder(kind: str) -> str:
    """The placeholder word for a fact kind; counts, ratings and plain numbers share one
    ("4.6 out of 5" split across two table cells reads as two plain numbers)."""
    return "number" if kind in ("count", "rating") else kind


def content_words(text: str, facts: tuple[Fact, ...], claim: bool = False) -> tuple[str, ...]:
    """The folded content words of ``text`` in order, each fact as two words.

    A fact becomes ``#kind`` (so different values look alike) followed by ``=dim:value``
    (so the matcher can credit an exactly shared value; see match.py). ``claim``: the
    text is a claim, whose comparatives of speed also read as the time they reduce.
    """
    words: list[str] = []
    cursor = 0
    for fact in facts:
        start, end = fact.span
        if start < cursor:
            continue
        words.extend(_folded(text[cursor:start], claim))
        words.append("#" + placeholder(fact.kind))
        words.append(f"={dimension(fact)}:{magnitude(fact)}")
        cursor = end
    words.extend(_folded(text[cursor:], claim))
    return tuple(words)


def folded_words(text: str) -> list[str]:
    """The folded words of ``text`` with nothing masked (facts read as plain words)."""
    return _folded(text)


def raw_tokens(text: str) -> set[str]:
    """The distinct lower-case tokens of ``text``, before folding (see ``readings``)."""
    return set(_TOKEN.findall(text.lower()))


def readings(token: str) -> tuple[str, ...]:
    """Every folded word a raw token can become: itself folded, an acronym's expansion, and
    the word of each phrase whose longest word it is ("live" -> "deploy", from "go live")."""
    out = list(_PHRASES_BY_LONGEST.get(token, ()))
    out.extend(_EXPANSIONS.get(token, ()))
    expansion = ACRONYMS.get(token)
    if expansion:
        out.extend(fold_word(w) for w in expansion.split() if w not in STOPWORDS)
    elif token not in STOPWORDS:
        out.append(fold_word(token))
    return tuple(out)


def _folded(text: str, claim: bool = False) -> list[str]:
    out: list[str] = []
    tokens = _TOKEN.findall(text.lower())
    if not _PHRASE_STARTS.isdisjoint(tokens):
        tokens = _read_phrases(tokens)
    for token in tokens:
        if token in STOPWORDS:
            continue
        expansion = ACRONYMS.get(token)
        if expansion:
            out.extend(fold_word(w) for w in expansion.split() if w not in STOPWORDS)
        else:
            out.append(fold_word(token))
            if claim and token in _EXPANSIONS:
                out.extend(_EXPANSIONS[token])
    return out


def _read_phrases(tokens: list[str]) -> list[str]:
    out: list[str] = []
    position = 0
    while position < len(tokens):
        for length in (3, 2):
            phrase = _PHRASES.get(tuple(tokens[position : position + length]))
            if phrase:
                out.append(phrase)
                position += length
                break
        else:
            out.append(tokens[position])
            position += 1
    return out


def plain_words(text: str) -> str:
    """Lower-case words joined by single spaces: for exact-wording comparisons."""
    return " ".join(_TOKEN.findall(text.lower()))
