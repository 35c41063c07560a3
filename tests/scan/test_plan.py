"""The review plan behind ``scan --due-within``: due within the window, soonest first."""

from __future__ import annotations

import datetime as dt

import pytest

from freshcheck.model import ScanResult
from freshcheck.policy.model import Duration
from freshcheck.scan.plan import due_within, review_plan, window_end
from tests.report.canonical import canonical_result


@pytest.fixture()
def result() -> ScanResult:
    return canonical_result()


def test_window_end_takes_days_or_a_duration() -> None:
    as_of = dt.date(2026, 11, 30)
    assert window_end(30, as_of) == dt.date(2026, 12, 30)
    assert window_end(Duration(3, "m"), as_of) == dt.date(2027, 2, 28)


def test_plan_is_sorted_by_due_date_and_includes_overdue(result: ScanResult) -> None:
    plan = review_plan(result, Duration(30, "d"), result.as_of)
    assert [(f.path, f.due) for f in plan] == [
        ("notes/call-script.txt", dt.date(2025, 7, 4)),
        ("decks/q3-pitch.pptx", dt.date(2026, 4, 10)),
        ("playbooks/Überblick — sales playbook.docx", dt.date(2026, 11, 28)),
    ]


def test_a_longer_window_adds_files_and_skips_unreadable(result: ScanResult) -> None:
    plan = review_plan(result, 60, result.as_of)
    assert [f.path for f in plan][-1] == "decks/intro.pptx"
    assert "decks/broken.pptx" not in {f.path for f in plan}


def test_due_within_keeps_a_path_sorted_scan_result(result: ScanResult) -> None:
    filtered = due_within(result, 30, result.as_of)
    assert [f.path for f in filtered.files] == sorted(
        [
            "notes/call-script.txt",
            "decks/q3-pitch.pptx",
            "playbooks/Überblick — sales playbook.docx",
        ]
    )
    assert filtered.as_of == result.as_of
