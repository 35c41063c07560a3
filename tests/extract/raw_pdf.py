"""A bare PDF writer for tests that need exact content-stream operators.

``make_pdf_fixtures`` writes whole documents from text runs; the constructs tested here
(character spacing, crop boxes, appearance streams, fonts without a Unicode map) need the
operators and objects written out as a producer writes them. Objects are numbered from 1
in the order given; object 1 must be the catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def stream(data: bytes, entries: bytes = b"") -> bytes:
    """A stream object's body: its dictionary entries, the length, and the data."""
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (entries, len(data), data)


def write(path: Path, objects: Sequence[bytes]) -> Path:
    """Write ``objects`` (numbered from 1, the catalog first) with a cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def one_page(
    path: Path,
    content: bytes,
    *,
    page_entries: bytes = b"",
    resources: bytes = b"/Font << /F1 5 0 R >>",
    more: Sequence[bytes] = (),
) -> Path:
    """One Letter-size page drawing ``content`` with Helvetica as /F1 (object 5).

    Objects 1-5 are the catalog, the page tree, the page, its content and the font; the
    ``more`` objects follow from number 6, for annotations, forms and fonts to refer to.
    """
    return write(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << %s >> %s >>" % (resources, page_entries),
            stream(content),
            HELVETICA,
            *more,
        ],
    )
