"""The plain-text extractor and the shared text decoding, on tests/fixtures/text files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.extract.text import extract_text, text_document
from freshcheck.extract.text_decoding import decode_text, looks_binary
from freshcheck.model import Document
from tests.extract.text_fixtures import TEXT, assert_matches_golden


def read(name: str) -> Document:
    return extract_text(TEXT / name, name, DEFAULT_LIMITS)


def units(name: str) -> list[tuple[int | None, str, str]]:
    return [(u.location.line, u.location.part, u.text) for u in read(name).units]


@pytest.mark.parametrize("path", sorted(TEXT.glob("*.txt")), ids=lambda p: p.name)
def test_matches_golden(path: Path) -> None:
    assert_matches_golden(path)


def test_paragraphs_bullets_headings_and_tables() -> None:
    assert units("txt_plain.txt") == [
        (1, "title", "Sales Playbook"),
        (4, "body", "This is the intro paragraph, hard-wrapped over two lines."),
        (7, "body", "Agenda:"),
        (8, "body", "First point that wraps onto an indented line"),
        (10, "body", "Second point"),
        (11, "body", "Back to prose without a blank line."),
        (12, "body", "Unicode bullet"),
        (13, "body", "Numbered"),
        (14, "body", "Also numbered"),
        (17, "body", "**Stars stay**: plain text is shown as written, <b>tags</b> too."),
        (19, "table", "Plan | Price"),
        (21, "table", "Pro | $99"),
        (23, "body", "Indented text is still content in a .txt file."),
    ]


def test_crlf_reads_like_lf() -> None:
    assert units("txt_crlf.txt") == units("txt_plain.txt")


def test_yaml_front_matter_is_metadata_but_decorative_dashes_are_text() -> None:
    document = read("txt_front_matter.txt")
    assert document.metadata.title == "Call notes"
    assert document.metadata.front_matter == {"title": "Call notes", "reviewed": "2026-03-01"}
    assert units("txt_front_matter.txt") == [(5, "body", "Notes body.")]
    assert units("txt_dashes.txt") == [
        (2, "title", "Just decoration, not YAML."),
        (4, "body", "Body line."),
    ]


@pytest.mark.parametrize(
    ("name", "text", "note"),
    [
        ("txt_utf16le.txt", "Café crème – €5", None),
        ("txt_utf16be.txt", "UTF-16 big endian", None),
        ("txt_cp1252.txt", "“Smart quotes” – €5 naïve", "not UTF-8; read as Windows-1252"),
        ("txt_latin1.txt", "Bytes \x81 and \x8d are undefined", "not UTF-8; read as Latin-1"),
    ],
)
def test_encodings_are_decoded(name: str, text: str, note: str | None) -> None:
    document = read(name)
    assert document.units[0].text.startswith(text)
    assert document.notes == (() if note is None else (note,))


def test_utf16_bullets_are_units() -> None:
    assert units("txt_utf16le.txt")[1] == (2, "body", "bullet")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(UnreadableFile) as caught:
        read("txt_binary.txt")
    assert (caught.value.kind, caught.value.reason) == ("unsupported", "binary content, not text")


def test_control_bytes_without_nul_still_mean_binary() -> None:
    assert looks_binary(bytes(range(1, 32)) * 10)
    assert not looks_binary(b"Plain text\twith tabs\r\n\x0c")


def test_bom_wins_over_utf8_guess_and_nuls_inside_utf16_are_binary() -> None:
    decoded = decode_text(b"\xef\xbb\xbfA\r\nB\rC", DEFAULT_LIMITS)
    assert (decoded.text, decoded.encoding) == ("A\nB\nC", "utf-8")
    with pytest.raises(UnreadableFile):
        decode_text(b"\xff\xfeA\x00\x00\x00", DEFAULT_LIMITS)


def test_limit_is_checked_before_reading_everything(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1000)
    limits = dataclasses.replace(DEFAULT_LIMITS, max_chars=100)
    with pytest.raises(UnreadableFile) as caught:
        extract_text(path, "big.txt", limits)
    assert caught.value.kind == "too-large"
    path.write_bytes(b"x" * 100)
    assert extract_text(path, "big.txt", limits).units[0].text == "x" * 100


def test_review_marker_is_ordinary_content() -> None:
    units = text_document("Deck notes\nLast reviewed: 2026-01-15\n", "x").units
    assert [u.text for u in units] == ["Deck notes Last reviewed: 2026-01-15"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_units_whose_line_holds_their_first_word(text: str) -> None:
    lines = text.split("\n")
    for unit in text_document(text, "x").units:
        assert unit.text and unit.text == " ".join(unit.text.split())
        assert unit.location.line is not None and 1 <= unit.location.line <= len(lines)
        first_word = unit.text.split()[0]
        assert first_word in lines[unit.location.line - 1] or unit.location.part == "table"
