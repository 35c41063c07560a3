"""The headline of the HTML report: messaging drift and compliance, what a reader opens it for.

Counts the findings of each messaging and compliance rule and the files they are in, and
picks the files with the most of them ("where to start"), in one pass over the files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from freshcheck.model import FileResult

# The rules of the headline, in the order a reader weighs them, with their card labels.
HEADLINE_RULES: dict[str, tuple[str, str]] = {
    "messaging/outdated-claim": ("outdated claim", "outdated claims"),
    "messaging/retired-term": ("retired term", "retired terms"),
    "compliance/banned-phrase": ("banned phrase", "banned phrases"),
    "compliance/missing-disclaimer": ("missing disclaimer", "missing disclaimers"),
}
TOP_FILES = 5


@dataclass(frozen=True, slots=True)
class RuleCount:
    """One headline card: a rule, its findings and the files they are in."""

    rule: str
    label: str
    findings: int
    files: int


@dataclass(frozen=True, slots=True)
class FileCount:
    """One "where to start" row: a file, its owner and its drift and compliance findings."""

    path: str
    anchor: str
    owner: str
    findings: int
    by_rule: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Headline:
    """The drift and compliance numbers of a scan."""

    findings: int
    files: int
    rules: tuple[RuleCount, ...]
    top_files: tuple[FileCount, ...]

    @property
    def sentence(self) -> str:
        """'7 messaging and compliance problems in 3 files: 4 outdated claims, …'."""
        if not self.findings:
            return "No messaging drift or compliance problems found."
        problems = "problem" if self.findings == 1 else "problems"
        files = "file" if self.files == 1 else "files"
        parts = ", ".join(f"{rule.findings} {rule.label}" for rule in self.rules if rule.findings)
        return (
            f"{self.findings} messaging and compliance {problems} in {self.files} {files}: {parts}."
        )


def drift_headline(files: Iterable[FileResult]) -> Headline:
    """Count the headline rules over ``files``; anchors match the page's ``file-N`` ids."""
    findings: Counter[str] = Counter()
    file_counts: Counter[str] = Counter()
    affected = 0
    top: list[FileCount] = []
    for number, file in enumerate(files, start=1):
        here = Counter(f.rule for f in file.findings if f.rule in HEADLINE_RULES)
        if not here:
            continue
        affected += 1
        findings.update(here)
        file_counts.update(here.keys())
        by_rule = tuple((_label(rule, count), count) for rule, count in here.items())
        row = FileCount(file.path, f"file-{number}", file.owner or "", here.total(), by_rule)
        top = sorted([*top, row], key=lambda r: (-r.findings, r.path))[:TOP_FILES]
    rules = tuple(
        RuleCount(rule, _label(rule, findings[rule]), findings[rule], file_counts[rule])
        for rule in HEADLINE_RULES
    )
    return Headline(findings.total(), affected, rules, tuple(top))


def _label(rule: str, count: int) -> str:
    one, many = HEADLINE_RULES[rule]
    return one if count == 1 else many
