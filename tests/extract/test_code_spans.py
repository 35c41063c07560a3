"""Inline code spans are kept as places in a unit's text (``TextUnit.code``)."""

from __future__ import annotations

import pytest

from freshcheck.extract.code_spans import CLOSE, OPEN, unmark
from freshcheck.extract.html.extractor import html_document
from freshcheck.extract.markdown.extractor import markdown_document


def _code(units: tuple[object, ...]) -> list[list[str]]:
    return [[u.text[a:b] for a, b in u.code] for u in units]  # type: ignore[attr-defined]


def test_markdown_code_spans_in_paragraphs_and_table_cells() -> None:
    document = markdown_document(
        "Run `salesboost --all` and ``a `b` c`` now.\n\n| tool | `flow` |\n|---|---|\n", "x.md"
    )
    texts = [u.text for u in document.units]
    assert texts == ["Run salesboost --all and a `b` c now.", "tool | flow"]
    assert _code(document.units) == [["salesboost --all", "a `b` c"], ["flow"]]


def test_html_code_tags_in_paragraphs_and_cells() -> None:
    document = html_document(
        "<p>Run <code>SalesBoost</code> or <kbd>Ctrl</kbd>.</p>"
        "<table><tr><td><samp>x  y</samp></td><td>z</td></tr></table>",
        "x.html",
    )
    assert [u.text for u in document.units] == ["Run SalesBoost or Ctrl.", "x y | z"]
    assert _code(document.units) == [["SalesBoost", "Ctrl"], ["x y"]]


@pytest.mark.parametrize(
    "text", [f"a {OPEN}b{CLOSE} c", f"{OPEN}{CLOSE} lone", f"x{OPEN} {CLOSE}y", "plain"]
)
def test_unmark_gives_collapsed_text_and_spans_inside_it(text: str) -> None:
    plain, spans = unmark(text)
    assert OPEN not in plain and CLOSE not in plain and "  " not in plain
    assert all(0 <= a < b <= len(plain) for a, b in spans)


def test_marks_in_a_file_cannot_forge_a_span() -> None:
    document = markdown_document(f"Text {OPEN}SalesBoost{CLOSE} here.\n", "x.md")
    assert [u.code for u in document.units] == [()]
