"""A policy made ready for checking: regexes compiled and the message index built, once.

Built once per scan and shipped to worker processes (everything here pickles), so no rule
recompiles a pattern per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from freshcheck.messaging import MessageIndex
from freshcheck.policy import BannedPhrase, Disclaimer, Policy, Term
from freshcheck.text import LiteralScreen, phrase_pattern, user_pattern


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    term: Term
    retired: tuple[tuple[str, re.Pattern[str]], ...]
    replacement: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CompiledBanned:
    entry: BannedPhrase
    pattern: re.Pattern[str]

    @property
    def label(self) -> str:
        return self.entry.phrase or self.entry.pattern or ""


@dataclass(frozen=True, slots=True)
class CompiledDisclaimer:
    entry: Disclaimer
    when: LiteralScreen
    require: LiteralScreen


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
                else user_pattern(entry.pattern or ""),
            )
            for entry in policy.compliance.banned
        )
        disclaimers = tuple(
            CompiledDisclaimer(
                entry,
                LiteralScreen.of(user_pattern(entry.when)),
                LiteralScreen.of(phrase_pattern(entry.require)),
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


def _union(patterns: list[re.Pattern[str]]) -> LiteralScreen | None:
    """A screen for wherever any of ``patterns`` matches; None when there are none.

    A pattern with its own global flags cannot be nested; then the screen matches everything
    and each unit goes to the individual patterns, as it would without a screen.
    """
    if not patterns:
        return None
    parts = [f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns]
    try:
        return LiteralScreen.of(re.compile("|".join(parts)))
    except re.error:
        return LiteralScreen.of(re.compile(""))
