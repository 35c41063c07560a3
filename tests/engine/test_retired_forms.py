"""Retired names in every form a writer gives them, in every format (issue 19, point 4).

Table-driven: each case is one text, written into a real file of each format where the
form occurs (slide text and notes, a Word paragraph and comment, wrapped PDF lines,
Markdown, HTML, plain text); positives and look-alike negatives side by side. One real scan
of the folder; a positive must give one ``messaging/retired-term`` finding whose ``span``
in the excerpt covers the name as written (hyphen and all), a negative none.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

import freshcheck
from freshcheck.model import Finding
from tests.fixtures.make_pdf_fixtures import Page, write_pdf
from tests.messaging.formats import write

RULE = "messaging/retired-term"
POLICY = """version: 1
messaging:
  terms:
    - retired: ["SalesBoost"]
      use: "Acme Flow"
      except: ["SalesBoost migration guide"]
    - retired: ["Acme Professional"]
      use: "Acme Suite"
    - retired: ["Acme Pro"]
      use: "Acme Plus"
"""
PROSE = ("txt", "md", "html", "docx", "docx-comment", "pptx-notes", "pdf")
WRAPPED = ("pdf-lines", "txt", "md-lines", "html-lines")
CODE = ("md-code", "html-code")

# (case id, text, the name it must find or None, formats). In text, "\n" is a line break
# inside one paragraph and ⟦…⟧ a code span.
CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    ("plain", "Open SalesBoost to see the pipeline.", "salesboost", PROSE),
    ("compound-hyphen", "Open Sales-Boost to see the pipeline.", "salesboost", PROSE),
    ("nb-hyphen", "Open Sales\u2011Boost to see it.", "salesboost", ("txt", "md", "docx")),
    ("soft-hyphen", "Open Sales\u00adBoost to see it.", "salesboost", PROSE),
    ("plural", "Both SalesBoosts were merged.", "salesboosts", PROSE),
    ("possessive", "SalesBoost's pipeline view is gone.", "salesboosts", PROSE),
    ("line-end-hyphen", "The pipeline in Sales-\nBoost opens.", "salesboost", WRAPPED),
    ("line-end-cut", "The pipeline in Sal-\nesBoost opens.", "salesboost", WRAPPED),
    ("two-words-wrapped", "We sell Acme Pro-\nfessional to banks.", "acmeprofessional", WRAPPED),
    ("nbsp", "Upgrade to Acme\u00a0Pro today.", "acmepro", ("txt", "md", "docx", "html")),
    ("code-span-elsewhere", "Open SalesBoost, not ⟦flow-cli⟧.", "salesboost", CODE),
    ("code-span", "Run ⟦salesboost-sync --all⟧ once after the upgrade.", None, CODE),
    ("code-span", "The API still answers to ⟦SalesBoost.Pipeline⟧ for now.", None, CODE),
    ("not-the-longer-word", "We run Acme Pro-\ngrams for banks.", None, WRAPPED),
    ("longer-word", "Acme Programmes help with set-up.", None, PROSE),
    ("lowercase-words", "The sales boost from Q3 was large.", None, PROSE),
    ("url", "Read https://help.example.com/salesboost/setup first.", None, PROSE),
    ("email", "Write to support@salesboost.example for help.", None, PROSE),
    ("file-path", "The export is in /srv/exports/SalesBoost/q3.csv nightly.", None, PROSE),
    ("rename-notice", "Acme Flow (formerly SalesBoost) keeps every pipeline.", None, PROSE),
    ("rename-notice", "SalesBoost is now called Acme Flow.", None, PROSE),
    ("except", "Read the SalesBoost migration guide first.", None, PROSE),
    ("replacement", "Acme Flow keeps every pipeline.", None, PROSE),
]
_CODE = re.compile(r"⟦(.*?)⟧")


def _write(folder: Path, name: str, fmt: str, text: str) -> str:
    """``text`` in a file of ``fmt``; the wrapped and code formats keep its breaks and spans."""
    plain = _CODE.sub(r"\1", text)
    if fmt == "pdf-lines":
        lines = ["Intro line.", "", *plain.split("\n"), "", "Closing line."]
        runs = [(72.0, 720.0 - 16 * i, 11.0, line) for i, line in enumerate(lines) if line]
        path = folder / f"{name}.pdf"
        path.write_bytes(write_pdf([Page(runs=runs)], {"Title": "Guide"}))
        return path.name
    if fmt in ("md-lines", "md-code"):
        path = folder / f"{name}.md"
        marked = _CODE.sub(r"`\1`", text)
        path.write_text(f"# Notes\n\n{marked}\n\nClosing line.\n")
        return path.name
    if fmt in ("html-lines", "html-code"):
        body = html.escape(text).replace("\n", "<br>\n")
        body = _CODE.sub(r"<code>\1</code>", body)
        path = folder / f"{name}.html"
        path.write_text(f"<html><body><p>{body}</p><p>Closing line.</p></body></html>")
        return path.name
    return write(folder, name, fmt, plain)


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    folder = tmp_path_factory.mktemp("retired-forms")
    lib = folder / "lib"
    lib.mkdir()
    policy = folder / "policy.yaml"
    policy.write_text(POLICY)
    for number, (_case, text, _name, formats) in enumerate(CASES):
        for fmt in formats:
            _write(lib, f"case{number:02d}-{fmt}", fmt, text)
    result = freshcheck.scan([lib], policy=policy, as_of=dt.date(2026, 12, 1))
    return {
        Path(file.path).stem: [f for f in file.findings if f.rule == RULE] for file in result.files
    }


@pytest.mark.parametrize(
    ("number", "fmt"),
    [(n, fmt) for n, case in enumerate(CASES) for fmt in case[3]],
    ids=[f"{case[0]}-{fmt}" for case in CASES for fmt in case[3]],
)
def test_retired_name_form(scanned: dict[str, list[Finding]], number: int, fmt: str) -> None:
    _case, text, name, _formats = CASES[number]
    findings = scanned[f"case{number:02d}-{fmt}"]
    if name is None:
        assert findings == [], f"{text!r} in {fmt} must not be flagged"
        return
    assert len(findings) == 1, f"{text!r} in {fmt}: {findings}"
    finding = findings[0]
    assert finding.span is not None
    start, end = finding.span
    said = finding.excerpt[start:end]
    # The span is the name as written: its letters, and nothing around it.
    assert _letters(said) in (name, name + "s"), (said, finding.excerpt)
    assert said[0].isalnum() and said[-1].isalnum(), said
