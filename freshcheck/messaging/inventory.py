"""The claims inventory behind ``freshcheck claims``: data first, then pure renderers.

A sentence is **claim-like** when it states at least one fact (a number, percentage, amount,
multiplier, duration, date, period or product name) or when it matches an approved message.
Everything else (headings, instructions, small talk) is left out. Each record says what the
claim is, what it states, which message it matches and whether it is in step:
``current``, ``outdated`` or ``unmatched``.

Renderers are pure: ``render_inventory(inventory, fmt, view)`` returns text, JSON or CSV for
the ``claims`` view (every claim), ``by-message`` (uses per message id) or ``unmatched``.
CSV cells that a spreadsheet would run as a formula are prefixed with a single quote.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass

from freshcheck.messaging.claims import document_claims
from freshcheck.messaging.explain import decisive_words, explain
from freshcheck.messaging.match import MessageIndex
from freshcheck.model import Document, Fact, Location
from freshcheck.text import neutralise

VIEWS = ("claims", "by-message", "unmatched")
FORMATS = ("text", "json", "csv")


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One claim-like sentence, where it is, and how it stands against the messaging."""

    path: str
    location: Location
    text: str
    kind: str
    facts: tuple[Fact, ...]
    status: str  # current | outdated | unmatched
    message_id: str | None = None
    score: float | None = None
    summary: str | None = None
    # For an unmatched claim when asked (``explain=True``): its closest message and why.
    closest_id: str | None = None
    closest_score: float | None = None
    why: str | None = None
    decided_by: str | None = None


@dataclass(frozen=True, slots=True)
class MessageUse:
    """How often one message is stated in step and out of step, and in which files."""

    message_id: str
    current: int
    outdated: int
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Inventory:
    records: tuple[ClaimRecord, ...]

    def by_message(self) -> tuple[MessageUse, ...]:
        """Uses per message id, sorted by id."""
        counts: dict[str, tuple[int, int, set[str]]] = {}
        for record in self.records:
            if record.message_id is None:
                continue
            current, outdated, files = counts.get(record.message_id, (0, 0, set()))
            files.add(record.path)
            counts[record.message_id] = (
                current + (record.status == "current"),
                outdated + (record.status == "outdated"),
                files,
            )
        return tuple(
            MessageUse(key, cur, old, tuple(sorted(files)))
            for key, (cur, old, files) in sorted(counts.items())
        )

    def unmatched(self) -> tuple[ClaimRecord, ...]:
        return tuple(r for r in self.records if r.status == "unmatched")


def build_inventory(
    documents: Iterable[Document], index: MessageIndex, explain_unmatched: bool = False
) -> Inventory:
    """Every claim-like sentence in ``documents``, in document and reading order.

    ``explain_unmatched`` adds each unmatched claim's closest message, its score, why it
    does not match and the words that decided it (``explain.explain``).
    """
    records: list[ClaimRecord] = []
    for document in documents:
        claims = list(document_claims(document.units, index.products))
        for claim, match in zip(claims, index.match_many(claims), strict=True):
            if match is None and not claim.facts:
                continue
            closest = explain(index, claim, most=1) if explain_unmatched and not match else None
            reading = closest.readings[0] if closest and closest.readings else None
            records.append(
                ClaimRecord(
                    path=document.path,
                    location=claim.unit.location,
                    text=" ".join(claim.text.split()),
                    kind=claim.kind,
                    facts=claim.facts,
                    status="unmatched" if match is None else match.status,
                    message_id=None if match is None else match.message.id,
                    score=None if match is None else round(match.score, 1),
                    summary=None if match is None or match.status == "current" else match.summary,
                    closest_id=reading.message_id if reading else None,
                    closest_score=reading.score if reading else None,
                    why=closest.why if closest else None,
                    decided_by=decisive_words(reading) if reading else None,
                )
            )
    return Inventory(tuple(records))


def render_inventory(inventory: Inventory, fmt: str = "text", view: str = "claims") -> str:
    """The inventory as ``text``, ``json`` or ``csv``, for one of ``VIEWS``."""
    if view == "by-message":
        rows = [_use_row(use) for use in inventory.by_message()]
    else:
        chosen = inventory.unmatched() if view == "unmatched" else inventory.records
        rows = [_record_row(record, view == "unmatched") for record in chosen]
    if fmt == "json":
        return json.dumps({"view": view, "items": rows}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return _csv(rows, view)
    return _text(rows, view)


def _facts_text(facts: tuple[Fact, ...]) -> str:
    return "; ".join(f"{f.kind}={f.value}" for f in facts)


def _record_row(record: ClaimRecord, explained: bool = False) -> dict[str, object]:
    row: dict[str, object] = {
        "path": record.path,
        "location": record.location.describe(),
        "text": record.text,
        "kind": record.kind,
        "facts": _facts_text(record.facts),
        "status": record.status,
        "message_id": record.message_id or "",
        "score": "" if record.score is None else record.score,
        "summary": record.summary or "",
    }
    if explained:
        row["closest"] = record.closest_id or ""
        row["closest_score"] = "" if record.closest_score is None else record.closest_score
        row["why"] = record.why or ""
        row["decided_by"] = record.decided_by or ""
    return row


def _use_row(use: MessageUse) -> dict[str, object]:
    return {
        "message_id": use.message_id,
        "current": use.current,
        "outdated": use.outdated,
        "files": " ".join(use.files),
    }


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run: formula-like text gets a leading quote."""
    return neutralise(str(value))


def _csv(rows: list[dict[str, object]], view: str) -> str:
    buffer = io.StringIO()
    header = list(rows[0]) if rows else _columns(view)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(row[name]) for name in header])
    return buffer.getvalue()


def _columns(view: str) -> list[str]:
    if view == "by-message":
        return ["message_id", "current", "outdated", "files"]
    columns = ["path", "location", "text", "kind", "facts", "status", "message_id", "score"]
    columns.append("summary")
    if view == "unmatched":
        columns.extend(["closest", "closest_score", "why", "decided_by"])
    return columns


def _text(rows: list[dict[str, object]], view: str) -> str:
    lines: list[str] = []
    if view == "by-message":
        for row in rows:
            lines.append(
                f"{row['message_id']}: {row['current']} current, {row['outdated']} outdated"
                f" — {row['files']}"
            )
    else:
        for row in rows:
            status = row["status"]
            message = f" [{row['message_id']}]" if row["message_id"] else ""
            lines.append(f"{row['path']}:{row['location']}: {status}{message} ({row['kind']})")
            lines.append(f"    {row['text']}")
            if row["facts"]:
                lines.append(f"    facts: {row['facts']}")
            if row["summary"]:
                lines.append(f"    {row['summary']}")
            if row.get("closest"):
                lines.append(
                    f"    closest: {row['closest']} at {row['closest_score']}: {row['why']}"
                )
                lines.append(f"    {row['decided_by']}")
    if not lines:
        lines.append("no claims found")
    return "\n".join(lines) + "\n"
