"""Every recipe in docs/ci.md is a whole, valid file: GitHub workflows against the workflow
schema, the rest as YAML; every ``freshcheck scan`` option they use exists, and every input
they give the action is one that ``action.yml`` declares."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from freshcheck.cli.scan import scan_command
from tests.cli.ci.conftest import REPO

DOC = REPO / "docs" / "ci.md"
BLOCK = re.compile(r"^```(yaml|groovy)\n(.*?)^```", re.S | re.M)


def recipes() -> dict[str, tuple[str, str]]:
    """``file name → (language, text)`` for each fenced block whose first line names a file."""
    found: dict[str, tuple[str, str]] = {}
    for language, text in BLOCK.findall(DOC.read_text(encoding="utf-8")):
        first = text.splitlines()[0]
        match = re.match(r"^(?:#|//) (\S+)$", first)
        if match:
            found[match.group(1)] = (language, text)
    return found


def load_yaml(text: str) -> Any:
    document = yaml.safe_load(text)
    if isinstance(document, dict) and True in document:  # YAML 1.1 reads `on:` as true
        document["on"] = document.pop(True)
    return document


WORKFLOWS = sorted(name for name in recipes() if name.startswith(".github/workflows/"))


def test_the_doc_has_every_recipe() -> None:
    assert set(recipes()) == {
        ".github/workflows/freshcheck.yml",
        ".github/workflows/freshcheck-steps.yml",
        ".github/workflows/freshcheck-audit.yml",
        ".github/workflows/freshcheck-reviewdog.yml",
        ".gitlab-ci.yml",
        "azure-pipelines.yml",
        "Jenkinsfile",
        ".pre-commit-config.yaml",
    }


@pytest.mark.parametrize("name", WORKFLOWS)
def test_github_workflows_are_valid(name: str, workflow_validator: Any) -> None:
    workflow = load_yaml(recipes()[name][1])
    workflow_validator.validate(workflow)


@pytest.mark.parametrize("name", WORKFLOWS)
def test_workflows_give_the_action_only_inputs_it_declares(name: str) -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    workflow = load_yaml(recipes()[name][1])
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("your-org/freshcheck@"):
                assert set(step.get("with", {})) <= set(action["inputs"])


def test_the_pre_commit_recipe_uses_the_shipped_hook() -> None:
    config = load_yaml(recipes()[".pre-commit-config.yaml"][1])
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert config["repos"][0]["hooks"][0]["id"] in {hook["id"] for hook in hooks}


def test_gitlab_and_azure_recipes_are_yaml_with_their_reports() -> None:
    gitlab = load_yaml(recipes()[".gitlab-ci.yml"][1])
    reports = gitlab["freshcheck"]["artifacts"]["reports"]
    assert reports == {"codequality": "gl-code-quality.json", "junit": "freshcheck-junit.xml"}
    azure = load_yaml(recipes()["azure-pipelines.yml"][1])
    tasks = [step.get("task") for step in azure["steps"]]
    assert "PublishTestResults@2" in tasks


def test_every_scan_option_in_the_recipes_exists() -> None:
    known = {opt for param in scan_command.params for opt in getattr(param, "opts", [])}
    used: set[str] = set()
    for _, text in recipes().values():
        for command in re.findall(r"freshcheck scan[^\n'\"]*(?:\n\s+--[^\n]*)*", text):
            used |= set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", command))
    assert used and used <= known, used - known
