"""Placing a generated company's labelled cases in files, and writing its policy: the part
the blind held-out company scripts (``heldout_seventh_company.py`` and after) share.

Each case is placed ``COPIES`` times, each time in the least filled file of a format drawn
from its places (so no PDF page runs out of lines); PDF paragraphs are wrapped as a PDF
shows them. The draws depend only on the seed and the cases' order, so a script's library
is the same on every run.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Iterable

from company_check import OUTDATED, PlacedCase
from heldout_files import Block, Label

COPIES = 2
FILES_PER_FORMAT = {"pptx": 12, "docx": 11, "pdf": 14, "md": 11, "html": 10, "txt": 10}


def wrap(text: str) -> str:
    """A PDF paragraph as a PDF shows it: lines wrapped at about 85 characters."""
    return "\n".join(textwrap.fill(line, 85, break_on_hyphens=False) for line in text.split("\n"))


def place_cases(
    seed: int,
    prefix: str,
    cases: Iterable[PlacedCase],
    filler: tuple[str, str],
    files_per_format: dict[str, int] = FILES_PER_FORMAT,
) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    """Files (relative path → format and blocks) and labels, drawn with ``seed``; every file
    opens with ``filler[0]`` and closes with ``filler[1]``."""
    rng = random.Random(seed)
    files: dict[str, tuple[str, list[Block]]] = {}
    for fmt, count in files_per_format.items():
        for n in range(count):
            files[f"{prefix}-{fmt}-{n + 1:02d}.{fmt}"] = (fmt, [Block(filler[0])])
    labels: list[Label] = []
    for positive, form, text, places in cases:
        for _copy in range(COPIES):
            fmt, place = rng.choice(places)
            names = [n for n, (f, _b) in files.items() if f == fmt]
            fewest = min(len(files[n][1]) for n in names)
            name = rng.choice([n for n in names if len(files[n][1]) == fewest])
            files[name][1].append(Block(wrap(text) if fmt == "pdf" else text, place))
            labels.append(Label(name, OUTDATED, positive, form, text))
    for _fmt, blocks in files.values():
        blocks.append(Block(filler[1]))
    return files, labels
