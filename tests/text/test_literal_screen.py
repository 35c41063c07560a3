"""LiteralScreen: substring cues read from a pattern never turn away a text it matches.

The policy's own patterns (``UserRegex``) run on RE2; their cues are read from the Python
source, so the property test checks the cues against the engine that really runs them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.policy import UserRegex
from freshcheck.policy.model import BannedPhrase, CompliancePolicy, Disclaimer, Policy
from freshcheck.text.literal_screen import MOST_CUES, LiteralScreen
from freshcheck.text.phrases import phrase_pattern

PATTERNS = (
    phrase_pattern("guaranteed results", possessive=False),
    phrase_pattern("Acme Insights"),
    phrase_pattern("Kiosk Suite"),  # "K" also matches the Kelvin sign
    phrase_pattern("Insights Pro"),  # "i" also matches dotless and dotted capital I
    phrase_pattern("Ship safely"),  # "s" also matches the long s
    phrase_pattern("Café Olé"),  # beyond ASCII: the cue is the ASCII part, or none
    UserRegex(r"\bFY\d\d\b"),
    UserRegex(r"(?-i:ROI)\b"),
    UserRegex(r"risk[- ]free|no[- ]risk"),
    UserRegex(r"(?:best|leading)\s+in\s+class"),
    UserRegex(r"(?:\d+x)+ faster"),
    re.compile(r"review|updated|revised", re.IGNORECASE),
    re.compile(r"©|(?i:\(c\)|copyright)|FY"),
)
# What the generated texts are made of: the patterns' words in any case, and characters
# where lowercasing and case-insensitive matching part ways.
FRAGMENTS = (
    "guaranteed",
    "results",
    "acme",
    "insights",
    "kiosk",
    "suite",
    "pro",
    "ship",
    "safely",
    "café",
    "olé",
    "fy24",
    "roi",
    "risk",
    "free",
    "no",
    "best",
    "leading",
    "in",
    "class",
    "3x",
    "faster",
    "review",
    "updated",
    "revised",
    "(c)",
    "copyright",
    "©",
    "\u0130",  # İ, lowercases to two characters
    "\u0131",  # ı, matches "i" and "I"
    "\u017f",  # ſ, matches "s" and "S"
    "\u212a",  # Kelvin sign, matches "k" and "K"
    "’s",
    "-",
    " ",
    "\n",
)


def _recased(word: str, how: int) -> str:
    if how == 1:
        return word.upper()
    if how == 2:
        return word.title()
    return word


texts = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.integers(0, 2)), min_size=1, max_size=12
).map(lambda parts: "".join(_recased(word, how) for word, how in parts))


@settings(max_examples=3000, deadline=None)
@given(texts, st.sampled_from(PATTERNS))
def test_a_screen_never_turns_away_a_match(text: str, pattern: re.Pattern[str]) -> None:
    screen = LiteralScreen.of(pattern)
    if pattern.search(text):
        assert screen.may_match(text), (pattern.pattern, text)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("\u212aIOSK SUITE", PATTERNS[2]),
        ("\u0130NSIGHTS PRO", PATTERNS[3]),
        ("\u0131nsights pro", PATTERNS[3]),
        ("\u017fhip \u017fafely", PATTERNS[4]),
        ("ROI of 3x", PATTERNS[7]),
        ("Copyright 2021", PATTERNS[12]),
        ("© 2021", PATTERNS[12]),
    ],
)
def test_case_folding_edge_cases_still_match(text: str, pattern: re.Pattern[str]) -> None:
    assert pattern.search(text)
    assert LiteralScreen.of(pattern).may_match(text)


def test_cues_are_read_from_the_pattern() -> None:
    phrase = LiteralScreen.of(phrase_pattern("Acme Insights"))
    assert (phrase.folded, phrase.exact, phrase.cued) == (("insights",), (), True)
    fiscal = LiteralScreen.of(UserRegex(r"\bFY\d\d\b"))
    assert fiscal.folded == ("fy",)
    exact = LiteralScreen.of(UserRegex(r"(?-i:ROI)\b"))
    assert (exact.folded, exact.exact) == ((), ("ROI",))
    either = LiteralScreen.of(UserRegex(r"risk[- ]free|no[- ]risk"))
    assert set(either.folded) == {"risk"}


def test_texts_without_a_cue_are_turned_away() -> None:
    screen = LiteralScreen.of(phrase_pattern("guaranteed results"))
    assert not screen.may_match("Results vary by customer.")
    assert not screen.may_match("Résultats garantis")  # beyond ASCII, no cue: still false
    assert screen.may_match("GUARANTEED results")


@pytest.mark.parametrize("source", [r"\d+", r"[QH][1-4]", r"(?:ab)?c?", r"a|\d", ""])
def test_a_pattern_without_cues_is_its_own_screen(source: str) -> None:
    screen = LiteralScreen.of(re.compile(source))
    assert not screen.cued
    assert screen.may_match("Q3 2024 c") == bool(re.search(source, "Q3 2024 c"))


def test_too_many_cues_fall_back_to_the_pattern() -> None:
    words = [f"{chr(ord('a') + n)}term" for n in range(MOST_CUES + 1)]
    screen = LiteralScreen.of(re.compile("|".join(words), re.IGNORECASE))
    assert not screen.cued
    assert screen.may_match("a HTERM here")
    # Alternatives sharing a beginning share a cue: the parser factors it out.
    shared = LiteralScreen.of(re.compile("|".join(f"word{n:02d}" for n in range(40)), re.I))
    assert (shared.folded, shared.cued) == (("word",), True)


def test_policy_screens_find_what_the_patterns_find() -> None:
    policy = Policy(
        compliance=CompliancePolicy(
            banned=(
                BannedPhrase(phrase="guaranteed results", pattern=None),
                BannedPhrase(phrase=None, pattern=r"\brisk[- ]free\b"),
            ),
            disclaimers=(Disclaimer(when=r"\bFY\d\d\b", require="Results may vary"),),
        )
    )
    compiled = CompiledPolicy.build(policy)
    assert compiled.any_banned is not None and compiled.any_banned.cued
    assert compiled.any_banned.may_match("A RISK-FREE trial")
    assert not compiled.any_banned.may_match("A trial without cost")
    disclaimer = compiled.disclaimers[0]
    assert disclaimer.when.may_match("Plan for fy25") and disclaimer.require.cued
