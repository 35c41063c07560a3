"""A policy made ready for checking: regexes compiled and the message index built, once.

Built once per scan and shipped to worker processes (everything here pickles), so no rule
recompiles a pattern per file. The policy's own regular expressions (``pattern:``,
``when:``) run on RE2 (``UserRegex``: linear time whatever the pattern); the phrase
patterns freshcheck writes itself from literal words stay on Python's ``re``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from freshcheck.messaging import MessageIndex
from freshcheck.policy import BannedPhrase, Disclaimer, Policy, RegexMatch, Term, UserRegex
from freshcheck.text import LiteralScreen, NameScreen, mask_spans, name_pattern, phrase_pattern


@dataclass(frozen=True, slots=True)
class Exceptions:
    """An entry's ``except:`` phrases: where they occur, a hit is acceptable. They are read as
    names are ("Sales-Boost migration guide" is "SalesBoost migration guide")."""

    patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, phrases: Sequence[str]) -> Exceptions:
        return cls(tuple(name_pattern(phrase) for phrase in phrases))

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [match.span() for pattern in self.patterns for match in pattern.finditer(text)]


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    term: Term
    retired: tuple[tuple[str, re.Pattern[str]], ...]
    replacement: re.Pattern[str]
    exceptions: Exceptions = Exceptions()


@dataclass(frozen=True, slots=True)
class CompiledBanned:
    entry: BannedPhrase
    pattern: re.Pattern[str] | UserRegex
    exceptions: Exceptions = Exceptions()

    @property
    def label(self) -> str:
        return self.entry.phrase or self.entry.pattern or ""


@dataclass(frozen=True, slots=True)
class CompiledDisclaimer:
    entry: Disclaimer
    when: LiteralScreen
    require: LiteralScreen
    when_regex: UserRegex
    exceptions: Exceptions = Exceptions()

    def trigger(self, text: str) -> RegexMatch | None:
        """Where ``when`` matches ``text`` outside its ``except:`` phrases: the cheap screen
        first, then the pattern."""
        if not self.when.may_match(text):
            return None
        excused = self.exceptions.spans(text)
        return self.when_regex.search(mask_spans(text, excused) if excused else text)


@dataclass(frozen=True, slots=True)
class CompiledPolicy:
    """``any_retired`` and ``any_banned`` screen the unions of the individual patterns: one
    test per unit tells whether a unit needs the per-entry patterns at all (most don't)."""

    policy: Policy
    terms: tuple[CompiledTerm, ...]
    banned: tuple[CompiledBanned, ...]
    disclaimers: tuple[CompiledDisclaimer, ...]
    messages: MessageIndex
    any_retired: NameScreen | None = None
    any_banned: LiteralScreen | None = None

    @classmethod
    def build(cls, policy: Policy) -> CompiledPolicy:
        terms = tuple(
            CompiledTerm(
                term,
                tuple((name, name_pattern(name)) for name in term.retired),
                phrase_pattern(term.use),
                Exceptions.of(term.exceptions),
            )
            for term in policy.messaging.terms
        )
        banned = tuple(
            CompiledBanned(
                entry,
                phrase_pattern(entry.phrase, possessive=False)
                if entry.phrase is not None
                else UserRegex(entry.pattern or ""),
                Exceptions.of(entry.exceptions),
            )
            for entry in policy.compliance.banned
        )
        disclaimers = tuple(
            CompiledDisclaimer(
                entry,
                LiteralScreen.of(when := UserRegex(entry.when)),
                LiteralScreen.of(phrase_pattern(entry.require)),
                when,
                Exceptions.of(entry.exceptions),
            )
            for entry in policy.compliance.disclaimers
        )
        retired = [name for term in terms for name, _ in term.retired]
        return cls(
            policy,
            terms,
            banned,
            disclaimers,
            MessageIndex.build(policy.messaging),
            any_retired=NameScreen.of(retired) if retired else None,
            any_banned=_union([entry.pattern for entry in banned]),
        )


def _union(patterns: Sequence[re.Pattern[str] | UserRegex]) -> LiteralScreen | None:
    """A screen for wherever any of ``patterns`` matches; None when there are none.

    A pattern with its own global flags cannot be nested; then the screen matches everything
    and each unit goes to the individual patterns, as it would without a screen. A union
    holding a policy's own pattern is never run on ``re`` (it could backtrack for minutes):
    it only lends its cues, and the test behind them runs each pattern on its own engine.
    """
    if not patterns:
        return None
    parts = [f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns]
    try:
        union = re.compile("|".join(parts))
    except re.error:
        return _EVERYTHING
    if all(isinstance(p, re.Pattern) for p in patterns):
        return LiteralScreen.of(union)
    screen = LiteralScreen.of(_AnyOf(union.pattern, union.flags, tuple(patterns)))
    return screen if screen.cued else _EVERYTHING


@dataclass(frozen=True, slots=True)
class _AnyOf:
    """Searches each pattern in turn: the union of patterns that run on different engines."""

    pattern: str
    flags: int
    patterns: tuple[re.Pattern[str] | UserRegex, ...]

    def search(self, text: str, /) -> object | None:
        for pattern in self.patterns:
            found = pattern.search(text)
            if found is not None:
                return found
        return None


_EVERYTHING = LiteralScreen.of(re.compile(""))
