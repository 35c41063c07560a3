"""A one-line account of a valid policy, for ``freshcheck policy check``."""

from __future__ import annotations

from freshcheck.policy.model import Policy


def summarize_policy(policy: Policy) -> str:
    """E.g. ``freshcheck.yaml: valid; default cadence 180 days; 2 cadence rules, 1 message…``."""
    if not policy.sources:
        where = "built-in default policy"
    elif len(policy.sources) == 1:
        where = policy.sources[0]
    else:
        where = f"{len(policy.sources)} files ({', '.join(policy.sources)})"
    counts = [
        _count(len(policy.freshness.cadence), "cadence rule"),
        _count(len(policy.messaging.messages), "message"),
        _count(len(policy.messaging.terms), "term"),
        _count(len(policy.compliance.banned), "banned phrase"),
        _count(len(policy.compliance.disclaimers), "disclaimer"),
        _count(len(policy.severity), "severity override"),
    ]
    cadence = policy.freshness.default_cadence.describe()
    return f"{where}: valid; default cadence {cadence}; {', '.join(counts)}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
