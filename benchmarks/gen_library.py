"""A seeded synthetic enablement library: decks, documents, PDFs and Markdown, in real mixes.

    .venv/bin/python benchmarks/gen_library.py --files 1000 --out /tmp/fc-lib

Decks have 30-60 slides with notes and a table every few slides; documents 5-40 pages with
tables; PDFs 2-30 pages; Markdown a few hundred lines. A third of the sentences restate an
approved message (current or superseded, from bench_match's synthetic message library), so
the matcher has real work. Building a deck with python-pptx is slow, so a few templates are
built once and each file is a copy of one whose XML text runs are rewritten (stdlib zipfile).
PDFs come from a tiny writer (Helvetica, uncompressed content streams). Also writes
``policy-empty.yaml`` (no messages) and ``policy-messages.yaml`` (``--messages`` messages).
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
from xml.sax.saxutils import escape

import docx
import pptx
import yaml
from pptx.util import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_match import claim_texts, library

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


class Sentences:
    """A seeded pool of sentences: message restatements, filler and rule triggers."""

    def __init__(self, seed: int, messages: int) -> None:
        self.messaging, words = library(seed, max(messages, 1))
        pool = claim_texts(seed + 1, 20_000, self.messaging, words)
        self._pool = pool + list(_EXTRA) * 40
        self._rng = random.Random(seed + 2)

    def one(self) -> str:
        return self._rng.choice(self._pool)

    def some(self, count: int) -> str:
        return " ".join(self.one() for _ in range(count))


def deck_template(slides: int, sentences: Sentences) -> bytes:
    deck = pptx.Presentation()
    for number in range(1, slides + 1):
        slide = deck.slides.add_slide(deck.slide_layouts[1 if number % 5 else 5])
        slide.shapes.title.text = sentences.one()
        if number % 5:
            body = slide.placeholders[1].text_frame
            body.text = sentences.one()
            for _ in range(4):
                body.add_paragraph().text = sentences.one()
        else:
            shape = slide.shapes.add_table(4, 3, Inches(1), Inches(2), Inches(8), Inches(3))
            for cell in shape.table.iter_cells():
                cell.text = sentences.one()
        slide.notes_slide.notes_text_frame.text = sentences.some(3)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def docx_template(pages: int, sentences: Sentences) -> bytes:
    document = docx.Document()
    for page in range(pages):
        document.add_heading(sentences.one(), level=1)
        for _ in range(PARAGRAPHS_PER_PAGE):
            document.add_paragraph(sentences.some(2))
        if page % 3 == 0:
            table = document.add_table(rows=4, cols=3)
            for cell in (c for row in table.rows for c in row.cells):
                cell.text = sentences.one()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def varied_copy(template: bytes, sentences: Sentences) -> bytes:
    """The template with every text run replaced by a fresh sentence: cheap and realistic."""

    def swap(match: re.Match[bytes]) -> bytes:
        text = escape(sentences.one()).encode("utf-8")
        return match.group(1) + text + match.group(3)

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith(".xml") and (b"<a:t" in data or b"<w:t" in data):
                data = _TEXT_RUN.sub(swap, data)
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
        for _ in range(40):
            text = sentences.one()[:90].replace("\\", "").replace("(", "").replace(")", "")
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
    lines = ["---", f"title: {sentences.one()[:40]}", "owner: enablement@example.com", "---"]
    for _ in range(rng.randint(5, 30)):
        lines += ["", f"## {sentences.one()}", ""]
        lines += [f"- {sentences.one()}" for _ in range(rng.randint(2, 6))]
        lines += ["", sentences.some(3)]
    return "\n".join(lines) + "\n"


def policy_yaml(sentences: Sentences, with_messages: bool) -> str:
    messages = [
        {"id": m.id, "current": m.current, "superseded": list(m.superseded)}
        for m in sentences.messaging.messages
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


def generate(out: Path, files: int, seed: int, messages: int) -> None:
    """Write ``files`` files under ``out/lib`` and the two policies under ``out``."""
    rng = random.Random(seed)
    sentences = Sentences(seed, messages)
    decks = [deck_template(n, sentences) for n in SLIDE_COUNTS]
    documents = [docx_template(n, sentences) for n in DOCX_PAGES]
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
    (out / "policy-empty.yaml").write_text(policy_yaml(sentences, False), encoding="utf-8")
    (out / "policy-messages.yaml").write_text(policy_yaml(sentences, True), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.out, args.files, args.seed, args.messages)
    size = sum(p.stat().st_size for p in (args.out / "lib").rglob("*") if p.is_file())
    print(
        f"wrote {args.files} files ({size / 1e6:.0f} MB) to {args.out / 'lib'} "
        f"in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
