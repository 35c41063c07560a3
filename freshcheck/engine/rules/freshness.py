"""Freshness: content past its review cadence, or falling due soon.

Every file has a review cadence: the first ``freshness.cadence`` rule whose ``match`` globs
fit its path, else ``freshness.default_cadence`` (180 days by default). A file is due
``cadence`` after it was last updated — the most recent of its latest review (a
``freshcheck review mark`` record, a "Last reviewed: 2026-01-15" marker in the document, the
``LastReviewed`` custom property, front-matter ``reviewed:``) and its last content change
(git commit, document modified date, file mtime).

Fails (``freshness/overdue``, error): a deck last reviewed 2026-01-10 with a 90-day cadence,
judged on 2026-11-23 (due 2026-04-10).
Fails (``freshness/due-soon``, warning): the same deck judged on 2026-04-01, within the
14-day ``warn_before`` window.
Passes: a deck reviewed last month.

Configure::

    freshness:
      default_cadence: 180d
      warn_before: 14d
      cadence:
        - match: "decks/**"
          every: 90d
          owner: "enablement@example.com"

Resolve by reviewing the content and recording it: ``freshcheck review mark FILE --by NAME``
(or update the in-document "Last reviewed:" marker). Suppress for one file with
``freshcheck: ignore-file freshness/overdue`` in any text of the document.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import JudgeContext, RuleFamily, RuleSpec
from freshcheck.model import Finding

OVERDUE = RuleSpec("freshness/overdue", "error", "the file is past its review cadence")
DUE_SOON = RuleSpec("freshness/due-soon", "warning", "the file falls due within warn_before")


def judge(ctx: JudgeContext) -> Iterator[Finding]:
    verdict = ctx.freshness
    if verdict is None or verdict.due is None or verdict.last_updated is None:
        return
    since = f"last updated {verdict.last_updated.isoformat()} ({verdict.source})"
    if verdict.status == "overdue":
        days = (ctx.as_of - verdict.due).days
        message = f"Overdue for review: due {verdict.due.isoformat()}, {days} days ago; {since}"
        yield Finding(OVERDUE.id, ctx.severity(OVERDUE), message)
    elif verdict.status == "due-soon":
        days = (verdict.due - ctx.as_of).days
        message = f"Due for review in {days} days ({verdict.due.isoformat()}); {since}"
        yield Finding(DUE_SOON.id, ctx.severity(DUE_SOON), message)


FAMILY = RuleFamily("freshness", (OVERDUE, DUE_SOON), __doc__ or "", judge=judge)
