"""``best_window`` prunes windows that cannot win; it must give the plain loop's answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.messaging.scoring import BETA_SQUARED, best_window

WORDS = ["acme", "reduc", "onboard", "time", "#percent", "=percent:30", "ticket", "travel"]


def reference(
    words: tuple[str, ...],
    claim_weights: list[float],
    shared: frozenset[str],
    total: float,
    weights: dict[str, float],
) -> float:
    """Every window that starts and ends on a shared word, scored the plain way (a shared
    word is credited where it first occurs)."""
    best = 0.0
    hits = [i for i, w in enumerate(words) if w in shared]
    first = {w: words.index(w) for w in shared}
    for a, start in enumerate(hits):
        for end in hits[a:]:
            inside = sum(weights[w] for w in shared if start <= first[w] <= end)
            width = sum(claim_weights[start : end + 1])
            recall = min(inside / total, 1.0)
            precision = min(inside / width, 1.0) if width else 1.0
            if recall and precision:
                f = (1 + BETA_SQUARED) * precision * recall / (BETA_SQUARED * precision + recall)
                best = max(best, f)
    return best


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    st.lists(st.floats(0.05, 8.0), min_size=len(WORDS), max_size=len(WORDS)),
    st.floats(0.5, 30.0),
)
def test_best_window_equals_the_plain_loop(
    claim: list[str], message: list[str], raw_weights: list[float], total: float
) -> None:
    weights = dict(zip(WORDS, raw_weights, strict=True))
    words = tuple(claim)
    claim_weights = [0.0 if w.startswith("=") else weights[w] for w in words]
    shared = frozenset(message) & frozenset(words)
    expected = reference(words, claim_weights, shared, total, weights)
    assert abs(best_window(words, claim_weights, shared, total, weights) - expected) < 1e-9
