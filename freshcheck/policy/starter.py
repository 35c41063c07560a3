"""The commented starter policy that ``freshcheck init`` writes."""

from __future__ import annotations

from importlib import resources

STARTER_FILE_NAME = "freshcheck.yaml"


def starter_policy_text() -> str:
    """A complete, commented example policy (every section) that passes validation."""
    return resources.files("freshcheck.policy").joinpath("starter.yaml").read_text("utf-8")
