"""One way to summarise and hold corpus recall, shared by the per-format corpus tests."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Protocol


class Recall(Protocol):
    name: str
    letters: float
    everything: float
    missing: Sequence[str]


def check_recall(
    label: str, results: Sequence[Recall], mean_target: float, median_target: float
) -> None:
    """Print mean/median recall and the files below 0.9, then assert both targets."""
    assert results, f"no {label} references in the corpus"
    letters = [r.letters for r in results]
    everything = [r.everything for r in results]
    print(
        f"\n{label} recall over {len(results)} files: letters mean {statistics.mean(letters):.4f} "
        f"median {statistics.median(letters):.4f}; all tokens mean "
        f"{statistics.mean(everything):.4f} median {statistics.median(everything):.4f}"
    )
    for result in sorted(results, key=lambda r: r.letters):
        if result.letters < 0.9:
            print(f"  {result.letters:.3f} {result.name}: missing {list(result.missing[:12])}")
    assert statistics.mean(letters) >= mean_target
    assert statistics.median(letters) >= median_target
