"""The review plan: which files fall due within a window, soonest first.

Backs ``freshcheck scan --due-within 30d``. Overdue files are included: their due date
is already inside any window that starts today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from freshcheck.model import FileResult, ScanResult
from freshcheck.policy import Duration
from freshcheck.scan.result_spool import ResultSpool


def window_end(window: Duration | int, as_of: dt.date) -> dt.date:
    """The last day of the window: ``as_of`` plus a policy duration or a number of days."""
    if isinstance(window, Duration):
        return window.after(as_of)
    return as_of + dt.timedelta(days=window)


def review_plan(result: ScanResult, window: Duration | int, as_of: dt.date) -> list[FileResult]:
    """Files due on or before the window's end, by due date, then path.

    Unreadable files and files without a due date are left out: there is no date to plan.
    """
    end = window_end(window, as_of)
    due = [file for file in result.files if _due_by(file, end)]
    return sorted(due, key=lambda file: (file.due or end, file.path))


def due_within(result: ScanResult, window: Duration | int, as_of: dt.date) -> ScanResult:
    """``result`` keeping only the files in the review plan (files stay sorted by path,
    as every ScanResult is; use ``review_plan`` for the by-date order)."""
    end = window_end(window, as_of)
    kept = ResultSpool()  # as many results as the scan had: on disk when they are many
    kept.extend(file for file in result.files if _due_by(file, end))
    return replace(result, files=kept.results())


def _due_by(file: FileResult, end: dt.date) -> bool:
    return file.due is not None and file.due <= end
