"""Benchmark: what running a policy's own regexes on RE2 costs per text unit, against ``re``.

    .venv/bin/python benchmarks/bench_policy_regex.py                 # generates 60 files
    .venv/bin/python benchmarks/bench_policy_regex.py --lib /tmp/fc-bench300/lib

Extracts every document of a generated library (``gen_library.py``, seed 7), then times, for
each pattern, one search per unit: on Python's ``re`` (what freshcheck used before), on RE2
(``UserRegex``), and both behind the ``LiteralScreen`` the rules put in front of them (the
path a scan really takes: most units never reach the pattern). Prints µs per unit and the
units whose answer differs between the engines (it must be none).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from freshcheck.extract import claimed_format, extract_file
from freshcheck.policy import UserRegex
from freshcheck.text import LiteralScreen

PATTERNS = (
    r"\brisk[- ]free\b",
    r"\bROI\b",
    r"\bFY\d\d\b",
    r"(?:best|leading)[- ]in[- ]class",
    r"\b\d+(?:\.\d+)?\s?%\s+(?:faster|cheaper|more)\b",
    r"(?-i:ROI)|\bpayback\b",
)
ROUNDS = 3


def _units(library: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(library.rglob("*")):
        if path.is_file() and claimed_format(path) is not None:
            texts += [unit.text for unit in extract_file(path, path.name).units]
    return texts


def _time(search: Callable[[str], object], texts: list[str]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for text in texts:
            search(text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts) * 1e6


def _generated(work: Path, files: int) -> Path:
    out = work / "gen"
    generator = Path(__file__).with_name("gen_library.py")
    command = [sys.executable, str(generator), "--files", str(files), "--seed", "7"]
    subprocess.run([*command, "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    return out / "lib"


def _screened(screen: LiteralScreen, search: Callable[[str], object]) -> Callable[[str], object]:
    return lambda text: screen.may_match(text) and search(text)


def _differences(python: re.Pattern[str], linear: UserRegex, texts: list[str]) -> int:
    differ = 0
    for text in texts:
        expected, found = python.search(text), linear.search(text)
        if (expected.span() if expected else None) != (found.span() if found else None):
            differ += 1
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", type=Path, help="a library folder (default: generate 60 files)")
    parser.add_argument("--files", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        texts = _units(args.lib or _generated(Path(work), args.files))
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts):,} units, {chars:.0f} characters on average; best of {ROUNDS} rounds")
    print(f"{'pattern':<48} {'re':>7} {'RE2':>7} {'re+scr':>7} {'RE2+scr':>7}  µs/unit")
    totals = [0.0, 0.0, 0.0, 0.0]
    for source in PATTERNS:
        python = re.compile(source, re.IGNORECASE)
        linear = UserRegex(source)
        figures = [
            _time(python.search, texts),
            _time(linear.search, texts),
            _time(_screened(LiteralScreen.of(python), python.search), texts),
            _time(_screened(LiteralScreen.of(linear), linear.search), texts),
        ]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        shown = " ".join(f"{figure:7.2f}" for figure in figures)
        differ = _differences(python, linear, texts)
        note = f"  {differ} units differ!" if differ else ""
        print(f"{source:<48} {shown}{note}")
    print(f"{'all patterns':<48} " + " ".join(f"{figure:7.2f}" for figure in totals))


if __name__ == "__main__":
    main()
