"""Rule families, one module each, in one explicit registry.

A family is a small module with a docstring (its user documentation, printed by
``freshcheck explain``), its ``RuleSpec``s and a pure ``check(ctx) -> findings``.
"""

from __future__ import annotations

from freshcheck.engine.rules import (
    banned_phrase,
    dated_reference,
    freshness,
    missing_disclaimer,
    outdated_claim,
    retired_term,
    unreadable,
)
from freshcheck.engine.rules.base import CheckContext, JudgeContext, RuleFamily, RuleSpec, Scoped

FAMILIES: tuple[RuleFamily, ...] = (
    freshness.FAMILY,
    outdated_claim.FAMILY,
    retired_term.FAMILY,
    banned_phrase.FAMILY,
    missing_disclaimer.FAMILY,
    dated_reference.FAMILY,
    unreadable.FAMILY,
)

RULES: dict[str, RuleSpec] = {spec.id: spec for family in FAMILIES for spec in family.rules}
FAMILY_OF_RULE: dict[str, RuleFamily] = {
    spec.id: family for family in FAMILIES for spec in family.rules
}

__all__ = [
    "FAMILIES",
    "FAMILY_OF_RULE",
    "RULES",
    "CheckContext",
    "JudgeContext",
    "RuleFamily",
    "RuleSpec",
    "Scoped",
]
