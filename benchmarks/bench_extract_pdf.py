"""PDF extraction speed and token recall over the shared corpus: freshcheck vs each engine.

Prints files/s (one process, files read one after another) and token recall against
``corpus/ref/pdf`` (the metric in tests/extract/pdf_recall.py) for freshcheck's
combined extractor, pdfium alone, pypdf alone, and poppler's ``pdftotext`` when it is
installed. Run: ``.venv/bin/python benchmarks/bench_extract_pdf.py [CORPUS]``.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pdf.extractor import extract_pdf
from freshcheck.extract.pdf.pypdf_text import open_reader, pypdf_session
from freshcheck.extract.safety import DEFAULT_LIMITS

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "extract"))
from pdf_recall import token_recall  # noqa: E402

Engine = Callable[[Path], str]


def freshcheck_text(path: Path) -> str:
    try:
        document = extract_pdf(path, path.name, DEFAULT_LIMITS)
    except UnreadableFile:
        return ""
    return "\n".join(unit.text for unit in document.units)


def pdfium_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        document.close()


def pypdf_text(path: Path) -> str:
    with pypdf_session(DEFAULT_LIMITS):
        reader = open_reader(path)
        return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdftotext_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=False
    )
    return done.stdout


def measure(name: str, engine: Engine, files: list[Path], corpus: Path) -> None:
    recalls: list[float] = []
    low: list[str] = []
    failed = 0
    started = time.perf_counter()
    texts: dict[Path, str] = {}
    for path in files:
        try:
            texts[path] = engine(path)
        except Exception:  # an engine refusing a file counts as finding nothing
            texts[path] = ""
            failed += 1
    elapsed = time.perf_counter() - started
    for path in files:
        reference = (corpus / "ref" / "pdf" / f"{path.name}.txt").read_text(errors="replace")
        recall = token_recall(reference, texts[path])
        if recall is None:
            continue
        recalls.append(recall)
        if recall < 0.9:
            low.append(path.name)
    print(
        f"{name:<12} {len(files) / elapsed:7.1f} files/s  {elapsed:6.2f} s  "
        f"recall mean {statistics.mean(recalls):.4f} median {statistics.median(recalls):.4f}  "
        f"<0.9: {len(low)}  errors: {failed}"
    )
    for item in low:
        print(f"{'':<14}below 0.9: {item}")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    files = sorted((corpus / "pdf").glob("*.pdf"))
    print(f"{len(files)} PDFs in {corpus / 'pdf'}")
    engines: dict[str, Engine] = {
        "freshcheck": freshcheck_text,
        "pdfium": pdfium_text,
        "pypdf": pypdf_text,
    }
    if shutil.which("pdftotext"):
        engines["pdftotext"] = pdftotext_text
    else:
        print("pdftotext not installed (apt-get install poppler-utils): skipped")
    for name, engine in engines.items():
        measure(name, engine, files, corpus)


if __name__ == "__main__":
    main()
