"""At most ``MAX_FINDINGS_PER_RULE`` findings of a rule in a file; one more counts the rest.

A generated or pasted file can repeat a banned phrase hundreds of thousands of times. Each
finding costs memory in the worker, the pipe, the scanning process and every report (600,000
findings made a 151 MB JSON report and a 1.25 GB scanning process). Past the first hundred a
reader learns nothing more from the next, but must know that there are more: the rest are
counted in one file-level finding of the same rule, "and N more".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from freshcheck.engine.analysis import PlacedFinding
from freshcheck.model import SEVERITY_RANK, Finding, Severity

MAX_FINDINGS_PER_RULE = 100


def cap_findings(
    placed: Sequence[PlacedFinding], limit: int = MAX_FINDINGS_PER_RULE
) -> list[PlacedFinding]:
    """The first ``limit`` findings of each rule, in the order given, and for each rule that
    had more, one file-level finding that counts them (at the worst severity left out)."""
    kept: list[PlacedFinding] = []
    seen: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    worst: dict[str, Severity] = {}
    for item in placed:
        rule = item.finding.rule
        seen[rule] += 1
        if seen[rule] <= limit:
            kept.append(item)
            continue
        dropped[rule] += 1
        severity = item.finding.severity
        if rule not in worst or SEVERITY_RANK[severity] > SEVERITY_RANK[worst[rule]]:
            worst[rule] = severity
    for rule, count in dropped.items():
        message = (
            f"and {count:,} more {rule} finding{'s' if count != 1 else ''} in this file, "
            f"not listed (only the first {limit} of each rule are)"
        )
        kept.append(PlacedFinding(0, Finding(rule, worst[rule], message)))
    return kept
