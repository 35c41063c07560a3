"""Print what streaming saves: peak memory of each renderer, whole string against chunks.

Run ``.venv/bin/python benchmarks/bench_reports.py [FILES]`` from the repository root. Builds a
synthetic ScanResult (FILES files, default 10,000, four findings each), then for each format
measures with tracemalloc the peak memory above the result itself, and the time, of three
ways to make the report: "before", the whole-string renderer as it was before streaming
(``whole_reports.py``); "render", ``render_<format>`` (the chunks joined); "chunks", the
chunks consumed one by one, as a writer would. Not a test: figures only.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from freshcheck.model import FileResult, Finding, Location, ScanResult
from freshcheck.report.options import ReportOptions

# The renderers as they were before streaming live with the tests, as their oracle.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.report.test_chunks import CHUNKERS

AS_OF = dt.date(2026, 11, 23)
RULES = (
    ("messaging/outdated-claim", "error"),
    ("messaging/retired-term", "warning"),
    ("content/dated-reference", "info"),
    ("compliance/banned-phrase", "error"),
)


def synthetic_result(count: int) -> ScanResult:
    """``count`` decks in 20 folders, four findings each with excerpts and advice."""
    files = []
    for number in range(count):
        findings = tuple(
            Finding(
                rule,
                severity,  # type: ignore[arg-type]
                f"Finding {slide} in deck {number}: the claim no longer matches messaging",
                Location(slide=slide, part="notes" if slide % 2 else "body", shape="Title 1"),
                f"Acme cuts onboarding time by {slide * 10}% for team {number}",
                "Acme cuts new-hire onboarding time by 45%.",
                "onboarding-time" if slide == 1 else None,
                91.5,
            )
            for slide, (rule, severity) in enumerate(RULES, 1)
        )
        files.append(
            FileResult(
                f"folder-{number % 20}/deck-{number:05}.pptx",
                "pptx",
                "overdue" if number % 3 else "due-soon",
                last_updated=dt.date(2026, 1, 10),
                source="git",
                due=dt.date(2026, 4, 10),
                cadence_days=90,
                owner=f"owner-{number % 12}@example.com",
                findings=findings,
            )
        )
    return ScanResult(AS_OF, ("content",), tuple(files), "sha256:bench", "0.1.0")


def _peak(work: Callable[[], int]) -> tuple[float, float, int]:
    """Peak traced MB above the starting point, seconds, and what ``work`` returned.

    Timed on a second run without tracemalloc, which slows allocation several times over.
    """
    tracemalloc.start()
    start_bytes = tracemalloc.get_traced_memory()[0]
    size = work()
    peak = tracemalloc.get_traced_memory()[1] - start_bytes
    tracemalloc.stop()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    return peak / 1e6, seconds, size


def _consume(chunks: Iterator[str]) -> int:
    # A writer encodes each chunk and lets it go; only the running length is kept.
    return sum(len(chunk.encode("utf-8")) for chunk in chunks)


def main() -> None:
    """Print one line per format: report size, peak MB and seconds, whole vs chunked."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    result = synthetic_result(count)
    options = ReportOptions()
    print(f"{count} files, {4 * count} findings (tracemalloc peaks above the result)")
    print("format    report MB | peak MB: before  render  chunks | s: before  render  chunks")
    for fmt, (chunker, whole) in CHUNKERS.items():
        before = _peak(lambda w=whole: len(w(result, options)))
        joined = _peak(lambda c=chunker: len("".join(c(result, options))))
        chunked = _peak(lambda c=chunker: _consume(c(result, options)))
        print(
            f"{fmt:<9} {chunked[2] / 1e6:>9.1f} |"
            f" {before[0]:>14.2f} {joined[0]:>7.2f} {chunked[0]:>7.2f} |"
            f" {before[1]:>9.2f} {joined[1]:>7.2f} {chunked[1]:>7.2f}"
        )


if __name__ == "__main__":
    main()
