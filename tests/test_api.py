"""The library API in freshcheck/__init__.py: scan, load_policy, extract — what the CLI uses."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import freshcheck
from freshcheck.model import Document, ScanResult
from freshcheck.policy import Policy
from freshcheck.report import ReportOptions, render

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_content"
AS_OF = dt.date(2026, 11, 23)


def test_scan_gives_what_the_command_line_reports(tmp_path: Path) -> None:
    options = freshcheck.ScanOptions(as_of=AS_OF, cwd=REPO, env={}, use_cache=False)
    result = freshcheck.scan([SAMPLE], policy=REPO / "policies", options=options)
    assert isinstance(result, ScanResult) and len(result.files) > 10
    command = ["scan", "sample_content", "--policy", "policies", "--as-of", AS_OF.isoformat()]
    done = subprocess.run(
        [sys.executable, "-m", "freshcheck", *command, "--format", "json", "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    from_library = json.loads(render("json", result, ReportOptions()))
    assert done.returncode in (0, 1), done.stderr
    assert from_library == json.loads(done.stdout)


def test_load_policy_and_extract() -> None:
    policy = freshcheck.load_policy(REPO / "policies")
    assert isinstance(policy, Policy) and policy.messaging.messages
    assert freshcheck.load_policy(None).digest  # the default policy
    document = freshcheck.extract(SAMPLE / "decks" / "onboarding-roi.pptx")
    assert isinstance(document, Document) and document.error is None
    assert any(unit.location.slide == 2 for unit in document.units)


def test_extract_never_raises_for_a_bad_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"PK\x03\x04 not a real zip")
    assert freshcheck.extract(broken).error is not None


def test_the_api_names_stay_functions_after_the_rooms_of_the_same_names_load() -> None:
    # ``scan`` and ``extract`` are rooms too; importing them must not replace the functions.
    for room in ("freshcheck.scan.runner", "freshcheck.extract.pdf", "freshcheck.scan"):
        importlib.import_module(room)
    assert callable(freshcheck.scan) and freshcheck.scan.__module__ == "freshcheck"
    assert callable(freshcheck.extract) and freshcheck.extract.__module__ == "freshcheck"
    from freshcheck.scan import ScanOptions

    assert ScanOptions is freshcheck.ScanOptions


def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Library API") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    exec(compile(code.group(1), "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out.splitlines()
    assert any(line.startswith("decks/onboarding-roi.pptx overdue") for line in printed), printed
