"""The report's rule texts (SARIF tool.driver.rules, HTML legend) cover exactly the rules."""

from __future__ import annotations

from freshcheck.engine.rules import RULES
from freshcheck.report.rule_docs import RULE_DOC_BY_ID


def test_every_rule_is_documented_with_its_default_severity() -> None:
    assert set(RULE_DOC_BY_ID) == set(RULES)
    for rule_id, spec in RULES.items():
        assert RULE_DOC_BY_ID[rule_id].severity == spec.default_severity
