"""The pptx extractor on the real-world corpus: every deck reads, and little text is missed.

Recall is measured against ``corpus/ref/pptx/<file>.txt``, LibreOffice's rendering of the
slides (no notes, no hidden slides, so extra text on our side is fine). It is the share of
the reference's word tokens (lowercase runs of letters/digits) found among ours.

Two choices, both applied to every file alike:

- Only tokens that contain a letter count. The reference holds what the renderer computed:
  slide numbers, today's date in date fields, "1." "2." auto-numbering, chart axis ticks.
  None of that is text anyone wrote; the all-token figure is printed alongside.
- Clock times ("07:56:32 AM") are dropped from the reference: they come from date/time
  fields, which the renderer filled in with the moment it ran; the extractor leaves
  auto-updating fields out on purpose (their stored value is the last save, not content).
- The reference is laid out text, so a word wrapped inside a narrow box comes out in pieces
  ("authenticatio" / "n") and words from overlapping boxes run together ("isGothic"). A
  reference token counts as found when it joins with its next one or two tokens into a word
  of ours, or splits into two words of ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pptx.extractor import extract_pptx
from freshcheck.extract.safety import DEFAULT_LIMITS
from tests.extract.recall_summary import check_recall

pytestmark = pytest.mark.corpus

MEAN_TARGET = 0.98
MEDIAN_TARGET = 0.995
_TOKEN = re.compile(r"[^\W_]+")
_RENDERED_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp][Mm]\b")


def tokens(text: str, *, letters_only: bool) -> list[str]:
    """Lowercase word tokens; with ``letters_only`` pure numbers are dropped."""
    found = _TOKEN.findall(text.lower())
    if letters_only:
        return [t for t in found if any(c.isalpha() for c in t)]
    return found


def recall(reference: Sequence[str], ours: set[str]) -> float:
    """Share of ``reference`` tokens found in ``ours``, forgiving layout splits and joins."""
    found = [token in ours for token in reference]
    for i, token in enumerate(reference):
        if found[i]:
            continue
        for width in (2, 3):
            if "".join(reference[i : i + width]) in ours:
                found[i : i + width] = [True] * len(found[i : i + width])
                break
        else:
            found[i] = any(token[:k] in ours and token[k:] in ours for k in range(1, len(token)))
    return sum(found) / len(reference) if reference else 1.0


@dataclass(frozen=True)
class DeckRecall:
    name: str
    letters: float
    everything: float
    missing: tuple[str, ...]


def deck_recall(deck: Path, reference: str) -> DeckRecall | None:
    """Recall of one deck against its reference text; None when the reference is empty."""
    document = extract_pptx(deck, deck.name, DEFAULT_LIMITS)
    joined = "\n".join(unit.text for unit in document.units)
    ours = set(tokens(joined, letters_only=False))
    reference = _RENDERED_TIME.sub(" ", reference)
    letters = tokens(reference, letters_only=True)
    if not letters:
        return None
    missing = tuple(t for t in letters if t not in ours)
    return DeckRecall(
        deck.name,
        recall(letters, ours),
        recall(tokens(reference, letters_only=False), ours),
        missing,
    )


def _decks(corpus: Path) -> list[Path]:
    return sorted((corpus / "pptx").glob("*.pptx"))


def test_every_corpus_deck_extracts_or_says_why(corpus: Path) -> None:
    for deck in _decks(corpus):
        try:
            document = extract_pptx(deck, deck.name, DEFAULT_LIMITS)
        except UnreadableFile as exc:  # a clear reason is acceptable, a crash is not
            assert exc.reason, deck.name
            continue
        assert document.format == "pptx"
        for unit in document.units:
            assert unit.text.strip(), (deck.name, unit)
            assert unit.location.slide is not None and unit.location.slide >= 1


def test_token_recall_against_libreoffice_rendering(corpus: Path) -> None:
    results: list[DeckRecall] = []
    for deck in _decks(corpus):
        reference = corpus / "ref" / "pptx" / f"{deck.name}.txt"
        if not reference.exists():
            continue
        result = deck_recall(deck, reference.read_text(encoding="utf-8-sig", errors="replace"))
        if result is not None:
            results.append(result)
    check_recall("pptx", results, MEAN_TARGET, MEDIAN_TARGET)
