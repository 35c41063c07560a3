"""Every rule's pass/fail cases, kept as data in ``cases/*.yaml``.

A case file names a rule, a policy and examples that must fire (``fail``) or stay quiet
(``pass``). Each example is one document: ``text`` (one unit), ``texts`` (several units),
``modified`` (the document's modified date) or ``error`` (an unreadable file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from freshcheck.engine.check import check_document
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.engine.rules import RULES
from freshcheck.engine.verdict import FileFacts
from freshcheck.freshness.last_updated import FileDates
from freshcheck.model import Document, Finding, Location, Metadata, ReadError, TextUnit
from freshcheck.policy import load_policy_texts

CASES = Path(__file__).parent / "cases"
DEFAULT_AS_OF = dt.date(2026, 11, 23)


@dataclass(frozen=True)
class Example:
    rule: str
    policy_text: str
    path: str
    as_of: dt.date
    spec: dict[str, Any]
    fires: bool

    @property
    def label(self) -> str:
        shown = self.spec.get("texts") or self.spec.get("modified") or self.spec.get("error")
        return f"{self.rule} {'fail' if self.fires else 'pass'}: {shown!r}"[:120]


def load_examples() -> list[Example]:
    examples = []
    for case_file in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        for fires, key in ((True, "fail"), (False, "pass")):
            for item in data.get(key) or []:
                spec = _normalise(item)
                as_of = spec.get("as_of") or data.get("as_of") or DEFAULT_AS_OF
                examples.append(
                    Example(
                        data["rule"], data["policy"], data.get("path", "doc.md"), as_of, spec, fires
                    )
                )
    return examples


def _normalise(item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"texts": [item]}
    spec = dict(item)
    if "text" in spec:
        spec["texts"] = [spec.pop("text")]
    return spec


def run_example(example: Example) -> list[Finding]:
    policy = load_policy_texts([("case.yaml", example.policy_text)])
    spec = example.spec
    units = tuple(
        TextUnit(text, Location(paragraph=index))
        for index, text in enumerate(spec.get("texts", []), 1)
    )
    modified = spec.get("modified")
    metadata = Metadata(modified=dt.datetime.combine(modified, dt.time()) if modified else None)
    error = ReadError("encrypted", spec["error"]) if "error" in spec else None
    document = Document(example.path, "md", () if error else units, metadata, error=error)
    dates = FileDates(review=None, git=None, mtime=modified or example.as_of)
    result = check_document(
        document, CompiledPolicy.build(policy), example.as_of, FileFacts(example.path, dates)
    )
    return [f for f in result.findings if f.rule == example.rule]


EXAMPLES = load_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.label for e in EXAMPLES])
def test_rule_example(example: Example) -> None:
    findings = run_example(example)
    if not example.fires:
        assert findings == [], f"expected no {example.rule} finding, got {findings}"
        return
    assert findings, f"expected a {example.rule} finding"
    spec = example.spec
    if "count" in spec:
        assert len(findings) == spec["count"]
    for key in ("expected", "message_id", "severity"):
        if key in spec:
            assert getattr(findings[0], key) == spec[key]
    assert all(f.message for f in findings)


def test_every_rule_has_pass_and_fail_cases() -> None:
    covered = {(e.rule, e.fires) for e in EXAMPLES}
    missing = [
        f"{rule} ({kind})"
        for rule in RULES
        for fires, kind in ((True, "fail"), (False, "pass"))
        if (rule, fires) not in covered
    ]
    assert not missing, f"rules without cases: {missing}"


def test_rule_registry_matches_the_policy_rule_ids() -> None:
    from freshcheck.policy import RULE_IDS

    assert set(RULES) == set(RULE_IDS)
