"""Word comments are located at the body paragraph their range starts in (real comments parts).

python-docx writes ``w:commentRangeStart``/``End`` around the runs and a
``w:commentReference`` run after them, as Word does.
"""

from __future__ import annotations

from pathlib import Path

import docx

from freshcheck.extract.docx.extractor import extract_docx
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Document, Location


def extract(path: Path) -> Document:
    return extract_docx(path, path.name, DEFAULT_LIMITS)


def comment_locations(document: Document) -> dict[str, Location]:
    return {u.text: u.location for u in document.units if u.location.part == "comment"}


def body_paragraph(document: Document, text: str) -> int | None:
    (unit,) = [u for u in document.units if u.text == text and u.location.part != "comment"]
    return unit.location.paragraph


def test_comments_on_first_middle_and_last_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    first = document.add_paragraph("First paragraph.")
    document.add_paragraph("")  # empty paragraphs do not count
    middle = document.add_paragraph("Middle paragraph.")
    document.add_paragraph("Another paragraph.")
    last = document.add_paragraph("Last paragraph.")
    document.add_comment(first.runs, text="On the first", author="Ann")
    document.add_comment(middle.runs, text="On the middle", author="Ann")
    document.add_comment(last.runs, text="On the last", author="Bo")
    document.save(tmp_path / "c.docx")
    extracted = extract(tmp_path / "c.docx")
    located = comment_locations(extracted)
    assert {text: loc.paragraph for text, loc in located.items()} == {
        "On the first": 1,
        "On the middle": 2,
        "On the last": 4,
    }
    assert body_paragraph(extracted, "Last paragraph.") == 4
    assert located["On the last"].shape == "comment by Bo"
    assert located["On the middle"].describe() == "paragraph 2 (comment)"


def test_a_comment_in_a_table_cell_reports_the_cell(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Metric"
    table.cell(1, 1).text = "Results guaranteed"
    document.add_paragraph("After the table.")
    document.add_comment(table.cell(1, 1).paragraphs[0].runs, text="In the cell", author="Ann")
    document.save(tmp_path / "t.docx")
    extracted = extract(tmp_path / "t.docx")
    location = comment_locations(extracted)["In the cell"]
    assert location.paragraph == body_paragraph(extracted, "Results guaranteed") == 3
    assert location.cell == (2, 2)
    assert location.describe() == "paragraph 3 (comment, row 2, column 2)"


def test_a_comment_across_paragraphs_is_at_the_paragraph_where_it_starts(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("One.")
    start = document.add_paragraph("Two starts the range.")
    document.add_paragraph("Three is inside it.")
    end = document.add_paragraph("Four ends it.")
    document.add_comment([start.runs[0], end.runs[0]], text="Across", author="Ann")
    document.save(tmp_path / "a.docx")
    (unit,) = [u for u in extract(tmp_path / "a.docx").units if u.text == "Across"]
    assert (unit.location.paragraph, unit.through) == (2, 4)


def test_a_comment_on_one_paragraph_has_no_range(tmp_path: Path) -> None:
    document = docx.Document()
    target = document.add_paragraph("Only this.")
    document.add_comment(target.runs, text="Here", author="Ann")
    document.save(tmp_path / "o.docx")
    (unit,) = [u for u in extract(tmp_path / "o.docx").units if u.text == "Here"]
    assert (unit.location.paragraph, unit.through) == (1, None)


def test_a_multi_paragraph_comment_keeps_one_anchor(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("One.")
    target = document.add_paragraph("Two.")
    comment = document.add_comment(target.runs, text="First line", author="Ann")
    comment.add_paragraph("Second line")
    document.save(tmp_path / "m.docx")
    located = comment_locations(extract(tmp_path / "m.docx"))
    assert [located["First line"].paragraph, located["Second line"].paragraph] == [2, 2]
