"""The engine: ``check_document(doc, policy, as_of, freshness) -> FileResult``, pure.

``check`` splits a check in two: the content half (``analyse``: claims, every content rule,
suppression directives; cached by content) and the date half (``judge``: freshness and
dated references, judged afresh every time). ``compiled`` prepares a policy once per scan;
``rules/`` holds the rule families in one explicit registry; ``suppression`` reads
in-document directives. May import ``messaging``, ``freshness``, ``policy``, ``text`` and
the ground floor; never ``scan``, ``report`` or ``cli``.
"""

from freshcheck.engine.analysis import Analysis, PlacedFinding, decode_analysis, encode_analysis
from freshcheck.engine.check import FileFacts, analyse, check_document, judge
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.engine.rules import FAMILIES, FAMILY_OF_RULE, RULES, RuleFamily, RuleSpec

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
