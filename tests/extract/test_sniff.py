"""Sniffing: the real type of a file decides how it is read, whatever its name says."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pptx
import pytest
from pypdf import PdfWriter

from freshcheck.errors import UnreadableFile
from freshcheck.extract.sniff import Sniffed, sniff_format


def _pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pptx_bytes() -> bytes:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Quarterly pitch"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Onboarding playbook")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_bytes(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _unreadable(path: Path, claimed: str) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as info:
        sniff_format(path, claimed)
    return info.value


def test_files_that_are_what_they_claim_pass_without_a_note(tmp_path: Path) -> None:
    assert sniff_format(_write(tmp_path, "a.pdf", _pdf_bytes()), "pdf") == Sniffed("pdf")
    assert sniff_format(_write(tmp_path, "a.pptx", _pptx_bytes()), "pptx") == Sniffed("pptx")
    assert sniff_format(_write(tmp_path, "a.docx", _docx_bytes()), "docx") == Sniffed("docx")
    assert sniff_format(_write(tmp_path, "a.md", b"# Title\n\nText.\n"), "md") == Sniffed("md")


def test_a_pdf_named_pptx_is_read_as_pdf_with_a_note(tmp_path: Path) -> None:
    sniffed = sniff_format(_write(tmp_path, "deck.pptx", _pdf_bytes()), "pptx")
    assert sniffed == Sniffed("pdf", "a PDF file named .pptx; read as PDF")


def test_junk_before_the_pdf_header_is_still_a_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path, "junk.pdf", b"Some junk before the header\n\n" + _pdf_bytes())
    assert sniff_format(path, "pdf") == Sniffed("pdf")


def test_a_docx_whose_first_part_is_a_stored_pdf_is_still_a_docx(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/embeddings/brochure.pdf", _pdf_bytes())
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("word/document.xml", b"<w:document/>")
    path = _write(tmp_path, "brochure.docx", out.getvalue())
    assert b"%PDF-" in path.read_bytes()[:1024]
    assert sniff_format(path, "docx") == Sniffed("docx")


def test_pdf_objects_without_a_header_are_corrupt(tmp_path: Path) -> None:
    path = _write(tmp_path, "headless.pdf", b"%1.4\n1 0 obj\n<< /Type /Pages >>\nendobj\n")
    error = _unreadable(path, "pdf")
    assert error.kind == "corrupt"
    assert "%PDF header" in error.reason


def test_a_docx_named_pptx_is_read_as_docx_with_a_note(tmp_path: Path) -> None:
    sniffed = sniff_format(_write(tmp_path, "deck.pptx", _docx_bytes()), "pptx")
    assert sniffed == Sniffed("docx", "a Word file named .pptx; read as Word")


def test_a_pptx_named_ppt_is_read_as_pptx(tmp_path: Path) -> None:
    sniffed = sniff_format(_write(tmp_path, "old.ppt", _pptx_bytes()), "ppt")
    assert sniffed == Sniffed("pptx", "a PowerPoint file named .ppt; read as PowerPoint")


def test_a_spreadsheet_named_pptx_is_unsupported(tmp_path: Path) -> None:
    xlsx = _zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    error = _unreadable(_write(tmp_path, "numbers.pptx", xlsx), "pptx")
    assert (error.kind, error.reason) == (
        "unsupported",
        "not a PowerPoint file: an Excel spreadsheet, not a deck or document",
    )


def test_a_main_part_at_an_unusual_name_is_found_by_content_type(tmp_path: Path) -> None:
    content_types = (
        b'<Types><Override PartName="/deck/main.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>'
    )
    data = _zip_bytes({"[Content_Types].xml": content_types, "deck/main.xml": b"<p/>"})
    assert sniff_format(_write(tmp_path, "odd.pptx", data), "pptx") == Sniffed("pptx")


def test_plain_and_opendocument_zips_are_unsupported(tmp_path: Path) -> None:
    plain = _write(tmp_path, "bundle.docx", _zip_bytes({"readme.txt": b"hi"}))
    assert _unreadable(plain, "docx").reason == (
        "not a Word file: a zip archive, not a deck or document"
    )
    odp = _zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.presentation"})
    error = _unreadable(_write(tmp_path, "deck.pptx", odp), "pptx")
    assert error.reason == "not a PowerPoint file: an OpenDocument presentation: save as .pptx"


def test_a_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    data = _pptx_bytes()
    error = _unreadable(_write(tmp_path, "cut.pptx", data[: len(data) // 2]), "pptx")
    assert (error.kind, error.reason) == ("corrupt", "corrupt: not a valid zip (truncated?)")


def test_a_zip_bomb_is_refused_before_any_part_is_read(tmp_path: Path) -> None:
    bomb = _zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(10 << 20)})
    error = _unreadable(_write(tmp_path, "bomb.docx", bomb), "docx")
    assert error.kind == "too-large"
    assert error.reason.startswith("possible decompression bomb: word/document.xml expands ")


OTHER_CONTENT = [
    ("notes.pptx", "pptx", b"Meeting notes\nline two\n",
     "not a PowerPoint file: looks like plain text"),
    ("page.pdf", "pdf", b"<!DOCTYPE html><html><body>Hi</body></html>",
     "not a PDF file: looks like an HTML page"),
    ("letter.docx", "docx", b"{\\rtf1\\ansi Hello}",
     "not a Word file: an RTF document"),
    ("old.doc", "doc", b"\xffWPC\x10\x00\x00\x00\x01\x0a" + bytes(200),
     "not a Word file: a WordPerfect document"),
    ("photo.pptx", "pptx", b"\x89PNG\r\n\x1a\n" + bytes(100),
     "not a PowerPoint file: a PNG image"),
    ("utf16.pdf", "pdf", "plain words".encode("utf-16"),
     "not a PDF file: looks like plain text"),
    ("archive.txt", "txt", _zip_bytes({"a.txt": b"x"}),
     "not a text file: a zip archive, not a deck or document"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "claimed", "data", "reason"), OTHER_CONTENT)
def test_other_content_under_a_document_name_gets_a_plain_reason(
    tmp_path: Path, name: str, claimed: str, data: bytes, reason: str
) -> None:
    error = _unreadable(_write(tmp_path, name, data), claimed)
    assert (error.kind, error.reason) == ("unsupported", reason)


def test_text_formats_pass_through_even_with_odd_bytes(tmp_path: Path) -> None:
    # The text extractors decide about encodings and stray binary themselves.
    latin1 = _write(tmp_path, "café.txt", "Café crème, naïve résumé\n".encode("latin-1"))
    assert sniff_format(latin1, "txt") == Sniffed("txt")
    odd = _write(tmp_path, "odd.md", b"\x00\x01\x02 binary-ish")
    assert sniff_format(odd, "md") == Sniffed("md")
    page = _write(tmp_path, "page.html", b"<!doctype html><html><body>Hi</body></html>")
    assert sniff_format(page, "html") == Sniffed("html")


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    sniffed = sniff_format(_write(tmp_path, "export.txt", _pdf_bytes()), "txt")
    assert sniffed == Sniffed("pdf", "a PDF file named .txt; read as PDF")


def test_a_text_file_mentioning_pdf_headers_stays_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "notes.md", b"# PDFs\n\nEvery PDF starts with %PDF-1.7.\n")
    assert sniff_format(path, "md") == Sniffed("md")


def test_an_empty_file_is_reported_as_empty(tmp_path: Path) -> None:
    error = _unreadable(_write(tmp_path, "blank.pptx", b""), "pptx")
    assert (error.kind, error.reason) == ("empty", "empty file (0 bytes)")


def test_office_lock_files_are_recognised_by_name_and_by_content(tmp_path: Path) -> None:
    by_name = _unreadable(_write(tmp_path, "~$deck.pptx", _pptx_bytes()), "pptx")
    assert (by_name.kind, by_name.reason) == ("lock-file", "Office owner/lock file, not a document")
    user = b"Rob Sewell"
    utf16 = user.decode().encode("utf-16-le")
    owner = bytes([len(user)]) + (user + b"\x00").ljust(54) + bytes([len(user), 0]) + utf16
    owner = owner.ljust(165, b" ")
    assert len(owner) == 165
    by_content = _unreadable(_write(tmp_path, "Green.pptx", owner), "pptx")
    assert by_content.kind == "lock-file"
    libreoffice = _unreadable(_write(tmp_path, ".~lock.deck.pptx#", b"x,y,z;"), "unknown")
    assert libreoffice.kind == "lock-file"


def test_a_short_markdown_file_is_not_mistaken_for_a_lock_file(tmp_path: Path) -> None:
    text = b"# Pitch notes\n" + b"x" * 150
    path = _write(tmp_path, "notes.md", text[:164])
    assert sniff_format(path, "md") == Sniffed("md")


def test_a_damaged_ole2_file_is_corrupt(tmp_path: Path) -> None:
    path = _write(tmp_path, "old.ppt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    error = _unreadable(path, "ppt")
    assert error.kind == "corrupt"
    assert "OLE2" in error.reason


def test_a_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    error = _unreadable(fifo, "pdf")  # opening it would block forever
    assert (error.kind, error.reason) == ("unsupported", "not a regular file")


def test_a_missing_file_is_an_io_error(tmp_path: Path) -> None:
    error = _unreadable(tmp_path / "gone.pdf", "pdf")
    assert (error.kind, error.reason) == (
        "io-error",
        "could not be opened: no such file or directory",
    )


HOSTILE_OLE = {
    "tika__testPPT_protected_passtika.pptx": "encrypted",
    "msfasttrack__Build_your_Own_Copilot_Dashboard_Sample.docx": "encrypted",
    "poi__PasswordProtected.doc": "encrypted",
    "poi__password_password_cryptoapi.doc": "encrypted",
    "poi__Fuzzed.doc": "legacy",
    "poi__empty.ppt": "legacy",
    "poi__badzip.ppt": "legacy",
}


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "kind"), sorted(HOSTILE_OLE.items()))
def test_ole2_files_in_the_corpus_are_encrypted_or_legacy(
    corpus: Path, name: str, kind: str
) -> None:
    path = corpus / "hostile" / name
    error = _unreadable(path, path.suffix.lstrip("."))
    assert error.kind == kind
    if kind == "encrypted":
        assert error.reason == "encrypted: password required (password-protected Office file)"
    else:
        expected = ".pptx" if path.suffix == ".ppt" else ".docx"
        assert error.reason == f"legacy binary format: save as {expected}"


@pytest.mark.corpus
def test_every_ordinary_corpus_document_sniffs_as_itself(corpus: Path) -> None:
    for folder in ("pptx", "docx", "pdf"):
        for path in sorted((corpus / folder).iterdir()):
            assert sniff_format(path, folder) == Sniffed(folder), path.name
