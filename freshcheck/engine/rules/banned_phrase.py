"""Banned phrases: wording legal or brand has ruled out.

A ``phrase`` is literal: case-insensitive, whole words, any spacing or hyphenation between its
words. A ``pattern`` is a regular expression in Python's syntax, matched case-insensitively
unless it says otherwise (``(?-i:ROI)``). It runs on a linear-time engine (RE2), so no
pattern can stall a scan; back-references and lookarounds are refused when the policy loads
(docs/policy.md lists the syntax).

Fails: "Guaranteed results in 30 days" with the phrase ``guaranteed results``.
Fails: "A risk-free trial" with the pattern ``\\brisk[- ]free\\b``.
Passes: "Results vary by customer".

Configure::

    compliance:
      banned:
        - phrase: "guaranteed results"
          reason: "No outcome guarantees"
        - pattern: '\\brisk[- ]free\\b'
          reason: "Legal 2025-04"
          severity: warning        # optional, overrides the rule's severity for this entry
        - phrase: "guaranteed"
          except: ["guaranteed minimum wage"]   # optional: phrases where it is fine
          paths: ["external/**"]                # optional: only these files (default: all)

A hit inside one of an entry's ``except:`` phrases does not count; an entry with ``paths:``
applies only to the files they match.

Suppress on one slide, page or paragraph with ``freshcheck: ignore compliance/banned-phrase``.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec, Scoped, scoped
from freshcheck.model import Finding, Severity
from freshcheck.text import mask_spans

BANNED_PHRASE = RuleSpec("compliance/banned-phrase", "error", "a banned phrase or pattern appears")


def check(ctx: CheckContext) -> Iterator[Finding | Scoped]:
    screen = ctx.compiled.any_banned
    if screen is None:
        return
    for unit in ctx.document.units:
        if not screen.may_match(unit.text):
            continue
        for banned in ctx.compiled.banned:
            excused = banned.exceptions.spans(unit.text)
            match = banned.pattern.search(mask_spans(unit.text, excused) if excused else unit.text)
            if match is None:
                continue
            reason = f" ({banned.entry.reason})" if banned.entry.reason else ""
            start, end = match.span()
            message = f"Banned phrase {unit.text[start:end]!r}{reason}"
            severity: Severity | None = None
            if banned.entry.severity in ("error", "warning", "info"):
                severity = banned.entry.severity  # type: ignore[assignment]
            finding = ctx.unit_finding(
                BANNED_PHRASE, unit, message, severity=severity, match=(start, end)
            )
            yield scoped(finding, banned.entry.paths)


FAMILY = RuleFamily("banned-phrase", (BANNED_PHRASE,), __doc__ or "", check=check)
