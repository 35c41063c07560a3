"""``--select`` / ``--ignore``: rule ids and prefixes, ignore wins, typos are usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.cli.app import run
from freshcheck.engine import RULES
from freshcheck.errors import UsageError
from freshcheck.model import ScanResult
from freshcheck.report import RuleSelection, select_findings


def rules_of(result: ScanResult) -> set[str]:
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("select", "ignore", "kept"),
    [
        ((), (), set(RULES)),
        (("messaging/",), (), {"messaging/outdated-claim", "messaging/retired-term"}),
        (("messaging",), (), {"messaging/outdated-claim", "messaging/retired-term"}),
        (("messaging/retired-term",), (), {"messaging/retired-term"}),
        ((), ("freshness/",), set(RULES) - {"freshness/overdue", "freshness/due-soon"}),
        (("messaging/,compliance/",), ("messaging/outdated-claim",), None),
    ],
)
def test_entries_are_ids_or_prefixes(
    select: tuple[str, ...], ignore: tuple[str, ...], kept: set[str] | None
) -> None:
    selection = RuleSelection.parse(select, ignore, RULES)
    if kept is None:
        kept = {"messaging/retired-term", "compliance/banned-phrase"}
        kept |= {"compliance/missing-disclaimer"}
    assert {rule for rule in RULES if selection.keeps(rule)} == kept


def test_a_prefix_is_a_whole_family_not_a_string_prefix() -> None:
    selection = RuleSelection.parse(["file"], [], RULES)
    assert selection.keeps("file/unreadable")
    assert not selection.keeps("filed/other")


@pytest.mark.parametrize("entry", ["messaging/retired", "fresh", "nope/"])
def test_an_entry_that_matches_no_rule_is_a_usage_error(entry: str) -> None:
    with pytest.raises(UsageError, match="no rule id or prefix"):
        RuleSelection.parse([entry], [], RULES)
    with pytest.raises(UsageError, match="--ignore"):
        RuleSelection.parse([], [entry], RULES)


def test_select_findings_keeps_statuses_and_drops_findings(result: ScanResult) -> None:
    selection = RuleSelection.parse([], ["freshness/", "file/"], RULES)
    filtered = select_findings(result, selection)
    assert rules_of(filtered) == rules_of(result) - {
        "freshness/overdue",
        "freshness/due-soon",
        "file/unreadable",
    }
    assert [f.status for f in filtered.files] == [f.status for f in result.files]
    assert select_findings(result, RuleSelection()) is result


POLICY = """version: 1
freshness:
  default_cadence: 30d
messaging:
  terms:
    - retired: ["Acme Insights"]
      use: "Acme Analytics"
"""


def test_cli_ignore_freshness_lets_a_wording_check_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    page = tmp_path / "page.md"
    page.write_text("# Plain page\n\nNothing retired here.\n")
    old = ["--as-of", "2099-01-01", "--format", "json", str(tmp_path)]
    assert run(["scan", *old]) == 1  # overdue by 2099
    assert run(["scan", "--ignore", "freshness/", *old]) == 0
    page.write_text("# Page\n\nTry Acme Insights today.\n")
    assert run(["scan", "--ignore", "freshness/", *old]) == 1
    assert run(["scan", "--select", "compliance/", *old]) == 0
    capsys.readouterr()
    assert run(["scan", "--select", "messaging/retierd-term", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "--select: 'messaging/retierd-term' is no rule id or prefix" in err
    assert "Traceback" not in err
