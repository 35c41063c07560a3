"""How well a claim's words cover a message variant: the pure arithmetic behind MessageIndex.

Words are folded content words (``wording.content_words``); ``#kind`` words stand for a
fact's kind and ``=dim:value`` words for its value. Subject words are the plain words and
product names. See docs/matching.md for the formulas.

``SubjectScreen`` applies the subject floor before facts are found: an upper bound on the
subject weight a raw sentence can share with each variant (``MessageIndex.may_state``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, islice
from typing import TypeVar

from rapidfuzz import fuzz, process

from freshcheck.messaging.subject_filter import SubjectFilter
from freshcheck.messaging.wording import folded_words, raw_tokens, readings

BETA_SQUARED = 4.0  # recall (coverage of the message) counts twice as much as precision
# A label and its value ("Ramp time reduction | 25%") name the subject in few words: every
# word must belong to the message, and it need not repeat all of it (precision counts twice).
LABEL_BETA_SQUARED = 0.25
SUBJECT_FLOOR = 0.6  # share of a message's subject-word weight a claim must contain
LABEL_SUBJECT_FLOOR = 0.45  # the same for a label all of whose words are the message's
TYPO_CUTOFF = 85.0  # rapidfuzz ratio for an unknown word to count as a library word
TYPO_MIN_LENGTH = 6
MOST_TOKENS_KEPT = 400_000  # distinct raw tokens a screen remembers before starting afresh
# Sentences whose answer a screen remembers (boilerplate repeats; ~12 MB); when full, the
# older half is forgotten, not all. The 300-file benchmark library asks 149,305 times:
# 20,000 emptied at once answered 38,876 from memory, 50,000 halved answer 48,083.
MOST_TEXTS_KEPT = 50_000


def subject_cues(
    variants: Iterable[tuple[frozenset[str], float]],
    weights: dict[str, float],
    distinctive: frozenset[str],
) -> frozenset[str] | None:
    """Words of which a sentence must contain one to reach any variant's subject floor.

    A variant whose common subject words alone reach the floor contributes all its subject
    words; others only their distinctive ones. A product name counts by one of its words
    (a sentence naming the product contains them all).
    """
    cues: set[str] = set()
    for words, subject_weight in variants:
        subject = [w for w in words if is_subject(w)]
        if not subject:
            return None  # only its exact text can match it: no cheap test is safe
        common = math.fsum(weights[w] for w in subject if w not in distinctive)
        everything = common >= SUBJECT_FLOOR * subject_weight
        for word in subject:
            if everything or word in distinctive:
                cues.add(cue_of(word))
    return frozenset(cues)


@dataclass(frozen=True, slots=True)
class SubjectScreen:
    """Whether a sentence can reach some variant's subject floor, decided from its raw tokens.

    The folded words of a claim with its facts masked are among the readings of its raw
    tokens (masking only removes words), and a product name it states contains the name's
    cue word; an unknown word becomes a library word only within a typo of it. So the
    subject weight a sentence may share with a variant has an upper bound that needs no
    facts: the weight of the variant's subject words among those readings, product names
    and possible typo targets. A sentence under every variant's floor cannot match.
    """

    cues: frozenset[str]
    weights: dict[str, float]
    floors: tuple[float, ...]  # per variant: the subject weight a match needs (a hair under)
    products: dict[str, tuple[str, ...]]  # a cue word -> the product words it may stand for
    # A product word -> its name as the text must spell it, spaces and hyphens dropped
    # (``product_key``); empty when the policy's synonyms may rename product words.
    spelled: dict[str, str]
    spellable: tuple[str, ...]  # the library words a misspelt word may become
    unspoken: tuple[str, ...]  # product words without a cue word: assumed in every sentence
    floor_filter: SubjectFilter  # the variants a set of words may reach the floor of
    aliases: dict[str, str]  # the policy's synonyms (MessageIndex.aliases)
    # Filled per process as sentences are read. Raw tokens: every one read, those that read
    # as a cue, those that may stand for library subject words (and which), those with
    # readings unknown to the library (and which; a token within a typo of no library word
    # leaves the set once looked up); unknown word -> the words it may be; token -> those
    # of all its unknown readings.
    seen: set[str] = field(default_factory=set, compare=False)
    cue_tokens: set[str] = field(default_factory=set, compare=False)
    known_tokens: set[str] = field(default_factory=set, compare=False)
    known: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    naming_tokens: set[str] = field(default_factory=set, compare=False)  # a product's cue
    naming: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    unknown_tokens: set[str] = field(default_factory=set, compare=False)
    unknown: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    typos: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    mended: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)  # per token
    answers: dict[str, bool] = field(default_factory=dict, compare=False)  # text -> may_reach

    @classmethod
    def build(
        cls,
        variants: Iterable[tuple[frozenset[str], float]],
        weights: dict[str, float],
        postings: dict[str, tuple[int, ...]],
        aliases: dict[str, str] | None = None,
    ) -> SubjectScreen | None:
        """None when some variant has no subject word (only its exact text can match it)."""
        listed = list(variants)
        cues = subject_cues(listed, weights, frozenset(postings))
        if cues is None:
            return None
        floors = tuple(SUBJECT_FLOOR * subject * (1 - 1e-9) for _, subject in listed)
        products: dict[str, tuple[str, ...]] = {}
        unspoken: list[str] = []
        for word in weights:
            if word.startswith("=product:"):
                cue = cue_of(word)
                if cue == word:
                    unspoken.append(word)
                else:
                    products[cue] = (*products.get(cue, ()), word)
        spellable = {
            w
            for words, _ in listed
            for w in words
            if w[0] not in "#=" and len(w) >= TYPO_MIN_LENGTH - 1
        }
        subject_of = [frozenset(w for w in words if is_subject(w)) for words, _ in listed]
        renamed = any(is_product(w) for pair in (aliases or {}).items() for w in pair)
        spelled = {} if renamed else {w: product_key(w) for c in products.values() for w in c}
        return cls(
            cues,
            weights,
            floors,
            products,
            spelled,
            tuple(sorted(spellable)),
            tuple(unspoken),
            SubjectFilter.build(subject_of, weights, floors),
            aliases or {},
        )

    def may_reach(self, text: str) -> bool:
        """False when no variant's subject floor is within reach of ``text``'s words."""
        # The answer depends on the text alone: footers, agendas and disclaimers repeat
        # across a library, and a third of the sentences of the benchmark library do.
        answer = self.answers.get(text)
        if answer is None:
            if len(self.answers) >= MOST_TEXTS_KEPT:
                forget_older_half(self.answers)
            answer = self.answers[text] = self._may_reach(text)
        return answer

    def may_label(self, text: str) -> bool:
        """Whether ``text`` has a cue word and two library words: what a label all of whose
        words are a message's needs to reach its lower floor (``LABEL_SUBJECT_FLOOR``)."""
        tokens = self._tokens(text)
        if self.cue_tokens.isdisjoint(tokens):
            return False
        known = set().union(*map(self.known.__getitem__, tokens & self.known_tokens))
        return sum(1 for word in known if is_subject(word)) >= 2

    def _tokens(self, text: str) -> set[str]:
        """``text``'s raw tokens, each one's foldings learnt (within the memory bound)."""
        tokens = raw_tokens(text)
        if len(self.seen) > MOST_TOKENS_KEPT:
            self._forget()
        if not self.seen.issuperset(tokens):
            self._learn(tokens - self.seen)
        return tokens

    def _may_reach(self, text: str) -> bool:
        # Set operations on raw tokens keep the per-token work in C: most sentences have
        # no cue word, and most tokens stand for no library word.
        tokens = self._tokens(text)
        if self.cue_tokens.isdisjoint(tokens):
            return False  # no cue word: the screen sentences have always passed first
        known = set(self.unspoken).union(*map(self.known.__getitem__, tokens & self.known_tokens))
        naming = tokens & self.naming_tokens
        if naming:
            known.update(self._named(text, naming))
        # No weight pre-check: nearly every sentence with a cue word has the least floor's
        # weight, and the filter turns the others away as cheaply.
        if self.floor_filter.clears(known):
            return True
        unknown = tokens & self.unknown_tokens
        if not unknown:
            return False
        # The matcher mends a typo into a word of a variant the claim reaches; every library
        # word within a typo of it bounds that. Looked up once per token and remembered.
        mended: set[str] = set()
        for token in unknown:
            mended.update(self._mended(token))
        mended -= known
        if not mended:
            return False
        return self.floor_filter.clears(known | mended)

    def _named(self, text: str, tokens: set[str]) -> list[str]:
        """The product words ``text`` may state, of those its ``tokens`` are the cue of.

        A product fact is found by the name's pattern (``ProductNames.find``), its name
        looked up by the found text without case, whitespace or hyphens (a plural's "s"
        aside): so that text, lower-cased and without whitespace and hyphens, contains the
        name's ``product_key``. Text that is not ASCII (where lower-casing and the pattern's
        ignoring of case may disagree) is credited with every product its tokens cue.
        """
        named = [word for token in tokens for word in self.naming[token]]
        spelled = self.spelled
        if not spelled or not text.isascii():
            return named
        compact = "".join(text.lower().split()).replace("-", "")
        return [word for word in named if spelled[word] in compact]

    def _mended(self, token: str) -> tuple[str, ...]:
        """The library words a token's unknown readings are within a typo of."""
        targets = self.mended.get(token)
        if targets is None:
            found = {target for word in self.unknown[token] for target in self.typo_targets(word)}
            targets = self.mended[token] = tuple(found)
            if not targets:  # within a typo of nothing: later sentences need not ask
                self.unknown_tokens.discard(token)
        return targets

    def _forget(self) -> None:
        """Empty the per-process caches (a long scan meets ever more distinct tokens)."""
        for cache in (
            self.seen,
            self.cue_tokens,
            self.known_tokens,
            self.naming_tokens,
            self.unknown_tokens,
        ):
            cache.clear()
        self.known.clear()
        self.naming.clear()
        self.unknown.clear()
        self.typos.clear()
        self.mended.clear()
        self.answers.clear()

    def _learn(self, tokens: set[str]) -> None:
        weights, products = self.weights, self.products
        for token in tokens:
            folded = readings(token)
            if self.aliases:
                folded = tuple(self.aliases.get(w, w) for w in folded)
            known = [w for w in folded if w in weights and is_subject(w)]
            naming = [p for word in folded for p in products.get(word, ())]
            unknown = tuple(
                w for w in folded if w not in weights and len(w) >= TYPO_MIN_LENGTH and w[0] != "#"
            )
            if not self.cues.isdisjoint(folded):
                self.cue_tokens.add(token)
            if known:
                self.known_tokens.add(token)
                self.known[token] = tuple(known)
            if naming:
                self.naming_tokens.add(token)
                self.naming[token] = tuple(naming)
            if unknown:
                self.unknown_tokens.add(token)
                self.unknown[token] = unknown
        self.seen.update(tokens)

    def may_be_typo(self, word: str) -> bool:
        """False when ``word`` is within a typo of no library word."""
        return bool(self.typo_targets(word))

    def typo_targets(self, word: str) -> tuple[str, ...]:
        """The library words within a typo of ``word`` (a word the library does not have)."""
        targets = self.typos.get(word)
        if targets is None:
            found = process.extract(
                word, self.spellable, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=None
            )
            targets = self.typos[word] = tuple(choice for choice, _, _ in found)
        return targets


Key = TypeVar("Key")
Value = TypeVar("Value")


def forget_older_half(cache: dict[Key, Value]) -> None:
    """Drop the first half of ``cache`` in insertion order: the entries made longest ago."""
    for key in list(islice(cache, len(cache) // 2)):
        del cache[key]


def cue_of(word: str) -> str:
    """The word a sentence must contain to state ``word``: a product name's longest word."""
    if not word.startswith("=product:"):
        return word
    name_words = folded_words(word.removeprefix("=product:")) or [word]
    return max(name_words, key=len)


def is_product(word: str) -> bool:
    return word.startswith("=product:")


def product_key(word: str) -> str:
    """A product word's name as ``ProductNames.find`` looks it up: lower case, without
    whitespace or hyphens ("=product:acme flow" -> "acmeflow")."""
    return "".join(word.removeprefix("=product:").split()).replace("-", "")


def least_recall(threshold: float) -> float:
    """Solve (1 + b²)R / (b² + R) = t for R: below it no precision reaches the threshold."""
    return BETA_SQUARED * threshold / (1 + BETA_SQUARED - threshold) - 1e-9


def is_subject(word: str) -> bool:
    """Words and product names are subject; fact kinds and other fact values are not."""
    return word[0] not in "#=" or word.startswith("=product:")


def weight_of(words: set[str], weights: dict[str, float], skip: str) -> float:
    """Total weight of the words that do not start with a character in ``skip``.

    ``fsum``: a plain sum of a set depends on its order, which differs between processes
    (string hashes); a message and its superseded text, alike but for a figure, then weighed
    a last bit apart and a tie on wording went to either, by process.
    """
    return math.fsum(weights[w] for w in words if w[0] not in skip) or 1.0


def claim_weight(word: str, weights: dict[str, float], unknown: float) -> float:
    if word.startswith("="):
        return 0.0  # a fact value is credit when shared, never a penalty when new
    return weights.get(word, unknown)


def best_window(
    words: tuple[str, ...],
    claim_weights: list[float],
    shared: frozenset[str],
    total: float,
    weights: dict[str, float],
    beta_squared: float = BETA_SQUARED,
) -> float:
    """The best weighted F over windows of the claim that start and end on shared words.

    Prefix sums keep it to arithmetic: a shared word is credited at its first occurrence.
    """
    hits: list[int] = []
    credit: list[float] = [0.0]
    seen: set[str] = set()
    for position, word in enumerate(words):
        if word in shared:
            hits.append(position)
            credit.append(credit[-1] + (0.0 if word in seen else weights[word]))
            seen.add(word)
    spread = list(accumulate(claim_weights, initial=0.0))
    # The arithmetic of min(x / y, 1.0) written with comparisons (the same floats): this
    # loop runs for every pair of hits of every candidate.
    scale = 1 + beta_squared
    best = 0.0
    count = len(hits)
    last = credit[count]
    for a in range(count):
        before, start = credit[a], spread[hits[a]]
        # No window from here on beats perfect precision with all the credit left; the
        # margin keeps float rounding from skipping a window that would count.
        rest = last - before
        most = rest / total if rest < total else 1.0
        if scale * most / (beta_squared + most) < best * (1 - 1e-12):
            break
        for b in range(a, count):
            inside = credit[b + 1] - before
            if not inside:
                continue
            width = spread[hits[b] + 1] - start
            recall = inside / total if inside < total else 1.0
            precision = inside / width if width > inside else 1.0
            f = scale * precision * recall / (beta_squared * precision + recall)
            if f > best:
                best = f
    return best
