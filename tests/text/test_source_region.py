"""``SourceText.region``: a unit's match found back in the file's source, line and column."""

from __future__ import annotations

import pytest

from freshcheck.model import Position, Region
from freshcheck.text import SourceText


def region_of(
    source: str, first_line: int, unit: str, needle: str, nth: int = 0, markup: bool = True
) -> Region | None:
    start = -1
    for _ in range(nth + 1):
        start = unit.index(needle, start + 1)
    return SourceText(source, markup=markup).region(first_line, unit, start, start + len(needle))


def test_a_match_on_one_line_gets_its_columns_and_is_verbatim() -> None:
    source = "# Title\n\nWe sold SalesBoost to them.\n"
    found = region_of(source, 3, "We sold SalesBoost to them.", "SalesBoost")
    assert found == Region(Position(3, 9, 9), Position(3, 19, 19), verbatim=True)


def test_markup_and_line_breaks_between_words_are_passed_over() -> None:
    source = "Intro\nThe **Sales\nBoost** suite and _Acme_ [Pro](https://x) line.\n"
    unit = "The Sales Boost suite and Acme Pro line."
    found = region_of(source, 2, unit, "Sales Boost")
    assert found == Region(Position(2, 7, 7), Position(3, 6, 6), verbatim=False)
    assert region_of(source, 2, unit, "Acme Pro") == Region(
        Position(3, 20, 20), Position(3, 30, 30), verbatim=False
    )


def test_the_nth_occurrence_in_the_unit_is_the_nth_in_the_source() -> None:
    source = "SalesBoost, then SalesBoost again.\n"
    unit = "SalesBoost, then SalesBoost again."
    second = region_of(source, 1, unit, "SalesBoost", nth=1)
    assert second is not None and second.start.column == 18


def test_byte_columns_count_utf8_and_columns_count_characters() -> None:
    source = "Déjà vu: 𐐀 SalesBoost\n"
    found = region_of(source, 1, "Déjà vu: 𐐀 SalesBoost", "SalesBoost")
    assert found is not None
    assert found.start.column == 12  # D é j à ␠ v u : ␠ 𐐀 ␠ → the 12th character
    assert found.start.byte_column == 1 + len("Déjà vu: 𐐀 ".encode())


def test_entities_spell_their_characters_and_tag_attributes_are_not_content() -> None:
    source = '<p title="R&amp;D rocks">Our R&amp;D&nbsp;team</p>\n'
    found = region_of(source, 1, "Our R&D\u00a0team", "R&D\u00a0team")
    assert found is not None
    assert found.start.column == source.index("R&amp;D&nbsp;") + 1
    assert not found.verbatim


def test_in_plain_text_a_less_than_sign_is_just_a_character() -> None:
    source = "5 < 6 and SalesBoost\n"
    found = region_of(source, 1, "5 < 6 and SalesBoost", "SalesBoost", markup=False)
    assert found is not None and found.start.column == 11


@pytest.mark.parametrize(
    ("source", "first_line"),
    [
        ("Something else entirely\n", 1),  # the extractor rewrote it beyond recognition
        ("SalesBoost\n", 7),  # a line the file does not have
    ],
)
def test_no_region_when_the_match_cannot_be_found(source: str, first_line: int) -> None:
    assert region_of(source, first_line, "SalesBoost", "SalesBoost") is None
