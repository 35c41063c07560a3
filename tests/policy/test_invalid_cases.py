"""Invalid policies as data: each file in invalid/ ends with the problems it must produce.

A case file is a real policy file; its trailing ``# expect: LINE:COLUMN: message`` comments
list, in order, every problem ``freshcheck policy check`` must report for it. Trailing
comments do not move the lines above them, so the positions are the file's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.errors import EXIT_USAGE, PolicyError
from freshcheck.policy import load_policy

CASES = sorted((Path(__file__).parent / "invalid").glob("*.yaml"))
EXPECT = "# expect: "


def _expected(case: Path) -> list[str]:
    lines = case.read_text(encoding="utf-8").splitlines()
    return [f"{case}:{line.removeprefix(EXPECT)}" for line in lines if line.startswith(EXPECT)]


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_invalid_policy_reports_every_problem_at_file_line_column(case: Path) -> None:
    expected = _expected(case)
    assert expected, f"{case.name} has no '# expect:' lines"
    with pytest.raises(PolicyError) as caught:
        load_policy(case)
    assert [str(problem) for problem in caught.value.problems] == expected
    assert str(caught.value) == "\n".join(expected)
    assert caught.value.exit_code == EXIT_USAGE


def test_there_are_cases_for_every_kind_of_problem() -> None:
    names = {case.stem for case in CASES}
    assert {"unknown_keys", "wrong_types", "durations", "regexes", "messages"} <= names
    assert {"empty", "not_a_mapping", "syntax_colon", "syntax_tab", "version"} <= names
