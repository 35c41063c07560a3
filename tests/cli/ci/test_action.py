"""The GitHub composite action (``action.yml``) and the pre-commit hook definition.

The action's ``run:`` steps are executed as a runner would, in a shallow clone of a fixture
repository with the ``GITHUB_*`` files, and its outputs, annotations, job summary and SARIF
are checked. ``pre-commit try-repo`` runs the hook on this checkout. Both install freshcheck
with its dependencies from the package index, so both are marked ``network``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.cli.ci.conftest import REPO
from tests.report.conftest import SARIF_SCHEMA_PATH

ACTION = REPO / "action.yml"
HOOKS = REPO / ".pre-commit-hooks.yaml"
POLICY = """version: 1
freshness:
  default_cadence: 10y
compliance:
  banned:
    - phrase: "guaranteed results"
"""
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    return done.stdout.decode().strip()


def test_action_metadata_is_valid(action_validator: Any) -> None:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    action_validator.validate(action)
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {
        "paths",
        "policy",
        "changed-only",
        "base",
        "fail-on",
        "select",
        "ignore",
        "sarif-file",
        "html-report",
        "version",
    }
    assert set(action["outputs"]) >= {"findings", "errors", "files"}
    assert action["inputs"]["base"]["default"] == "${{ github.event.pull_request.base.sha }}"


def test_pre_commit_hooks_are_valid_and_cover_every_format(hooks_validator: Any) -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    hooks_validator.validate(hooks)
    (hook,) = hooks
    assert hook["id"] == "freshcheck" and hook["entry"] == "freshcheck scan"
    pattern = re.compile(hook["files"])
    for name in ("a.pptx", "B.DOCX", "c.pdf", "d.md", "e.markdown", "f.txt", "g.html", "h.htm"):
        assert pattern.search(name), name
    for name in ("a.ppt", "b.py", "c.mdx", "d.html.bak"):
        assert not pattern.search(name), name


def expand(text: str, inputs: dict[str, str]) -> str:
    """``${{ inputs.x }}`` replaced, as the runner does before a step runs."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], text)


def condition_holds(expression: str, inputs: dict[str, str]) -> bool:
    """The small subset of GitHub expressions the action's ``if:`` uses."""
    python = re.sub(r"inputs\.([\w-]+)", lambda m: repr(inputs[m.group(1)]), expression)
    python = python.replace("&&", " and ").replace("||", " or ")
    return bool(eval(python, {"__builtins__": {}}))  # our own file's expressions, no names


def run_action(
    workspace: Path, runner: Path, given: dict[str, str], installed: bool = False
) -> tuple[int, str, dict[str, str]]:
    """Run the composite action's steps like a runner: inputs with defaults, GITHUB_PATH
    carried to later steps, GITHUB_OUTPUT parsed. Returns (exit code, stdout, outputs).
    ``installed``: a previous run in ``runner`` installed freshcheck; skip that step."""
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    inputs.update(given)
    files = {name: runner / name for name in ("output", "summary", "path")}
    for name, file in files.items():
        if not (installed and name == "path"):
            file.write_text("")
    extra_path = [line for line in files["path"].read_text().splitlines() if line][::-1]
    stdout = ""
    code = 0
    for step in action["runs"]["steps"]:
        if "if" in step and not condition_holds(step["if"], inputs):
            continue
        if installed and step["name"] == "Install freshcheck":
            continue
        env = {
            **os.environ,
            **GIT_ENV,
            **{key: expand(str(value), inputs) for key, value in step.get("env", {}).items()},
            "GITHUB_ACTION_PATH": str(REPO),
            "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_OUTPUT": str(files["output"]),
            "GITHUB_STEP_SUMMARY": str(files["summary"]),
            "GITHUB_PATH": str(files["path"]),
            "RUNNER_TEMP": str(runner),
            "GITHUB_ACTIONS": "true",
        }
        env["PATH"] = os.pathsep.join([*extra_path, env["PATH"]])
        script = runner / "step.sh"
        script.write_text(expand(step["run"], inputs))
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace,
            env=env,
            capture_output=True,
            text=True,
        )
        stdout += done.stdout
        code = done.returncode
        extra_path = [line for line in files["path"].read_text().splitlines() if line][::-1]
        if code != 0:
            assert step.get("id") == "scan", f"step {step['name']!r} failed:\n{done.stderr}"
            break
    outputs = dict(
        line.split("=", 1) for line in files["output"].read_text().splitlines() if "=" in line
    )
    return code, stdout, outputs


@needs_git
@pytest.mark.network  # installs freshcheck's dependencies from the package index
def test_the_action_annotates_a_pull_request_from_a_shallow_checkout(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    origin.mkdir()
    (origin / "freshcheck.yaml").write_text(POLICY)
    (origin / "old.md").write_text("# Old\n\nGuaranteed results, said long ago.\n")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "base")
    base = git(origin, "rev-parse", "HEAD")
    (origin / "docs").mkdir()
    (origin / "docs" / "new page.md").write_text("# New\n\nIntro.\n\nGuaranteed results.\n")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "pull request")
    workspace = tmp_path / "workspace"
    git(tmp_path, "clone", "-q", "--depth", "1", origin.as_uri(), str(workspace))
    runner = tmp_path / "runner"
    runner.mkdir()

    html = runner / "freshcheck.html"  # outside the workspace: an HTML file there is content
    code, stdout, outputs = run_action(workspace, runner, {"base": base, "html-report": str(html)})

    assert code == 1
    assert outputs == {"exit-code": "1", "findings": "1", "errors": "1", "files": "1"}
    assert stdout.startswith(
        "::error file=docs/new page.md,line=5,endLine=5,col=1,endColumn=18,"
        "title=freshcheck compliance/banned-phrase::"
        "Line 5: Banned phrase 'Guaranteed results'"
    )
    assert "old.md" not in stdout  # unchanged since the base: not judged in this pull request
    summary = (runner / "summary").read_text()
    assert summary.startswith("## freshcheck\n\n1 file: ")
    assert "| line 5 | error | <code>compliance/banned-phrase</code> |" in summary
    sarif = json.loads((workspace / "freshcheck.sarif").read_text())
    schema = json.loads(SARIF_SCHEMA_PATH.read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    (uri,) = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uri == "docs/new%20page.md"  # percent-encoded, as a SARIF URI must be
    assert html.read_text().lower().startswith("<!doctype html>")

    everything = {"changed-only": "false", "fail-on": "never", "sarif-file": ""}
    code, stdout, outputs = run_action(workspace, runner, everything, installed=True)
    assert code == 0
    assert outputs == {"exit-code": "0", "findings": "2", "errors": "2", "files": "2"}


@needs_git
@pytest.mark.network
def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    project = tmp_path / "content"
    project.mkdir()
    (project / "freshcheck.yaml").write_text(POLICY)
    (project / "page.md").write_text("# Page\n\nGuaranteed results.\n")
    (project / "clean.md").write_text("# Clean\n")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    done = subprocess.run(
        [pre_commit, "try-repo", str(REPO), "freshcheck", "--files", "page.md", "clean.md"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "freshcheck" in done.stdout and "Failed" in done.stdout
    assert "Banned phrase 'Guaranteed results'" in done.stdout
