"""How well a claim's words cover a message variant: the pure arithmetic behind MessageIndex.

Words are folded content words (``wording.content_words``); ``#kind`` words stand for a
fact's kind and ``=dim:value`` words for its value. Subject words are the plain words and
product names. See docs/matching.md for the formulas.
"""

from __future__ import annotations

from collections.abc import Iterable

from freshcheck.wording import folded_words

BETA_SQUARED = 4.0  # recall (coverage of the message) counts twice as much as precision
SUBJECT_FLOOR = 0.6  # share of a message's subject-word weight a claim must contain


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
        common = sum(weights[w] for w in subject if w not in distinctive)
        everything = common >= SUBJECT_FLOOR * subject_weight
        for word in subject:
            if everything or word in distinctive:
                cues.add(cue_of(word))
    return frozenset(cues)


def cue_of(word: str) -> str:
    if not word.startswith("=product:"):
        return word
    name_words = folded_words(word.removeprefix("=product:")) or [word]
    return max(name_words, key=len)


def least_recall(threshold: float) -> float:
    """Solve (1 + b²)R / (b² + R) = t for R: below it no precision reaches the threshold."""
    return BETA_SQUARED * threshold / (1 + BETA_SQUARED - threshold) - 1e-9


def is_subject(word: str) -> bool:
    """Words and product names are subject; fact kinds and other fact values are not."""
    return word[0] not in "#=" or word.startswith("=product:")


def weight_of(words: set[str], weights: dict[str, float], skip: str) -> float:
    """Total weight of the words that do not start with a character in ``skip``."""
    return sum(weights[w] for w in words if w[0] not in skip) or 1.0


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
    spread: list[float] = [0.0]
    for weight in claim_weights:
        spread.append(spread[-1] + weight)
    best = 0.0
    for a, start in enumerate(hits):
        for b in range(a, len(hits)):
            inside = credit[b + 1] - credit[a]
            width = spread[hits[b] + 1] - spread[start]
            recall = min(inside / total, 1.0)
            precision = min(inside / width, 1.0) if width else 1.0
            if recall and precision:
                f = (1 + BETA_SQUARED) * precision * recall / (BETA_SQUARED * precision + recall)
                best = max(best, f)
    return best
