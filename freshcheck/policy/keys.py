"""The keys allowed in each part of a policy: one table for validation, hints and the schema."""

from __future__ import annotations

SECTION_KEYS: dict[str, tuple[str, ...]] = {
    "": ("version", "scan", "freshness", "messaging", "compliance", "severity"),
    "scan": ("include", "exclude", "root"),
    "freshness": (
        "default_cadence",
        "warn_before",
        "cadence",
        "change_sources",
        "dated_references",
    ),
    "freshness.cadence[]": ("match", "every", "owner", "warn_before"),
    "freshness.dated_references": ("max_age",),
    "messaging": ("threshold", "synonyms", "messages", "terms"),
    "messaging.messages[]": ("id", "current", "superseded", "source", "owner"),
    "messaging.terms[]": ("retired", "use", "reason", "except", "paths"),
    "compliance": ("banned", "disclaimers"),
    "compliance.banned[]": ("phrase", "pattern", "reason", "severity", "except", "paths"),
    "compliance.disclaimers[]": ("when", "require", "reason", "except", "paths"),
}
"""Allowed keys by section; ``[]`` marks the items of a list. A test holds the schema to it."""

TOP_LEVEL_HOME: dict[str, str] = {
    key: section
    for section in ("scan", "freshness", "messaging", "compliance")
    for key in SECTION_KEYS[section]
}
"""Section keys written at the top level by mistake, and the section they belong under."""
