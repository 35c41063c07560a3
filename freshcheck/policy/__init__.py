"""Policy: find it, load it (one YAML file or a merged folder), validate it into a frozen
``Policy``, describe its format as JSON Schema, and write a starter.

Typical use::

    path = find_policy(explicit=options.policy, env=os.environ, scan_root=root)
    policy = load_policy(path)          # None → DEFAULT_POLICY; raises PolicyError (exit 2)
"""

from __future__ import annotations

from freshcheck.policy.discover import ENV_VARIABLE, find_policy
from freshcheck.policy.load import load_policy, load_policy_texts, policy_digest
from freshcheck.policy.model import DEFAULT_POLICY, Duration, Policy
from freshcheck.policy.rule_ids import RULE_IDS, SEVERITIES
from freshcheck.policy.schema import policy_schema
from freshcheck.policy.starter import STARTER_FILE_NAME, starter_policy_text
from freshcheck.policy.summary import summarize_policy

__all__ = [
    "DEFAULT_POLICY",
    "ENV_VARIABLE",
    "RULE_IDS",
    "SEVERITIES",
    "STARTER_FILE_NAME",
    "Duration",
    "Policy",
    "find_policy",
    "load_policy",
    "load_policy_texts",
    "policy_digest",
    "policy_schema",
    "starter_policy_text",
    "summarize_policy",
]
