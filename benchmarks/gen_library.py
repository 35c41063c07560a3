"""A seeded synthetic enablement library: decks, documents, PDFs and Markdown, in real mixes.

    .venv/bin/python benchmarks/gen_library.py --files 1000 --out /tmp/fc-lib [--mix realistic]

Decks have 30-60 slides with notes and a table every few slides; documents 5-40 pages with
tables; PDFs 2-30 pages; Markdown a few hundred lines. Two mixes of text:

- ``realistic`` (default): English enablement text (value propositions, customer stories,
  discovery questions, objection handling, pricing, speaker notes, table cells) and 2,000
  English messages; about 5% of the sentences restate a message (``realistic_mix``).
- ``claim-heavy``: a third of the sentences restate one of bench_match's pseudo-word messages
  and the rest are pseudo-word filler, so every sentence looks like a claim: the matcher's
  stress case. Its text is the same as before the realistic mix existed, for the same seed.

Building a deck with python-pptx is slow, so a few templates are built once and each file is
a copy of one whose XML text runs are rewritten (stdlib zipfile, fixed timestamps, so the
same seed gives the same bytes). PDFs come from a tiny writer (Helvetica, uncompressed
content streams). Also writes ``policy-empty.yaml`` (no messages) and
``policy-messages.yaml`` (``--messages`` messages of the chosen mix).
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import time
import zipfile
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

import docx
import pptx
import yaml
from pptx.util import Inches

from freshcheck.policy.model import MessagingPolicy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_match import claim_texts, library
from realistic_mix import KindMarkers, RealisticSentences

MIX = (("pptx", 0.40), ("docx", 0.30), ("pdf", 0.15), ("md", 0.15))
SLIDE_COUNTS = (30, 45, 60)
DOCX_PAGES = (5, 15, 40)
PARAGRAPHS_PER_PAGE = 12
_TEXT_RUN = re.compile(rb"(<(?:a|w):t(?: [^>]*)?>)([^<]*)(</(?:a|w):t>)")
_EXTRA = (
    "Acme Insights dashboards update every hour.",
    "Contact sales for guaranteed results in 30 days.",
    "Pricing as of March 2022; see the FY23 price list.",
    "Results may vary by region and team size.",
)


MIXES = ("realistic", "claim-heavy")
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
_CLAIM_HEAVY_COUNTS = {"notes": 3, "paragraph": 2, "md_paragraph": 3}


class ClaimHeavySentences:
    """A seeded pool of pseudo-word sentences: message restatements, filler and rule triggers.

    Every place in a file gets sentences from one pool; the order of draws is that of the
    original generator, so a seed gives the same text as it always did.
    """

    def __init__(self, seed: int, messages: int) -> None:
        self.messaging, words = library(seed, max(messages, 1))
        pool = claim_texts(seed + 1, 20_000, self.messaging, words)
        self._pool = pool + list(_EXTRA) * 40
        self._rng = random.Random(seed + 2)

    def one(self) -> str:
        return self._rng.choice(self._pool)

    def some(self, count: int) -> str:
        return " ".join(self.one() for _ in range(count))

    def text(self, kind: str) -> str:
        return self.some(_CLAIM_HEAVY_COUNTS[kind]) if kind in _CLAIM_HEAVY_COUNTS else self.one()

    def run(self, template_text: str) -> str | None:
        return self.one()

    def page_lines(self, count: int, width: int) -> list[str]:
        return [self.one()[:width] for _ in range(count)]


class TemplateText(Protocol):
    def text(self, kind: str) -> str: ...


Sentences = ClaimHeavySentences | RealisticSentences


def deck_template(slides: int, sentences: TemplateText) -> bytes:
    deck = pptx.Presentation()
    for number in range(1, slides + 1):
        slide = deck.slides.add_slide(deck.slide_layouts[1 if number % 5 else 5])
        slide.shapes.title.text = sentences.text("title")
        if number % 5:
            body = slide.placeholders[1].text_frame
            body.text = sentences.text("bullet")
            for _ in range(4):
                body.add_paragraph().text = sentences.text("bullet")
        else:
            shape = slide.shapes.add_table(4, 3, Inches(1), Inches(2), Inches(8), Inches(3))
            for cell in shape.table.iter_cells():
                cell.text = sentences.text("cell")
        slide.notes_slide.notes_text_frame.text = sentences.text("notes")
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def docx_template(pages: int, sentences: TemplateText) -> bytes:
    document = docx.Document()
    for page in range(pages):
        document.add_heading(sentences.text("heading"), level=1)
        for _ in range(PARAGRAPHS_PER_PAGE):
            document.add_paragraph(sentences.text("paragraph"))
        if page % 3 == 0:
            table = document.add_table(rows=4, cols=3)
            for cell in (c for row in table.rows for c in row.cells):
                cell.text = sentences.text("cell")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def varied_copy(template: bytes, sentences: Sentences) -> bytes:
    """The template with its text runs replaced by fresh text: cheap and realistic."""

    def swap(match: re.Match[bytes]) -> bytes:
        fresh = sentences.run(match.group(2).decode("utf-8"))
        if fresh is None:  # a run the template did not write (a layout's prompt text)
            return match.group(0)
        return match.group(1) + escape(fresh).encode("utf-8") + match.group(3)

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith(".xml") and (b"<a:t" in data or b"<w:t" in data):
                data = _TEXT_RUN.sub(swap, data)
            item.date_time = _ZIP_TIME  # not the time the template was built
            target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_bytes(pages: int, sentences: Sentences) -> bytes:
    """A plain PDF: one Helvetica text block per page, 40 lines of ~90 characters."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled in below)
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for _ in range(pages):
        lines = []
        for line in sentences.page_lines(40, 90):
            text = line.replace("\\", "").replace("(", "").replace(")", "")
            lines.append(f"({text.encode('latin-1', 'replace').decode('latin-1')}) Tj T*")
        stream = ("BT /F1 10 Tf 12 TL 50 780 Td " + " ".join(lines) + " ET").encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def markdown_text(sentences: Sentences, rng: random.Random) -> str:
    title = sentences.text("title")[:40]
    lines = ["---", f"title: {title}", "owner: enablement@example.com", "---"]
    for _ in range(rng.randint(5, 30)):
        lines += ["", f"## {sentences.text('heading')}", ""]
        lines += [f"- {sentences.text('bullet')}" for _ in range(rng.randint(2, 6))]
        lines += ["", sentences.text("md_paragraph")]
    return "\n".join(lines) + "\n"


def policy_yaml(messaging: MessagingPolicy, with_messages: bool) -> str:
    messages = [
        {"id": m.id, "current": m.current, "superseded": list(m.superseded)}
        for m in messaging.messages
    ]
    policy: dict[str, object] = {
        "version": 1,
        "freshness": {
            "default_cadence": "180d",
            "cadence": [{"match": "decks/**", "every": "90d"}],
        },
        "messaging": {
            "messages": messages if with_messages else [],
            "terms": [{"retired": ["Acme Insights"], "use": "Acme Analytics"}],
        },
        "compliance": {
            "banned": [{"phrase": "guaranteed results"}],
            "disclaimers": [{"when": r"\bFY\d\d\b", "require": "Results may vary"}],
        },
    }
    return yaml.safe_dump(policy, sort_keys=False, allow_unicode=True)


def generate(out: Path, files: int, seed: int, messages: int, mix: str = "realistic") -> Sentences:
    """Write ``files`` files under ``out/lib`` and the two policies under ``out``.

    Returns the sentence source, whose ``counts`` (realistic mix) say what was written.
    """
    rng = random.Random(seed)
    sentences: Sentences
    if mix == "claim-heavy":
        sentences = ClaimHeavySentences(seed, messages)
        template_text: TemplateText = sentences
    else:
        sentences = RealisticSentences(seed, messages, _EXTRA)
        template_text = KindMarkers()
    decks = [deck_template(n, template_text) for n in SLIDE_COUNTS]
    documents = [docx_template(n, template_text) for n in DOCX_PAGES]
    folders = {"pptx": "decks", "docx": "playbooks", "pdf": "datasheets", "md": "wiki"}
    for number in range(files):
        kind = rng.choices([k for k, _ in MIX], weights=[w for _, w in MIX])[0]
        folder = out / "lib" / folders[kind] / f"team{number % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"file{number:06d}.{kind}"
        if kind == "pptx":
            target.write_bytes(varied_copy(rng.choice(decks), sentences))
        elif kind == "docx":
            target.write_bytes(varied_copy(rng.choice(documents), sentences))
        elif kind == "pdf":
            target.write_bytes(pdf_bytes(rng.randint(2, 30), sentences))
        else:
            target.write_text(markdown_text(sentences, rng), encoding="utf-8")
    for name, with_messages in (("policy-empty.yaml", False), ("policy-messages.yaml", True)):
        text = policy_yaml(sentences.messaging, with_messages)
        (out / name).write_text(text, encoding="utf-8")
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mix", choices=MIXES, default="realistic")
    args = parser.parse_args()
    started = time.perf_counter()
    sentences = generate(args.out, args.files, args.seed, args.messages, args.mix)
    size = sum(p.stat().st_size for p in (args.out / "lib").rglob("*") if p.is_file())
    print(
        f"wrote {args.files} files ({size / 1e6:.0f} MB, {args.mix} mix) to {args.out / 'lib'} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    if isinstance(sentences, RealisticSentences):
        counts = sentences.counts
        print(
            f"sentences: {counts['sentences']:,}, restating a message: "
            f"{100 * counts['restated'] / max(counts['sentences'], 1):.1f}%, "
            f"rule triggers: {100 * counts['triggers'] / max(counts['sentences'], 1):.2f}%"
        )


if __name__ == "__main__":
    main()
