"""What each rule means, for SARIF ``tool.driver.rules`` and the HTML report's legend.

The prose lives here, beside the renderers that show it; ids and default severities are held
to the rules registry by ``tests/report/test_rule_docs.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """One rule as a reader sees it: id, a PascalCase name, and three lengths of text."""

    id: str
    name: str
    severity: str
    short: str
    full: str
    help: str


RULE_DOCS: tuple[RuleDoc, ...] = (
    RuleDoc(
        "freshness/overdue",
        "ReviewOverdue",
        "error",
        "Content is past its review cadence",
        "The file's last review or content change is older than the cadence that the "
        "policy sets for it, so it is overdue for review.",
        "Review the content, update what is out of date, then record the review with "
        "`freshcheck review mark FILE` or a 'Last reviewed:' marker.",
    ),
    RuleDoc(
        "freshness/due-soon",
        "ReviewDueSoon",
        "warning",
        "Content falls due for review soon",
        "The file falls due for review within the policy's warn_before window.",
        "Plan a review before the due date shown in the report.",
    ),
    RuleDoc(
        "messaging/outdated-claim",
        "OutdatedClaim",
        "error",
        "A claim differs from current approved messaging",
        "A sentence states a configured message with different facts (a number, "
        "percentage, amount, multiplier, date or product name), or matches a superseded "
        "version of it.",
        "Replace the sentence with the current approved text shown as 'expected'.",
    ),
    RuleDoc(
        "messaging/retired-term",
        "RetiredTerm",
        "error",
        "A retired product or term name is used",
        "A name that the policy lists as retired appears in the content.",
        "Use the replacement term shown as 'expected'.",
    ),
    RuleDoc(
        "compliance/banned-phrase",
        "BannedPhrase",
        "error",
        "A banned phrase appears",
        "A phrase or pattern that legal or compliance has banned appears in the content.",
        "Remove or reword the phrase; the reason is given in the message.",
    ),
    RuleDoc(
        "compliance/missing-disclaimer",
        "MissingDisclaimer",
        "error",
        "A required disclaimer is missing",
        "The document contains text that triggers a disclaimer rule but lacks the "
        "required disclaimer text.",
        "Add the required disclaimer shown as 'expected' to the document.",
    ),
    RuleDoc(
        "content/dated-reference",
        "DatedReference",
        "warning",
        "A dated reference is older than allowed",
        "A copyright year, fiscal period or 'as of' date is older than the policy's "
        "dated_references.max_age.",
        "Update the date or period, or remove it if it no longer applies.",
    ),
    RuleDoc(
        "file/unreadable",
        "UnreadableFile",
        "error",
        "The file could not be read",
        "The file is corrupt, encrypted, in a legacy or unsupported format, too large, "
        "or took too long to read.",
        "Open and re-save the file in a supported format (.pptx, .docx, .pdf, .md, .txt, "
        ".html), or exclude it in the policy.",
    ),
)

RULE_DOC_BY_ID: dict[str, RuleDoc] = {doc.id: doc for doc in RULE_DOCS}


def rule_doc(rule_id: str) -> RuleDoc:
    """The documentation for ``rule_id``; a plain stand-in for a rule this table lacks."""
    known = RULE_DOC_BY_ID.get(rule_id)
    if known is not None:
        return known
    name = "".join(part.capitalize() for part in rule_id.replace("/", "-").split("-"))
    return RuleDoc(rule_id, name, "warning", rule_id, rule_id, f"See the rule {rule_id}.")
