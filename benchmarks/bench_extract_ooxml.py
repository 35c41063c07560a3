"""Throughput of the OOXML extractors over the shared corpus, against two floors.

    .venv/bin/python benchmarks/bench_extract_ooxml.py [--repeat N] [--corpus DIR] [--files F..]

A floor is the least work that finds the text: open the zip, pick parts by name (no
relationships followed, no content types read), parse each with ``lxml.etree.fromstring``
and collect every text element. There are two floors per format:

- narrow: only the main story (pptx ``ppt/slides/slideN.xml``, docx ``word/document.xml``),
  the cheapest read there is, but it misses notes, headers, charts and the rest;
- full-content: every part that carries words a reader sees, which is what freshcheck reads:
  pptx slides, notes, legacy and modern comments, charts, SmartArt data, layouts and masters
  (``a:t``, ``c:v``, ``cx:v``, ``p:text``); docx document, headers, footers, footnotes,
  endnotes, comments, charts and SmartArt data (``w:t``, ``a:t``, ``c:v``).

The floors keep no locations, run no hostile-file checks and resolve nothing; freshcheck
does all three, plus metadata. The acceptance target is freshcheck >= 50% of the
full-content floor. For reference the object models (python-pptx, python-docx, walking
slide shapes / body paragraphs and tables) are timed too. Each figure is the median of
``--repeat`` rounds over all files, every reader once per round; the load average is
printed because the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from freshcheck.extract.docx.extractor import extract_docx
from freshcheck.extract.pptx.extractor import extract_pptx
from freshcheck.extract.safety import DEFAULT_LIMITS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_CX = "{http://schemas.microsoft.com/office/drawing/2014/chartex}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PPTX_NARROW = re.compile(r"ppt/slides/slide\d+\.xml")
PPTX_CONTENT = re.compile(
    r"ppt/(slides/slide|notesSlides/notesSlide|slideLayouts/slideLayout|"
    r"slideMasters/slideMaster|comments/|charts/chart|diagrams/data)[^/]*\.xml"
)
PPTX_TEXT = (_A + "t", _C + "v", _CX + "v", _P + "text")
DOCX_NARROW = re.compile(r"word/document\.xml")
DOCX_CONTENT = re.compile(
    r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments|"
    r"charts/chart\d*|diagrams/data\d*)\.xml"
)
DOCX_TEXT = (_W + "t", _A + "t", _C + "v")

Reader = Callable[[Path], int]


def floor_reader(parts: re.Pattern[str], text_tags: tuple[str, ...]) -> Reader:
    """A floor: characters of every ``text_tags`` element in the zip parts matching ``parts``."""

    def read(path: Path) -> int:
        count = 0
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if parts.fullmatch(name):
                    root = etree.fromstring(zf.read(name))
                    count += sum(len(node.text or "") for node in root.iter(text_tags))
        return count

    return read


def freshcheck_pptx(path: Path) -> int:
    document = extract_pptx(path, path.name, DEFAULT_LIMITS)
    return sum(len(unit.text) for unit in document.units)


def freshcheck_docx(path: Path) -> int:
    document = extract_docx(path, path.name, DEFAULT_LIMITS)
    return sum(len(unit.text) for unit in document.units)


def python_pptx(path: Path) -> int:
    from pptx import Presentation

    count = 0
    for slide in Presentation(str(path)).slides:
        count += _shapes_chars(slide.shapes)
    return count


def _shapes_chars(shapes: object) -> int:
    count = 0
    for shape in shapes:  # type: ignore[attr-defined]
        if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            count += _shapes_chars(shape.shapes)
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            count += sum(len(p.text) for p in shape.text_frame.paragraphs)
        if getattr(shape, "has_table", False) and shape.has_table:
            count += sum(len(cell.text) for row in shape.table.rows for cell in row.cells)
    return count


def python_docx(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    count = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        count += _table_chars(table)
    return count


def _table_chars(table: object) -> int:
    count = 0
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            count += sum(len(p.text) for p in cell.paragraphs)
            count += sum(_table_chars(inner) for inner in cell.tables)
    return count


def _seconds(files: list[Path], reader: Reader) -> float:
    start = time.perf_counter()
    for path in files:
        reader(path)
    return time.perf_counter() - start


def _readable(files: list[Path], reader: Reader) -> list[Path]:
    # A file an extractor rejects (encrypted, Strict OOXML) would time an error path.
    out = []
    for path in files:
        try:
            reader(path)
        except Exception:  # the benchmark compares reads, not failures
            continue
        out.append(path)
    return out


def bench(
    label: str,
    files: list[Path],
    readers: dict[str, Reader],
    ours: str,
    repeat: int,
) -> None:
    """Time every reader over ``files`` and print files/s and freshcheck's share of each."""
    for reader in readers.values():
        files = _readable(files, reader)  # also warms imports and the page cache
    # Rounds interleave the readers, so a burst of load from elsewhere hits them alike.
    times: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(repeat):
        for name, reader in readers.items():
            times[name].append(_seconds(files, reader))
    rates = {name: len(files) / statistics.median(runs) for name, runs in times.items()}
    print(f"{label}: {len(files)} files, median of {repeat} runs")
    for name, rate in rates.items():
        share = "" if name == ours else f"   freshcheck = {rates[ours] / rate:4.0%} of this"
        print(f"  {name:<44} {rate:8.1f} files/s{share}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--files", type=Path, nargs="*", help="time these files instead")
    parser.add_argument("--no-object-models", action="store_true", help="skip python-pptx/docx")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} CPUs")
    listed = args.files or []
    for suffix, label in (("pptx", "pptx"), ("docx", "docx")):
        files = sorted(p for p in listed if p.suffix == f".{suffix}")
        if not listed:
            files = sorted((args.corpus / suffix).glob(f"*.{suffix}"))
        if not files:
            continue
        readers = _readers(suffix, with_object_model=not args.no_object_models)
        bench(label, files, readers, "freshcheck", args.repeat)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
    return 0


def _readers(suffix: str, *, with_object_model: bool) -> dict[str, Reader]:
    if suffix == "pptx":
        readers = {
            "floor, narrow (a:t in slides)": floor_reader(PPTX_NARROW, PPTX_TEXT),
            "floor, full content (slides..masters)": floor_reader(PPTX_CONTENT, PPTX_TEXT),
            "freshcheck": freshcheck_pptx,
        }
        if with_object_model:
            readers["python-pptx object model (slides only)"] = python_pptx
        return readers
    readers = {
        "floor, narrow (w:t in document.xml)": floor_reader(DOCX_NARROW, DOCX_TEXT),
        "floor, full content (all stories, charts)": floor_reader(DOCX_CONTENT, DOCX_TEXT),
        "freshcheck": freshcheck_docx,
    }
    if with_object_model:
        readers["python-docx object model (body only)"] = python_docx
    return readers


if __name__ == "__main__":
    sys.exit(main())
