"""Checking a merged policy and building the frozen ``Policy``: the one boundary for config.

Every problem found is collected and raised together as a ``PolicyError``; each message starts
with the key path (``freshness.cadence[2].every``) and each problem points at the line and
column of the offending key or value.
"""

from __future__ import annotations

from freshcheck.errors import PolicyError, PolicyProblem
from freshcheck.policy.compliance_section import read_compliance
from freshcheck.policy.fields import (
    Problems,
    read_choice,
    read_duration,
    read_globs,
    read_items,
    read_keys,
    read_text,
    read_texts,
    shown,
)
from freshcheck.policy.keys import SECTION_KEYS, TOP_LEVEL_HOME
from freshcheck.policy.located import Located, LocatedMap, LocatedScalar, key_path
from freshcheck.policy.messaging_section import read_messaging
from freshcheck.policy.model import (
    CHANGE_SOURCES,
    CadenceRule,
    FreshnessPolicy,
    Policy,
    ScanSettings,
)
from freshcheck.policy.rule_ids import RULE_IDS, SEVERITIES

SUPPORTED_VERSION = 1


def check_version(document: LocatedMap) -> list[PolicyProblem]:
    """Each file declares ``version: 1``, so that each file also makes sense on its own."""
    problems = Problems()
    entry = document.entries.get("version")
    if entry is None:
        problems.add(document.mark, 'version is missing; add "version: 1" as the first line')
        return problems.items
    value = entry.value.value if isinstance(entry.value, LocatedScalar) else None
    if isinstance(value, bool) or value != SUPPORTED_VERSION:
        message = f"version must be the number {SUPPORTED_VERSION}, but it is {shown(entry.value)}"
        problems.add(entry.value.mark, message)
    return problems.items


def validate_policy(root: LocatedMap, sources: tuple[str, ...]) -> Policy:
    """Build the frozen ``Policy`` from a merged tree, or raise ``PolicyError`` listing every
    problem. ``version`` is checked per file by ``check_version`` before merging."""
    problems = Problems()
    top = read_keys(root, "", SECTION_KEYS[""], problems, home=TOP_LEVEL_HOME) or {}
    policy = Policy(
        scan=_scan(top.get("scan"), problems),
        freshness=_freshness(top.get("freshness"), problems),
        messaging=read_messaging(top.get("messaging"), problems),
        compliance=read_compliance(top.get("compliance"), problems),
        severity=_severity(top.get("severity"), problems),
        sources=sources,
    )
    if problems.items:
        raise PolicyError(problems.items)
    return policy


def _scan(node: Located | None, problems: Problems) -> ScanSettings:
    keys = read_keys(node, "scan", SECTION_KEYS["scan"], problems) or {}
    return ScanSettings(
        include=read_globs(keys.get("include"), "scan.include", problems),
        exclude=read_globs(keys.get("exclude"), "scan.exclude", problems),
        root=read_text(keys.get("root"), "scan.root", problems),
    )


def _freshness(node: Located | None, problems: Problems) -> FreshnessPolicy:
    default = FreshnessPolicy()
    path = "freshness"
    keys = read_keys(node, path, SECTION_KEYS[path], problems) or {}
    dated_path = "freshness.dated_references"
    dated = read_keys(keys.get("dated_references"), dated_path, SECTION_KEYS[dated_path], problems)
    cadence = tuple(
        rule
        for item, at in read_items(keys.get("cadence"), "freshness.cadence", problems)
        if (rule := _cadence_rule(item, at, problems)) is not None
    )
    default_cadence = read_duration(
        keys.get("default_cadence"), "freshness.default_cadence", problems, positive=True
    )
    warn_before = read_duration(keys.get("warn_before"), "freshness.warn_before", problems)
    max_age = read_duration(
        (dated or {}).get("max_age"), f"{dated_path}.max_age", problems, positive=True
    )
    sources = _change_sources(keys.get("change_sources"), problems)
    return FreshnessPolicy(
        default_cadence=default_cadence or default.default_cadence,
        warn_before=warn_before or default.warn_before,
        cadence=cadence,
        dated_max_age=max_age or default.dated_max_age,
        change_sources=sources or default.change_sources,
    )


def _change_sources(node: Located | None, problems: Problems) -> tuple[str, ...]:
    path = "freshness.change_sources"
    found: list[str] = []
    for text, mark in read_texts(node, path, problems, required=True):
        if text not in CHANGE_SOURCES:
            problems.add(mark, f"{path}: '{text}' is not one of {', '.join(CHANGE_SOURCES)}")
        elif text in found:
            problems.add(mark, f"{path}: '{text}' is listed twice")
        else:
            found.append(text)
    return tuple(found)


def _cadence_rule(node: Located, path: str, problems: Problems) -> CadenceRule | None:
    known = SECTION_KEYS["freshness.cadence[]"]
    keys = read_keys(node, path, known, problems, required=("match", "every"))
    if keys is None:
        return None
    match = read_globs(keys.get("match"), key_path(path, "match"), problems, required=True)
    every = read_duration(keys.get("every"), key_path(path, "every"), problems, positive=True)
    owner = read_text(keys.get("owner"), key_path(path, "owner"), problems)
    warn_before = read_duration(keys.get("warn_before"), key_path(path, "warn_before"), problems)
    if not match or every is None:
        return None
    return CadenceRule(match=match, every=every, owner=owner, warn_before=warn_before)


def _severity(node: Located | None, problems: Problems) -> dict[str, str]:
    keys = read_keys(node, "severity", RULE_IDS, problems, what="rule") or {}
    levels = {
        rule: read_choice(value, key_path("severity", rule), problems, SEVERITIES)
        for rule, value in keys.items()
    }
    return {rule: level for rule, level in levels.items() if level is not None}
