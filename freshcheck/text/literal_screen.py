"""A fast, exact first test in front of a regular expression: ``LiteralScreen``.

Python's ``re`` tries a pattern such as ``\\bFY\\d\\d\\b`` or a case-insensitive phrase at
every position of a text: about 4 µs for a 170-character unit, and the rules run several
patterns over every unit of every file. Most patterns hold literal text that every match
contains ("FY", "guaranteed"); a substring test for it costs a tenth of that and turns most
units away. The literals are read from the parsed pattern, so a policy's own patterns get a
screen too; a pattern without usable literals is its own screen.

A screen never turns away a text the pattern matches (tests/test_literal_screen.py checks
this on generated texts). Case-insensitive literals are ASCII and are looked for in the
lowercased text. There ``str.lower`` agrees with ``re.IGNORECASE``, except for three
characters that match an ASCII letter without lowercasing to it ("İ", "ı", "ſ"); a text
holding one of them goes to the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

# Cues are tried one by one (about 0.1 µs each): past this many, the pattern is quicker.
MOST_CUES = 16
# Characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not map
# to it (U+0130, U+0131, U+017F; the Kelvin sign lowercases to "k").
_LOWER_DISAGREES = ("\u0130", "\u0131", "\u017f")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class Searchable(Protocol):
    """A compiled pattern: ``re.Pattern``, or a policy's pattern on another engine. Cues are
    read from ``pattern`` (Python syntax) and ``flags``; ``search`` is the real test."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...

    def search(self, text: str, /) -> object | None: ...


@dataclass(frozen=True, slots=True)
class Cue:
    """Literal text every match of some alternative contains; ``folded``: any case (ASCII)."""

    text: str
    folded: bool


@dataclass(frozen=True, slots=True)
class LiteralScreen:
    """Whether a text may match ``pattern``: false only when it cannot.

    ``folded`` and ``exact`` are the cues (lowercase ASCII, and case-sensitive): every match
    contains one of them. ``cued`` is False when the pattern offers no usable cues.
    """

    pattern: Searchable
    folded: tuple[str, ...]
    exact: tuple[str, ...]
    cued: bool

    @classmethod
    def of(cls, pattern: Searchable) -> LiteralScreen:
        cues = required_cues(pattern)
        if cues is None or not cues or len(cues) > MOST_CUES:
            return cls(pattern, (), (), cued=False)
        folded = tuple(sorted({cue.text for cue in cues if cue.folded}))
        exact = tuple(sorted({cue.text for cue in cues if not cue.folded}))
        return cls(pattern, folded, exact, cued=True)

    def may_match(self, text: str) -> bool:
        if not self.cued:
            return self.pattern.search(text) is not None
        for cue in self.exact:
            if cue in text:
                return True
        if not self.folded:
            return False
        if not text.isascii() and any(char in text for char in _LOWER_DISAGREES):
            return self.pattern.search(text) is not None
        lowered = text.lower()
        for cue in self.folded:  # noqa: SIM110 (any() and a generator cost more than the tests)
            if cue in lowered:
                return True
        return False


def required_cues(pattern: Searchable) -> tuple[Cue, ...] | None:
    """Cues of which every match of ``pattern`` contains one; None when none can be named."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private parser may change between Python versions: no screen
        return None
    return _sequence_cues(list(parsed.data), bool(pattern.flags & re.IGNORECASE))


def _sequence_cues(items: Sequence[tuple[Any, Any]], folded: bool) -> tuple[Cue, ...] | None:
    """The best choice of cues among the parts a match of this sequence must contain."""
    options: list[tuple[Cue, ...]] = [(cue,) for cue in _literal_runs(items, folded)]
    for op, value in items:
        inner = _item_cues(op, value, folded)
        if inner:
            options.append(inner)
    if not options:
        return None
    # Fewest cues first (each is a substring search), then the longest shortest cue.
    return min(options, key=lambda cues: (len(cues), -min(len(cue.text) for cue in cues)))


def _item_cues(op: Any, value: Any, folded: bool) -> tuple[Cue, ...] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        if add_flags & ~re.IGNORECASE or del_flags & ~re.IGNORECASE:
            return None  # verbose, dot-all…: no reading of flags beyond case is needed
        inner_folded = (folded or bool(add_flags & re.IGNORECASE)) and not (
            del_flags & re.IGNORECASE
        )
        return _sequence_cues(list(inner.data), inner_folded)
    if op is sre.BRANCH:
        _unused, alternatives = value
        return _union(_sequence_cues(list(alt.data), folded) for alt in alternatives)
    if op in _REPEATS:
        least, _most, inner = value
        return _sequence_cues(list(inner.data), folded) if least >= 1 else None
    return None


def _union(choices: Iterable[tuple[Cue, ...] | None]) -> tuple[Cue, ...] | None:
    """Cues for a choice of alternatives: every alternative must offer some."""
    cues: list[Cue] = []
    for choice in choices:
        if not choice:
            return None
        cues.extend(choice)
    return tuple(cues) or None


def _literal_runs(items: Sequence[tuple[Any, Any]], folded: bool) -> list[Cue]:
    """Runs of consecutive literal characters in a sequence (each run is in every match)."""
    runs: list[Cue] = []
    run: list[str] = []

    def close() -> None:
        if run:
            text = "".join(run)
            runs.append(Cue(text.lower() if folded else text, folded))
            run.clear()

    for op, value in items:
        char = chr(value) if op is sre.LITERAL and isinstance(value, int) else None
        if char is None or (folded and not char.isascii()):
            close()  # beyond ASCII, str.lower and re.IGNORECASE may disagree
        else:
            run.append(char)
    close()
    return runs
