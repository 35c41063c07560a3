"""``--select`` / ``--ignore``: keep the findings of some rules only, as linters do.

An entry is a rule id (``messaging/retired-term``) or a family prefix (``freshness/``, or
``freshness``). A finding is kept when it matches a selected entry (every rule when nothing is
selected) and no ignored one: ``--ignore`` wins. The filter runs on a finished
``ScanResult``, like the baseline, and never in the engine: the cached analyses stay valid for
every selection, and file statuses (overdue, due soon) are left as they are; only the
findings, hence the exit code and the annotations, change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from freshcheck.errors import UsageError
from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.baseline import KeepFiles


@dataclass(frozen=True, slots=True)
class RuleSelection:
    """Which rules' findings to keep; ``selected`` empty means every rule."""

    selected: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls, select: Iterable[str], ignore: Iterable[str], known: Iterable[str]
    ) -> RuleSelection:
        """Entries from repeatable, comma-separated options, each checked against ``known``
        rule ids: an entry that matches no rule is a usage error (a typo would otherwise
        silently select nothing)."""
        rules = tuple(known)
        selected = _entries(select)
        ignored = _entries(ignore)
        for option, entries in (("--select", selected), ("--ignore", ignored)):
            for entry in entries:
                if not any(_matches(rule, entry) for rule in rules):
                    raise UsageError(
                        f"{option}: {entry!r} is no rule id or prefix; "
                        f"run 'freshcheck rules' for the list"
                    )
        return cls(selected, ignored)

    @property
    def keeps_everything(self) -> bool:
        return not self.selected and not self.ignored

    def keeps(self, rule: str) -> bool:
        """True when findings of ``rule`` are reported."""
        if any(_matches(rule, entry) for entry in self.ignored):
            return False
        return not self.selected or any(_matches(rule, entry) for entry in self.selected)


def select_findings(
    result: ScanResult, selection: RuleSelection, keep: KeepFiles = tuple
) -> ScanResult:
    """``result`` with only the findings ``selection`` keeps; ``keep`` stores the files (see
    ``freshcheck.report.baseline.KeepFiles``)."""
    if selection.keeps_everything:
        return result

    def filtered() -> Iterable[FileResult]:
        for file in result.files:
            kept: tuple[Finding, ...] = tuple(f for f in file.findings if selection.keeps(f.rule))
            yield file if len(kept) == len(file.findings) else replace(file, findings=kept)

    return replace(result, files=keep(filtered()))


def _entries(values: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        out += [part.strip() for part in value.split(",") if part.strip()]
    return tuple(out)


def _matches(rule: str, entry: str) -> bool:
    family = entry.rstrip("/")
    return rule == entry or rule.startswith(family + "/")
