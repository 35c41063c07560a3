"""The pptx extractor on decks built by tests/fixtures/make_pptx_fixtures.py.

The golden files pin the whole output; the named tests below say what each part of
SPEC §1 means for a deck, so a golden diff can be judged against them.
"""

from __future__ import annotations

import importlib.util
import json
import posixpath
import struct
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.ooxml import _resolve, child_at, first_child
from freshcheck.extract.pptx.extractor import extract_pptx
from freshcheck.extract.pptx.metafile import metafile_lines
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits
from freshcheck.model import Document, TextUnit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DECKS = FIXTURES / "pptx"
KITCHEN_SINK = DECKS / "kitchen_sink.pptx"


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_pptx_fixtures", FIXTURES / "make_pptx_fixtures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sink() -> Document:
    return extract_pptx(KITCHEN_SINK, "kitchen_sink.pptx", DEFAULT_LIMITS)


def _texts(document: Document, part: str, slide: int | None = None) -> list[str]:
    return [
        u.text
        for u in document.units
        if u.location.part == part and (slide is None or u.location.slide == slide)
    ]


def _unit(document: Document, text: str) -> TextUnit:
    matches = [u for u in document.units if u.text == text]
    assert len(matches) == 1, (text, matches)
    return matches[0]


@pytest.mark.parametrize("deck", sorted(DECKS.glob("*.pptx")), ids=lambda p: p.name)
def test_matches_golden(deck: Path) -> None:
    document = extract_pptx(deck, deck.name, DEFAULT_LIMITS)
    golden = json.loads(deck.with_suffix(".units.json").read_text(encoding="utf-8"))
    assert document.to_json() == golden


def test_fixture_script_reproduces_golden(tmp_path: Path) -> None:
    maker = _load_maker()
    for deck in maker.build_all(tmp_path):
        assert maker.golden(deck) == (DECKS / deck.name).with_suffix(".units.json").read_text(
            encoding="utf-8"
        )


def test_slides_numbered_in_presentation_order(sink: Document) -> None:
    titles = [(u.location.slide, u.text) for u in sink.units if u.location.part == "title"]
    assert titles == [
        (1, "Acme Analytics for Sales"),
        (2, "Why customers choose Acme"),
        (3, "Grouped shapes"),
        (4, "Pricing"),
        (5, "Growth"),
        (6, "Process"),
        (7, "Internal only"),
    ]


def test_one_unit_per_paragraph_with_breaks_as_newlines(sink: Document) -> None:
    body = _texts(sink, "body", slide=2)
    assert body == [
        "Cuts onboarding time by 45%",
        "Measured across 120 customers",
        "Guaranteed results • always",
        "First line\nSecond line",
        "Soft\nbreak",
    ]
    assert _unit(sink, "Cuts onboarding time by 45%").location.shape == "Content Placeholder 2"


def test_grouped_shapes_at_any_depth(sink: Document) -> None:
    deep = _unit(sink, "Deep inside two groups")
    assert (deep.location.slide, deep.location.part, deep.location.shape) == (3, "body", "Deep Box")
    assert "Outer box" in _texts(sink, "body", slide=3)


def test_table_cells_located_by_row_and_column(sink: Document) -> None:
    cells = {u.location.cell: u.text for u in sink.units if u.location.part == "table"}
    assert cells[(1, 1)] == "Plan"
    assert cells[(3, 1)] == "Acme Insights Pro"
    assert cells[(3, 3)] == "$99"
    assert (1, 2) not in cells  # merged-away continuation: never shown
    assert (2, 2) not in cells  # empty cell
    assert "hidden continuation" not in {u.text for u in sink.units}


def test_chart_names_without_numbers(sink: Document) -> None:
    chart = _texts(sink, "chart", slide=5)
    assert chart == [
        "Revenue by region",
        "Region",
        "USD millions",
        "FY24 revenue",
        "FY25 revenue",
        "North",
        "South",
        "West",
    ]
    assert {u.location.shape for u in sink.units if u.location.part == "chart"} == {"Chart 2"}


def test_smartart_from_data_model_once(sink: Document) -> None:
    assert _texts(sink, "smartart", slide=6) == ["Discover", "Qualify", "Close"]


def test_alternate_content_counted_once(sink: Document) -> None:
    texts = [u.text for u in sink.units]
    assert "Shown by new PowerPoint" in texts
    assert "Shown by old PowerPoint" not in texts


def test_notes_body_only(sink: Document) -> None:
    assert _texts(sink, "notes") == ["Say: results may vary.", "Mention the 2026 study."]
    assert {u.location.slide for u in sink.units if u.location.part == "notes"} == {2}


def test_legacy_and_modern_comments_with_authors(sink: Document) -> None:
    comments = [(u.location.shape, u.text) for u in sink.units if u.location.part == "comment"]
    assert comments == [
        ("comment by Lee Legal", 'Remove "guaranteed".'),
        ("comment by Mo Modern", "Update the stat to 45%."),
        ("comment by Mo Modern", "Done, now 45%."),
    ]


def test_layout_and_master_text_once_at_first_slide_showing_it(sink: Document) -> None:
    static = [
        (u.location.slide, u.location.shape, u.text)
        for u in sink.units
        if u.location.part == "master"
    ]
    assert static == [
        (1, "Master slideMaster1: TextBox 91", "Confidential"),
        (2, "Layout 'Title and Content': TextBox 90", "© 2021 Acme"),
    ]
    texts = " ".join(u.text for u in sink.units)
    assert "Click to edit" not in texts  # layout prompt text is not content
    assert "RGB 0/0/0" not in texts  # parked off the slide


def test_footer_literal_is_content_but_fields_are_not(sink: Document) -> None:
    assert _texts(sink, "footer") == ["Last reviewed: 2025-02-01"]
    assert "3/2/2025" not in " ".join(u.text for u in sink.units)


def test_hidden_slide_units_marked_hidden(sink: Document) -> None:
    hidden = [u for u in sink.units if u.hidden]
    assert {u.location.slide for u in hidden} == {7}
    assert [u.text for u in hidden] == ["Internal only", "Old claim: onboarding 30% faster"]


def test_core_and_custom_properties(sink: Document) -> None:
    meta = sink.metadata
    assert (meta.title, meta.author, meta.last_modified_by) == (
        "Q3 Field Enablement",
        "Dana Seller",
        "Pat Marketer",
    )
    assert meta.modified is not None and meta.modified.date().isoformat() == "2025-03-02"
    assert meta.custom["LastReviewed"] == "2025-02-01"


def test_max_chars_stops_a_runaway_deck() -> None:
    with pytest.raises(UnreadableFile) as caught:
        extract_pptx(KITCHEN_SINK, "k.pptx", Limits(max_chars=100))
    assert caught.value.kind == "too-large"


def test_zip_without_presentation_part_is_not_powerpoint(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pptx"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnreadableFile) as caught:
        extract_pptx(fake, "fake.pptx", DEFAULT_LIMITS)
    assert (caught.value.kind, caught.value.reason) == (
        "corrupt",
        "corrupt: not a PowerPoint file (no presentation part)",
    )


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(KITCHEN_SINK.read_bytes()[:2000])
    with pytest.raises(UnreadableFile) as caught:
        extract_pptx(broken, "broken.pptx", DEFAULT_LIMITS)
    assert caught.value.kind == "corrupt"


def test_missing_slide_part_is_skipped_not_fatal(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pptx"
    with zipfile.ZipFile(KITCHEN_SINK) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            if item.filename != "ppt/slides/slide3.xml":
                dst.writestr(item, src.read(item.filename))
    document = extract_pptx(damaged, "damaged.pptx", DEFAULT_LIMITS)
    slides = {u.location.slide for u in document.units}
    assert 3 not in slides and {1, 2, 4, 7} <= slides


def test_words_in_vector_pictures_and_damaged_parts_as_notes() -> None:
    document = extract_pptx(DECKS / "pictures.pptx", "pictures.pptx", DEFAULT_LIMITS)
    picture = [u.text for u in document.units if u.location.shape == "Object 19"]
    assert picture == ["Pipeline by stage", "Qualified"]  # the numbers-only line is left out
    assert document.notes == ("corrupt: part ppt/charts/chart9.xml is not valid XML; skipped",)


def _wmf(records: list[tuple[int, bytes]]) -> bytes:
    body = b"".join(
        struct.pack("<IH", (6 + len(params) + len(params) % 2) // 2, function)
        + params
        + b"\0" * (len(params) % 2)
        for function, params in [*records, (0, b"")]
    )
    return struct.pack("<HHHIHIH", 1, 9, 0x300, (18 + len(body)) // 2, 1, 64, 0) + body


def test_wmf_text_decoded_with_the_font_charset() -> None:
    font = struct.pack("<5h8B", 12, 0, 0, 0, 400, 0, 0, 0, 204, 0, 0, 0, 0) + b"Arial\0"
    hello = "Привет".encode("cp1251")
    textout = struct.pack("<H", len(hello)) + hello + struct.pack("<hh", 10, 10)
    world = "мир".encode("cp1251")
    ext = struct.pack("<hhHH", 40, 10, len(world), 0) + world
    data = _wmf([(0x02FB, font), (0x0521, textout), (0x0A32, ext)])
    assert metafile_lines(data) == ["Привет", "мир"]


def test_damaged_metafiles_give_what_was_read() -> None:
    maker = _load_maker()
    emf = maker.emf_with_text([("Alpha", 0, 0), ("Beta", 0, 100)])
    assert metafile_lines(emf) == ["Alpha", "Beta"]
    for cut in range(0, len(emf), 7):
        metafile_lines(emf[:cut])  # never raises
    assert metafile_lines(b"\x89PNG\r\n\x1a\n") == []


# Shortcuts in the shared OOXML reader must agree with what they replace.

_SEGMENTS = st.sampled_from(["a", "b.xml", ".", "..", "", "media", "x.", ".e", "c..d", "/"])


@given(
    folder=st.sampled_from(["", "ppt", "ppt/slides", "word"]),
    target=st.lists(_SEGMENTS, max_size=6).map("".join),
)
def test_relationship_targets_resolve_as_normpath_would(folder: str, target: str) -> None:
    if target.startswith("/"):
        expected = posixpath.normpath(target.lstrip("/"))
    else:
        expected = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
    assert _resolve(folder, target) == expected


def test_child_lookups_match_find() -> None:
    with zipfile.ZipFile(KITCHEN_SINK) as zf:
        slides = [n for n in zf.namelist() if n.startswith("ppt/slides/slide")]
        roots = [etree.fromstring(zf.read(name)) for name in slides]
    p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    path = (p + "nvSpPr", p + "nvPr", p + "ph")
    checked = 0
    for root in roots:
        for shape in root.iter(p + "sp"):
            assert child_at(shape, *path) is shape.find("/".join(path))
            assert first_child(shape, p + "txBody") is shape.find(p + "txBody")
            checked += 1
    assert checked > 10
