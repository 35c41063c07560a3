"""Why a sentence matches a message, or does not: the evidence for tuning ``threshold``.

``explain(index, claim)`` scores the claim against every message variant it shares a word
with, ignoring the threshold, and returns the closest readings with their score, what
keeps them from matching (below the threshold, under the subject floor, one shared
subject word, another party's figure) and the words that decided it: the message words the
claim shares and lacks, and the claim's words that are not the message's, each with its
weight. ``freshcheck explain-match`` and ``freshcheck claims --unmatched`` show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from freshcheck.messaging.claims import label_and_value
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.scoring import BETA_SQUARED, LABEL_BETA_SQUARED, best_window
from freshcheck.model import Claim

MOST_WORDS_SHOWN = 8


@dataclass(frozen=True, slots=True)
class Reading:
    """One message variant as a reading of the claim."""

    message_id: str
    text: str
    superseded: bool
    score: float  # 0-100, as the matcher computes it, before any gate
    blocked_by: str | None  # why it cannot match whatever the score; None: the score decides
    shared: tuple[tuple[str, float], ...]  # message words the claim has, heaviest first
    missing: tuple[tuple[str, float], ...]  # message words the claim lacks
    extra: tuple[tuple[str, float], ...]  # claim words the message lacks (they cost precision)


@dataclass(frozen=True, slots=True)
class Explanation:
    text: str
    threshold: float
    verdict: str  # "outdated", "current" or "unmatched"
    matched_id: str | None
    why: str  # one line: what decided the verdict
    readings: tuple[Reading, ...]  # the closest, best first


def explain(index: MessageIndex, claim: Claim, most: int = 3) -> Explanation:
    """The verdict on ``claim`` with its ``most`` closest readings (see module doc)."""
    match = index.match(claim)
    words = index.claim_words(claim)
    labelled = bool(claim.facts) and label_and_value(claim.text) is not None
    readings = sorted(
        (r for r in (_reading(index, words, p, labelled) for p in range(len(index.variants))) if r),
        key=lambda r: (-r.score, r.blocked_by is not None),
    )
    closest = tuple(_best_per_message(readings)[:most])
    verdict: str
    if match is not None:
        why = match.summary
        verdict, matched = match.status, match.message.id
    else:
        verdict, matched = "unmatched", None
        why = _why_unmatched(index, claim, closest)
    return Explanation(claim.text, index.threshold, verdict, matched, why, closest)


def _why_unmatched(index: MessageIndex, claim: Claim, closest: tuple[Reading, ...]) -> str:
    if not closest:
        return "shares no word with any message"
    best = closest[0]
    message = next(m for m in index.messages if m.id == best.message_id)
    not_ours = index.why_not_ours(claim.text, message)
    if not_ours and not best.blocked_by and best.score >= index.threshold:
        return f"{not_ours} (not our claim)"
    if best.blocked_by:
        return f"closest is {best.message_id}, but the sentence {best.blocked_by}"
    return (
        f"closest is {best.message_id} at {best.score:.1f}, under the threshold {index.threshold:g}"
    )


def _best_per_message(readings: list[Reading]) -> list[Reading]:
    seen: set[str] = set()
    out: list[Reading] = []
    for reading in readings:
        if reading.message_id not in seen:
            seen.add(reading.message_id)
            out.append(reading)
    return out


def _reading(
    index: MessageIndex, words: tuple[str, ...], position: int, labelled: bool
) -> Reading | None:
    variant = index.variants[position]
    shared = variant.words.intersection(words)
    if not shared:
        return None
    weights = index.weights
    blocked = index.rejection(words, variant, shared, labelled)
    claim_weights = index.claim_weights(words, labelled)
    beta = LABEL_BETA_SQUARED if labelled else BETA_SQUARED
    score = 100 * best_window(words, claim_weights, shared, variant.weight, weights, beta)
    message = index.messages[variant.message]
    text = message.current if variant.current else _superseded_text(index, position)
    claim_words = set(words)
    return Reading(
        message.id,
        text,
        not variant.current,
        round(score, 1),
        blocked,
        _heaviest({w: weights[w] for w in shared if w[0] != "="}),
        _heaviest({w: weights[w] for w in variant.words - claim_words if w[0] != "="}),
        _heaviest(
            {
                w: weight
                for w, weight in zip(words, claim_weights, strict=True)
                if w not in variant.words and weight > 0
            }
        ),
    )


def _superseded_text(index: MessageIndex, position: int) -> str:
    variant = index.variants[position]
    message = index.messages[variant.message]
    olders = [
        p for p, v in enumerate(index.variants) if v.message == variant.message and not v.current
    ]
    return message.superseded[olders.index(position)]


def _heaviest(weights: dict[str, float]) -> tuple[tuple[str, float], ...]:
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    return tuple((word, round(weight, 2)) for word, weight in ranked[:MOST_WORDS_SHOWN])


def render_explanation(explanation: Explanation) -> str:
    """Plain text, one block per reading."""
    lines = [
        f"sentence: {explanation.text}",
        f"verdict:  {explanation.verdict}"
        + (f" [{explanation.matched_id}]" if explanation.matched_id else "")
        + f" — {explanation.why}",
        f"threshold: {explanation.threshold:g}",
    ]
    for reading in explanation.readings:
        version = "superseded" if reading.superseded else "current"
        gate = f" — cannot match: {reading.blocked_by}" if reading.blocked_by else ""
        lines.append(f"  {reading.message_id} ({version}) score {reading.score:.1f}{gate}")
        lines.append(f"    message: {reading.text}")
        lines.append(f"    shared:  {_words(reading.shared)}")
        lines.append(f"    missing: {_words(reading.missing)}")
        lines.append(f"    extra:   {_words(reading.extra)}")
    if not explanation.readings:
        lines.append("  no message shares a word with it")
    return "\n".join(lines) + "\n"


def decisive_words(reading: Reading) -> str:
    """The words that decided a reading, on one line: shared, missing, extra."""
    return (
        f"shared: {_words(reading.shared)}; missing: {_words(reading.missing)}; "
        f"extra: {_words(reading.extra)}"
    )


def explanation_json(explanation: Explanation) -> dict[str, object]:
    return {
        "text": explanation.text,
        "threshold": explanation.threshold,
        "verdict": explanation.verdict,
        "message_id": explanation.matched_id,
        "why": explanation.why,
        "closest": [
            {
                "message_id": r.message_id,
                "text": r.text,
                "superseded": r.superseded,
                "score": r.score,
                "blocked_by": r.blocked_by,
                "shared": dict(r.shared),
                "missing": dict(r.missing),
                "extra": dict(r.extra),
            }
            for r in explanation.readings
        ],
    }


def _words(items: tuple[tuple[str, float], ...]) -> str:
    return ", ".join(f"{word} {weight:g}" for word, weight in items) or "(none)"
