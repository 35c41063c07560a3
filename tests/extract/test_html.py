"""The HTML extractor on tests/fixtures/text files and on hostile input."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.errors import UnreadableFile
from freshcheck.extract.html.extractor import declared_charset, extract_html, html_document
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Document
from tests.extract.text_fixtures import TEXT, assert_matches_golden


def read(name: str) -> Document:
    return extract_html(TEXT / name, name, DEFAULT_LIMITS)


def units(name: str) -> list[tuple[int | None, str, str]]:
    return [(u.location.paragraph, u.location.part, u.text) for u in read(name).units]


def texts(html: str) -> list[str]:
    return [u.text for u in html_document(html, "x").units]


@pytest.mark.parametrize(
    "path", sorted([*TEXT.glob("*.html"), *TEXT.glob("*.htm")]), ids=lambda p: p.name
)
def test_matches_golden(path: Path) -> None:
    assert_matches_golden(path)


def test_units_in_reading_order_numbered_by_paragraph() -> None:
    assert units("html_page.html") == [
        (1, "title", "Why Acme"),
        (2, "body", "Acme cuts onboarding time by 45%. Results may vary."),
        (3, "body", "Loose div text"),
        (4, "body", "Inner paragraph"),
        (5, "body", "tail text after it"),
        (6, "body", "First item"),
        (7, "body", "Nested item"),
        (8, "body", "Second & last item"),
        (9, "body", "A customer quote."),
        (10, "body", "Pricing"),
        (11, "table", "Plan | Price"),
        (12, "table", "Pro plan | $99"),
        # A nested table's rows are units of their own, cutting the outer row in two.
        (13, "table", "Nested:"),
        (14, "table", "inner"),
        (15, "table", "after"),
        (16, "body", "Chart: 45% faster Figure 1"),
        (17, "body", "<not a tag> © 2026 Acme Inc."),
    ]


def test_hidden_and_non_visible_elements_are_not_content() -> None:
    all_text = " ".join(u.text for u in read("html_page.html").units)
    for absent in ("notContent", "color: red", "Hidden by", "Enable JavaScript", "Template"):
        assert absent not in all_text
    assert "code is not content" not in all_text
    assert "comment" not in all_text


def test_title_and_meta_fill_metadata() -> None:
    metadata = read("html_page.html").metadata
    assert metadata.title == "Q3 Pitch"
    assert metadata.author == "Ann Lee"
    assert metadata.modified == dt.datetime(2026, 1, 15)
    assert metadata.created == dt.datetime(2025, 11, 2, 8, 0, tzinfo=dt.UTC)
    assert metadata.custom["description"] == "The Q3 pitch page"
    assert "keywords" not in metadata.custom


def test_http_last_modified_date_is_parsed_and_bad_dates_ignored() -> None:
    metadata = read("html_meta_dates.html").metadata
    assert metadata.modified == dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)
    assert metadata.custom["date"] == "not a date"


def test_fragments_without_html_or_body_read() -> None:
    assert units("html_fragment.htm") == [
        (1, "title", "Fragment heading"),
        (2, "body", "Loose text with no block."),
        (3, "body", "A paragraph."),
    ]


def test_declared_charsets_are_honoured() -> None:
    assert units("html_cp1252.html") == [(1, "body", "“Smart quotes” – € 5")]
    assert units("html_xhtml.html") == [(1, "body", "Café & crème.")]
    assert declared_charset(b'<meta charset="windows-1252">') == "windows-1252"
    assert declared_charset(b"<p>no declaration</p>") is None


def test_deep_nesting_is_unreadable_not_a_crash() -> None:
    with pytest.raises(UnreadableFile) as caught:
        read("html_deep.html")
    assert caught.value.kind == "corrupt"


def test_comment_only_file_has_no_units() -> None:
    assert read("html_empty.html").units == ()


def test_entities_never_reach_outside(tmp_path: Path) -> None:
    # An external entity in a DOCTYPE is not loaded: the HTML parser does not fetch DTDs.
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    html = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><p>a &x; b</p></body></html>"
    )
    assert "TOP SECRET" not in " ".join(texts(html))


def test_binary_and_too_large_files(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>\x00\x01</p>")
    with pytest.raises(UnreadableFile) as caught:
        extract_html(path, "page.html", DEFAULT_LIMITS)
    assert caught.value.kind == "unsupported"
    path.write_bytes(b"<p>" + b"word " * 100 + b"</p>")
    with pytest.raises(UnreadableFile) as caught:
        extract_html(path, "page.html", dataclasses.replace(DEFAULT_LIMITS, max_chars=50))
    assert caught.value.kind == "too-large"


def test_cells_keep_inner_blocks_inside_the_row() -> None:
    html = "<table><tr><td><ul><li>a</li><li>b</li></ul></td><td>c</td></tr></table>"
    assert texts(html) == ["a b | c"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=20),
            st.sampled_from(["<p>", "</p>", "<div>", "<li>", "<h2>", "<td>", "<tr>", "<br>"]),
            st.sampled_from(["<script>", "</script>", "<!--", "-->", "&amp;", "<table>"]),
        ),
        max_size=40,
    ).map("".join)
)
def test_any_html_gives_numbered_nonempty_units(html: str) -> None:
    try:
        document = html_document(html, "x")
    except UnreadableFile:
        return
    numbers = [u.location.paragraph for u in document.units]
    assert numbers == list(range(1, len(numbers) + 1))
    for unit in document.units:
        assert unit.text and unit.text == " ".join(unit.text.split())


def test_units_carry_the_source_line_where_their_text_starts() -> None:
    source = (
        "<html><body>\n"  # 1
        "<h1>Title</h1>\n"  # 2
        "<p>First\n"  # 3
        "para</p>\n"  # 4
        "<table><tr><td>a</td>\n"  # 5
        "<td>b</td></tr></table>\n"  # 6
        "loose text\n"  # 7
        "<div>Outer <p>inner</p> tail</div>\n"  # 8
        "<p>\n\nlate</p>\n"  # 9-11
        "</body></html>\n"
    )
    lines = [(u.location.line, u.text) for u in html_document(source, "x.html").units]
    assert lines == [
        (2, "Title"),
        (3, "First para"),
        (5, "a | b"),
        (7, "loose text"),
        (8, "Outer"),
        (8, "inner"),
        (8, "tail"),
        (11, "late"),
    ]
