"""The command line through its one entry point: exit codes, streams, errors, e2e."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from freshcheck.cli.app import run

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_content"
POLICIES = REPO / "policies"
AS_OF = ["--as-of", "2026-11-23"]

CLEAN_POLICY = "version: 1\nfreshness:\n  default_cadence: 10y\n"
BANNED_POLICY = """version: 1
freshness:
  default_cadence: 10y
compliance:
  banned:
    - phrase: "guaranteed results"
    - pattern: 'risk-free'
      severity: warning
"""


def library(tmp_path: Path, policy: str, text: str) -> Path:
    (tmp_path / "freshcheck.yaml").write_text(policy)
    (tmp_path / "page.md").write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        ("# Clean page\n", "error", 0),
        ("Guaranteed results.\n", "error", 1),
        ("Guaranteed results.\n", "never", 0),
        ("A risk-free pilot.\n", "error", 0),
        ("A risk-free pilot.\n", "warning", 1),
        ("A risk-free pilot.\n", "info", 1),
    ],
)
def test_exit_code_matrix(tmp_path: Path, text: str, fail_on: str, code: int) -> None:
    root = library(tmp_path, BANNED_POLICY, text)
    assert run(["scan", str(root), "--fail-on", fail_on, "-q", *AS_OF]) == code


def test_policy_errors_exit_2_and_print_no_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = library(tmp_path, "version: 1\nfreshnes:\n  default_cadence: 90x\n", "text\n")
    assert run(["scan", str(root), "--format", "json", *AS_OF]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "freshcheck.yaml:2:1:" in err and "freshness" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A missing path is reported as unreadable and the rest is scanned (SPEC §2): exit 1.
    assert run(["scan", str(tmp_path / "missing")]) == 1
    assert run(["scan", str(tmp_path), "--as-of", "23/11/2026"]) == 2
    assert run(["scan", str(tmp_path), "--report", "nope"]) == 2
    assert run(["explain", "no/such-rule"]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "no such file or folder" in out


def test_json_goes_to_stdout_and_progress_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = library(tmp_path, CLEAN_POLICY, "# Page\n")
    assert run(["scan", str(root), "--format", "json", *AS_OF]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["schema"] == "freshcheck/report@1"
    assert [f["path"] for f in report["files"]] == ["page.md"]
    assert "scanned 1 file" in err


def test_report_files_are_written_besides_stdout(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    root = library(tmp_path / "lib", CLEAN_POLICY, "# Page\n")
    sarif, junit = tmp_path / "out.sarif", tmp_path / "junit.xml"
    code = run(
        [
            "scan",
            str(root),
            "-q",
            "--report",
            f"sarif={sarif}",
            "--report",
            f"junit={junit}",
            *AS_OF,
        ]
    )
    assert code == 0
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert junit.read_text().startswith("<?xml")


def test_review_mark_then_scan_uses_the_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = library(tmp_path, "version: 1\nfreshness:\n  default_cadence: 30d\n", "# Page\n")
    page = root / "page.md"
    import os

    os.utime(page, (1_600_000_000, 1_600_000_000))  # 2020: long overdue by mtime
    assert run(["scan", str(root), "-q", *AS_OF]) == 1
    assert run(["review", "mark", str(page), "--by", "Dana", "--date", "2026-11-20"]) == 0
    assert (root / ".freshcheck" / "reviews.json").exists()
    capsys.readouterr()
    assert run(["scan", str(root), "--format", "json", *AS_OF]) == 0
    file = json.loads(capsys.readouterr().out)["files"][0]
    assert (file["last_updated_source"], file["status"]) == ("review", "fresh")


def test_init_writes_a_starter_that_passes_policy_check(tmp_path: Path) -> None:
    assert run(["init", str(tmp_path)]) == 0
    assert run(["policy", "check", str(tmp_path / "freshcheck.yaml")]) == 0
    assert run(["init", str(tmp_path)]) == 2  # never overwrites without --force


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "messaging/outdated-claim" in listing and "content/dated-reference" in listing
    assert run(["explain", "messaging/retired-term"]) == 0
    assert "Fails:" in capsys.readouterr().out


def test_policy_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["policy", "schema"]) == 0
    assert "properties" in json.loads(capsys.readouterr().out)


def test_sample_library_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's main job: every rule fires at least once, most files are clean."""
    code = run(["scan", str(SAMPLE), "--policy", str(POLICIES), "--format", "json", *AS_OF])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    fired = set(report["summary"]["by_rule"])
    from freshcheck.engine.rules import RULES

    assert fired == set(RULES)
    statuses = report["summary"]["by_status"]
    assert statuses["fresh"] > report["summary"]["files"] / 2
    assert statuses["overdue"] >= 1 and statuses["due-soon"] >= 1 and statuses["error"] == 1
    claims = [
        f
        for file in report["files"]
        for f in file["findings"]
        if f["rule"] == "messaging/outdated-claim"
    ]
    assert all(f["expected"] and f["message_id"] for f in claims)


def test_scanning_never_changes_a_file(tmp_path: Path) -> None:
    copy = tmp_path / "lib"
    shutil.copytree(SAMPLE, copy)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in copy.rglob("*") if p.is_file()}
    run(["scan", str(copy), "--policy", str(POLICIES), "-q", *AS_OF])
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in copy.rglob("*") if p.is_file()}
    assert before == after


def test_claims_inventory_by_message(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["claims", str(SAMPLE), "--policy", str(POLICIES), "--by-message", "--format", "json"]
    assert run(args) == 0
    uses = {item["message_id"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert uses["onboarding-time"]["outdated"] >= 2
    assert "decks/onboarding-roi.pptx" in uses["onboarding-time"]["files"]


def test_in_document_markers_are_read_from_decks_documents_and_pdfs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["scan", str(SAMPLE), "--policy", str(POLICIES), "--format", "json", *AS_OF]) == 1
    files = {f["path"]: f for f in json.loads(capsys.readouterr().out)["files"]}
    expected = {
        "decks/q4-2026-pitch.pptx": "2026-10-05",  # subtitle of the title slide
        "playbooks/discovery-call.docx": "2026-09-14",  # page footer
        "one-pagers/acme-analytics-overview.pdf": "2026-10-30",  # page text
    }
    for path, day in expected.items():
        assert (files[path]["last_updated_source"], files[path]["last_updated"]) == ("marker", day)
