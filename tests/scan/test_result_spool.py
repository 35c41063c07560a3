"""The result spool: a large scan's results wait on disk, and read back equal and sorted."""

from __future__ import annotations

import datetime as dt
import gc
import os
import weakref
from pathlib import Path

import pytest

from freshcheck.model import FileResult, Finding, Location, ReadError
from freshcheck.report import ReportOptions, render
from freshcheck.report.baseline import apply_baseline, write_baseline
from freshcheck.scan import result_spool
from freshcheck.scan.plan import due_within
from freshcheck.scan.result_spool import ResultSpool, SpooledResults
from freshcheck.scan.runner import scan_paths as scan
from tests.scan.options import cached_scan_options
from tests.scan.test_runner import AS_OF, _library


def _result(path: str, findings: int = 2) -> FileResult:
    found = tuple(
        Finding(
            rule="compliance/banned-phrase",
            severity="error",
            message=f"Banned phrase “guaranteed” ({n})",
            location=Location(part="slide", slide=n + 1, shape="Title 1"),
            excerpt="Guaranteed results – every quarter.",
        )
        for n in range(findings)
    )
    return FileResult(
        path=path,
        format="pptx",
        status="overdue",
        last_updated=dt.date(2025, 1, 2),
        source="git",
        due=dt.date(2025, 7, 1),
        cadence_days=180,
        owner="enablement@example.com",
        findings=found,
        notes=("a note",),
    )


def test_a_small_spool_stays_in_memory_as_a_sorted_tuple() -> None:
    spool = ResultSpool(in_memory=10)
    spool.extend(_result(p) for p in ("b.pptx", "a.pptx", "c.pptx"))
    results = spool.results(sort_by_path=True)
    assert isinstance(results, tuple)
    assert [r.path for r in results] == ["a.pptx", "b.pptx", "c.pptx"]


def test_past_its_limit_the_spool_reads_every_result_back_equal_and_sorted() -> None:
    originals = [_result(f"deck{n:03}.pptx", findings=n % 4) for n in range(50)]
    originals.append(
        FileResult("broken.pdf", "pdf", "error", error=ReadError("damaged", "no xref table"))
    )
    spool = ResultSpool(in_memory=8)
    spool.extend(reversed(originals))
    results = spool.results(sort_by_path=True)
    assert isinstance(results, SpooledResults)
    expected = tuple(sorted(originals, key=lambda r: r.path))
    assert len(results) == 51
    assert results == expected and expected == results  # both ways round
    assert list(results) == list(results)  # walked twice: read twice, same values
    assert results[0] == expected[0] and results[-1] == expected[-1]
    assert results[3:6] == expected[3:6]
    with pytest.raises(IndexError):
        results[51]
    assert results != expected[:-1]


def test_results_in_the_order_added_when_not_sorted() -> None:
    spool = ResultSpool(in_memory=1)
    spool.extend(_result(p) for p in ("z.md", "a.md", "m.md"))
    assert [r.path for r in spool.results()] == ["z.md", "a.md", "m.md"]


def test_the_spool_file_is_closed_with_its_results() -> None:
    spool = ResultSpool(in_memory=0)
    spool.add(_result("a.md"))
    results = spool.results()
    handle = weakref.ref(results._file)  # type: ignore[attr-defined]
    assert handle() is not None and not handle().closed  # type: ignore[union-attr]
    del spool, results
    gc.collect()
    assert handle() is None  # closed and, being a temporary file, deleted


def test_a_scan_spooled_to_disk_reports_exactly_what_an_in_memory_scan_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(tmp_path / "lib")
    options = cached_scan_options(tmp_path, AS_OF)
    in_memory = scan([library], options)
    monkeypatch.setattr(result_spool, "IN_MEMORY_RESULTS", 2)
    spooled = scan([library], options)
    assert isinstance(spooled.files, SpooledResults) and isinstance(in_memory.files, tuple)
    assert spooled == in_memory
    report = ReportOptions(fail_on="warning")
    for fmt in ("json", "sarif", "junit", "csv", "text"):
        assert render(fmt, spooled, report) == render(fmt, in_memory, report)
    assert spooled.exit_code("warning") == in_memory.exit_code("warning") == 1

    # What a CI run does next: a baseline and a review window, still from the spool.
    baseline = write_baseline(spooled)
    accepted, dropped = apply_baseline(spooled, baseline, keep=result_spool.spooled)
    assert isinstance(accepted.files, SpooledResults)
    assert dropped == sum(len(f.findings) for f in in_memory.files) > 0
    assert sum(len(f.findings) for f in accepted.files) == 0
    planned = due_within(spooled, 400, AS_OF)
    assert planned == due_within(in_memory, 400, AS_OF)
    assert [f.path for f in planned.files] == [f.path for f in in_memory.files if f.due]


def test_the_spool_file_goes_in_the_folder_given_or_else_the_system_one(tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path / "missing"):
        spool = ResultSpool(in_memory=0, folder=folder)
        spool.add(_result("a.md"))
        results = spool.results()
        assert results[0].path == "a.md"  # readable wherever the file went
        descriptor = Path(f"/proc/self/fd/{results._file.fileno()}")  # type: ignore[attr-defined]
        if descriptor.exists():  # Linux: where the unlinked file lives
            inside = os.readlink(descriptor).startswith(str(tmp_path))
            assert inside == (folder == tmp_path)
    assert not (tmp_path / "missing").exists()
