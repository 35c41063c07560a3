"""Policy: find it, load it (one YAML file or a merged folder), validate it into a frozen
``Policy``, describe its format as JSON Schema, and write a starter.

Typical use::

    path = find_policy(explicit=options.policy, env=os.environ, scan_root=root)
    policy = load_policy(path)          # None → DEFAULT_POLICY; raises PolicyError (exit 2)

``model`` holds the frozen ``Policy`` and its sections; ``codec`` its stored form for the
policy cache; ``globs`` the include/exclude and per-folder patterns (here because the
policy defines what they mean). May import only the ground floor.

Public names load on first use: a command that only finds the policy, or only needs its
model, does not pay for YAML, the validator or the schema.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.policy.codec import decode_policy, encode_policy
    from freshcheck.policy.discover import ENV_VARIABLE, find_policy
    from freshcheck.policy.globs import GlobSet
    from freshcheck.policy.load import (
        load_policy,
        load_policy_texts,
        policy_digest,
        read_policy_sources,
    )
    from freshcheck.policy.model import (
        DEFAULT_POLICY,
        BannedPhrase,
        Disclaimer,
        Duration,
        FreshnessPolicy,
        Message,
        MessagingPolicy,
        Policy,
        ScanSettings,
        Term,
    )
    from freshcheck.policy.rule_ids import RULE_IDS, SEVERITIES
    from freshcheck.policy.schema import policy_schema
    from freshcheck.policy.starter import STARTER_FILE_NAME, starter_policy_text
    from freshcheck.policy.summary import summarize_policy
    from freshcheck.policy.user_regex import RegexMatch, UnsupportedRegex, UserRegex

# public name → the module that defines it
_PUBLIC = {
    "decode_policy": "freshcheck.policy.codec",
    "encode_policy": "freshcheck.policy.codec",
    "ENV_VARIABLE": "freshcheck.policy.discover",
    "find_policy": "freshcheck.policy.discover",
    "GlobSet": "freshcheck.policy.globs",
    "load_policy": "freshcheck.policy.load",
    "load_policy_texts": "freshcheck.policy.load",
    "policy_digest": "freshcheck.policy.load",
    "read_policy_sources": "freshcheck.policy.load",
    "DEFAULT_POLICY": "freshcheck.policy.model",
    "BannedPhrase": "freshcheck.policy.model",
    "Disclaimer": "freshcheck.policy.model",
    "Duration": "freshcheck.policy.model",
    "FreshnessPolicy": "freshcheck.policy.model",
    "Message": "freshcheck.policy.model",
    "MessagingPolicy": "freshcheck.policy.model",
    "Policy": "freshcheck.policy.model",
    "ScanSettings": "freshcheck.policy.model",
    "Term": "freshcheck.policy.model",
    "RULE_IDS": "freshcheck.policy.rule_ids",
    "SEVERITIES": "freshcheck.policy.rule_ids",
    "policy_schema": "freshcheck.policy.schema",
    "STARTER_FILE_NAME": "freshcheck.policy.starter",
    "starter_policy_text": "freshcheck.policy.starter",
    "summarize_policy": "freshcheck.policy.summary",
    "RegexMatch": "freshcheck.policy.user_regex",
    "UnsupportedRegex": "freshcheck.policy.user_regex",
    "UserRegex": "freshcheck.policy.user_regex",
}

__all__ = [
    "DEFAULT_POLICY",
    "ENV_VARIABLE",
    "RULE_IDS",
    "SEVERITIES",
    "STARTER_FILE_NAME",
    "BannedPhrase",
    "Disclaimer",
    "Duration",
    "FreshnessPolicy",
    "GlobSet",
    "Message",
    "MessagingPolicy",
    "Policy",
    "RegexMatch",
    "ScanSettings",
    "Term",
    "UnsupportedRegex",
    "UserRegex",
    "decode_policy",
    "encode_policy",
    "find_policy",
    "load_policy",
    "load_policy_texts",
    "policy_digest",
    "policy_schema",
    "read_policy_sources",
    "starter_policy_text",
    "summarize_policy",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.policy' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
