"""A PDF's verdict never depends on the file a worker read before it.

pdfium keeps one last-error code per process and leaves it untouched on some failures (here an
xref stream in a filter pdfium lacks). Without a reset, such a file was "broken file
structure" after a broken file and "the PDF reader could not load it" in a fresh worker, so a
Ray scan and a local scan of the same library disagreed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from freshcheck.extract import extract_file

def verdict(path):
    error = extract_file(Path(path), Path(path).name).error
    return "read" if error is None else f"{error.kind}: {error.reason}"

silent, broken = sys.argv[1:3]
print(verdict(silent))
print(verdict(broken))
print(verdict(silent))
"""


def silent_failure_pdf() -> bytes:
    """A PDF pdfium cannot load and gives no error code for: its xref is Brotli-filtered."""
    head = b"%PDF-2.0\n"
    body = (
        b"1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
        b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
    )
    junk = bytes(range(7, 107))
    xref = (
        (
            b"3 0 obj\n<</Type/XRef/Root 1 0 R/Size 4/W[1 4 1]/Index[0 4]/Length %d"
            b"/Filter/BrotliDecode>>\nstream\n" % len(junk)
        )
        + junk
        + b"\nendstream\nendobj\n"
    )
    return head + body + xref + b"startxref\n%d\n%%%%EOF\n" % (len(head) + len(body))


def test_a_pdf_that_fails_silently_gets_one_verdict_before_and_after_a_broken_file(
    tmp_path: Path,
) -> None:
    silent = tmp_path / "silent.pdf"
    silent.write_bytes(silent_failure_pdf())
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot a pdf at all\n")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(silent), str(broken)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    first, after_broken = out[0], out[2]
    assert first == after_broken, out
    assert first.startswith("corrupt: not a valid PDF"), out
