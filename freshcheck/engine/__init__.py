"""The engine: ``check_document(doc, policy, as_of, freshness) -> FileResult``, pure.

``check`` splits a check in two: the content half (``analyse``: claims, every content rule,
suppression directives; cached by content) and the date half (``judge``: freshness and
dated references, judged afresh every time). ``compiled`` prepares a policy once per scan;
``rules/`` holds the rule families in one explicit registry; ``suppression`` reads
in-document directives. May import ``messaging``, ``freshness``, ``policy``, ``text`` and
the ground floor; never ``scan``, ``report`` or ``cli``.

Public names load on first use: ``freshcheck rules`` and ``explain`` read the rule registry
without importing the matcher and the policy loader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.engine.analysis import Analysis, PlacedFinding, decode_analysis, encode_analysis
    from freshcheck.engine.check import analyse, check_document
    from freshcheck.engine.compiled import CompiledPolicy
    from freshcheck.engine.rules import FAMILIES, FAMILY_OF_RULE, RULES, RuleFamily, RuleSpec
    from freshcheck.engine.verdict import FileFacts, judge

# public name → the module that defines it
_PUBLIC = {
    "Analysis": "freshcheck.engine.analysis",
    "PlacedFinding": "freshcheck.engine.analysis",
    "decode_analysis": "freshcheck.engine.analysis",
    "encode_analysis": "freshcheck.engine.analysis",
    "FileFacts": "freshcheck.engine.verdict",
    "analyse": "freshcheck.engine.check",
    "check_document": "freshcheck.engine.check",
    "judge": "freshcheck.engine.verdict",
    "CompiledPolicy": "freshcheck.engine.compiled",
    "FAMILIES": "freshcheck.engine.rules",
    "FAMILY_OF_RULE": "freshcheck.engine.rules",
    "RULES": "freshcheck.engine.rules",
    "RuleFamily": "freshcheck.engine.rules",
    "RuleSpec": "freshcheck.engine.rules",
}

__all__ = [
    "FAMILIES",
    "FAMILY_OF_RULE",
    "RULES",
    "Analysis",
    "CompiledPolicy",
    "FileFacts",
    "PlacedFinding",
    "RuleFamily",
    "RuleSpec",
    "analyse",
    "check_document",
    "decode_analysis",
    "encode_analysis",
    "judge",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
