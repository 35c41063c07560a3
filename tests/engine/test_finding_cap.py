"""A file with thousands of findings of one rule lists the first hundred and counts the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import freshcheck
from freshcheck.engine.finding_cap import MAX_FINDINGS_PER_RULE
from freshcheck.model import FileResult
from freshcheck.scan import ScanOptions

AS_OF = dt.date(2026, 11, 23)
POLICY = """version: 1
freshness:
  default_cadence: 10y
compliance:
  banned:
    - phrase: "guaranteed"
    - phrase: "risk free"
      severity: warning
"""


def scan_page(tmp_path: Path, text: str) -> FileResult:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "page.md").write_text(text)
    options = ScanOptions(as_of=AS_OF, cwd=tmp_path, jobs=1, use_cache=False)
    (file,) = freshcheck.scan([tmp_path], options=options).files
    return file


@pytest.mark.parametrize("hits", [1, MAX_FINDINGS_PER_RULE])
def test_up_to_the_limit_every_finding_is_listed(tmp_path: Path, hits: int) -> None:
    file = scan_page(tmp_path, "# Page\n\n" + "Guaranteed.\n\n" * hits)
    assert len(file.findings) == hits
    assert not any("more" in finding.message for finding in file.findings)


def test_past_the_limit_one_finding_counts_the_rest(tmp_path: Path) -> None:
    text = "# Page\n\n" + "Guaranteed.\n\n" * 2_500 + "Risk free.\n\n" * 3
    file = scan_page(tmp_path, text)
    banned = [f for f in file.findings if f.message.startswith("Banned phrase 'Guaranteed'")]
    assert len(banned) == MAX_FINDINGS_PER_RULE
    assert [f.location.line for f in banned if f.location] == list(range(3, 203, 2))
    (rest,) = [f for f in file.findings if f.message.startswith("and ")]
    assert rest.rule == "compliance/banned-phrase" and rest.severity == "error"
    assert rest.location is None
    assert rest.message == (
        "and 2,403 more compliance/banned-phrase findings in this file, not listed "
        f"(only the first {MAX_FINDINGS_PER_RULE} of each rule are)"
    )
    # 2,500 + 3 findings of one rule: 100 listed, 2,403 counted (the risk-free ones last).
    assert len(file.findings) == MAX_FINDINGS_PER_RULE + 1
