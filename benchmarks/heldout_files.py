"""Writers and scoring shared by the held-out company libraries (heldout_*.py).

A held-out library is generated text in every format freshcheck reads, labelled with what a
compliance reviewer would flag. The writers put labelled blocks in the places a writer puts
them (slide text, a table row, speaker notes, a Word comment, PDF lines, Markdown, HTML,
plain text); ``score`` scans a library and counts, per rule, the labelled findings found
and the findings that should not be there.

In block text, ``⟦…⟧`` marks a code span (Markdown backticks, HTML ``<code>``) and ``\\n``
a line break inside one paragraph (a wrapped PDF or text line).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Where a block sits in its file.
PARAGRAPH = "paragraph"  # slide text, a Word paragraph, PDF lines, Markdown/HTML/text paragraph
ROW = "row"  # a table row "label | value"
NOTES = "notes"  # PowerPoint speaker notes
COMMENT = "comment"  # a Word comment
CODE_BLOCK = "code-block"  # a Markdown fence, an HTML <pre>

_CODE = re.compile(r"⟦(.*?)⟧")


@dataclass(frozen=True)
class Block:
    text: str
    place: str = PARAGRAPH


def plain(text: str) -> str:
    """The text a reader sees: code marks dropped."""
    return _CODE.sub(r"\1", text)


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("|")]


def write_pptx(path: Path, title: str, blocks: Sequence[Block]) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = title
    body = [plain(b.text) for b in blocks if b.place == PARAGRAPH]
    rows = [cells(b.text) for b in blocks if b.place == ROW]
    notes = [plain(b.text) for b in blocks if b.place == NOTES]
    if body:
        box = slide.shapes.add_textbox(Inches(1), Inches(1.5), Inches(8), Inches(3)).text_frame
        box.text = body[0]
        for text in body[1:]:
            box.add_paragraph().text = text
    if rows:
        top = Inches(4.5) if body else Inches(2)
        shape = slide.shapes.add_table(len(rows) + 1, 2, Inches(1), top, Inches(8), Inches(1))
        table = shape.table
        table.cell(0, 0).text, table.cell(0, 1).text = "Metric", "Value"
        for i, (label, value) in enumerate(rows, start=1):
            table.cell(i, 0).text, table.cell(i, 1).text = label, value
    if notes:
        slide.notes_slide.notes_text_frame.text = "\n".join(notes)
    prs.save(str(path))
    return path


def write_docx(path: Path, blocks: Sequence[Block]) -> Path:
    import docx

    document = docx.Document()
    rows = [cells(b.text) for b in blocks if b.place == ROW]
    for block in blocks:
        if block.place == PARAGRAPH:
            document.add_paragraph(plain(block.text))
        elif block.place == COMMENT:
            anchor = document.add_paragraph("See the reviewer's note.")
            document.add_comment(anchor.runs, text=plain(block.text), author="Reviewer")
        elif block.place == ROW and rows:  # the table, where its first row is
            table = document.add_table(rows=len(rows) + 1, cols=2)
            table.cell(0, 0).text, table.cell(0, 1).text = "Metric", "Value"
            for i, (label, value) in enumerate(rows, start=1):
                table.cell(i, 0).text, table.cell(i, 1).text = label, value
            rows = []
    document.save(str(path))
    return path


def write_pdf_lines(
    path: Path, title: str, paragraphs: Sequence[Sequence[str]], top: float = 740.0
) -> Path:
    """One PDF page: each paragraph's lines 16 points apart, a blank line between paragraphs."""
    from tests.fixtures.make_pdf_fixtures import Page, write_pdf

    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(paragraph)
    runs = [(72.0, top - 16 * i, 11.0, line) for i, line in enumerate(lines) if line]
    path.write_bytes(write_pdf([Page(runs=runs)], {"Title": title}))
    return path


def write_pdf(path: Path, title: str, blocks: Sequence[Block]) -> Path:
    return write_pdf_lines(path, title, [plain(b.text).split("\n") for b in blocks])


def markdown(title: str, blocks: Sequence[Block]) -> str:
    parts = [f"# {title}"]
    rows = [cells(b.text) for b in blocks if b.place == ROW]
    for block in blocks:
        if block.place == CODE_BLOCK:
            parts.append(f"```\n{plain(block.text)}\n```")
        elif block.place != ROW:
            parts.append(_CODE.sub(r"`\1`", block.text))
        elif rows:  # the table, where its first row is
            parts.append("| Metric | Value |\n| --- | --- |")
            parts[-1] += "".join(f"\n| {label} | {value} |" for label, value in rows)
            rows = []
    return "\n\n".join(parts) + "\n"


def html_page(title: str, blocks: Sequence[Block]) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    rows = [cells(b.text) for b in blocks if b.place == ROW]
    for block in blocks:
        if block.place == CODE_BLOCK:
            parts.append(f"<pre>{html.escape(plain(block.text))}</pre>")
        elif block.place != ROW:
            escaped = html.escape(block.text).replace("\n", "<br>\n")
            parts.append("<p>" + _CODE.sub(r"<code>\1</code>", escaped) + "</p>")
        elif rows:  # the table, where its first row is
            body = "".join(
                f"<tr><td>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
                for label, value in rows
            )
            parts.append(f"<table><tr><th>Metric</th><th>Value</th></tr>{body}</table>")
            rows = []
    return "<html><body>" + "\n".join(parts) + "</body></html>\n"


def text_file(blocks: Sequence[Block]) -> str:
    return "\n\n".join(plain(b.text) for b in blocks) + "\n"


def write_document(folder: Path, stem: str, fmt: str, title: str, blocks: Sequence[Block]) -> Path:
    """A file of format ``fmt`` (pptx, docx, pdf, md, html, txt) holding ``blocks``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.{fmt}"
    if fmt == "pptx":
        return write_pptx(path, title, blocks)
    if fmt == "docx":
        return write_docx(path, blocks)
    if fmt == "pdf":
        return write_pdf(path, title, blocks)
    if fmt == "md":
        path.write_text(markdown(title, blocks), encoding="utf-8")
    elif fmt == "html":
        path.write_text(html_page(title, blocks), encoding="utf-8")
    else:
        path.write_text(text_file(blocks), encoding="utf-8")
    return path


# ---- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """One labelled block: ``rule`` must (``positive``) or must not flag it in ``file``."""

    file: str  # relative to the library root, "/"-separated
    rule: str
    positive: bool
    form: str
    text: str


@dataclass
class RuleScore:
    positives: int = 0
    negatives: int = 0
    found: int = 0  # labelled positives flagged
    wrong: int = 0  # findings of the rule on negatives or unlabelled text

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.wrong) if self.found + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 1.0


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def key(text: str) -> str:
    """Letters and digits only, lowercased: hyphens, breaks and marks do not decide a match."""
    return _NOT_ALNUM.sub("", plain(text).lower())


def _covers(label_key: str, excerpt_key: str) -> bool:
    return label_key in excerpt_key or (len(excerpt_key) >= 8 and excerpt_key in label_key)


def score(
    lib: Path,
    policy: Path,
    labels: Iterable[Label],
    rules: Sequence[str],
    as_of: dt.date,
) -> tuple[dict[str, RuleScore], list[str]]:
    """Scan ``lib`` and score the findings of ``rules`` against ``labels``; with the misses."""
    import freshcheck

    by_file: dict[str, list[Label]] = {}
    scores = {rule: RuleScore() for rule in rules}
    for label in labels:
        by_file.setdefault(label.file, []).append(label)
        row = scores[label.rule]
        row.positives += label.positive
        row.negatives += not label.positive
    result = freshcheck.scan([lib], policy=policy, as_of=as_of)
    flagged: set[tuple[str, str, str]] = set()  # (file, rule, label text) of flagged labels
    misses: list[str] = []
    for file in result.files:
        rel = _relative(file.path, by_file)
        for finding in file.findings:
            if finding.rule not in scores:
                continue
            got = key(finding.excerpt or "")
            near = [
                label
                for label in by_file.get(rel, [])
                if label.rule == finding.rule and _covers(key(label.text), got)
            ]
            hits = [label for label in near if label.positive]
            for label in hits:
                flagged.add((rel, label.rule, label.text))
            if not hits:
                scores[finding.rule].wrong += 1
                what = near[0].form if near else "unlabelled"
                misses.append(f"FP {finding.rule} {what} {rel}: {finding.excerpt!r}")
    for label in (lb for group in by_file.values() for lb in group):
        if label.positive and (label.file, label.rule, label.text) in flagged:
            scores[label.rule].found += 1
        elif label.positive:
            misses.append(f"FN {label.rule} {label.form} {label.file}: {label.text!r}")
    return scores, misses


def _relative(path: str, known: Iterable[str]) -> str:
    """The library-relative name of a reported path (reports name paths from the scan root's
    parent or from the root itself, depending on how it was given)."""
    posix = Path(path).as_posix()
    return next((name for name in known if posix == name or posix.endswith("/" + name)), posix)


def score_table(scores: dict[str, RuleScore]) -> str:
    lines = [
        "| rule | positives | negatives | found | wrong | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = RuleScore()
    for rule, row in scores.items():
        lines.append(
            f"| {rule} | {row.positives} | {row.negatives} | {row.found} | {row.wrong} "
            f"| {row.precision:.3f} | {row.recall:.3f} |"
        )
        total.positives += row.positives
        total.negatives += row.negatives
        total.found += row.found
        total.wrong += row.wrong
    lines.append(
        f"| all | {total.positives} | {total.negatives} | {total.found} | {total.wrong} "
        f"| {total.precision:.3f} | {total.recall:.3f} |"
    )
    return "\n".join(lines)
