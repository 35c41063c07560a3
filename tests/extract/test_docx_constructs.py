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


def _package(tmp_path: Path, document: str, numbering: str | None = None, style: str = "") -> Path:
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
            elif info.filename == "word/styles.xml" and style:
                data = data.replace(b"</w:styles>", style.encode() + b"</w:styles>")
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


def _level(index: int, fmt: str, text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _numbered(text: str, num_id: int, level: int = 0) -> str:
    props = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return _paragraph(text, props)


NUMBERING = (
    # 1: "A1".."A10", OWASP style; 2: "Section 1" / "Section 1.a"; 3: "NEW-1";
    # 4: plain "1." and "a)", which stay out of the text.
    '<w:abstractNum w:abstractNumId="10">' + _level(0, "decimal", "A%1") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="20">'
    + _level(0, "decimal", "Section %1")
    + _level(1, "lowerLetter", "Section %1.%2")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="30">' + _level(0, "decimal", "NEW-%1") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="40">'
    + _level(0, "decimal", "%1.")
    + _level(1, "lowerLetter", "%2)")
    + "</w:abstractNum>"
    + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}0"/></w:num>' for n in range(1, 5))
)


def test_list_labels_with_letters_or_literal_text_prefix_the_paragraph(tmp_path: Path) -> None:
    risks = [_numbered(f"Risk {n}", 1) for n in range(1, 11)]
    body = (
        "".join(risks[:2])
        + _numbered("Sensitive Data Exposure", 1)  # the third: "A3"
        + _numbered("Scope", 2)
        + _numbered("In scope", 2, 1)
        + _numbered("Out of scope", 2, 1)
        + _numbered("Terms", 2)
        + _numbered("Glossary", 2, 1)
        + _numbered("Faster onboarding", 3)
        + _numbered("First step", 4)
        + _numbered("A detail", 4, 1)
        + _paragraph("Unnumbered closing words.")
        + "".join(risks[3:])
    )
    path = _package(tmp_path, f"<w:body>{body}</w:body>", NUMBERING)
    assert _texts(path) == [
        "A1 Risk 1",
        "A2 Risk 2",
        "A3 Sensitive Data Exposure",
        "Section 1 Scope",
        "Section 1.a In scope",
        "Section 1.b Out of scope",
        "Section 2 Terms",
        "Section 2.a Glossary",
        "NEW-1 Faster onboarding",
        "First step",
        "A detail",
        "Unnumbered closing words.",
        *(f"A{n} Risk {n}" for n in range(4, 11)),
    ]


def test_heading_numbers_given_by_the_paragraph_style_are_labels_too(tmp_path: Path) -> None:
    style = (
        '<w:style w:type="paragraph" w:styleId="Requirement"><w:name w:val="Requirement"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    body = "".join(
        _paragraph(text, '<w:pStyle w:val="Requirement"/>')
        for text in ("Single sign-on", "Audit log")
    )
    path = _package(tmp_path, f"<w:body>{body}</w:body>", NUMBERING, style)
    assert _texts(path) == ["NEW-1 Single sign-on", "NEW-2 Audit log"]
