"""Inline suppression: ``freshcheck: ignore <rule>[, <rule>…]`` in any text of a document.

``ignore`` silences the named rules on the directive's own slide, page or paragraph (for
Markdown and text, its own line and the paragraph that follows it, as with ``noqa``; for a
Word comment, every paragraph its range covers);
``ignore-file`` silences them for the whole document. ``all`` (or no rule at all) silences
every rule. Suppressed findings are counted in the report, never silently lost. In Markdown
and HTML a directive may sit in an HTML comment: the extractor turns such a comment into a
comment unit on the line or paragraph it speaks for (``extract.markdown_blocks``,
``extract.html``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from freshcheck.model import Document, Finding, Location

_DIRECTIVE = re.compile(
    r"freshcheck:\s*(?P<verb>ignore-file|ignore)\b[ \t]*(?P<rules>(?:[\w*][\w/*\-]*[ \t,]*)*)",
    re.IGNORECASE,
)
ALL = "all"


@dataclass(frozen=True, slots=True)
class Suppressions:
    """The directives of one document."""

    whole_file: frozenset[str] = frozenset()
    anchored: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)

    def silences(self, finding: Finding) -> bool:
        if _covers(self.whole_file, finding.rule):
            return True
        anchor = anchor_of(finding.location)
        return anchor is not None and _covers(self.anchored.get(anchor, frozenset()), finding.rule)

    def __bool__(self) -> bool:
        return bool(self.whole_file or self.anchored)


def read_suppressions(document: Document) -> Suppressions:
    """Collect every directive in ``document``'s units."""
    whole: set[str] = set()
    anchored: dict[tuple[str, int], set[str]] = {}
    units = document.units
    for index, unit in enumerate(units):
        if "freshcheck" not in unit.text.lower():
            continue
        for match in _DIRECTIVE.finditer(unit.text):
            rules = {r.lower() for r in re.split(r"[\s,]+", match.group("rules")) if r} or {ALL}
            rules = {ALL if r in ("*", ALL) else r for r in rules}
            if match.group("verb").lower() == "ignore-file":
                whole |= rules
                continue
            targets = [anchor_of(unit.location)]
            if unit.location.line is not None and index + 1 < len(units):
                targets.append(anchor_of(units[index + 1].location))
            first = unit.location.paragraph
            if unit.through is not None and first is not None:
                # A Word comment over several paragraphs speaks for all of them.
                targets += [("paragraph", n) for n in range(first + 1, unit.through + 1)]
            for anchor in targets:
                if anchor is not None:
                    anchored.setdefault(anchor, set()).update(rules)
    return Suppressions(frozenset(whole), {k: frozenset(v) for k, v in anchored.items()})


def anchor_of(location: Location | None) -> tuple[str, int] | None:
    """The slide, page, paragraph or line a location sits on."""
    if location is None:
        return None
    for name in ("slide", "page", "paragraph", "line"):
        value = getattr(location, name)
        if value is not None:
            return (name, value)
    return None


def _covers(rules: frozenset[str], rule: str) -> bool:
    return ALL in rules or rule in rules
