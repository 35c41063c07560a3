"""Which approved message a claim talks about, and whether it is in step: ``MessageIndex``.

Build once per policy (``MessageIndex.build(policy.messaging)``), reuse for every file and
ship it to worker processes (it pickles). For each claim:

1. **Words, facts masked.** Claim and message texts become folded content words with each
   fact replaced by its kind (``wording.content_words``), so "cuts onboarding time by 30%"
   and "… by 45%" are the same words and only the facts differ.
2. **Weights.** Each word weighs its inverse document frequency over the message library
   (a word in every message, like the company name, weighs least; a word in one message
   weighs most; a word in no message weighs as much as the rarest). Generic marketing
   filler weighs a third. Subject words therefore outweigh filler words.
3. **Candidates** come from an inverted index over the library's distinctive words: a claim
   is scored only against messages it shares such a word with, never against all of them.
   An unknown claim word within a typo of a word of a message the claim already reaches
   is mapped to it (rapidfuzz ``process.extractOne`` over those messages' words only: a
   typo matters only where it completes a candidate, and a scan meets thousands of
   unknown words).
4. **Score** (0–100) is a weighted F-measure that counts coverage of the message twice as
   much as precision (β = 2): ``recall`` is the share of the message's word weight the claim
   contains; ``precision`` is the share of the claim's word weight that belongs to the
   message, measured over the best window of the claim, so a preamble ("As we saw,")
   does not dilute it but words intruding in the middle ("travel booking" instead of
   "onboarding") do. ``threshold`` is the least score that counts as the same claim.
5. **Facts decide** (``drift.fact_differences``): a match to the current text with a replaced
   fact, or a better match to a superseded text, is outdated.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Literal

from rapidfuzz import fuzz, process

from freshcheck.messaging.attribution import names_another_party, words_after_us
from freshcheck.messaging.bare_label import (
    FOREIGN_WORDS,
    bare_label,
    foreign_label_words,
    product_words,
)
from freshcheck.messaging.claims import classify, label_and_value
from freshcheck.messaging.direction import direction, opposes, reverses
from freshcheck.messaging.drift import fact_differences
from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.figure_role import another_quantity
from freshcheck.messaging.measured import measured_words, measures_another_thing
from freshcheck.messaging.others_figure import others_figure
from freshcheck.messaging.our_action import action_of, not_our_doing
from freshcheck.messaging.our_thing import names_us_last, on_another_thing
from freshcheck.messaging.price_unit import prices_another_item
from freshcheck.messaging.product_slot import ProductSlots
from freshcheck.messaging.products import ProductNames
from freshcheck.messaging.scoring import (
    BETA_SQUARED,
    LABEL_BETA_SQUARED,
    LABEL_SUBJECT_FLOOR,
    SUBJECT_FLOOR,
    TYPO_CUTOFF,
    TYPO_MIN_LENGTH,
    SubjectScreen,
    best_window,
    claim_weight,
    forget_older_half,
    is_subject,
    least_recall,
    weight_of,
)
from freshcheck.messaging.wording import (
    FOLDED_FILLER,
    LABEL_WORDS,
    STOPWORDS,
    SYNONYM_HEADS,
    alias_table,
    content_words,
    plain_words,
)
from freshcheck.model import Claim, Fact, Location, TextUnit
from freshcheck.policy import Message, MessagingPolicy

FILLER_FACTOR = 0.3
TYPO_CANDIDATES = 8  # typos are looked up among the words of this many best-reached variants
NEAR_TIE = 5.0  # score points within which an in-step reading is preferred
MIN_WEIGHT = 0.05  # a word in every message still counts a little
MOST_VERDICTS_KEPT = 20_000  # sentences whose verdict a process remembers (boilerplate)

# Why a sentence cannot state a message whatever its score (MessageIndex.rejection).
BELOW_SUBJECT_FLOOR = "shares under 60% of the message's subject-word weight"
ONE_SUBJECT_WORD = (
    "shares only one of the message's distinct subject words, and says more about other things"
)
FACT_KIND_MISSING = "lacks the kind of fact the message states"
LABEL_WITHOUT_FACT = "a label whose value is not a fact of the message's kind"
LABEL_OFF_SUBJECT = "a label with a word the message does not have"
MEASURES_ANOTHER_THING = "its figure counts other things than the message's"
MOVES_THE_OTHER_WAY = "says the figure moved the other way (rose, not fell, or the reverse)"


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """The message a claim talks about, and whether the claim is in step with it."""

    message: Message
    status: Literal["current", "outdated"]
    score: float
    via_superseded: bool = False
    differences: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The finding message: "Outdated claim: says 30%, current messaging says 45%"."""
        if self.status == "current":
            return f"In step with message {self.message.id}"
        if self.differences:
            return "Outdated claim: " + "; ".join(self.differences)
        return f"Outdated claim: matches a superseded version of message {self.message.id}"


@dataclass(frozen=True, slots=True)
class _Variant:
    message: int
    current: bool
    words: frozenset[str]
    weight: float
    subject_weight: float
    plain: str
    facts: tuple[Fact, ...]
    spellable: tuple[str, ...]  # words a misspelt claim word may stand for
    distinct: frozenset[str]  # its subject words in at most half the messages, not filler
    kinds: frozenset[str]  # its fact kinds ("#percent")
    direction: str  # which way it says a figure moves: "up", "down", "" or "both"
    measured: tuple[str, ...]  # the words after its figure: what it counts (measured.py)


@dataclass(frozen=True, slots=True)
class _Scored:
    variant: _Variant
    score: float


@dataclass(frozen=True, slots=True)
class MessageIndex:
    """A compiled message library: word weights, an inverted index and the variants."""

    messages: tuple[Message, ...]
    threshold: float
    products: ProductNames
    variants: tuple[_Variant, ...]
    weights: dict[str, float]
    unknown_weight: float
    postings: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    exact: dict[str, tuple[int, ...]]
    current_of: tuple[int, ...]
    least_recall: float  # the recall a perfectly precise claim needs to reach the threshold
    needed: tuple[float, ...]  # per variant: least_recall times its weight
    screen: SubjectScreen | None  # see may_state; None: every sentence may state a message
    # Filled per process: a verdict depends only on the sentence and its facts, and footers,
    # templates and boilerplate recur across a library's files (``match_many``).
    verdicts: dict[tuple[str, tuple[Fact, ...]], ClaimMatch | None] = field(
        default_factory=dict, compare=False, kw_only=True
    )
    ours: frozenset[str]  # lower-case words of our names: the company's and the products'
    aliases: dict[str, str]  # the policy's synonyms: folded word -> its group's word
    library: frozenset[str]  # lower-case words of every message text (names_another_party)
    slots: ProductSlots  # which product names are another product of ours (product_slot)
    after_us: dict[str, tuple[str, ...]]  # message id -> the words after our name in it

    @classmethod
    def build(cls, messaging: MessagingPolicy) -> MessageIndex:
        """Compile a policy's messages once; the result is reused across files and processes."""
        products = ProductNames.from_messaging(messaging)
        aliases = alias_table(messaging.synonyms)
        raw: list[tuple[int, bool, str, tuple[Fact, ...], tuple[str, ...]]] = []
        frequency: dict[str, int] = {}
        for number, message in enumerate(messaging.messages):
            seen: set[str] = set()
            for current, text in [(True, message.current)] + [
                (False, old) for old in message.superseded
            ]:
                facts = extract_facts(text, products)
                words = _aliased(content_words(text, facts), aliases)
                raw.append((number, current, text, facts, words))
                seen.update(words)
            for word in seen:
                frequency[word] = frequency.get(word, 0) + 1
        total = max(len(messaging.messages), 1)
        weights = {
            word: max(math.log((total + 1) / (df + 0.5)), MIN_WEIGHT)
            * (FILLER_FACTOR if word in FOLDED_FILLER else 1)
            for word, df in frequency.items()
        }
        half = total / 2
        variants = tuple(
            _Variant(
                n,
                cur,
                frozenset(w),
                weight_of(set(w), weights, "="),
                math.fsum(weights[x] for x in set(w) if is_subject(x)) or 1.0,
                plain_words(t),
                f,
                tuple(
                    sorted(x for x in set(w) if x[0] not in "#=" and len(x) >= TYPO_MIN_LENGTH - 1)
                ),
                frozenset(
                    x
                    for x in w
                    if is_subject(x) and frequency[x] <= half and x not in FOLDED_FILLER
                ),
                frozenset(x for x in w if x[0] == "#"),
                direction(w, t),
                measured_words(w),
            )
            for n, cur, t, f, w in raw
        )
        # Words in more than 5% of messages (at least 20) are too common to find candidates.
        common = max(20, total // 20)
        postings: dict[str, list[int]] = {}
        always: list[int] = []
        for position, variant in enumerate(variants):
            distinctive = [w for w in variant.words if frequency[w] <= common]
            for word in distinctive:
                postings.setdefault(word, []).append(position)
            if not distinctive:
                always.append(position)
        frozen_postings = {word: tuple(ids) for word, ids in postings.items()}
        least = least_recall(float(messaging.threshold) / 100)
        ours = _our_words(messaging, products, half)
        exact: dict[str, list[int]] = {}
        current_of = [0] * len(messaging.messages)
        for position, variant in enumerate(variants):
            exact.setdefault(variant.plain, []).append(position)
            if variant.current:
                current_of[variant.message] = position
        return cls(
            messages=tuple(messaging.messages),
            threshold=float(messaging.threshold),
            products=products,
            variants=variants,
            weights=weights,
            unknown_weight=math.log((total + 1) / 0.5),
            postings=frozen_postings,
            always=tuple(always),
            exact={plain: tuple(ids) for plain, ids in exact.items()},
            current_of=tuple(current_of),
            least_recall=least,
            needed=tuple(least * v.weight for v in variants),
            screen=SubjectScreen.build(
                ((v.words, v.subject_weight) for v in variants), weights, frozen_postings, aliases
            ),
            aliases=aliases,
            library=frozenset(
                word
                for message in messaging.messages
                for text in (message.current, *message.superseded)
                for word in plain_words(text).split()
            ),
            ours=ours,
            slots=ProductSlots.build(messaging, [(n, cur, f) for n, cur, _, f, _ in raw]),
            after_us={m.id: words_after_us(m.current, ours) for m in messaging.messages},
        )

    def may_state(self, text: str) -> bool:
        """False when ``text`` cannot state any message, decided without finding its facts.

        A match needs 60% of a message's subject-word weight. A sentence is skipped when it
        shares none of the subject words that make that possible (``cues``), or when even
        every subject word its tokens could stand for (typos and product names included)
        leaves each message under that share (``SubjectScreen``): such sentences are
        skipped before facts are extracted: ``segment_claims(unit, products,
        keep=index.may_state)``. Conservative: it never skips a sentence that would match
        (a sentence whose only cue word is misspelt aside). A label and its value ("Research
        sites on Meridel | 1,800+") has a lower floor (``LABEL_SUBJECT_FLOOR``): a short line
        the screen turns away is kept when it is one.
        """
        screen = self.screen
        if screen is None or screen.may_reach(text):
            return True
        return (
            len(text) <= _LONGEST_LABEL_LINE
            and _LABEL_MARKS.search(text) is not None
            and screen.may_label(text)
            and label_and_value(text) is not None
        )

    def match(self, claim: Claim) -> ClaimMatch | None:
        """The message this claim states, with its status; None when it states none."""
        return self._decide(claim)

    def match_many(self, claims: Sequence[Claim]) -> list[ClaimMatch | None]:
        """``match`` for each claim, in order; a sentence met before is judged once."""
        return [self._remembered(claim) for claim in claims]

    def _remembered(self, claim: Claim) -> ClaimMatch | None:
        key = (claim.text, claim.facts)
        verdicts = self.verdicts
        if key in verdicts:
            return verdicts[key]
        if len(verdicts) >= MOST_VERDICTS_KEPT:
            forget_older_half(verdicts)  # recent sentences recur most
        verdict = verdicts[key] = self._decide(claim)
        return verdict

    def others_claim(self, text: str, message: Message, outdated: bool = True) -> bool:
        """Whether ``text`` states another party's figure (``why_not_ours`` says why)."""
        return self.why_not_ours(text, message, outdated) is not None

    def why_not_ours(self, text: str, message: Message, outdated: bool = True) -> str | None:
        """Why ``text`` states another party's figure rather than ``message``, or None when
        it may be ours: attributed to someone who is not us, one customer's result, an
        event's count, another message's thing counted (``others_figure``), another quantity
        or another item's price (asked only of an ``outdated`` reading: an in-step one
        raises no finding either way), someone else's doing, or naming someone else where
        ``message`` names us ("RouteMax connects to …")."""
        reason = others_figure(text, message.current, self.ours, self.library)
        if reason is not None:  # another party's, one customer's, an event's, …
            return reason
        if outdated:
            wordings = (message.current, *message.superseded)
            reason = another_quantity(text, wordings) or prices_another_item(text, wordings)
            if reason is not None:  # "closes 30% of data queries" for "lowers … by 30%"
                return reason
        # "Meridel's help desk …" names us too: plain words keep the possessive.
        named = {_POSSESSIVE.sub("", word) for word in plain_words(message.current).split()}
        names_us = not self.ours.isdisjoint(named)
        if not names_us:
            return None
        after_us = self.after_us.get(message.id, ())
        action = action_of(after_us)
        doing = not_our_doing(text, self.ours, self.library, action)
        if doing is not None:  # "Failed payments cost merchants $1.4M" for "Acme recovers …"
            return doing
        if names_another_party(text, self.ours, self.library, after_us):
            return "it names another party where the message names us"
        ours, current = self.ours, message.current
        if names_us_last(current, ours) and on_another_thing(text, current, ours, self.library):
            # "… subscribe to the Tessaly newsletter" for "… support teams use Tessaly"
            return "it names us only on another thing of ours, without the message's action"
        return None

    def claim_words(self, claim: Claim) -> tuple[str, ...]:
        """The words the matcher compares for ``claim``: folded, facts masked, typos mended."""
        return self._mend_typos(self._words(claim))

    def _words(self, claim: Claim) -> tuple[str, ...]:
        return _aliased(content_words(claim.text, claim.facts, claim=True), self.aliases)

    def claim_weights(self, words: tuple[str, ...], labelled: bool = False) -> list[float]:
        """Each word's weight as part of a claim (what an off-topic word costs)."""
        return self._claim_weights(words, labelled)

    def claim_for(self, text: str) -> Claim:
        """A claim for a bare sentence (tests, benchmarks): facts found with this policy."""
        facts = extract_facts(text, self.products)
        unit = TextUnit(text, Location())
        return Claim(unit, text, (0, len(text)), classify(text, facts), facts)

    # -- scoring -------------------------------------------------------------------------

    def _mend_typos(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Unknown words within a typo of a word of the best-reached messages become it."""
        unknown = {
            w
            for w in words
            if w not in self.weights
            and len(w) >= TYPO_MIN_LENGTH
            and w[0] not in "#="
            and w not in SYNONYM_HEADS
        }
        if unknown and self.screen is not None:
            # A word within a typo of no library word is never mended; the screen looks each
            # word up once and remembers the answer.
            unknown = {w for w in unknown if self.screen.may_be_typo(w)}
        if not unknown:
            return words
        reach, _ = self._reach(words)
        if not reach:
            return words
        variants = self.variants
        nearest = heapq.nlargest(  # ties by library order: the same result in every process
            TYPO_CANDIDATES, sorted(reach), key=lambda p: reach[p] / variants[p].weight
        )
        choices = [w for p in nearest for w in variants[p].spellable]
        mended: dict[str, str] = {}
        for word in unknown:
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if best:
                mended[word] = best[0]
        return tuple(mended.get(w, w) for w in words) if mended else words

    def _score(
        self,
        words: tuple[str, ...],
        variant: _Variant,
        claim_weights: list[float] | None = None,
        labelled: bool = False,
    ) -> float:
        shared = variant.words.intersection(words)
        if not shared:
            return 0.0
        weights = self.weights
        recall = min(math.fsum(map(weights.__getitem__, shared)) / variant.weight, 1.0)
        beta_squared = LABEL_BETA_SQUARED if labelled else BETA_SQUARED
        # F is at most (1+b²)R/(b²+R) when precision is perfect: skip hopeless candidates
        # (most of a big library's) before the dearer rejection tests.
        if 100 * (1 + beta_squared) * recall / (beta_squared + recall) < self.threshold:
            return 0.0
        if self._subject_rejection(words, variant, shared, labelled) is not None:
            return 0.0
        if claim_weights is None:
            claim_weights = self._claim_weights(words, labelled)
        score = 100 * best_window(
            words, claim_weights, shared, variant.weight, weights, beta_squared
        )
        # Read last, for the few readings that reach the threshold: the same words saying
        # something else (the figure moving the other way, or counting other things).
        if score >= self.threshold and _says_something_else(words, variant) is not None:
            return 0.0
        return score

    def rejection(
        self,
        words: tuple[str, ...],
        variant: _Variant,
        shared: frozenset[str],
        labelled: bool = False,
    ) -> str | None:
        """Why ``words`` cannot state ``variant`` whatever its score (``REJECTIONS``), or None."""
        reason = self._subject_rejection(words, variant, shared, labelled)
        return reason if reason is not None else _says_something_else(words, variant)

    def _subject_rejection(
        self,
        words: tuple[str, ...],
        variant: _Variant,
        shared: frozenset[str],
        labelled: bool = False,
    ) -> str | None:
        """``rejection`` for what the words share: labels, the subject floor, one word."""
        if labelled:
            if not any(w[0] == "#" for w in shared):
                return LABEL_WITHOUT_FACT
            if foreign_label_words(words, variant.words):  # a label is short: each word counts
                return LABEL_OFF_SUBJECT
        # fsum: a set's order differs between processes (hash seeds); exact sums do not.
        weights = self.weights
        subject = math.fsum(weights[w] for w in shared if is_subject(w))
        # A label every word of which is the message's names the subject in fewer words
        # ("Research sites on Meridel | 1,800+"): a lower floor, but two subject words.
        floor = LABEL_SUBJECT_FLOOR if labelled else SUBJECT_FLOOR
        if subject < floor * variant.subject_weight:
            return BELOW_SUBJECT_FLOOR  # shared numbers without the subject words
        if labelled and sum(1 for w in shared if is_subject(w)) < 2:
            return BELOW_SUBJECT_FLOOR
        # One shared word is not the same subject: "more than 2,000 revenue teams" is not "5
        # to 15 percent of revenue". A message named by one word is named by its facts too.
        distinct = variant.distinct
        if len(distinct) > 1:
            if len(distinct.intersection(shared)) < 2 and self._says_more(words, variant, subject):
                return ONE_SUBJECT_WORD
        elif not variant.kinds.issubset(words):
            return FACT_KIND_MISSING
        return None

    def _says_more(self, words: tuple[str, ...], variant: _Variant, subject: float) -> bool:
        """Whether the claim's words outside the message outweigh the subject it shares:
        a longer sentence about something else ("revenue teams of 5 to 15 people see …").
        A word labels add that no message uses ("Payback period: 6 months") and a word of
        the message's product name ("Desk uptime: 99.9%" for "Acme Desk has …", not "Bot
        uptime") say nothing else."""
        weights, unknown, named = self.weights, self.unknown_weight, product_words(variant.words)
        other = math.fsum(
            weights.get(w, unknown)
            for w in set(words)
            if w[0] not in "#="
            and w not in variant.words
            and w not in named
            and not (w in LABEL_WORDS and w not in weights)
        )
        return other > subject

    def _claim_weights(self, words: tuple[str, ...], labelled: bool = False) -> list[float]:
        weights, unknown = self.weights, self.unknown_weight
        if labelled:  # "period", "rate", "how many": a label's own words are not off topic
            return [
                0.0 if w in LABEL_WORDS and w not in weights else claim_weight(w, weights, unknown)
                for w in words
            ]
        return [claim_weight(w, weights, unknown) for w in words]

    def _reach(self, words: tuple[str, ...]) -> tuple[dict[int, float], float]:
        """Shared weight per candidate through the postings, and the weight of common words."""
        weights, postings = self.weights, self.postings
        reach: dict[int, float] = {}
        common = 0.0  # shared weight a candidate may get from words too common to post
        for word in dict.fromkeys(words):  # in the claim's order: the same sums everywhere
            ids = postings.get(word)
            if ids is None:
                common += weights.get(word, 0.0)
                continue
            weight = weights[word]
            for position in ids:
                reach[position] = reach.get(position, 0.0) + weight
        return reach, common

    def _ranked(self, words: tuple[str, ...], labelled: bool = False) -> list[_Scored]:
        """The candidates scoring at least the threshold, in no particular order.

        With a subject screen, the candidates are the variants whose subject floor the
        claim's words may reach (``SubjectFilter``); without one, the variants sharing a
        distinctive word, summed through the postings, less those that could not reach the
        threshold even with perfect precision. Either way, the exact score decides.
        """
        words = self._mend_typos(words)
        variants = self.variants
        if self.screen is not None and not labelled:
            candidates: Iterable[int] = self.screen.floor_filter.reaching(frozenset(words))
        else:
            reach, common = self._reach(words)
            needed = self.needed
            # ``always`` holds the variants no posting reaches: it never overlaps ``reach``.
            # A label needs its share of the subject floor (``LABEL_SUBJECT_FLOOR``): shared
            # weight, subject words among it, bounds that.
            candidates = [
                position
                for position, shared in chain(reach.items(), ((p, 0.0) for p in self.always))
                if (
                    shared + common >= LABEL_SUBJECT_FLOOR * variants[position].subject_weight
                    if labelled
                    else shared + common >= needed[position]
                )
            ]
        scored: list[_Scored] = []
        claim_weights: list[float] | None = None
        for position in candidates:
            variant = variants[position]
            if claim_weights is None:
                claim_weights = self._claim_weights(words, labelled)
            score = self._score(words, variant, claim_weights, labelled)
            if score >= self.threshold:
                scored.append(_Scored(variant, score))
        return scored

    # -- deciding ------------------------------------------------------------------------

    def _decide(self, claim: Claim) -> ClaimMatch | None:
        plain = plain_words(claim.text)
        exact = [self.variants[i] for i in self.exact.get(plain, ())]
        if exact:  # the very wording of a message: current wins over superseded
            variant = max(exact, key=lambda v: v.current)
            if variant.current:
                return self._verdict(claim, variant.message, _Scored(variant, 100.0), None)
            differences = fact_differences(claim.facts, self._current_facts(variant.message))
            message = self.messages[variant.message]
            return ClaimMatch(message, "outdated", 100.0, True, differences)
        words = self._words(claim)
        scored = self._ranked(words)
        if scored and claim.facts:
            scored = self._on_label(claim, scored)
        if not scored and claim.facts and label_and_value(claim.text) is not None:
            scored = self._ranked(words, labelled=True)
        if not scored:
            return None
        per_message: dict[int, tuple[_Scored | None, _Scored | None]] = {}
        for item in scored:
            cur, old = per_message.get(item.variant.message, (None, None))
            if item.variant.current and (cur is None or item.score > cur.score):
                cur = item
            if not item.variant.current and (old is None or item.score > old.score):
                old = item
            per_message[item.variant.message] = (cur, old)
        if any(f.kind == "product" for f in claim.facts):  # "Acme Ledger has …": not Checkout
            slots = self.slots
            for number in [n for n in per_message if slots.another_product(claim.facts, n)]:
                del per_message[number]
            if not per_message:
                return None
        verdicts = [
            self._verdict(claim, n, cur, old) for n, (cur, old) in sorted(per_message.items())
        ]
        # Equal scores (messages alike but for their facts or product): the reading whose
        # facts differ least, then library order; never the order sets happen to iterate in.
        verdicts.sort(key=lambda v: (-v.score, len(v.differences)))
        if self.others_claim(claim.text, verdicts[0].message, verdicts[0].status == "outdated"):
            return None  # another party's figure ("RouteMax claims 25%") is not our claim
        best = verdicts[0]
        if best.status == "outdated":
            for other in verdicts[1:]:
                if other.status == "current" and other.score >= best.score - NEAR_TIE:
                    return other  # a near-equal in-step reading: do not cry wolf
        return best

    def _on_label(self, claim: Claim, scored: list[_Scored]) -> list[_Scored]:
        """``scored`` less the messages a label-and-figure claim has label words outside
        ("Month-end travel booking time reduction | 25%": see ``bare_label``)."""
        label = bare_label(claim.text, claim.facts, self.ours)
        if label is None:
            return scored
        words = self._mend_typos(
            _aliased(content_words(label, extract_facts(label, self.products)), self.aliases)
        )
        return [
            item
            for item in scored
            if foreign_label_words(words, item.variant.words) < FOREIGN_WORDS
        ]

    def _current_facts(self, number: int) -> tuple[Fact, ...]:
        return self.variants[self.current_of[number]].facts

    def _verdict(
        self, claim: Claim, number: int, cur: _Scored | None, old: _Scored | None
    ) -> ClaimMatch:
        message = self.messages[number]
        current_facts = self._current_facts(number)
        differences = fact_differences(claim.facts, current_facts)
        if old is not None and (cur is None or old.score > cur.score):
            in_step_facts = claim.facts and not differences
            if in_step_facts and fact_differences(claim.facts, old.variant.facts):
                # Old wording, current facts: the facts were updated, the claim is in step.
                return ClaimMatch(message, "current", old.score)
            return ClaimMatch(message, "outdated", old.score, True, differences)
        assert cur is not None
        renamed = None if differences else self.slots.retired_in_our_place(claim, current_facts)
        if renamed is not None:  # "Inkwell saves …" for "Acme saves …": an old name of ours
            differences = (renamed,)
        status: Literal["current", "outdated"] = "outdated" if differences else "current"
        return ClaimMatch(message, status, cur.score, False, differences)


def _says_something_else(words: tuple[str, ...], variant: _Variant) -> str | None:
    """Why the claim's words, though they cover the message, say something else: the figure
    moves the other way, or counts other things; None when neither."""
    if variant.direction and reverses(words, variant.direction):
        return MOVES_THE_OTHER_WAY  # "chargebacks rose by 45%" against "cuts chargebacks"
    if opposes(words, variant.words):
        return MOVES_THE_OTHER_WAY  # "delays cost legal teams $1.8M" against "Acme saves …"
    if variant.measured and measures_another_thing(words, variant.measured, variant.words):
        return MEASURES_ANOTHER_THING  # "50% fewer support tickets" for "… false declines"
    return None


def _aliased(words: tuple[str, ...], aliases: dict[str, str]) -> tuple[str, ...]:
    """``words`` with each policy synonym read as its group's word."""
    return tuple(aliases.get(w, w) for w in words) if aliases else words


def _our_words(messaging: MessagingPolicy, products: ProductNames, half: float) -> frozenset[str]:
    """The words of our names: product names, and words in over half the messages (the
    company name), lower-case as a sentence has them. A word of a product name that the
    messages also write in lower case is a common word there ("lifts checkout conversion"
    beside "Corvane Checkout"): it does not make "Paylode's checkout …" ours."""
    counts: dict[str, int] = {}
    common: set[str] = set()
    for message in messaging.messages:
        for word in set(plain_words(message.current).split()):
            counts[word] = counts.get(word, 0) + 1
        for text in (message.current, *message.superseded):
            common.update(_LOWER_CASE_WORD.findall(text))
    words = {word for word, count in counts.items() if count > half}
    for name in products.names:
        words.update(word for word in plain_words(name).split() if word not in common)
    return frozenset(words - STOPWORDS)


_LONGEST_LABEL_LINE = 160  # characters: a table row, "Label: value" line or short Q/A
_LABEL_MARKS = re.compile(r"[|:?]")


_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_POSSESSIVE = re.compile(r"['’]s$")
