"""Write one text into a real file of each format and scan a folder of them.

Used by the table-driven tests of issue 19 (test_label_value.py, test_word_facts.py, …):
each case is a file; ``scan_outdated`` returns, per file name, the outdated-claim findings
a real scan gives (message id and where).
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from pptx import Presentation
from pptx.util import Inches

import freshcheck
from tests.fixtures.make_pdf_fixtures import Page, write_pdf

TABLE_FORMATS = ("pptx-table", "docx-table", "md-table", "html-table")
LINE_FORMATS = ("txt", "md", "docx", "docx-comment", "html", "pptx-notes", "pdf")
INTRO = "Open with the customer's current process."
OUTRO = "Then move on to the demo."


@dataclass(frozen=True)
class Hit:
    message_id: str
    where: str  # Location.describe()


def write(folder: Path, name: str, fmt: str, text: str) -> str:
    """Write ``text`` as ``fmt`` (a table format takes "label | value"); the file's name."""
    cells = [c.strip() for c in text.split("|")]
    lines = text.split("\n")
    if fmt in ("pptx-table", "pptx-notes"):
        prs = Presentation()
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = "Why Acme"
        if fmt == "pptx-table":
            table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(8), Inches(1)).table
            table.cell(0, 0).text, table.cell(0, 1).text = "Metric", "Result"
            table.cell(1, 0).text, table.cell(1, 1).text = cells[0], cells[1]
        else:
            slide.notes_slide.notes_text_frame.text = "\n".join([INTRO, *lines, OUTRO])
        path = folder / f"{name}.pptx"
        prs.save(str(path))
    elif fmt in ("docx-table", "docx", "docx-comment"):
        document = docx.Document()
        intro = document.add_paragraph(INTRO)
        if fmt == "docx-comment":
            document.add_comment(intro.runs, text="\n".join(lines), author="Ann")
        elif fmt == "docx-table":
            table = document.add_table(rows=2, cols=2)
            table.cell(0, 0).text, table.cell(0, 1).text = "Metric", "Result"
            table.cell(1, 0).text, table.cell(1, 1).text = cells[0], cells[1]
        else:
            for line in lines:
                document.add_paragraph(line)
        document.add_paragraph(OUTRO)
        path = folder / f"{name}.docx"
        document.save(str(path))
    elif fmt == "pdf":
        wrapped = [INTRO, ""] + [w for line in lines for w in textwrap.wrap(line, 30)]
        runs = [(72.0, 720.0 - 16 * i, 11.0, line) for i, line in enumerate([*wrapped, "", OUTRO])]
        path = folder / f"{name}.pdf"
        path.write_bytes(write_pdf([Page(runs=[r for r in runs if r[3]])], {"Title": "Guide"}))
    elif fmt == "md-table":
        path = folder / f"{name}.md"
        path.write_text(
            f"# Notes\n\n| Metric | Result |\n| --- | --- |\n| {cells[0]} | {cells[1]} |\n"
        )
    elif fmt == "md":
        path = folder / f"{name}.md"
        path.write_text("# Notes\n\n" + "\n\n".join([INTRO, *lines, OUTRO]) + "\n")
    elif fmt == "html-table":
        path = folder / f"{name}.html"
        row = "".join(f"<td>{html.escape(c)}</td>" for c in cells)
        path.write_text(
            f"<html><body><table><tr><th>Metric</th><th>Result</th></tr><tr>{row}</tr></table></body></html>"
        )
    elif fmt == "html":
        path = folder / f"{name}.html"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in [INTRO, *lines, OUTRO])
        path.write_text(f"<html><body>{body}</body></html>")
    else:
        path = folder / f"{name}.txt"
        path.write_text("\n\n".join([INTRO, "\n".join(lines), OUTRO]) + "\n")
    return path.name


def scan_outdated(folder: Path, policy: Path) -> dict[str, list[Hit]]:
    """Outdated-claim findings per file name of one real scan of ``folder``."""
    result = freshcheck.scan([folder], policy=policy, as_of=dt.date(2026, 12, 1))
    out: dict[str, list[Hit]] = {}
    for file in result.files:
        out[Path(file.path).name] = [
            Hit(f.message_id or "", f.location.describe() if f.location else "")
            for f in file.findings
            if f.rule == "messaging/outdated-claim"
        ]
    return out


def scan_cases(
    root: Path, policy: str, texts: Sequence[str], formats: Sequence[str] = LINE_FORMATS
) -> dict[str, list[Hit]]:
    """Each of ``texts`` written in every one of ``formats`` (file ``case{i:02d}-{fmt}``)
    under ``root``, scanned with the policy text ``policy``: the hits per file stem."""
    folder = root / "lib"
    folder.mkdir()
    for index, text in enumerate(texts):
        for fmt in formats:
            write(folder, f"case{index:02d}-{fmt}", fmt, text)
    policy_path = root / "policy.yaml"
    policy_path.write_text(policy)
    return {Path(name).stem: hits for name, hits in scan_outdated(folder, policy_path).items()}
