"""Product names known to a policy, found in text case-insensitively.

The rule (documented in docs/matching.md): a product name is

1. every name in ``messaging.terms`` — each retired name and each ``use`` name; and
2. every run of two or more capitalised words in a message's current or superseded text
   ("Acme Analytics", "Insights Pro", "Acme Cloud 360"), after dropping leading capitalised
   function words ("The", "Our", "With"…). Certification names ("SOC 2", "ISO 27001") and
   spelled-out sales acronyms ("Net Promoter Score", "Service Level Agreement") are not
   products.

Single capitalised words ("Acme") are not product names: at the start of a sentence every
word is capitalised, so one word says too little. Names match whole words, case-insensitively,
tolerating hyphens or line breaks between words and a possessive "'s".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from freshcheck.messaging.wording import ACRONYMS, STOPWORDS, word_set
from freshcheck.policy import MessagingPolicy

_CAPITALISED_RUN = re.compile(
    r"(?<![\w'])(?:[A-Z][\w&+]*(?:-[A-Z][\w&+]*)?)(?:[ \t]+(?:[A-Z][\w&+]*|\d+(?![\w%]|[,.]\d)))+"
)
_TOKEN = re.compile(r"[a-z]+|\d+")
_LEADING_WORDS = word_set(
    "the our your their its a an with for and every all this that these new now today "
    "in on at by to from of"
)
_CERTIFICATION_WORDS = word_set("soc iso pci hipaa fedramp gdpr type hitrust tisax")
# "Net Promoter Score" is a term (the spelled-out NPS), not a product.
_SPELLED_ACRONYMS = frozenset(ACRONYMS.values())


@dataclass(frozen=True, slots=True)
class ProductNames:
    """The product names of one policy and a compiled pattern that finds them."""

    names: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = field(default=None, compare=False)
    # The first token of each name: a sentence with none of them names no product.
    starts: frozenset[str] = field(default=frozenset(), compare=False)
    # Lower-case name -> its canonical spelling (``find``), built once, not per sentence.
    canonical: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, names: Iterable[str]) -> ProductNames:
        """Product names from a list; the first spelling of a name is its canonical form."""
        unique: dict[str, str] = {}
        for name in names:
            clean = " ".join(name.split())
            if clean and clean.lower() not in unique:
                unique[clean.lower()] = clean
        ordered = tuple(sorted(unique.values(), key=lambda n: (-len(n), n.lower())))
        if not ordered:
            return cls()
        alternatives = "|".join(_name_pattern(name) for name in ordered)
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?:['’]s)?(?![\w-])", re.IGNORECASE)
        starts = frozenset(_TOKEN.findall(name.lower())[0] for name in ordered)
        return cls(ordered, pattern, starts, {name.lower(): name for name in ordered})

    @classmethod
    def from_messaging(cls, messaging: MessagingPolicy) -> ProductNames:
        """Names from ``terms`` (retired and use) plus capitalised multiword names in messages."""
        names: list[str] = []
        for term in messaging.terms:
            names.extend(term.retired)
            names.append(term.use)
        for message in messaging.messages:
            for text in (message.current, *message.superseded):
                names.extend(capitalised_names(text))
        return cls.of(names)

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, canonical name) for each product name in ``text``."""
        if self.pattern is None:
            return
        lookup = self.canonical
        for match in self.pattern.finditer(text):
            raw = re.sub(r"['’]s$", "", match.group(0))
            key = " ".join(re.split(r"[\s-]+", raw.lower()))
            yield match.start(), match.start() + len(raw), lookup.get(key, raw)


def capitalised_names(text: str) -> list[str]:
    """Runs of two or more capitalised words in ``text``, minus leading function words."""
    names: list[str] = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        while words and (words[0].lower() in _LEADING_WORDS or words[0].lower() in STOPWORDS):
            words.pop(0)
        if len(words) < 2 or words[0].lower() in _CERTIFICATION_WORDS:
            continue
        if " ".join(words).lower().rstrip("s") in _SPELLED_ACRONYMS:
            continue
        if all(w.isupper() and len(w) <= 4 for w in words if not w.isdigit()):
            continue  # acronym runs ("SLA TBD") are not names
        names.append(" ".join(words))
    return names


def _name_pattern(name: str) -> str:
    return r"[\s-]+".join(re.escape(word) for word in name.lower().split())
