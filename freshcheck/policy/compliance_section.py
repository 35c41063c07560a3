"""The ``compliance:`` section: banned phrases or patterns, and required disclaimers."""

from __future__ import annotations

import re

from freshcheck.policy.fields import (
    Problems,
    read_choice,
    read_items,
    read_keys,
    read_regex,
    read_scope,
    read_text,
)
from freshcheck.policy.keys import SECTION_KEYS
from freshcheck.policy.located import Located, key_path
from freshcheck.policy.model import BannedPhrase, CompliancePolicy, Disclaimer
from freshcheck.policy.rule_ids import SEVERITIES


def read_compliance(node: Located | None, problems: Problems) -> CompliancePolicy:
    """Validate ``compliance:`` into a ``CompliancePolicy``."""
    keys = read_keys(node, "compliance", SECTION_KEYS["compliance"], problems) or {}
    banned = [
        _banned(item, at, problems)
        for item, at in read_items(keys.get("banned"), "compliance.banned", problems)
    ]
    disclaimers = [
        _disclaimer(item, at, problems)
        for item, at in read_items(keys.get("disclaimers"), "compliance.disclaimers", problems)
    ]
    return CompliancePolicy(
        banned=tuple(entry for entry in banned if entry is not None),
        disclaimers=tuple(entry for entry in disclaimers if entry is not None),
    )


def _banned(node: Located, path: str, problems: Problems) -> BannedPhrase | None:
    keys = read_keys(node, path, SECTION_KEYS["compliance.banned[]"], problems)
    if keys is None:
        return None
    if ("phrase" in keys) == ("pattern" in keys):
        if "phrase" in keys:
            message = 'set "phrase" (exact words) or "pattern" (a regular expression), not both'
        else:
            message = '"phrase" is missing; set "phrase" (exact words) or "pattern" (a regex)'
        problems.add(node.mark, f"{path}: {message}")
        return None
    phrase = read_text(keys.get("phrase"), key_path(path, "phrase"), problems, required=True)
    pattern = read_regex(keys.get("pattern"), key_path(path, "pattern"), problems)
    reason = read_text(keys.get("reason"), key_path(path, "reason"), problems)
    severity = read_choice(keys.get("severity"), key_path(path, "severity"), problems, SEVERITIES)
    if pattern is not None and re.search(pattern, "") is not None:
        message = f"{path}.pattern matches empty text, so it would flag every document"
        problems.add(keys["pattern"].mark, message)
        return None
    if phrase is None and pattern is None:
        return None
    exceptions, paths = read_scope(keys, path, problems)
    return BannedPhrase(phrase, pattern, reason, severity, exceptions, paths)


def _disclaimer(node: Located, path: str, problems: Problems) -> Disclaimer | None:
    known = SECTION_KEYS["compliance.disclaimers[]"]
    keys = read_keys(node, path, known, problems, required=("when", "require"))
    if keys is None:
        return None
    when = read_regex(keys.get("when"), key_path(path, "when"), problems)
    require = read_text(keys.get("require"), key_path(path, "require"), problems, required=True)
    reason = read_text(keys.get("reason"), key_path(path, "reason"), problems)
    if when is None or require is None:
        return None
    exceptions, paths = read_scope(keys, path, problems)
    return Disclaimer(when, require, reason, exceptions, paths)
