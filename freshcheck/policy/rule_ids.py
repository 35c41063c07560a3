"""The rule ids and severities a policy may name: the one list the rules registry must match."""

from __future__ import annotations

RULE_IDS: tuple[str, ...] = (
    "freshness/overdue",
    "freshness/due-soon",
    "messaging/outdated-claim",
    "messaging/retired-term",
    "compliance/banned-phrase",
    "compliance/missing-disclaimer",
    "content/dated-reference",
    "file/unreadable",
)
"""Every rule id freshcheck knows; a test checks the rules registry against this tuple."""

SEVERITIES: tuple[str, ...] = ("error", "warning", "info", "off")
"""Severity values a policy may set; ``off`` turns a rule (or a banned entry) off."""
