"""The realistic mix of the synthetic library: English enablement text, few restated claims.

``RealisticSentences`` answers the generator's requests by place in a file ("title",
"bullet", "cell", "notes", "paragraph", "md_paragraph") with ordinary enablement text from
``enablement_text``. About 5% of the sentences restate an approved message (current or
superseded, lightly paraphrased by ``enablement_messages.restate``) and 0.5% are the rule
triggers (retired product, banned phrase, dated reference, disclaimer trigger).

Templates are built once with ``KindMarkers`` (each text run says its place, "@cell@"), and
``run(text)`` turns a marker back into fresh text of that place in every copy.
"""

from __future__ import annotations

import random
import re
import textwrap

from enablement_messages import Draft, message_library, restate
from enablement_text import EnablementText

from freshcheck.policy.model import MessagingPolicy

RESTATED = 0.05
TRIGGERS = 0.005
_PROSE = {
    "value": 3,
    "story": 2,
    "question": 1,
    "objection": 2,
    "step": 2,
    "pricing": 1.5,
    "competitive": 1.5,
}
_BULLETS = _PROSE | {"question": 2, "agenda": 1}
_NOTES = {"note": 5.0, "question": 1.0, "objection": 1.0, "story": 1.0}
_MARKER = re.compile(r"@(\w+)@")


class KindMarkers:
    """Stands in for sentences while templates are built: each run names its place."""

    def text(self, kind: str) -> str:
        return f"@{kind}@"


class RealisticSentences:
    """Seeded English text for each place in a file, with a few restated messages."""

    def __init__(self, seed: int, messages: int, extra: tuple[str, ...]) -> None:
        self.messaging: MessagingPolicy
        self.messaging, self._drafts = message_library(seed, max(messages, 1))
        self._rng = random.Random(seed + 2)
        self._english = EnablementText(random.Random(seed + 3))
        self._extra = extra
        self.counts = {"sentences": 0, "restated": 0, "triggers": 0}

    def text(self, kind: str) -> str:
        """Fresh text for a place: a heading, a cell, a bullet, notes or a paragraph."""
        if kind in ("title", "heading"):
            return self._english.heading()
        if kind == "cell":
            return self._english.cell()
        if kind == "bullet":
            return self.sentence(_BULLETS)
        if kind == "notes":
            return self.some(self._rng.randint(2, 4), _NOTES)
        count = 3 if kind == "md_paragraph" else self._rng.randint(2, 4)
        return self.some(count, _PROSE)

    def run(self, template_text: str) -> str | None:
        """Fresh text for one run of a template copy; None keeps a run without a marker."""
        marker = _MARKER.fullmatch(template_text)
        return self.text(marker.group(1)) if marker else None

    def page_lines(self, count: int, width: int) -> list[str]:
        """A PDF page: a heading, then paragraphs wrapped at ``width`` characters."""
        lines = [self._english.heading()]
        while len(lines) < count:
            lines += ["", *textwrap.wrap(self.some(self._rng.randint(3, 5), _PROSE), width)]
        return lines[:count]

    def sentence(self, kinds: dict[str, float]) -> str:
        """One sentence: a restated message, a rule trigger or ordinary text of ``kinds``."""
        self.counts["sentences"] += 1
        draw = self._rng.random()
        if draw < RESTATED:
            self.counts["restated"] += 1
            return restate(self._rng.choice(self._drafts), self._rng)
        if draw < RESTATED + TRIGGERS:
            self.counts["triggers"] += 1
            return self._rng.choice(self._extra)
        kind = self._rng.choices(list(kinds), weights=list(kinds.values()))[0]
        return self._english.sentence(kind)

    def some(self, count: int, kinds: dict[str, float]) -> str:
        return " ".join(self.sentence(kinds) for _ in range(count))

    @property
    def drafts(self) -> list[Draft]:
        return self._drafts
