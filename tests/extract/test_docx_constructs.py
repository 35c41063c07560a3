"""Word constructs that used to lose text or show it otherwise than Word does (issue 20).

Each test writes the construct into a python-docx package (the document part, and the
numbering part where it matters, replaced by hand-written XML) and reads it through the
whole docx extractor.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from freshcheck.extract.docx.extractor import extract_docx
from freshcheck.extract.safety import DEFAULT_LIMITS

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str, props: str = "") -> str:
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _package(tmp_path: Path, document: str, numbering: str | None = None) -> Path:
    source = tmp_path / "source.docx"
    docx.Document().save(str(source))
    path = tmp_path / "built.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = f'<w:document xmlns:w="{_W_NS}">{document}</w:document>'.encode()
            elif info.filename == "word/numbering.xml" and numbering is not None:
                data = f'<w:numbering xmlns:w="{_W_NS}">{numbering}</w:numbering>'.encode()
            zout.writestr(info, data)
    return path


def _texts(path: Path) -> list[str]:
    return [unit.text for unit in extract_docx(path, path.name, DEFAULT_LIMITS).units]


def test_every_body_element_is_read_in_order(tmp_path: Path) -> None:
    # Malformed but opened by Word, LibreOffice and POI: the main part holds three bodies.
    bodies = "".join(
        f"<w:body>{_paragraph(f'Part {n} opens here.')}{_paragraph(f'Part {n} closes.')}</w:body>"
        for n in ("one", "two", "three")
    )
    path = _package(tmp_path, bodies)
    assert _texts(path) == [
        "Part one opens here.",
        "Part one closes.",
        "Part two opens here.",
        "Part two closes.",
        "Part three opens here.",
        "Part three closes.",
    ]
