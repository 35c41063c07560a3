"""Outdated claims: sentences that state an approved message with out-of-date facts.

Each sentence, bullet, table cell or title is compared with the approved messages with its
facts masked (numbers, percentages, amounts, multipliers, dates, product names), so that
"cuts onboarding time by 30%" and "cuts onboarding time by 45%" look alike and the facts
decide. Subject words outweigh filler words, so "cuts travel booking time by 30%" is not the
onboarding claim. A sentence that matches a ``superseded`` version is always outdated.

Fails: "Acme cuts onboarding time by 30%" when the current message says 45%.
Fails: "Onboarding is three times faster" when the message says "2x faster".
Passes: "With Acme, onboarding for new hires is 45% faster" (a paraphrase, same facts).
Passes: "Block 30 minutes for this exercise" (not a message at all).

Configure::

    messaging:
      threshold: 85          # 0-100: how similar a sentence must be to count as the claim
      messages:
        - id: onboarding-time
          current: "Acme cuts new-hire onboarding time by 45%."
          superseded: ["Acme cuts new-hire onboarding time by 30%."]

Each finding carries the current approved text (``expected``), the message id and the
similarity score. See ``docs/matching.md`` for what the threshold means. Suppress on one
slide, page or paragraph with ``freshcheck: ignore messaging/outdated-claim``.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec
from freshcheck.model import Claim, Finding
from freshcheck.text import crosses_sentences

OUTDATED_CLAIM = RuleSpec(
    "messaging/outdated-claim", "error", "a sentence states an approved message with old facts"
)


def check(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.claims:
        return
    matches = ctx.compiled.messages.match_many(ctx.claims)
    for claim, found in zip(ctx.claims, matches, strict=True):
        if found is None or found.status != "outdated":
            continue
        yield ctx.unit_finding(
            OUTDATED_CLAIM,
            claim.unit,
            found.summary,
            expected=found.message.current,
            message_id=found.message.id,
            score=found.score,
            match=_shown_span(claim, found.differences),
        )


def _shown_span(claim: Claim, differences: tuple[str, ...]) -> tuple[int, int]:
    """What to highlight in the unit: the first fact the claim got wrong, else the claim.

    A claim the segmenter kept whole across a sentence break ("Q: How many currencies? A:
    30.") is shown whole: the answer's sentence alone ("A: 30.") says nothing.
    """
    if crosses_sentences(claim.unit.text, *claim.span):
        return claim.span
    said = " ".join(differences)
    start = claim.span[0]
    for fact in claim.facts:
        if f"says {' '.join(fact.text.split())}" in said:
            return start + fact.span[0], start + fact.span[1]
    return claim.span


FAMILY = RuleFamily("outdated-claim", (OUTDATED_CLAIM,), __doc__ or "", check=check)
