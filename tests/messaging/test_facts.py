"""Fact extraction: equal facts in different spellings have equal values."""

from __future__ import annotations

import pytest

from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.products import ProductNames

PRODUCTS = ProductNames.of(["Acme Analytics", "Acme Insights", "Insights Pro"])


def values(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in extract_facts(text, PRODUCTS)]


@pytest.mark.parametrize(
    ("spellings", "expected"),
    [
        (["45%", "45 percent", "forty-five percent", "45 per cent"], ("percent", "45")),
        (
            ["$1.2M", "$1,200,000", "USD 1.2 million", "1.2 million dollars"],
            ("money", "USD 1200000"),
        ),
        (["€800K", "EUR 800,000", "€800 thousand"], ("money", "EUR 800000")),
        (["3x", "3X", "three times", "3 times", "3×"], ("multiplier", "3")),
        (["twice", "2x", "two times"], ("multiplier", "2")),
        (["350+", "more than 350", "over 350", "over three hundred and fifty"], ("count", "350+")),
        (["2 hours", "120 minutes", "two hours"], ("duration", "7200s")),
        (["under 2 hours", "less than 120 minutes"], ("duration", "<7200s")),
        (["FY24", "FY2024", "FY 24"], ("period", "FY2024")),
        (["Q3 2023", "Q3 '23"], ("period", "2023-Q3")),
        (["15 Jan 2026", "January 15, 2026", "2026-01-15"], ("date", "2026-01-15")),
        (["24/7", "24x7", "24 / 7"], ("number", "24/7")),
        (
            ["Acme Insights", "acme insights", "Acme-Insights", "Acme Insights's"],
            ("product", "Acme Insights"),
        ),
        (["one hundred", "a hundred", "100"], ("number", "100")),
        (
            ["3 years", "3 consecutive years", "three straight years"],
            ("duration", "93312000s"),
        ),  # a year is 12 months
        (["4 hours", "4 fewer hours", "four extra hours"], ("duration", "14400s")),
        (["threefold", "three-fold", "3x"], ("multiplier", "3")),
    ],
)
def test_equal_facts_spelled_differently_are_equal(
    spellings: list[str], expected: tuple[str, str]
) -> None:
    for spelling in spellings:
        assert values(f"We say {spelling} here.") == [expected], spelling


def test_facts_carry_their_text_and_span() -> None:
    text = "Acme Analytics cuts costs by 30% for 4,000+ teams in FY25."
    facts = extract_facts(text, PRODUCTS)
    assert [(f.kind, f.text) for f in facts] == [
        ("product", "Acme Analytics"),
        ("percent", "30%"),
        ("count", "4,000+"),
        ("period", "FY25"),
    ]
    for fact in facts:
        assert text[fact.span[0] : fact.span[1]] == fact.text


def test_decimals_years_and_words_up_to_a_hundred() -> None:
    assert values("99.9% uptime since 2019") == [("percent", "99.9"), ("year", "2019")]
    assert values("ninety-nine teams") == [("number", "99")]
    assert values("thirty-eight days") == [("duration", "3283200s")]


def test_certification_names_are_not_numbers() -> None:
    assert values("SOC 2 Type II and ISO 27001 certified") == []


def test_bad_input_is_not_a_crash() -> None:
    for text in ["", "$", "%%%", "1,2,3,4", "x" * 10_000, "\x00\ufffd", "$.5M", "1e9999"]:
        extract_facts(text, PRODUCTS)


def test_year_one_is_the_first_year() -> None:
    assert values("in year one") == values("in the first year") == [("number", "1")]
