"""Throughput of the OOXML extractors over the shared corpus, against two yardsticks.

    .venv/bin/python benchmarks/bench_extract_ooxml.py [--repeat N] [--corpus DIR]

For pptx it prints files/s for:

- floor: a raw ``zipfile`` + ``lxml`` walk of every ``a:t`` in ``ppt/slides/*.xml``, the
  least work any extractor can do (no notes, charts, SmartArt, locations);
- freshcheck: ``extract_pptx`` over the same files;
- python-pptx: its object model walking every shape's text frame and table cells.

For docx the same three: the floor walks every ``w:t`` in ``word/document.xml``;
``extract_docx`` reads every story; python-docx walks body paragraphs and table cells.

A later acceptance check wants freshcheck at >= 50% of the floor. Each format has its own
``bench_<format>`` function so the sections stay independent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from freshcheck.extract.docx import extract_docx
from freshcheck.extract.pptx import extract_pptx
from freshcheck.extract.safety import DEFAULT_LIMITS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
A_T = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def floor_pptx(path: Path) -> int:
    """Characters of every a:t in the slide parts: the raw zipfile + lxml floor."""
    count = 0
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("ppt/slides/slide") and name.endswith(".xml"):
                root = etree.fromstring(zf.read(name))
                count += sum(len(node.text or "") for node in root.iter(A_T))
    return count


def freshcheck_pptx(path: Path) -> int:
    document = extract_pptx(path, path.name, DEFAULT_LIMITS)
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


def _files_per_second(files: list[Path], reader: Callable[[Path], int], repeat: int) -> float:
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for path in files:
            reader(path)
        rates.append(len(files) / (time.perf_counter() - start))
    return statistics.median(rates)


def bench_pptx(corpus: Path, repeat: int) -> None:
    files = sorted((corpus / "pptx").glob("*.pptx"))
    if not files:
        print(f"no pptx files under {corpus}", file=sys.stderr)
        return
    python_pptx(files[0])  # import cost out of the timing
    floor = _files_per_second(files, floor_pptx, repeat)
    ours = _files_per_second(files, freshcheck_pptx, repeat)
    object_model = _files_per_second(files, python_pptx, repeat)
    print(f"pptx: {len(files)} files, median of {repeat} runs")
    print(f"  floor (zipfile + lxml, a:t in slides) {floor:8.1f} files/s")
    share = ours / floor
    print(f"  freshcheck extract_pptx               {ours:8.1f} files/s  ({share:.0%} of floor)")
    print(f"  python-pptx object model              {object_model:8.1f} files/s")


def floor_docx(path: Path) -> int:
    """Characters of every w:t in word/document.xml: the raw zipfile + lxml floor."""
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return sum(len(node.text or "") for node in root.iter(W_T))


def freshcheck_docx(path: Path) -> int:
    document = extract_docx(path, path.name, DEFAULT_LIMITS)
    return sum(len(unit.text) for unit in document.units)


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


def bench_docx(corpus: Path, repeat: int) -> None:
    files = sorted((corpus / "docx").glob("*.docx"))
    if not files:
        print(f"no docx files under {corpus}", file=sys.stderr)
        return
    python_docx(files[0])  # import cost out of the timing
    floor = _files_per_second(files, floor_docx, repeat)
    ours = _files_per_second(files, freshcheck_docx, repeat)
    object_model = _files_per_second(files, python_docx, repeat)
    print(f"docx: {len(files)} files, median of {repeat} runs")
    print(f"  floor (zipfile + lxml, w:t in body)   {floor:8.1f} files/s")
    share = ours / floor
    print(f"  freshcheck extract_docx               {ours:8.1f} files/s  ({share:.0%} of floor)")
    print(f"  python-docx object model              {object_model:8.1f} files/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench_pptx(args.corpus, args.repeat)
    bench_docx(args.corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
