"""Every variant group's shared subject weight at once, for a big library: ``SubjectSums``.

``SubjectFilter`` finds the groups a claim may reach by bitmask arithmetic, then checks each
candidate in Python. With tens of thousands of messages over one product vocabulary, a
claim's words leave hundreds of candidates, and that check costs more than everything else
the matcher does. Here the claim's subject words pick their postings (the groups having
each word, built once per policy), and numpy adds each word's weight to its groups in one
``bincount``: the groups whose sum reaches the floor come out of C in one pass.

A word in more than a quarter of the groups (the company's name, "time", "customer") is
not summed group by group: its weight is credited to every group at once, an upper bound
that saves the longest postings and adds few candidates.

The sums only choose which groups ``SubjectFilter`` checks exactly: they are upper bounds,
and the floors sit a hair under the filter's (float sums in another order may differ in the
last bit), so no group that clears is missed, and the exact check decides as before.

numpy is a prebuilt wheel; it is imported only when a library is big enough to use this
(``SubjectFilter.build``), so small policies and start-up do not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MARGIN = 1e-12  # relative: sums in numpy's order must never turn away a group that clears
EVERYWHERE = 0.25  # a word in more than this share of the groups is credited to all of them


@dataclass(frozen=True, slots=True)
class SubjectSums:
    """Postings of subject words over variant groups, as numpy arrays."""

    vocabulary: dict[str, int]  # subject word -> its id (words with postings)
    everywhere: dict[str, float]  # subject word -> its weight, credited to every group
    postings: tuple[npt.NDArray[np.int32], ...]  # per word id: the groups that have it
    # Per word id: its weight once per group of its posting, ready to concatenate (one call
    # instead of indexing and repeating per sentence).
    credits: tuple[npt.NDArray[np.float64], ...]
    floors: npt.NDArray[np.float64]  # per group: its floor, a hair lower

    @classmethod
    def build(
        cls,
        subject_of: Sequence[frozenset[str]],
        weights: dict[str, float],
        floors: Sequence[float],
    ) -> SubjectSums:
        having_of: dict[str, list[int]] = {}
        for group, subject in enumerate(subject_of):
            for word in subject:
                having_of.setdefault(word, []).append(group)
        most = EVERYWHERE * len(subject_of)
        posted = sorted(word for word, groups in having_of.items() if len(groups) <= most)
        return cls(
            {word: word_id for word_id, word in enumerate(posted)},
            {w: weights[w] for w, groups in having_of.items() if len(groups) > most},
            tuple(np.array(having_of[word], dtype=np.int32) for word in posted),
            tuple(np.full(len(having_of[word]), weights[word]) for word in posted),
            np.array(floors, dtype=np.float64) * (1 - MARGIN),
        )

    def candidates(self, words: Iterable[str]) -> list[int]:
        """The groups (ascending) whose subject weight shared with ``words`` may reach their
        floor: every group that does, and rarely one a last bit under it."""
        vocabulary, everywhere = self.vocabulary, self.everywhere
        ids = [vocabulary[word] for word in words if word in vocabulary]
        credit = sum(everywhere[word] for word in words if word in everywhere)
        if not ids:  # only words credited everywhere: the floors they reach alone
            return np.flatnonzero(self.floors <= credit).tolist() if credit else []
        postings, credits = self.postings, self.credits
        groups = np.concatenate([postings[i] for i in ids])
        added = np.concatenate([credits[i] for i in ids])
        sums = np.bincount(groups, weights=added, minlength=len(self.floors))
        if credit:  # in place: no second array as long as the library (MARGIN covers
            np.add(sums, credit, out=sums)  # adding here rather than off the floors)
        found: list[int] = np.flatnonzero(sums >= self.floors).tolist()
        return found
