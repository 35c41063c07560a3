"""The docx extractor on generated fixtures (tests/fixtures/make_docx_fixtures.py)."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import docx
import pytest

from freshcheck.errors import UnreadableFile
from freshcheck.extract import extract_file
from freshcheck.extract.docx import NO_DOCUMENT, extract_docx
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Document, Location, TextUnit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"


def extract(name: str) -> Document:
    return extract_docx(FIXTURES / f"{name}.docx", f"{name}.docx", DEFAULT_LIMITS)


def texts(document: Document) -> list[str]:
    return [unit.text for unit in document.units]


def unit_with(document: Document, text: str) -> TextUnit:
    matches = [unit for unit in document.units if unit.text == text]
    assert len(matches) == 1, f"{text!r} found {len(matches)} times"
    return matches[0]


@pytest.mark.parametrize("name", ["layout", "stories"])
def test_matches_golden_units(name: str) -> None:
    golden = json.loads((FIXTURES / f"{name}.units.json").read_text(encoding="utf-8"))
    assert extract(name).to_json() == golden


def test_headings_paragraphs_and_tables_in_reading_order() -> None:
    document = extract("layout")
    assert unit_with(document, "Q3 Field Playbook").location == Location(paragraph=1, part="title")
    assert unit_with(document, "Acme cuts new-hire onboarding time by 45%.").location == Location(
        paragraph=3
    )
    # The empty paragraph between them is not a unit and is not counted.
    assert unit_with(document, "Pricing starts at $49 per seat.").location.paragraph == 4
    assert unit_with(document, "Plan").location == Location(
        paragraph=5, part="table", shape="table 1", cell=(1, 1)
    )


def test_merged_cells_are_read_once_at_their_first_grid_cell() -> None:
    document = extract("layout")
    assert unit_with(document, "Starter").location.cell == (2, 1)  # spans rows 2-3
    assert unit_with(document, "Up to 10 seats, $49 each").location.cell == (2, 2)  # cols 2-3
    assert unit_with(document, "11+").location.cell == (3, 2)


def test_nested_table_reports_its_innermost_cell() -> None:
    location = unit_with(extract("layout"), "Up to 20%").location
    assert location.part == "table"
    assert location.cell == (1, 2)
    assert location.shape == "table 2, nested in table 1"
    after = unit_with(extract("layout"), "Second paragraph in the cell").location
    assert (after.shape, after.cell) == ("table 1", (3, 3))


def test_headers_and_footers_of_every_section_once() -> None:
    document = extract("layout")
    shapes = {unit.text: unit.location.shape for unit in document.units}
    assert shapes["Cover header"] == "header (first page, section 1)"
    assert shapes["Even pages header"] == "header (even pages, section 1)"
    assert shapes["© 2021 Acme"] == "footer (first page, section 1)"
    assert shapes["Page footer, section two"] == "footer (section 2)"
    assert texts(document).count("Acme Confidential") == 1
    appendix = unit_with(document, "Appendix").location
    assert (appendix.part, appendix.paragraph) == ("header", 2)


def test_first_page_header_is_skipped_when_word_would_not_show_it(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body")
    section = document.sections[0]
    section.first_page_header.paragraphs[0].text = "Unused first-page header"
    section.header.paragraphs[0].text = "Shown header"
    path = tmp_path / "first.docx"
    document.save(str(path))
    found = texts(extract_docx(path, "first.docx", DEFAULT_LIMITS))
    assert "Shown header" in found
    assert "Unused first-page header" not in found


def test_core_and_custom_properties() -> None:
    metadata = extract("layout").metadata
    assert metadata.title == "Q3 Field Playbook"
    assert metadata.author == "Enablement Team"
    assert metadata.last_modified_by == "Dana Editor"
    assert metadata.modified is not None and metadata.modified.date().isoformat() == "2024-02-15"
    assert metadata.custom["LastReviewed"] == "2024-03-01"


def test_tracked_changes_keep_insertions_and_moves_to_only() -> None:
    found = texts(extract("stories"))
    assert "Kept inserted moved here" in found
    assert not any("deleted" in text or "moved away" in text for text in found)


def test_field_results_are_text_and_instructions_are_not() -> None:
    found = texts(extract("stories"))
    assert "Product: Acme Analytics" in found
    assert "Nested: outer result" in found
    assert "Simple field: 7" in found
    assert not any("DOCPROPERTY" in text or "code-only" in text for text in found)


def test_special_characters() -> None:
    found = texts(extract("stories"))
    assert "Read the study\ttabbed\nbroken" in found  # hyperlink text, tab, line break
    assert "e-mail software ™" in found  # no-break hyphen, soft hyphen, w:sym


def test_hidden_text_is_its_own_hidden_unit() -> None:
    document = extract("stories")
    visible = unit_with(document, "Visible words")
    hidden = unit_with(document, "secret guaranteed results")
    assert not visible.hidden and hidden.hidden
    assert hidden.location == visible.location
    assert unit_with(document, "Whole paragraph hidden").hidden


def test_text_box_is_read_once_from_the_chosen_branch() -> None:
    document = extract("stories")
    box = unit_with(document, "Text box says FY23 targets").location
    assert (box.part, box.shape) == ("textbox", "Callout 5")
    anchor = unit_with(document, "Anchor paragraph").location
    assert box.paragraph == (anchor.paragraph or 0) + 1
    assert unit_with(document, "Legacy VML box text").location.part == "textbox"


def test_content_controls_block_run_and_cell_level() -> None:
    document = extract("stories")
    assert unit_with(document, "Content control paragraph").location.part == "body"
    assert "Inline control: Acme Analytics" in texts(document)
    assert unit_with(document, "EMEA").location.cell == (1, 2)


def test_notes_skip_separators_and_are_numbered_by_reference_order() -> None:
    document = extract("stories")
    assert unit_with(document, "Source: 2021 study").location.shape == "footnote 1"
    assert unit_with(document, "Second cited note").location.shape == "footnote 2"
    endnote = unit_with(document, "Endnote text").location
    assert (endnote.part, endnote.shape) == ("footnote", "endnote 1")
    notes = [unit for unit in document.units if unit.location.part == "footnote"]
    assert len(notes) == 3


def test_comments_name_their_author() -> None:
    location = unit_with(extract("stories"), "Legal: remove this").location
    assert (location.part, location.shape) == ("comment", "comment by Lee Counsel")


def test_glossary_is_not_content() -> None:
    assert not any("Glossary" in text for text in texts(extract("stories")))


def test_zip_without_document_part_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(UnreadableFile) as caught:
        extract_docx(path, "empty.docx", DEFAULT_LIMITS)
    assert (caught.value.kind, caught.value.reason) == ("corrupt", NO_DOCUMENT)


def test_presentation_named_docx_part_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<notword/>")
    with pytest.raises(UnreadableFile, match="not a Word document"):
        extract_docx(path, "odd.docx", DEFAULT_LIMITS)


def test_too_much_text_is_too_large() -> None:
    limits = dataclasses.replace(DEFAULT_LIMITS, max_chars=50)
    with pytest.raises(UnreadableFile) as caught:
        extract_docx(FIXTURES / "layout.docx", "layout.docx", limits)
    assert caught.value.kind == "too-large"


def test_truncated_file_is_data_through_extract_file(tmp_path: Path) -> None:
    data = (FIXTURES / "layout.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    document = extract_file(path, "cut.docx")
    assert document.error is not None
    assert document.units == ()
