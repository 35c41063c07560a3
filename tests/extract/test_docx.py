"""The docx extractor on generated fixtures (tests/fixtures/make_docx_fixtures.py)."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract import extract_file
from freshcheck.extract.docx.extractor import NO_DOCUMENT, extract_docx
from freshcheck.extract.docx.scan import StoryScan, scan_story
from freshcheck.extract.docx.styles import read_styles, read_styles_part
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


# The fast paths (one C-level scan per story, styles read from the bytes that matter) must
# give exactly what walking every paragraph run by run and parsing every style gives.

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _instr(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'


def _docx_with_body(tmp_path: Path, body: str, styles_edit: str = "") -> Path:
    """A python-docx document whose body is ``body``; ``styles_edit`` is added to styles."""
    source = tmp_path / "source.docx"
    docx.Document().save(str(source))
    path = tmp_path / "built.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = (
                    f'<w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>'
                ).encode()
            elif info.filename == "word/styles.xml" and styles_edit:
                data = data.replace(b"</w:styles>", styles_edit.encode() + b"</w:styles>")
            zout.writestr(info, data)
    return path


def _walk_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every paragraph take the run-by-run walk (the reference behaviour)."""
    from freshcheck.extract.docx import stories as docx_stories

    def no_plain(story: object, styles: object) -> StoryScan:
        found = scan_story(story, styles)  # type: ignore[arg-type]
        return StoryScan({}, {}, found.headings, found.comments, found.comment_ends)

    monkeypatch.setattr(docx_stories, "scan_story", no_plain)


def _walked_and_scanned(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Document, Document]:
    scanned = extract_docx(path, path.name, DEFAULT_LIMITS)
    with monkeypatch.context() as patch:
        _walk_everything(patch)
        walked = extract_docx(path, path.name, DEFAULT_LIMITS)
    return scanned, walked


FIELDS_ACROSS_PARAGRAPHS = "".join(
    [
        # A table of contents: one field from the first entry to the last, a page field
        # inside every entry.
        "<w:p>" + _field("begin") + _instr(" TOC \\o ") + _field("separate"),
        _run("Pricing") + _field("begin") + _instr(" PAGEREF _Toc1 ") + _field("separate"),
        _run("3") + _field("end") + "</w:p>",
        "<w:p>" + _run("Renewals") + _field("begin") + _instr(" PAGEREF _Toc2 "),
        _field("separate") + _run("5") + _field("end") + "</w:p>",
        "<w:p>" + _run("Support") + _field("end") + "</w:p>",
        # Instructions running on into the next paragraph, holding a nested field's result.
        "<w:p>" + _run("Before ") + _field("begin") + _instr(" IF ") + "</w:p>",
        "<w:p>" + _field("begin") + _instr(" DATE ") + _field("separate"),
        _run("code-only date") + _field("end") + _field("separate") + _run("shown result"),
        _field("end") + "</w:p>",
        "<w:p>" + _run("After the fields") + "</w:p>",
        # A stray end (no field open) and a note reference in a plain paragraph.
        "<w:p>" + _run("Stray end") + _field("end") + "</w:p>",
        '<w:p><w:r><w:t>Noted</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
    ]
)


def test_fields_across_paragraphs_keep_results_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _docx_with_body(tmp_path, FIELDS_ACROSS_PARAGRAPHS)
    scanned, walked = _walked_and_scanned(path, monkeypatch)
    assert texts(scanned) == [
        "Pricing3",
        "Renewals5",
        "Support",
        "Before",
        "shown result",
        "After the fields",
        "Stray end",
        "Noted",
    ]
    assert scanned == walked


HEADINGS_AND_HIDDEN_STYLES = "".join(
    [
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + _run("Styled heading") + "</w:p>",
        '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>' + _run("Outline heading") + "</w:p>",
        '<w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr>' + _run("Body level") + "</w:p>",
        # A former heading style kept by tracked changes is not the paragraph's style.
        '<w:p><w:pPr><w:pPrChange w:id="1" w:author="x"><w:pPr><w:pStyle w:val="Heading1"/>'
        "</w:pPr></w:pPrChange></w:pPr>" + _run("Was a heading") + "</w:p>",
        "<w:p>" + _run("Shown ") + _run("kept quiet", '<w:rStyle w:val="Secret"/>') + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="SecretPara"/></w:pPr>' + _run("All quiet") + "</w:p>",
        "<w:p>" + _run("Plain after hidden styles") + "</w:p>",
    ]
)
HIDDEN_STYLES = (
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="SecretPara"><w:name w:val="Secret para"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
)


def test_headings_and_hidden_styles_found_in_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _docx_with_body(tmp_path, HEADINGS_AND_HIDDEN_STYLES, HIDDEN_STYLES)
    scanned, walked = _walked_and_scanned(path, monkeypatch)
    parts = {unit.text: (unit.location.part, unit.hidden) for unit in scanned.units}
    assert parts == {
        "Styled heading": ("title", False),
        "Outline heading": ("title", False),
        "Body level": ("body", False),
        "Was a heading": ("body", False),
        "Shown": ("body", False),
        "kept quiet": ("body", True),
        "All quiet": ("body", True),
        "Plain after hidden styles": ("body", False),
    }
    assert scanned == walked


@pytest.mark.parametrize("name", ["layout", "stories"])
def test_fixtures_read_the_same_scanned_or_walked(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned, walked = _walked_and_scanned(FIXTURES / f"{name}.docx", monkeypatch)
    assert scanned == walked


def test_styles_read_from_candidate_bytes_match_a_full_parse(tmp_path: Path) -> None:
    path = _docx_with_body(tmp_path, "<w:p/>", HIDDEN_STYLES)
    with zipfile.ZipFile(path) as zf:
        data = zf.read("word/styles.xml")
    full = read_styles(etree.fromstring(data))
    assert read_styles_part("word/styles.xml", data) == full
    assert {"Heading1", "Title"} <= full.heading_ids
    assert full.hidden_ids == {"Secret", "SecretPara"}
    # A part the byte split cannot follow (another prefix than w:) is parsed whole.
    renamed = data.replace(b"<w:", b"<x:").replace(b"</w:", b"</x:").replace(b" w:", b" x:")
    renamed = renamed.replace(b"xmlns:w=", b"xmlns:x=")
    assert read_styles_part("word/styles.xml", renamed) == full
