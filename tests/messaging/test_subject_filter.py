"""``SubjectFilter`` answers exactly what a walk over every variant answers.

The filter turns most word sets away by bitmask arithmetic (prefix words, word counts) and
checks the rest by set intersection. Its answer must equal the brute-force answer, "some
variant shares at least its floor of subject weight", for every word set: a variant it
wrongly turned away would be a message the matcher never sees.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.messaging.scoring import SUBJECT_FLOOR
from freshcheck.messaging.subject_filter import SubjectFilter, positions, prefix_words, words_needed

VOCABULARY = [f"w{n}" for n in range(24)]


def _brute_force(
    subject_of: list[frozenset[str]],
    weights: dict[str, float],
    floors: list[float],
    words: set[str],
) -> set[int]:
    return {
        position
        for position, subject in enumerate(subject_of)
        if sum(weights[w] for w in subject & words) >= floors[position]
    }


@st.composite
def _libraries(draw: st.DrawFn) -> tuple[list[frozenset[str]], dict[str, float], list[float]]:
    weights = {
        word: draw(st.floats(min_value=0.05, max_value=8.0, allow_nan=False)) for word in VOCABULARY
    }
    subject_of = draw(
        st.lists(
            st.frozensets(st.sampled_from(VOCABULARY), min_size=1, max_size=10),
            min_size=1,
            max_size=40,
        )
    )
    floors = [
        SUBJECT_FLOOR * sum(weights[w] for w in subject) * (1 - 1e-9) for subject in subject_of
    ]
    return subject_of, weights, floors


@settings(max_examples=300, deadline=None)
@given(_libraries(), st.lists(st.sets(st.sampled_from(VOCABULARY), max_size=12), max_size=8))
def test_clears_exactly_when_some_variant_reaches_its_floor(
    library: tuple[list[frozenset[str]], dict[str, float], list[float]],
    sentences: list[set[str]],
) -> None:
    subject_of, weights, floors = library
    screen = SubjectFilter.build(subject_of, weights, floors)
    summed = SubjectFilter.build(subject_of, weights, floors, summed_from=0)  # numpy sums
    assert summed.sums is not None
    for words in sentences:
        reaching = _brute_force(subject_of, weights, floors, words)
        assert reaching <= set(screen.variants(screen.candidates(words)))
        assert screen.reaching(words) == sorted(reaching)
        assert summed.reaching(words) == sorted(reaching)
        assert screen.clears(words) == bool(reaching)
        assert summed.clears(words) == bool(reaching)


def test_prefix_words_leave_less_than_the_floor() -> None:
    weights = {"rare": 5.0, "mid": 2.0, "common": 0.5, "filler": 0.2}
    subject = frozenset(weights)
    floor = SUBJECT_FLOOR * sum(weights.values())
    prefix = prefix_words(subject, weights, floor)
    assert prefix == ["rare"]  # without "rare", 2.7 of 7.7 is under the 4.62 floor
    assert sum(weights[w] for w in subject - set(prefix)) < floor


def test_words_needed_counts_the_heaviest_first() -> None:
    weights = {"rare": 5.0, "mid": 2.0, "common": 0.5, "filler": 0.2}
    floor = SUBJECT_FLOOR * sum(weights.values())
    assert words_needed(frozenset(weights), weights, floor) == 1  # 5.0 >= 4.62
    assert words_needed(frozenset(weights), weights, 6.5) == 2


def test_a_sentence_with_common_words_only_is_turned_away_without_candidates() -> None:
    weights = {"rare": 5.0, "other": 4.0, "common": 0.5, "filler": 0.2}
    subject_of = [frozenset({"rare", "common", "filler"}), frozenset({"other", "common"})]
    floors = [SUBJECT_FLOOR * sum(weights[w] for w in s) for s in subject_of]
    screen = SubjectFilter.build(subject_of, weights, floors)
    assert screen.candidates({"common", "filler"}) == 0
    assert list(screen.variants(screen.candidates({"rare", "common"}))) == [0]
    assert screen.clears({"rare", "common"})
    assert list(positions(0b1010)) == [1, 3]


def test_a_big_library_sums_in_numpy_and_a_small_one_does_not() -> None:
    weights = {f"w{n}": 1.0 + n % 7 for n in range(200)}
    subject_of = [frozenset({f"w{n % 200}", f"w{(n * 7 + 1) % 200}", "w0"}) for n in range(300)]
    floors = [SUBJECT_FLOOR * sum(weights[w] for w in s) * (1 - 1e-9) for s in subject_of]
    assert SubjectFilter.build(subject_of, weights, floors).sums is None
    summed = SubjectFilter.build(subject_of, weights, floors, summed_from=len(subject_of) // 2)
    assert summed.sums is not None
    assert "w0" in summed.sums.everywhere  # in every group: credited at once, not posted
    assert "w0" not in summed.sums.vocabulary
    for words in ({"w0"}, {"w3", "w22"}, {"w0", "w3", "w22"}, {"w5", "w36", "w0", "w150"}):
        expected = _brute_force(subject_of, weights, floors, words)
        assert summed.reaching(words) == sorted(expected)
        assert summed.clears(words) == bool(expected)
