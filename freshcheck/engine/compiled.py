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
from freshcheck.text import LiteralScreen, phrase_pattern


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    term: Term
    retired: tuple[tuple[str, re.Pattern[str]], ...]
    replacement: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CompiledBanned:
    entry: BannedPhrase
    pattern: re.Pattern[str] | UserRegex

    @property
    def label(self) -> str:
        return self.entry.phrase or self.entry.pattern or ""


@dataclass(frozen=True, slots=True)
class CompiledDisclaimer:
    entry: Disclaimer
    when: LiteralScreen
    require: LiteralScreen
    when_regex: UserRegex

    def trigger(self, text: str) -> RegexMatch | None:
        """Where ``when`` matches ``text``: the cheap screen first, then the pattern."""
        return self.when_regex.search(text) if self.when.may_match(text) else None


@dataclass(frozen=True, slots=True)
class CompiledPolicy:
    """``any_retired`` and ``any_banned`` screen the unions of the individual patterns: one
    test per unit tells whether a unit needs the per-entry patterns at all (most don't)."""

    policy: Policy
    terms: tuple[CompiledTerm, ...]
    banned: tuple[CompiledBanned, ...]
    disclaimers: tuple[CompiledDisclaimer, ...]
    messages: MessageIndex
    any_retired: LiteralScreen | None = None
    any_banned: LiteralScreen | None = None

    @classmethod
    def build(cls, policy: Policy) -> CompiledPolicy:
        terms = tuple(
            CompiledTerm(
                term,
                tuple((name, phrase_pattern(name)) for name in term.retired),
                phrase_pattern(term.use),
            )
            for term in policy.messaging.terms
        )
        banned = tuple(
            CompiledBanned(
                entry,
                phrase_pattern(entry.phrase, possessive=False)
                if entry.phrase is not None
                else UserRegex(entry.pattern or ""),
            )
            for entry in policy.compliance.banned
        )
        disclaimers = tuple(
            CompiledDisclaimer(
                entry,
                LiteralScreen.of(when := UserRegex(entry.when)),
                LiteralScreen.of(phrase_pattern(entry.require)),
                when,
            )
            for entry in policy.compliance.disclaimers
        )
        retired = [p for term in terms for _, p in term.retired]
        return cls(
            policy,
            terms,
            banned,
            disclaimers,
            MessageIndex.build(policy.messaging),
            any_retired=_union(retired),
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
