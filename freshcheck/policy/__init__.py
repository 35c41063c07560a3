"""Policy: find it, load it (one YAML file or a merged folder), validate it into a frozen
``Policy``, describe its format as JSON Schema, and write a starter.

Typical use::

    path = find_policy(explicit=options.policy, env=os.environ, scan_root=root)
    policy = load_policy(path)          # None → DEFAULT_POLICY; raises PolicyError (exit 2)

``model`` holds the frozen ``Policy`` and its sections; ``codec`` its stored form for the
policy cache; ``globs`` the include/exclude and per-folder patterns (here because the
policy defines what they mean). May import only the ground floor.
"""

from __future__ import annotations

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
