"""Validators for the CI files freshcheck ships, against schemas vendored in ``schema/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

SCHEMAS = Path(__file__).resolve().parent / "schema"
REPO = Path(__file__).resolve().parents[3]


def validator(name: str) -> Any:
    """A draft-07 validator for ``schema/<name>.json`` (SchemaStore's schemas are draft-07)."""
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="session")
def workflow_validator() -> Any:
    return validator("github-workflow")


@pytest.fixture(scope="session")
def action_validator() -> Any:
    return validator("github-action")


@pytest.fixture(scope="session")
def hooks_validator() -> Any:
    return validator("pre-commit-hooks")
