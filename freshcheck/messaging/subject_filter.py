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

A bit stands for a *group*: the variants with the same subject words and floor (a message
and its superseded texts usually differ only in their facts), so a library of 2,000
messages with 3,456 variants needs 2,000 bits, and each group is checked once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from freshcheck.messaging.subject_sums import SubjectSums

MOST_COUNTED = 5  # word counts told apart (``candidates`` unrolls them); more count as this
SLACK = 1e-6  # relative: float rounding must never turn away a variant that clears
# From this many groups on, candidates come from shared weights summed in numpy
# (``SubjectSums``): below it the bitmasks leave few candidates, and numpy's per-call cost
# (and its import) is not worth it.
SUMMED_FROM = 4096


@dataclass(frozen=True, slots=True)
class SubjectFilter:
    """Bitmasks over a library's variant groups (bit ``g``: group ``g``), built once per policy.

    A group is the variants sharing their subject words and floor, in library order.
    """

    weights: dict[str, float]
    subject_of: tuple[frozenset[str], ...]  # per group: its subject words
    floors: tuple[float, ...]  # per group: the subject weight a match needs
    members: tuple[tuple[int, ...], ...]  # per group: its variants' positions, ascending
    having: dict[str, int]  # subject word -> the groups that have it
    prefix_of: dict[str, int]  # subject word -> the groups it is a prefix word of
    needing: tuple[int, ...]  # [k]: the groups needing k + 1 words (the last: at least)
    sums: SubjectSums | None = None  # big libraries: candidates from sums in numpy

    @classmethod
    def build(
        cls,
        subject_of: Sequence[frozenset[str]],
        weights: dict[str, float],
        floors: Sequence[float],
        summed_from: int = SUMMED_FROM,
    ) -> SubjectFilter:
        grouped: dict[tuple[frozenset[str], float], list[int]] = {}
        for position, key in enumerate(zip(subject_of, floors, strict=True)):
            grouped.setdefault(key, []).append(position)
        having: dict[str, int] = {}
        prefix_of: dict[str, int] = {}
        needing = [0] * MOST_COUNTED
        for group, (subject, floor) in enumerate(grouped):
            bit = 1 << group
            for word in subject:
                having[word] = having.get(word, 0) | bit
            for word in prefix_words(subject, weights, floor):
                prefix_of[word] = prefix_of.get(word, 0) | bit
            needed = words_needed(subject, weights, floor)
            needing[min(max(needed, 1), MOST_COUNTED) - 1] |= bit
        subjects = tuple(subject for subject, _ in grouped)
        group_floors = tuple(floor for _, floor in grouped)
        sums = None
        if len(grouped) >= summed_from:
            from freshcheck.messaging.subject_sums import SubjectSums  # numpy: big libraries

            sums = SubjectSums.build(subjects, weights, group_floors)
        return cls(
            weights,
            subjects,
            group_floors,
            tuple(tuple(members) for members in grouped.values()),
            having,
            prefix_of,
            tuple(needing),
            sums,
        )

    def candidates(self, words: Iterable[str]) -> int:
        """The groups (a bitmask) ``words`` may reach the floor of: both conditions hold."""
        likelier, others = self.tiers(words)
        return likelier | others

    def tiers(self, words: Iterable[str]) -> tuple[int, int]:
        """``candidates`` in two bitmasks: the groups ``words`` have more of than they need
        (likelier to clear: ``clears`` tries them first), then the others."""
        having, prefix_of = self.having, self.prefix_of
        prefixed = 0
        # Saturating counters, unrolled (this runs for most sentences of a scan): ``two``
        # holds the groups having at least two of the words, and so on.
        one = two = three = four = five = 0
        for word in words:
            mask = having.get(word)
            if mask is None:
                continue
            prefixed |= prefix_of.get(word, 0)
            five |= four & mask
            four |= three & mask
            three |= two & mask
            two |= one & mask
            one |= mask
        if not prefixed:
            return 0, 0
        needs_one, needs_two, needs_three, needs_four, needs_five = self.needing
        enough = prefixed & (
            (one & needs_one)
            | (two & needs_two)
            | (three & needs_three)
            | (four & needs_four)
            | (five & needs_five)
        )
        more = (two & needs_one) | (three & needs_two) | (four & needs_three) | (five & needs_four)
        return enough & more, enough & ~more

    def clears(self, words: set[str]) -> bool:
        """Whether ``words`` share at least the floor's subject weight with some variant."""
        weights, subject_of, floors = self.weights, self.subject_of, self.floors
        if self.sums is not None:
            return any(
                sum(map(weights.__getitem__, subject_of[group] & words)) >= floors[group]
                for group in self.sums.candidates(words)
            )
        # The groups the words have a word more of than they need first: of the sentences
        # that clear, most clear one of those, and are done in half the exact checks.
        for mask in self.tiers(words):
            while mask:  # ``positions``, inlined: the screen's hottest loop
                low = mask & -mask
                position = low.bit_length() - 1
                mask ^= low
                if sum(map(weights.__getitem__, subject_of[position] & words)) >= floors[position]:
                    return True
        return False

    def reaching(self, words: set[str] | frozenset[str]) -> list[int]:
        """The variants with which ``words`` share at least the floor's subject weight, in
        library order."""
        weights, subject_of, floors, members = (
            self.weights,
            self.subject_of,
            self.floors,
            self.members,
        )
        found: list[int] = []
        if self.sums is not None:
            for group in self.sums.candidates(words):
                if sum(map(weights.__getitem__, subject_of[group] & words)) >= floors[group]:
                    found.extend(members[group])
            found.sort()
            return found
        mask = self.candidates(words)
        while mask:  # ``positions``, inlined
            low = mask & -mask
            group = low.bit_length() - 1
            mask ^= low
            if sum(map(weights.__getitem__, subject_of[group] & words)) >= floors[group]:
                found.extend(members[group])
        found.sort()
        return found

    def variants(self, groups: int) -> Iterator[int]:
        """The variants of the groups in the bitmask ``groups``, in library order."""
        return iter(sorted(p for group in positions(groups) for p in self.members[group]))


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
