"""Issue 19, point 7: tuning help. ``explain-match`` and ``claims --unmatched`` show the
closest message of a sentence, its score, why it does (not) match and the words that
decided it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from freshcheck.cli.app import run

POLICY = """version: 1
messaging:
  threshold: 85
  messages:
    - id: onboarding-time
      current: "Acme cuts new-hire onboarding time by 45%."
      superseded: ["Acme cuts new-hire onboarding time by 30%."]
    - id: win-rate
      current: "Teams using Acme playbooks raise their win rates by 23%."
"""


@pytest.fixture()
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "freshcheck.yaml"
    path.write_text(POLICY)
    return path


def test_explain_match_shows_verdict_score_and_deciding_words(
    policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["explain-match", "--policy", str(policy), "--format", "json"]
    assert run([*args, "Acme cuts new-hire laptop setup time by 30%."]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["threshold"] == 85
    closest = out["closest"][0]
    assert closest["message_id"] == "onboarding-time"
    assert "onboard" in closest["missing"]  # the word it lacks
    assert {"laptop", "setup"} <= set(closest["extra"])  # the words that are not the message
    assert closest["score"] > 0


def test_explain_match_says_why_a_sentence_is_unmatched(
    policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(["explain-match", "--policy", str(policy), "Acme cuts travel booking time by 30%."])
        == 0
    )
    text = capsys.readouterr().out
    assert "verdict:  unmatched" in text
    assert "onboarding-time" in text and "subject-word weight" in text
    assert "missing:" in text and "onboard" in text

    assert (
        run(
            [
                "explain-match",
                "--policy",
                str(policy),
                "RouteMax claims it cuts new-hire onboarding time by 30%.",
            ]
        )
        == 0
    )
    assert "attributed to another party" in capsys.readouterr().out

    assert (
        run(
            ["explain-match", "--policy", str(policy), "Acme cuts new-hire onboarding time by 30%."]
        )
        == 0
    )
    assert "verdict:  outdated [onboarding-time]" in capsys.readouterr().out


def test_explain_match_without_messages_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("version: 1\n")
    assert run(["explain-match", "--policy", str(empty), "anything"]) == 2
    assert "no messaging.messages" in capsys.readouterr().err


def test_claims_unmatched_shows_closest_message_and_words(
    policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "notes.md").write_text(
        "# Notes\n\nAcme cuts new-hire laptop setup time by 30%.\n\n"
        "Acme cuts travel booking time by 30%.\n\nBlock 30 minutes for this.\n"
    )
    args = ["claims", str(lib), "--policy", str(policy), "--unmatched"]
    assert run([*args, "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    by_text = {item["text"]: item for item in items}
    faster = by_text["Acme cuts travel booking time by 30%."]
    assert faster["closest"] == "onboarding-time"
    assert isinstance(faster["closest_score"], float)
    assert faster["why"] and "shared:" in faster["decided_by"]
    assert run([*args, "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.endswith("closest,closest_score,why,decided_by")
    assert run(args) == 0
    assert "closest: onboarding-time at " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("RouteMax claims it cuts new-hire onboarding time by 30%.", "attributed to another party"),
        ("One customer, Brightwater Legal, cut new-hire onboarding time by 30%.", "one customer"),
        ("Brightwater Legal's team cut new-hire onboarding time by 30%.", "one customer"),
        ("Paper forms slow new-hire onboarding time by 30%.", "someone else's doing"),
    ],
)
def test_explain_match_says_which_kind_of_not_our_claim(
    policy: Path, capsys: pytest.CaptureFixture[str], sentence: str, why: str
) -> None:
    assert run(["explain-match", "--policy", str(policy), sentence]) == 0
    verdict = next(line for line in capsys.readouterr().out.splitlines() if "verdict:" in line)
    assert "unmatched" in verdict and why in verdict and "(not our claim)" in verdict
