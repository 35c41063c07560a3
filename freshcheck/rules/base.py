"""What every rule family shares: its rule specs, the context it checks, its doc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from freshcheck.compiled import CompiledPolicy
from freshcheck.freshness import Freshness
from freshcheck.model import Claim, Document, Finding, Severity, TextUnit
from freshcheck.phrases import excerpt


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One rule id with its default severity and a one-line summary."""

    id: str
    default_severity: Severity
    summary: str


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a rule may look at for one file. Rules never read the clock or disk."""

    document: Document
    claims: tuple[Claim, ...]
    compiled: CompiledPolicy
    as_of: dt.date
    freshness: Freshness | None

    def severity(self, spec: RuleSpec) -> Severity:
        """The policy's severity for ``spec`` (``off`` is filtered later by the engine)."""
        level = self.compiled.policy.severity.get(spec.id)
        if level in ("error", "warning", "info"):
            return level  # type: ignore[return-value]
        return spec.default_severity

    def unit_finding(
        self,
        spec: RuleSpec,
        unit: TextUnit,
        message: str,
        *,
        expected: str | None = None,
        message_id: str | None = None,
        score: float | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding located at ``unit``, with the unit's text as its excerpt."""
        return Finding(
            rule=spec.id,
            severity=severity or self.severity(spec),
            message=message,
            location=unit.location,
            excerpt=excerpt(unit.text),
            expected=expected,
            message_id=message_id,
            score=score,
            hidden=unit.hidden,
        )


@dataclass(frozen=True, slots=True)
class RuleFamily:
    """A rule family: its rules, its check, and its documentation (the module docstring)."""

    name: str
    rules: tuple[RuleSpec, ...]
    check: Callable[[CheckContext], Iterable[Finding]]
    doc: str
