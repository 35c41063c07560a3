"""The PDF extractor on generated fixtures (tests/fixtures/make_pdf_fixtures.py) and its parts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freshcheck.errors import UnreadableFile
from freshcheck.extract import extract_file
from freshcheck.extract.pdf import text_quality as pdf_text_quality
from freshcheck.extract.pdf.dates import parse_pdf_date, parse_xmp_date
from freshcheck.extract.pdf.extractor import extract_pdf
from freshcheck.extract.pdf.layout import Line, paragraphs, rejoin_hyphens
from freshcheck.extract.pdf.meta import XmpFields, merge_metadata, read_xmp
from freshcheck.extract.pdf.text_quality import LINE_HYPHEN, clean_text, junk_score, letter_count
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Location

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
PDFS = sorted(p.name for p in FIXTURES.glob("*.pdf"))


def _extract(name: str, **limits: object) -> object:
    path = FIXTURES / name
    try:
        options = dataclasses.replace(DEFAULT_LIMITS, **limits)  # type: ignore[arg-type]
        return extract_pdf(path, name, options).to_json()
    except UnreadableFile as exc:
        return {"path": name, "error": {"kind": exc.kind, "reason": exc.reason}}


@pytest.mark.parametrize("name", PDFS)
def test_fixture_matches_its_golden_units(name: str) -> None:
    golden = json.loads((FIXTURES / name).with_suffix(".units.json").read_text(encoding="utf-8"))
    assert _extract(name) == golden


def test_fixtures_exist() -> None:
    assert "guide.pdf" in PDFS and len(PDFS) >= 8


def test_paragraphs_hyphens_bullets_annotations_and_forms() -> None:
    document = extract_pdf(FIXTURES / "guide.pdf", "guide.pdf", DEFAULT_LIMITS)
    texts = [unit.text for unit in document.units]
    assert texts[0] == "Partner Enablement Guide"  # a heading stays its own unit
    assert texts[1] == (
        "Our sales enablement program gives every partner an e-mail playbook and a "
        "state-of-the-art demo that cuts onboarding time by 45%."
    )
    assert "COVID-19 relief bundle." in texts[2]
    assert "• First bullet point" in texts
    assert "• Second bullet that wraps onto a second line" in texts
    by_part = {unit.location.part: unit for unit in document.units if unit.location.part != "body"}
    assert by_part["annotation"].text == "Check the 45% figure with PMM."
    assert by_part["annotation"].location == Location(page=1, part="annotation", shape="Text")
    assert by_part["form"].text == "Acme Corp"
    assert by_part["form"].location.shape == "partner_name"
    assert document.units[-1].text == "Last reviewed: 2026-01-15"
    assert document.units[-1].location.page == 2


def test_metadata_prefers_the_later_record() -> None:
    document = extract_pdf(FIXTURES / "guide.pdf", "guide.pdf", DEFAULT_LIMITS)
    meta = document.metadata
    # XMP (2025-03-02) is later than Info's ModDate (2025-01-10): its title and author win.
    assert meta.title == "Partner Enablement Guide"
    assert meta.author == "Dana Writer"
    assert meta.modified == dt.datetime(2025, 3, 2, 10, 15, 30, tzinfo=_tz(1))
    assert meta.created == dt.datetime(2024, 1, 15, 9, 30, tzinfo=_tz(1))


def test_owner_password_opens_and_user_password_is_reported() -> None:
    plain = extract_pdf(FIXTURES / "guide.pdf", "x", DEFAULT_LIMITS)
    owner = extract_pdf(FIXTURES / "owner-password.pdf", "x", DEFAULT_LIMITS)
    assert owner.units == plain.units
    with pytest.raises(UnreadableFile, match="encrypted: password required") as caught:
        extract_pdf(FIXTURES / "user-password.pdf", "x", DEFAULT_LIMITS)
    assert caught.value.kind == "encrypted"


def test_no_text_layer_is_unreadable_not_empty() -> None:
    with pytest.raises(UnreadableFile) as caught:
        extract_pdf(FIXTURES / "scanned.pdf", "x", DEFAULT_LIMITS)
    assert (caught.value.kind, caught.value.reason) == (
        "no-text",
        "no extractable text (scanned image?)",
    )


def test_a_blank_page_among_text_pages_is_skipped_with_a_note() -> None:
    document = extract_pdf(FIXTURES / "blank-middle.pdf", "x", DEFAULT_LIMITS)
    assert [u.location.page for u in document.units] == [1, 3]
    assert document.notes == ("no text on page(s) 2 (images only?)",)


def test_broken_files_are_corrupt() -> None:
    for name in ("truncated.pdf", "not-a-pdf.pdf"):
        with pytest.raises(UnreadableFile) as caught:
            extract_pdf(FIXTURES / name, name, DEFAULT_LIMITS)
        assert caught.value.kind == "corrupt"


def test_max_chars_stops_with_too_large() -> None:
    result = _extract("guide.pdf", max_chars=100)
    assert isinstance(result, dict)
    assert result["error"]["kind"] == "too-large"  # type: ignore[index]


def test_timeout_is_reported() -> None:
    result = _extract("guide.pdf", timeout_s=-1.0)
    assert isinstance(result, dict)
    assert result["error"]["kind"] == "timeout"  # type: ignore[index]


def test_registry_turns_failures_into_read_errors() -> None:
    document = extract_file(FIXTURES / "user-password.pdf", "user-password.pdf")
    assert document.error is not None and document.error.kind == "encrypted"
    assert extract_file(FIXTURES / "columns.pdf", "columns.pdf").units


def test_columns_are_read_one_after_the_other() -> None:
    document = extract_pdf(FIXTURES / "columns.pdf", "x", DEFAULT_LIMITS)
    assert [u.text for u in document.units] == [
        "Left column text that continues here.",
        "Right column text that continues there.",
    ]


# --- layout ------------------------------------------------------------------------------


def _lines(*rows: tuple[str, float, float, float]) -> list[Line]:
    """(text, left, top, size) rows; right edge from a rough character width."""
    return [
        Line(text, left, left + len(text) * size * 0.5, top, top, size)
        for text, left, top, size in rows
    ]


def test_lines_at_the_same_pitch_form_one_paragraph() -> None:
    lines = _lines(("one two three four", 72, 700, 11), ("five six seven", 72, 687, 11))
    assert paragraphs(lines) == ["one two three four five six seven"]


def test_a_wider_gap_a_size_change_or_a_bullet_starts_a_new_unit() -> None:
    lines = _lines(
        ("Heading", 72, 740, 20),
        ("body line one that is long", 72, 700, 11),
        ("body line two that is long", 72, 687, 11),
        ("new paragraph after a gap", 72, 650, 11),
        ("• a bullet", 72, 637, 11),
    )
    assert paragraphs(lines) == [
        "Heading",
        "body line one that is long body line two that is long",
        "new paragraph after a gap",
        "• a bullet",
    ]


def test_a_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    lines = _lines(
        ("A long line of prose that fills the column.", 72, 700, 11),
        ("Short end.", 72, 687, 11),
        ("Next paragraph begins at the same pitch here.", 72, 674, 11),
    )
    assert len(paragraphs(lines)) == 2


def test_lines_without_geometry_group_by_text() -> None:
    lines = [Line("The deal desk approves", 0), Line("discounts above 20%."), Line("Pricing")]
    assert paragraphs(lines) == ["The deal desk approves discounts above 20%.", "Pricing"]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        (f"enable{LINE_HYPHEN}ment", "enablement"),
        (f"e{LINE_HYPHEN}mail", "e-mail"),
        (f"state-of-the{LINE_HYPHEN}art", "state-of-the-art"),
        (f"COVID{LINE_HYPHEN}19", "COVID-19"),
        (f"Anti{LINE_HYPHEN}Virus", "Anti-Virus"),
    ],
)
def test_line_end_hyphens(marked: str, expected: str) -> None:
    assert rejoin_hyphens([marked]) == [expected]


def test_a_hyphenated_spelling_elsewhere_in_the_document_wins() -> None:
    texts = rejoin_hyphens([f"our co{LINE_HYPHEN}operation", "co-operation matters"])
    assert texts[0] == "our co-operation"


def test_trailing_hyphen_from_the_fallback_engine_is_rejoined() -> None:
    joined = rejoin_hyphens(paragraphs([Line("sales enable-"), Line("ment works")]))
    assert joined == ["sales enablement works"]


# --- text quality --------------------------------------------------------------------------


def test_junk_is_scored_and_clean_text_is_not() -> None:
    assert junk_score("A plain sentence about partner pricing.") == 0.0
    assert junk_score("/g18/g152/g33 /g19/g20") > 0.2
    assert junk_score("(cid:12)(cid:40)(cid:77)") > 0.2
    assert junk_score("\x04\x05\x06\x04\x07\x08") == 1.0
    assert junk_score("Environmental ÿactors play a larĀe role") > 0.02
    assert junk_score("Versión en español: también más rápido") == 0.0


def test_clean_text_unfolds_ligatures_and_symbol_bullets() -> None:
    assert clean_text("\ufb01nancial \ufb02ow") == "financial flow"
    assert clean_text("\uf0a7 Lab setup") == "\u2022 Lab setup"
    assert clean_text("a\x00b\x02c") == f"ab{LINE_HYPHEN}c"


# --- dates and metadata ------------------------------------------------------------------


def _tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("D:20240115093000+01'00'", dt.datetime(2024, 1, 15, 9, 30, tzinfo=_tz(1))),
        ("D:20240115093000-05'00", dt.datetime(2024, 1, 15, 9, 30, tzinfo=_tz(-5))),
        ("D:20240223213822Z", dt.datetime(2024, 2, 23, 21, 38, 22, tzinfo=dt.UTC)),
        ("D:20240708143103Z00'00", dt.datetime(2024, 7, 8, 14, 31, 3, tzinfo=dt.UTC)),
        ("20240115", dt.datetime(2024, 1, 15)),
        ("D:2023", dt.datetime(2023, 1, 1)),
        ("D:20241399", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_pdf_dates(raw: str, expected: dt.datetime | None) -> None:
    assert parse_pdf_date(raw) == expected


@given(st.text(max_size=80))
def test_pdf_date_parsing_never_raises(raw: str) -> None:
    parse_pdf_date(raw)
    parse_xmp_date(raw)


def test_xmp_reads_element_and_attribute_forms() -> None:
    packet = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmp:CreateDate="2020-05-01">
       <xmp:ModifyDate>2021-06-02T08:00:00Z</xmp:ModifyDate>
       <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Deck</rdf:li></rdf:Alt></dc:title>
      </rdf:Description></rdf:RDF></x:xmpmeta>"""
    xmp = read_xmp(packet)
    assert xmp.title == "Deck"
    assert xmp.created == dt.datetime(2020, 5, 1)
    assert xmp.modified == dt.datetime(2021, 6, 2, 8, tzinfo=dt.UTC)
    assert read_xmp(b"<not xml") == XmpFields()


def test_info_wins_when_it_is_newer_and_custom_keys_are_kept() -> None:
    info = {"Title": "New", "ModDate": "D:20250101000000Z", "LastReviewed": "2025-01-02"}
    xmp = XmpFields(title="Old", modified=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    meta = merge_metadata(info, xmp)
    assert meta.title == "New"
    assert meta.modified == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    assert meta.custom == {"LastReviewed": "2025-01-02"}


@given(st.text(alphabet=st.sampled_from("aZ09 _-.,;\t\n\x00\x7féß١²ıİ€漢"), max_size=60))
def test_letter_count_counts_letters_and_digits_in_any_text(text: str) -> None:
    assert letter_count(text) == len(re.sub(r"[\W_]+", "", text))


@given(
    st.lists(
        st.sampled_from(
            [
                "word ",
                "cid:",
                "(cid:12)",
                "/g18",
                "/G1A",
                "/uni00E9",
                "\x04",
                "\x7f",
                "larĀe",
                "ÿa",
                "\ue010",
                "a\ue010",
                "9",
                "-",
                "\n",
                "é",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_quick_sign_test_never_misses_a_sign(text: str) -> None:
    if pdf_text_quality._ANY_SIGN.search(text):
        assert pdf_text_quality._may_show_signs(text)
