"""Excerpts are the sentence that holds the match, cut around it, with the match's span."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from freshcheck.text import crosses_sentences, excerpt_at


def shown(text: str, needle: str) -> tuple[str, str]:
    start = text.index(needle)
    excerpt, (first, last) = excerpt_at(text, start, start + len(needle))
    return excerpt, excerpt[first:last]


def test_the_excerpt_is_the_sentence_holding_the_match() -> None:
    text = "Acme Inc. ships fast. We retired Insights Pro in 2021! Call us."
    assert shown(text, "Insights Pro") == ("We retired Insights Pro in 2021!", "Insights Pro")
    assert shown(text, "ships") == ("Acme Inc. ships fast.", "ships")


def test_a_long_sentence_is_cut_around_the_match() -> None:
    text = "word " * 200 + "the offending phrase " + "more " * 200
    excerpt, match = shown(text, "offending phrase")
    assert match == "offending phrase"
    assert len(excerpt) <= 300
    assert excerpt.startswith("\u2026") and excerpt.endswith("\u2026")


def test_whitespace_is_collapsed_and_the_span_follows() -> None:
    assert shown("Use   Insights\n Pro  today.", "Insights\n Pro") == (
        "Use Insights Pro today.",
        "Insights Pro",
    )


def test_sentence_breaks() -> None:
    text = "The growth of copyright is dramatic. In 1973 the rules changed."
    assert crosses_sentences(text, text.index("copyright"), text.index("1973") + 4)
    assert not crosses_sentences("© Acme Inc. 2021", 0, 16)
    assert not crosses_sentences("Fiscal year\n2022", 0, 16)  # a line break is not a stop


@given(
    st.text(alphabet="ab .\n!?XY", max_size=80),
    st.text(alphabet="ab.XY", min_size=1, max_size=10),
    st.text(alphabet="ab .\n!?XY", max_size=80),
)
def test_the_span_always_shows_the_match(before: str, needle: str, after: str) -> None:
    text = before + needle + after
    start = len(before)
    excerpt, (first, last) = excerpt_at(text, start, start + len(needle), limit=40)
    assert excerpt[first:last] == needle
    assert len(excerpt) <= 40
