"""Which message variants a set of words can reach the subject floor of: ``SubjectFilter``.

A claim states a variant only when it shares at least ``floor`` of the variant's subject-word
weight (``scoring.SUBJECT_FLOOR``). Two necessary conditions follow, both cheap to test for
every variant at once with one Python integer per word, a bit per variant:

- **Prefix.** A variant's heaviest subject words, enough that the others weigh less than its
  floor (``prefix_words``): a sentence with none of them cannot reach the floor (prefix
  filtering, as in set-similarity joins).
- **Count.** The fewest subject words whose weight reaches the floor (``words_needed``): a
  sentence sharing fewer words cannot either. Saturating bit counters count, per variant,
  how many of the sentence's words it has.

The variants passing both are checked exactly, by one set intersection each. Most sentences
of enablement text share common words with many variants but the floor with none, and are
turned away by a few dozen integer operations instead of a walk over long postings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

MOST_COUNTED = 4  # word counts told apart (``candidates`` unrolls them); more count as this
SLACK = 1e-6  # relative: float rounding must never turn away a variant that clears


@dataclass(frozen=True, slots=True)
class SubjectFilter:
    """Bitmasks over a library's variants (bit ``i``: variant ``i``), built once per policy."""

    weights: dict[str, float]
    subject_of: tuple[frozenset[str], ...]  # per variant: its subject words
    floors: tuple[float, ...]  # per variant: the subject weight a match needs
    having: dict[str, int]  # subject word -> the variants that have it
    prefix_of: dict[str, int]  # subject word -> the variants it is a prefix word of
    needing: tuple[int, ...]  # [k]: the variants needing k + 1 words (the last: at least)

    @classmethod
    def build(
        cls,
        subject_of: Sequence[frozenset[str]],
        weights: dict[str, float],
        floors: Sequence[float],
    ) -> SubjectFilter:
        having: dict[str, int] = {}
        prefix_of: dict[str, int] = {}
        needing = [0] * MOST_COUNTED
        for position, subject in enumerate(subject_of):
            bit = 1 << position
            for word in subject:
                having[word] = having.get(word, 0) | bit
            for word in prefix_words(subject, weights, floors[position]):
                prefix_of[word] = prefix_of.get(word, 0) | bit
            needed = words_needed(subject, weights, floors[position])
            needing[min(max(needed, 1), MOST_COUNTED) - 1] |= bit
        return cls(weights, tuple(subject_of), tuple(floors), having, prefix_of, tuple(needing))

    def candidates(self, words: Iterable[str]) -> int:
        """The variants (a bitmask) ``words`` may reach the floor of: both conditions hold."""
        having, prefix_of = self.having, self.prefix_of
        prefixed = 0
        # Saturating counters, unrolled (this runs for most sentences of a scan): at_least[k]
        # holds the variants having at least k of the words.
        one = two = three = four = 0
        for word in words:
            mask = having.get(word)
            if mask is None:
                continue
            prefixed |= prefix_of.get(word, 0)
            four |= three & mask
            three |= two & mask
            two |= one & mask
            one |= mask
        if not prefixed:
            return 0
        needs_one, needs_two, needs_three, needs_four = self.needing
        enough = (one & needs_one) | (two & needs_two) | (three & needs_three) | (four & needs_four)
        return prefixed & enough

    def clears(self, words: set[str]) -> bool:
        """Whether ``words`` share at least the floor's subject weight with some variant."""
        weights, subject_of, floors = self.weights, self.subject_of, self.floors
        mask = self.candidates(words)
        while mask:  # ``positions``, inlined: the screen's hottest loop
            low = mask & -mask
            position = low.bit_length() - 1
            mask ^= low
            if sum(map(weights.__getitem__, subject_of[position] & words)) >= floors[position]:
                return True
        return False

    def reaching(self, words: set[str] | frozenset[str]) -> Iterator[int]:
        """The variants with which ``words`` share at least the floor's subject weight."""
        weights, subject_of, floors = self.weights, self.subject_of, self.floors
        for position in positions(self.candidates(words)):
            shared = subject_of[position] & words
            if sum(map(weights.__getitem__, shared)) >= floors[position]:
                yield position


def positions(mask: int) -> Iterable[int]:
    """The set bits of ``mask``, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def prefix_words(subject: frozenset[str], weights: dict[str, float], floor: float) -> list[str]:
    """A variant's heaviest subject words, enough that the others weigh less than ``floor``."""
    ranked = sorted(subject, key=lambda w: (-weights[w], w))
    rest = sum(weights[w] for w in ranked)
    prefix: list[str] = []
    for word in ranked:
        if rest < floor * (1 - SLACK):
            break
        prefix.append(word)
        rest -= weights[word]
    return prefix


def words_needed(subject: frozenset[str], weights: dict[str, float], floor: float) -> int:
    """The fewest subject words whose weight reaches ``floor`` (the heaviest ones)."""
    total = 0.0
    for count, weight in enumerate(sorted((weights[w] for w in subject), reverse=True), 1):
        total += weight
        if total >= floor * (1 - SLACK):
            return count
    return len(subject) or 1
