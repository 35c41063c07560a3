"""``extract_facts`` skips finders (cue words, digits-only twins, every digit already taken):
it must find exactly what running every finder in full finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.messaging import facts
from freshcheck.messaging.facts import FINDERS, extract_facts
from freshcheck.messaging.numbers import NUMBER_WORDS
from freshcheck.messaging.products import ProductNames
from freshcheck.model import Fact
from tests.messaging.labelled import LABELLED_FILES, load_cases, load_messaging

NAMES = ProductNames.of(["Acme Insights", "Acme Cloud 360", "Insights Pro"])
PIECES = [
    "$1.2M", "USD 500", "1,200 euros", "45%", "forty-five percent", "3x", "three times",
    "twice", "threefold", "24/7", "SOC 2 Type II", "ISO 27001", "Q3 FY24", "FY2025 H1",
    "March 2024", "5 May 2023", "2024-01-31", "2 hours", "120 minutes", "more than 4,000",
    "4,000+", "#1", "No. 1", "first", "third consecutive year", "year one", "quarter 2",
    "10 million", "one hundred", "a thousand", "99.9", "2019", "1st", "3 fewer days",
    "Acme Insights", "acme cloud 360's", "Insights-Pro", "up to 30", "at least 12",
    "cuts", "onboarding", "time", "by", "teams", "rely", "on", "Acme", "the", "in", "-", ",",
]  # fmt: skip


def every_finder(text: str, names: ProductNames) -> tuple[Fact, ...]:
    """The plain way: every finder in full, in order, a taken character never reused."""
    taken = bytearray(len(text))
    found = []
    for _, finder in FINDERS:
        for item in finder(text, names):
            if item.end <= item.start or any(taken[item.start : item.end]):
                continue
            taken[item.start : item.end] = b"\x01" * (item.end - item.start)
            if item.kind:
                found.append(item)
    found.sort(key=lambda f: f.start)
    return tuple(Fact(f.kind, f.value, text[f.start : f.end], (f.start, f.end)) for f in found)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9))
def test_gated_extraction_equals_every_finder(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert extract_facts(text, NAMES) == every_finder(text, NAMES)


def test_gated_extraction_equals_every_finder_on_the_labelled_sets() -> None:
    messaging = load_messaging()
    names = ProductNames.from_messaging(messaging)
    texts = [m.current for m in messaging.messages]
    texts += [old for m in messaging.messages for old in m.superseded]
    for name in LABELLED_FILES:
        texts += [case.unit.text for case in load_cases(name, messaging)]
    for text in texts:
        assert extract_facts(text, names) == every_finder(text, names), text


TWIN_PATTERNS = (
    facts._money_after_pattern,
    facts._percent_pattern,
    facts._multiplier_pattern,
    facts._duration_pattern,
    facts._count_pattern,
)
WITHOUT_LEADING_BOUNDARY = [
    re.compile(pattern(number), facts._FLAGS)
    for pattern in TWIN_PATTERNS
    for number in (facts._ANY_NUM, facts._NUM)
] + [
    re.compile(rf"({facts._NUM})(?:\s*({facts._SCALE}))?|\b({NUMBER_WORDS})", facts._FLAGS),
    re.compile(rf"({facts._NUM})(?:\s*({facts._SCALE}))?()", facts._FLAGS),
]
WITH_LEADING_BOUNDARY = [
    re.compile(rf"\b(?:{pattern(number)})", facts._FLAGS)
    for pattern in TWIN_PATTERNS
    for number in (facts._ANY_NUM, facts._NUM)
] + [facts._NUMBER, facts._NUMBER_DIGITS]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, "x", "5x", "a", "e5", "v2.1", "_7", "7_", "3.5", ".5", "€9"]),
        min_size=1,
        max_size=9,
    ),
    st.sampled_from([" ", " ", "", "-", "/", ", ", "."]),
)
def test_a_leading_word_boundary_changes_no_match(pieces: list[str], joint: str) -> None:
    text = joint.join(pieces)
    for plain, bounded in zip(WITHOUT_LEADING_BOUNDARY, WITH_LEADING_BOUNDARY, strict=True):
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in bounded.finditer(text)] == expected
