"""Missing disclaimers: a document that makes a claim must carry the standard wording.

Document scope: when ``when`` (a regular expression, case-insensitive unless it says
otherwise) occurs anywhere in a document, ``require`` (literal text, case-insensitive, any
spacing) must occur somewhere in the same document — a footer, a note, a last slide.

Fails: a deck that says "3x ROI in year one" and nowhere says "Results may vary".
Passes: the same deck with "Results may vary." in a slide footer.

Configure::

    compliance:
      disclaimers:
        - when: '\\bROI\\b'
          require: "Results may vary"
          reason: "Financial claims need the standard disclaimer"
          except: ["ROI calculator"]   # optional: "when" hits inside these do not count
          paths: ["customer/**"]       # optional: only these files (default: all)

The finding points at the first text that triggered the rule and carries the required text in
``expected``. Suppress for one document with
``freshcheck: ignore-file compliance/missing-disclaimer``.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec, Scoped, scoped
from freshcheck.model import Finding

MISSING_DISCLAIMER = RuleSpec(
    "compliance/missing-disclaimer", "error", "a document triggers a disclaimer rule and lacks it"
)


def check(ctx: CheckContext) -> Iterator[Finding | Scoped]:
    units = ctx.document.units
    for disclaimer in ctx.compiled.disclaimers:
        require = disclaimer.require
        trigger, found = next(
            ((u, found) for u in units if (found := disclaimer.trigger(u.text))), (None, None)
        )
        if trigger is None:
            continue
        if any(require.may_match(u.text) and require.pattern.search(u.text) for u in units):
            continue
        said = found.group(0) if found else disclaimer.entry.when
        reason = f" ({disclaimer.entry.reason})" if disclaimer.entry.reason else ""
        message = (
            f"Missing disclaimer: mentions {said!r} but never says "
            f"{disclaimer.entry.require!r}{reason}"
        )
        finding = ctx.unit_finding(
            MISSING_DISCLAIMER,
            trigger,
            message,
            expected=disclaimer.entry.require,
            match=found.span() if found else None,
        )
        yield scoped(finding, disclaimer.entry.paths)


FAMILY = RuleFamily("missing-disclaimer", (MISSING_DISCLAIMER,), __doc__ or "", check=check)
