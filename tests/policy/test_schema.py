"""The JSON Schema: valid draft 2020-12, accepts every example policy, rejects bad ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from freshcheck.policy import RULE_IDS, SEVERITIES, policy_schema, starter_policy_text
from freshcheck.policy.keys import SECTION_KEYS

EXAMPLES = Path(__file__).parent / "examples"
BUNDLED = Path(__file__).resolve().parents[2] / "policies"  # the repository's own policy folder
EXAMPLE_FILES = sorted(EXAMPLES.rglob("*.y*ml")) + sorted(BUNDLED.glob("*.y*ml"))


def _validator() -> jsonschema.Draft202012Validator:
    schema = policy_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _errors(data: Any) -> list[str]:
    return [error.message for error in _validator().iter_errors(data)]


def test_schema_is_draft_2020_12() -> None:
    schema = policy_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    "path", EXAMPLE_FILES, ids=[f"{p.parent.name}/{p.name}" for p in EXAMPLE_FILES]
)
def test_every_example_policy_file_is_valid(path: Path) -> None:
    assert _errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_starter_policy_is_valid() -> None:
    assert _errors(yaml.safe_load(starter_policy_text())) == []


INVALID = [
    ({}, "'version' is a required property"),
    ({"version": 2}, "1 was expected"),
    ({"version": 1, "freshnes": {}}, "Additional properties are not allowed"),
    ({"version": 1, "freshness": {"default_cadence": "90 days"}}, "does not match"),
    ({"version": 1, "messaging": {"threshold": 101}}, "101 is greater than the maximum of 100"),
    ({"version": 1, "messaging": {"messages": [{"id": "a"}]}}, "'current' is a required"),
    ({"version": 1, "messaging": {"messages": [{"id": "a", "current": ""}]}}, "non-empty"),
    ({"version": 1, "compliance": {"banned": [{"phrase": "a", "pattern": "b"}]}}, "valid under"),
    ({"version": 1, "compliance": {"banned": [{"reason": "x"}]}}, "is not valid under any"),
    ({"version": 1, "compliance": {"banned": [{"pattern": "(x"}]}}, "is not a 'regex'"),
    ({"version": 1, "severity": {"freshness/overdu": "error"}}, "is not one of"),
    ({"version": 1, "severity": {"freshness/overdue": "loud"}}, "is not one of"),
    ({"version": 1, "freshness": {"cadence": [{"match": [], "every": "9d"}]}}, "is not valid"),
]


@pytest.mark.parametrize(("policy", "message"), INVALID)
def test_invalid_policies_fail_the_schema(policy: dict[str, Any], message: str) -> None:
    errors = _errors(policy)
    assert errors, f"schema accepted {policy}"
    assert any(message in error for error in errors), errors


def _properties(schema: dict[str, Any], path: str) -> dict[str, Any]:
    node = schema
    for part in filter(None, path.replace("[]", ".[]").split(".")):
        node = node["items"] if part == "[]" else node["properties"][part]
    return dict(node["properties"])


@pytest.mark.parametrize("section", sorted(SECTION_KEYS))
def test_schema_allows_exactly_the_keys_validation_allows(section: str) -> None:
    properties = _properties(policy_schema(), section)
    assert tuple(properties) == SECTION_KEYS[section]
    assert all(prop.get("description") for prop in properties.values())


def test_schema_knows_every_rule_id_and_severity() -> None:
    schema = policy_schema()
    assert schema["properties"]["severity"]["propertyNames"]["enum"] == list(RULE_IDS)
    assert schema["$defs"]["severity"]["enum"] == list(SEVERITIES)
