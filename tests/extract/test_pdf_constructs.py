"""PDF constructs that used to lose or garble text, or to emit text nobody sees (issue 20).

Each test writes the construct with the operators a real producer uses (see ``raw_pdf``)
and reads it through the whole PDF extractor.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from freshcheck.extract.pdf.extractor import extract_pdf
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.model import Document
from tests.extract.raw_pdf import HELVETICA, one_page, stream, write


def _read(path: Path) -> Document:
    return extract_pdf(path, path.name, DEFAULT_LIMITS)


def _text(path: Path) -> str:
    return "\n".join(unit.text for unit in _read(path).units)


def test_ocr_layer_words_drawn_with_their_last_glyph_apart_stay_whole(tmp_path: Path) -> None:
    # An OCR text layer (invisible, render mode 3) stretches each word over its box with
    # character spacing, then resets it and draws the last glyph on its own, one Tc further.
    # Helvetica advances at 12 pt: "Chin" 24.67, "Shippin" 40.02.
    content = b"""BT 3 Tr /F1 12 Tf 2 Tc 72 700 Td (Chin) Tj 0 Tc 32.67 0 Td (a) Tj ET
BT 3 Tr /F1 12 Tf 1.5 Tc 72 660 Td (Shippin) Tj 0 Tc 51.02 0 Td (g) Tj ET
BT /F1 12 Tf 72 620 Td (Made in China by a team of 5 and plan B.) Tj ET"""
    text = _text(one_page(tmp_path / "ocr.pdf", content))
    assert "China" in text.split() and "Shipping" in text.split()
    assert "Chin a" not in text and "Shippin g" not in text
    # Real word spaces before a lone letter stay.
    assert "Made in China by a team of 5 and plan B." in text


def test_text_wholly_outside_the_crop_box_or_media_box_is_dropped(tmp_path: Path) -> None:
    # A proof slug in the trim margin (inside the media box, outside the crop box), a crop
    # mark label beyond the media box, and a line that only starts outside the crop box.
    content = b"""BT /F1 12 Tf 72 700 Td (Visible body text.) Tj ET
BT /F1 6 Tf 40 20 Td (Proof slug: must be removed before printing) Tj ET
BT /F1 8 Tf 640 400 Td (Crop mark label beyond the media box) Tj ET
BT /F1 8 Tf 100 -30 Td (Job 4711 plate black) Tj ET
BT /F1 12 Tf 10 500 Td (Straddling line crosses the crop edge.) Tj ET"""
    path = one_page(tmp_path / "marks.pdf", content, page_entries=b"/CropBox [36 36 576 756]")
    texts = [unit.text for unit in _read(path).units]
    assert texts == ["Visible body text.", "Straddling line crosses the crop edge."]


def _form(content: bytes, resources: bytes) -> bytes:
    return stream(
        content,
        b"/Type /XObject /Subtype /Form /BBox [0 0 260 60] /Resources << %s >>" % resources,
    )


def test_text_only_in_an_appearance_stream_is_read_through_nested_forms(
    tmp_path: Path,
) -> None:
    more = [
        # 6: a signature field's widget: no /V, the words only in its appearance (7), which
        # paints a form (8) that paints another (9), as signing tools write them.
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 4 "
        b"/Rect [300 100 560 160] /P 3 0 R /AP << /N 7 0 R >> >>",
        _form(b"q /FRM Do Q", b"/XObject << /FRM 8 0 R >>"),
        _form(
            b"BT /F1 10 Tf 2 40 Td (Digitally signed by Dana Writer) Tj ET q /n2 Do Q",
            b"/Font << /F1 5 0 R >> /XObject << /n2 9 0 R >>",
        ),
        _form(b"BT /F1 10 Tf 2 20 Td (Date: 2025.03.02 10:15:30) Tj ET", b"/Font << /F1 5 0 R >>"),
        # 10: a stamp without /Contents; 11: its appearance.
        b"<< /Type /Annot /Subtype /Stamp /Rect [400 600 560 650] /AP << /N 11 0 R >> >>",
        _form(b"BT /F1 14 Tf 5 20 Td (APPROVED FOR PARTNERS) Tj ET", b"/Font << /F1 5 0 R >>"),
        # 12: a hidden stamp (flag 2) drawing text nobody sees.
        b"<< /Type /Annot /Subtype /Stamp /F 2 /Rect [400 500 560 550] /AP << /N 13 0 R >> >>",
        _form(b"BT /F1 14 Tf 5 20 Td (DRAFT WATERMARK) Tj ET", b"/Font << /F1 5 0 R >>"),
        # 14: a check box: its appearances are on/off states, not text.
        b"<< /Type /Annot /Subtype /Widget /FT /Btn /T (agree) /Rect [72 72 84 84] "
        b"/AP << /N << /Yes 15 0 R /Off 15 0 R >> >> >>",
        _form(b"BT /F1 8 Tf 0 0 Td (4) Tj ET", b"/Font << /F1 5 0 R >>"),
    ]
    path = one_page(
        tmp_path / "signed.pdf",
        b"BT /F1 12 Tf 72 700 Td (Body text.) Tj ET",
        page_entries=b"/Annots [6 0 R 10 0 R 12 0 R 14 0 R]",
        more=more,
    )
    units = [(u.text, u.location.page, u.location.part) for u in _read(path).units]
    assert units == [
        ("Body text.", 1, "body"),
        ("Digitally signed by Dana Writer Date: 2025.03.02 10:15:30", 1, "form"),
        ("APPROVED FOR PARTNERS", 1, "annotation"),
    ]


def _shifted(text: str, offset: int) -> str:
    return "".join(chr(ord(c) + offset) if c.isalpha() else c for c in text)


def test_letters_shifted_by_a_font_without_unicode_map_are_reported_not_emitted(
    tmp_path: Path,
) -> None:
    # A subset font whose codes are glyph ids: no ToUnicode, glyph names g<n>. Engines
    # print each code as a character, three letters along: "kwws" for "http".
    prose = [
        "Visit http://example.com for the new pricing of the",
        "partner program and the onboarding guide that we",
        "wrote with the sales team in the spring of this year.",
    ]
    codes = sorted({ord(c) + 3 for line in prose for c in line if c.isalpha()})
    names = b" ".join(b"%d /g%d" % (code, code - 29) for code in codes)
    shifted_font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Cambria "
        b"/Encoding << /Type /Encoding /Differences [%s] >> >>" % names
    )
    garbled = b"\n".join(
        b"BT /F2 11 Tf 72 %d Td (%s) Tj ET" % (700 - 14 * i, _shifted(line, 3).encode())
        for i, line in enumerate(prose)
    )
    readable = b"BT /F1 12 Tf 72 700 Td (A readable second page about pricing.) Tj ET"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 7 0 R /F2 8 0 R >> >> >>"
    )
    path = write(
        tmp_path / "shifted.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            page % 5,
            page % 6,
            stream(garbled),
            stream(readable),
            HELVETICA,
            shifted_font,
        ],
    )
    document = _read(path)
    assert [(u.text, u.location.page) for u in document.units] == [
        ("A readable second page about pricing.", 2)
    ]
    assert any("page(s) 1 not read: garbled" in note for note in document.notes)
    # The test itself: the shifted page reads as fluent letters to the engine.
    assert "kwws" in pdfium_page_text(path)


def pdfium_page_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return str(document[0].get_textpage().get_text_range())
    finally:
        document.close()
