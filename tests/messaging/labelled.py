"""The labelled set: load it, run the matcher over it, count hits per category.

Used by test_labelled.py (which asserts the targets) and by ``python -m
tests.messaging.labelled`` (which prints the table in docs/matching.md).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.match import MessageIndex
from freshcheck.model import Location, TextUnit
from freshcheck.policy.model import Message, MessagingPolicy, Term

DATA = Path(__file__).parent / "data"
POSITIVE = ("superseded_exact", "reworded_old", "respelled_old", "in_table", "in_notes", "in_pdf")
LABELLED_FILES = ("labelled.yaml", "heldout.yaml", "heldout2.yaml")
NEGATIVE = ("current_exact", "paraphrase_current", "respelled_current", "lookalike", "unrelated")


@dataclass(frozen=True)
class Case:
    category: str
    unit: TextUnit
    message_id: str | None  # the message it must be flagged against; None: must not be flagged


@dataclass(frozen=True)
class Tally:
    category: str
    total: int
    flagged: int
    correct: int  # positives flagged against the right message; negatives not flagged


def load_messaging() -> MessagingPolicy:
    raw = yaml.safe_load((DATA / "messages.yaml").read_text(encoding="utf-8"))
    messages = tuple(
        Message(m["id"], m["current"], tuple(m.get("superseded", ()))) for m in raw["messages"]
    )
    terms = tuple(Term(tuple(t["retired"]), t["use"]) for t in raw.get("terms", ()))
    return MessagingPolicy(int(raw.get("threshold", 85)), messages, terms)


def _body(text: str) -> TextUnit:
    return TextUnit(text, Location(slide=1, part="body"))


def _as_table_row(text: str) -> TextUnit:
    words = text.rstrip(".").split()
    half = max(1, len(words) // 2)
    row = f"| {' '.join(words[:half])} | {' '.join(words[half:])} |"
    return TextUnit(row, Location(line=7, part="table"))


def _table_row(row: str) -> TextUnit:
    return TextUnit(row, Location(line=3, part="table"))


def _as_notes(text: str) -> TextUnit:
    note = f"Pause here and ask about their current process. {text} Then move on to the demo."
    return TextUnit(note, Location(slide=4, part="notes"))


def _as_pdf_paragraph(text: str) -> TextUnit:
    wrapped = "\n".join(textwrap.wrap(f"As the study shows, {text}", width=28))
    return TextUnit(wrapped, Location(page=2, part="body"))


def load_cases(name: str, messaging: MessagingPolicy) -> list[Case]:
    """Cases from one labelled file; exact texts are derived only for the tuning set."""
    raw = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    cases: list[Case] = []
    if name == "labelled.yaml":
        for message in messaging.messages:
            cases.append(Case("current_exact", _body(message.current), None))
            for old in message.superseded:
                cases.append(Case("superseded_exact", _body(old), message.id))
    for key, groups in raw.items():
        if key == "unrelated":
            cases.extend(Case("unrelated", _body(text), None) for text in groups)
            continue
        for category, texts in groups.items():
            for text in texts:
                target = key if category in POSITIVE else None
                unit = _table_row(text) if category == "in_table" else _body(text)
                cases.append(Case(category, unit, target))
                if category == "reworded_old":
                    cases.append(Case("in_table", _as_table_row(text), key))
                    cases.append(Case("in_notes", _as_notes(text), key))
                    cases.append(Case("in_pdf", _as_pdf_paragraph(text), key))
    return cases


def flagged_ids(index: MessageIndex, unit: TextUnit) -> set[str]:
    """Message ids the unit's claims are flagged outdated against."""
    claims = segment_claims(unit, index.products)
    return {
        m.message.id for m in index.match_many(claims) if m is not None and m.status == "outdated"
    }


def evaluate(index: MessageIndex, cases: list[Case]) -> tuple[list[Tally], list[str]]:
    """Per-category tallies and a list of the misses (for reading, not asserting)."""
    counts: dict[str, list[int]] = {}
    misses: list[str] = []
    for case in cases:
        flags = flagged_ids(index, case.unit)
        ok = case.message_id in flags if case.message_id else not flags
        row = counts.setdefault(case.category, [0, 0, 0])
        row[0] += 1
        row[1] += bool(flags)
        row[2] += ok
        if not ok:
            misses.append(f"{case.category}: {case.unit.text!r} flagged={sorted(flags)}")
    order = [c for c in (*POSITIVE, *NEGATIVE) if c in counts]
    return [Tally(c, *counts[c]) for c in order], misses


def precision_recall(tallies: list[Tally]) -> tuple[float, float]:
    true_pos = sum(t.correct for t in tallies if t.category in POSITIVE)
    positives = sum(t.total for t in tallies if t.category in POSITIVE)
    wrong_pos = sum(t.flagged - t.correct for t in tallies if t.category in POSITIVE)
    false_pos = sum(t.flagged for t in tallies if t.category in NEGATIVE) + max(wrong_pos, 0)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    return precision, true_pos / positives if positives else 1.0


def table(tallies: list[Tally]) -> str:
    lines = [
        "| category | expect | sentences | flagged | correct |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for t in tallies:
        expect = "flag" if t.category in POSITIVE else "pass"
        lines.append(f"| {t.category} | {expect} | {t.total} | {t.flagged} | {t.correct} |")
    precision, recall = precision_recall(tallies)
    lines.append(
        f"| **overall** | | {sum(t.total for t in tallies)} | | "
        f"precision {precision:.3f}, recall {recall:.3f} |"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    messaging = load_messaging()
    index = MessageIndex.build(messaging)
    for name in LABELLED_FILES:
        tallies, misses = evaluate(index, load_cases(name, messaging))
        print(f"## {name}\n\n{table(tallies)}\n")
        for miss in misses:
            print("  MISS", miss)
