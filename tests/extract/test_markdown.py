"""The Markdown extractor on files built by tests/fixtures/make_text_fixtures.py.

The golden files pin the whole output; the named tests below say what SPEC §1 means for
Markdown, so a golden diff can be judged against them.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.errors import UnreadableFile
from freshcheck.extract.markdown.extractor import extract_markdown, markdown_document
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Document
from tests.extract.text_fixtures import TEXT, assert_matches_golden, load_maker


def read(name: str) -> Document:
    return extract_markdown(TEXT / name, name, DEFAULT_LIMITS)


def units(name: str) -> list[tuple[int | None, str, str]]:
    return [(u.location.line, u.location.part, u.text) for u in read(name).units]


def md(text: str) -> list[tuple[int | None, str, str]]:
    return [(u.location.line, u.location.part, u.text) for u in markdown_document(text, "x").units]


@pytest.mark.parametrize("path", sorted(TEXT.glob("*.md")), ids=lambda p: p.name)
def test_matches_golden(path: Path) -> None:
    assert_matches_golden(path)


def test_fixture_script_reproduces_inputs_and_golden(tmp_path: Path) -> None:
    maker = load_maker()
    for path in maker.build_all(tmp_path):
        assert path.read_bytes() == (TEXT / path.name).read_bytes(), path.name
        assert maker.golden(path) == maker.golden_path(TEXT / path.name).read_text("utf-8")


def test_front_matter_is_metadata_not_content() -> None:
    document = read("md_front_matter.md")
    assert document.metadata.title == "Q3 Pitch: Acme Analytics"
    assert document.metadata.author == "Ann Lee, Bob Roy"
    assert document.metadata.modified is not None
    assert document.metadata.modified.isoformat() == "2026-01-15T09:30:00+00:00"
    front = document.metadata.front_matter
    assert front["reviewed"] == "2026-02-01"  # dates become ISO strings
    assert front["tags"] == ["pitch", "q3"]
    json.dumps(document.to_json())  # JSON-safe throughout
    assert units("md_front_matter.md") == [
        (9, "title", "Why Acme"),
        (11, "body", "Acme cuts new-hire onboarding time by 45%."),
    ]


def test_broken_front_matter_is_a_note_and_still_not_content() -> None:
    document = read("md_front_matter_broken.md")
    assert document.metadata.front_matter == {}
    assert document.notes and "not valid YAML" in document.notes[0]
    assert [u.text for u in document.units] == [
        "The body still counts; the broken block is still not content."
    ]


def test_fenced_and_indented_code_are_not_content() -> None:
    assert units("md_fences.md") == [
        (1, "body", "Before the code."),
        (24, "body", "After the code."),
    ]


def test_list_items_are_units_with_continuations_joined() -> None:
    assert units("md_lists.md") == [
        (1, "body", "Agenda:"),
        (3, "body", "First bullet continues on an indented line"),
        (5, "body", "Second bullet lazy continuation line"),
        (7, "body", "Nested bullet with code"),
        (8, "body", "Deeper still"),
        (9, "body", "Done task"),
        (10, "body", "Open task"),
        (12, "body", "Step one"),
        (13, "body", "Step two"),
        (15, "body", "A second paragraph inside step two."),
        (17, "body", "Star bullet"),
        (18, "body", "Plus bullet"),
        (
            20,
            "body",
            "The year 2026. was a good year (an ordered marker other than 1 cannot interrupt "
            "a paragraph).",
        ),
    ]


def test_table_rows_are_units_and_the_delimiter_row_is_not() -> None:
    rows = [u for u in units("md_tables.md") if u[1] == "table"]
    assert rows == [
        (1, "table", "Plan | Price | Seats"),
        (3, "table", "Starter | $29 | 5"),
        (4, "table", "Pro | $99 | month | 25"),  # an escaped pipe is a pipe in the cell
        (5, "table", "Enterprise"),
        (9, "table", "a | b"),
        (11, "table", "1 | 2"),
    ]
    assert (13, "body", "Not a table | because the next line is text ---|--- and more") in units(
        "md_tables.md"
    )


def test_headings_atx_and_setext_are_titles() -> None:
    assert units("md_headings.md") == [
        (1, "title", "Heading one"),
        (3, "title", "Heading two with trailing hashes"),
        (5, "title", "Six"),
        (7, "body", "####### Seven is not a heading"),
        (9, "body", "#hashtag is not a heading"),
        (11, "title", "Setext one"),
        (14, "title", "Setext two spans two lines"),
        (18, "body", "item"),  # "---" after a list item is a thematic break, not an underline
    ]


def test_inline_syntax_reduces_to_what_a_reader_sees() -> None:
    text = units("md_inline.md")[0][2]
    assert text.startswith("A link and an chart image. A reference link, a collapsed one")
    assert "Autolink https://acme.example/x_y_z and sales@acme.example." in text
    assert "Code **not bold** and a ` tick; escapes *not italic* and [not a link]." in text
    assert "Bold, strong, em, em, both, struck, ~50% about, snake_case_name." in text
    assert "HTML tags go, Acme logo leaves alt." in text
    assert text.endswith("Entities: & © €; a footnote mark vanishes.")
    assert units("md_inline.md")[1:] == [(13, "body", "The footnote text is content.")]


def test_html_comments_and_script_blocks_are_not_content() -> None:
    assert units("md_comments.md") == [
        (1, "body", "Visible before. Visible after."),
        (8, "body", "Text then continues."),
        (18, "body", "Centered text is content."),
    ]


def test_block_quotes_are_content_with_their_markers_dropped() -> None:
    assert units("md_quotes.md") == [
        (1, "body", "Quoted paragraph on two lines. lazy continuation of the quote"),
        (5, "body", "Nested quote."),
        (7, "body", "Quoted bullet"),
    ]


def test_crlf_cr_and_bom_read_like_plain_lf() -> None:
    assert units("md_crlf.md") == units("md_headings.md")
    assert units("md_cr_only.md") == units("md_paragraphs.md")
    bom, plain = read("md_bom.md"), read("md_front_matter.md")
    assert bom.units == plain.units and bom.metadata == plain.metadata


def test_binary_content_named_md_is_unreadable() -> None:
    with pytest.raises(UnreadableFile) as caught:
        read("md_binary.md")
    assert (caught.value.kind, caught.value.reason) == ("unsupported", "binary content, not text")


def test_empty_file_has_no_units_and_no_error() -> None:
    document = read("md_empty.md")
    assert document.units == () and document.error is None


def test_more_text_than_the_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("word " * 100, encoding="utf-8")
    limits = dataclasses.replace(DEFAULT_LIMITS, max_chars=50)
    with pytest.raises(UnreadableFile) as caught:
        extract_markdown(path, "big.md", limits)
    assert caught.value.kind == "too-large"


def test_review_marker_is_ordinary_content() -> None:
    assert md("Intro.\n\nLast reviewed: 2026-01-15\n") == [
        (1, "body", "Intro."),
        (3, "body", "Last reviewed: 2026-01-15"),
    ]


def test_unit_starts_at_its_first_visible_line() -> None:
    assert md('<div align="center">\nCentered.\n</div>\n') == [(2, "body", "Centered.")]


def test_heading_on_a_list_item_line_is_a_title() -> None:
    assert md("- # Heading in item\n- plain\n  1. ## Sub #\n") == [
        (1, "title", "Heading in item"),
        (2, "body", "plain"),
        (3, "title", "Sub"),
    ]


def test_fence_inside_a_list_item_ends_with_the_item() -> None:
    text = "- item\n  ```\n  code\ntext after\n"
    assert md(text) == [(1, "body", "item"), (4, "body", "text after")]


def test_hostile_markdown_stays_linear() -> None:
    # Unmatched emphasis, backticks and brackets used to be quadratic in regex engines.
    for text in ("**a " * 20000, "`a ``b " * 20000, "[a" * 20000, "_a " * 20000):
        assert len(markdown_document(text, "x").units) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_units_located_on_nonblank_lines(text: str) -> None:
    document = markdown_document(text, "x")
    lines = text.split("\n")
    for unit in document.units:
        assert unit.text and unit.text == " ".join(unit.text.split())
        assert unit.location.line is not None and 1 <= unit.location.line <= len(lines)
        assert lines[unit.location.line - 1].strip()


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
DECORATED = st.one_of(
    WORD,
    WORD.map(lambda w: f"**{w}**"),
    WORD.map(lambda w: f"_{w}_"),
    WORD.map(lambda w: f"`{w}`"),
    WORD.map(lambda w: f"[{w}](https://x.example/{w})"),
    WORD.map(lambda w: f"<b>{w}</b>"),
)
PREFIX = st.sampled_from(["", "", "", "- ", "* ", "1. ", "2) ", "# ", "## ", "> ", "  ", "| "])
LINE = st.one_of(
    st.tuples(PREFIX, st.lists(DECORATED, min_size=1, max_size=5)).map(
        lambda t: t[0] + " ".join(t[1])
    ),
    st.sampled_from(["", "", "```", "~~~", "---", "===", "<!-- c -->", "| --- | --- |"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_unit_line_holds_the_first_word_of_its_text(lines: list[str]) -> None:
    """The invariant we guarantee: the unit's line shows the start of its text.

    It holds whenever the first visible word is written on one line (inline markup such as
    ``**``, links, code spans and tags wraps words, never splits them).
    """
    text = "\n".join(lines)
    for unit in markdown_document(text, "x").units:
        first_word = re.split(r"[\s|]+", unit.text.strip("| "))[0]
        assert unit.location.line is not None
        assert first_word in lines[unit.location.line - 1], (unit, lines)


def test_only_comments_that_mention_freshcheck_become_directive_units() -> None:
    text = (
        "Acme is fast. <!-- freshcheck: ignore FC301 -->\n\n"
        "<!-- a note to the editor -->\n"
        "<!--\nfreshcheck: ignore-file\n  all\n-->\n"
        "    <!-- freshcheck: indented code, not a comment -->\n"
    )
    units = markdown_document(text, "d.md").units
    assert [(u.location.line, u.location.part, u.text) for u in units] == [
        (1, "comment", "freshcheck: ignore FC301"),
        (1, "body", "Acme is fast."),
        (4, "comment", "freshcheck: ignore-file all"),
    ]
