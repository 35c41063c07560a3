"""Every variant group's shared subject weight at once, for a big library: ``SubjectSums``.

``SubjectFilter`` finds the groups a claim may reach by bitmask arithmetic, then checks each
candidate in Python. With tens of thousands of messages over one product vocabulary, a
claim's words leave hundreds of candidates, and that check costs more than everything else
the matcher does. Here the claim's subject words pick their postings (the groups having
each word, built once per policy), and numpy adds each word's weight to its groups in one
``bincount``: the groups whose sum reaches the floor come out of C in one pass.

The sums only choose which groups ``SubjectFilter`` checks exactly: their floors sit a hair
under the filter's (float sums in another order may differ in the last bit), so no group
that clears is missed, and the exact check decides as before.

numpy is a prebuilt wheel; it is imported only when a library is big enough to use this
(``SubjectFilter.build``), so small policies and start-up do not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MARGIN = 1e-12  # relative: sums in numpy's order must never turn away a group that clears


@dataclass(frozen=True, slots=True)
class SubjectSums:
    """Postings of subject words over variant groups, as numpy arrays."""

    vocabulary: dict[str, int]  # subject word -> its id
    postings: tuple[npt.NDArray[np.int32], ...]  # per word id: the groups that have it
    lengths: npt.NDArray[np.int64]  # per word id: how many groups have it
    weights: npt.NDArray[np.float64]  # per word id: its weight
    floors: npt.NDArray[np.float64]  # per group: its floor, a hair lower

    @classmethod
    def build(
        cls,
        subject_of: Sequence[frozenset[str]],
        weights: dict[str, float],
        floors: Sequence[float],
    ) -> SubjectSums:
        vocabulary: dict[str, int] = {}
        having: list[list[int]] = []
        for group, subject in enumerate(subject_of):
            for word in sorted(subject):
                word_id = vocabulary.setdefault(word, len(vocabulary))
                if word_id == len(having):
                    having.append([])
                having[word_id].append(group)
        return cls(
            vocabulary,
            tuple(np.array(groups, dtype=np.int32) for groups in having),
            np.array([len(groups) for groups in having], dtype=np.int64),
            np.array([weights[word] for word in vocabulary], dtype=np.float64),
            np.array(floors, dtype=np.float64) * (1 - MARGIN),
        )

    def candidates(self, words: Iterable[str]) -> list[int]:
        """The groups (ascending) whose subject weight shared with ``words`` may reach their
        floor: every group that does, and rarely one a last bit under it."""
        vocabulary = self.vocabulary
        ids = [vocabulary[word] for word in words if word in vocabulary]
        if not ids:
            return []
        postings = self.postings
        groups = np.concatenate([postings[i] for i in ids])
        added = np.repeat(self.weights[ids], self.lengths[ids])
        sums = np.bincount(groups, weights=added, minlength=len(self.floors))
        found: list[int] = np.flatnonzero(sums >= self.floors).tolist()
        return found
