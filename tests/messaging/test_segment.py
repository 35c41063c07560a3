"""Segmentation into claims and classification of each claim."""

from __future__ import annotations

from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.products import ProductNames
from freshcheck.model import Location, TextUnit


def texts(text: str, part: str = "body", page: int | None = None) -> list[str]:
    unit = TextUnit(text, Location(page=page, slide=None if page else 1, part=part))  # type: ignore[arg-type]
    claims = segment_claims(unit, ProductNames())
    for claim in claims:
        assert unit.text[claim.span[0] : claim.span[1]] == claim.text
    return [claim.text for claim in claims]


def test_sentences_split_but_not_on_decimals_amounts_abbreviations_or_24_7() -> None:
    text = (
        "Uptime is 99.9%. We raised $1.2M, e.g. from VCs. Acme Inc. grew fast. "
        "Support is 24/7. Done!"
    )
    assert texts(text) == [
        "Uptime is 99.9%.",
        "We raised $1.2M, e.g. from VCs.",
        "Acme Inc. grew fast.",
        "Support is 24/7.",
        "Done!",
    ]


def test_bullets_are_separate_claims() -> None:
    assert texts("• 3x faster search\n• 45% shorter onboarding\n- 24/7 support") == [
        "3x faster search",
        "45% shorter onboarding",
        "24/7 support",
    ]


def test_wrapped_pdf_lines_are_joined_then_split_into_sentences() -> None:
    text = "Acme cuts new-hire onboarding\ntime by 30% across all\nteams. Support is 24/7."
    assert texts(text, page=2) == [
        "Acme cuts new-hire onboarding\ntime by 30% across all\nteams.",
        "Support is 24/7.",
    ]


def test_a_label_and_its_value_read_together_and_a_title_is_one_claim() -> None:
    assert texts("| Onboarding time | cut by 30% |", part="table") == [
        "Onboarding time | cut by 30%"
    ]
    assert texts("Starter plan | $39 per user per month", part="table") == [
        "Starter plan | $39 per user per month"
    ]
    assert texts("Why Acme wins", part="title") == ["Why Acme wins"]


def test_table_cells_that_read_alone_are_separate_claims() -> None:
    row = "| How many customers? | More than 3,500 companies trust Acme. |"
    assert texts(row, part="table") == [
        "How many customers?",
        "More than 3,500 companies trust Acme.",
    ]
    row = "| Customer count | More than 4,000 customers rely on Acme. | 2026 |"
    assert texts(row, part="table") == [
        "Customer count",
        "More than 4,000 customers rely on Acme.",
        "2026",
    ]


def test_kinds() -> None:
    cases = {
        "Acme is SOC 2 Type II certified.": "certification",
        "The Starter plan costs $49 per user per month.": "price",
        "Acme is the leading sales enablement platform.": "superlative",
        "Reps find content 3x faster.": "comparison",
        "More than 4,000 customers rely on Acme.": "statistic",
        "Acme Analytics ships dashboards.": "product",
        "Open the opportunity record.": "other",
    }
    products = ProductNames.of(["Acme Analytics"])
    for text, kind in cases.items():
        (claim,) = segment_claims(TextUnit(text, Location(slide=1)), products)
        assert claim.kind == kind, text


def test_bad_input_is_not_a_crash() -> None:
    for text in ["", "\n\n\n", ". . .", "|||", "\t\t", "•", "a" * 50_000, "?" * 100]:
        texts(text)
