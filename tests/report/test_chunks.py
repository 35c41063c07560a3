"""Every report streams: its chunks join to exactly the text the whole-string renderers
made (``whole_reports.py``), and a chunk generator reads the files a pass at a time, never
holding more than about one file's output between two chunks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import overload

import pytest

from freshcheck.model import FileResult, Finding, Location, ReadError, ScanResult
from freshcheck.report.csv_report import csv_chunks
from freshcheck.report.gitlab import gitlab_chunks
from freshcheck.report.html_report import CHUNK_CHARS, html_chunks
from freshcheck.report.json_report import json_chunks
from freshcheck.report.junit import junit_chunks
from freshcheck.report.markdown import markdown_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.sarif import sarif_chunks
from freshcheck.report.summary import summarize
from freshcheck.report.text import text_chunks
from tests.report import whole_reports
from tests.report.canonical import AS_OF, canonical_result

Chunker = Callable[[ScanResult, ReportOptions], Iterator[str]]
CHUNKERS: dict[str, tuple[Chunker, Callable[[ScanResult, ReportOptions], str]]] = {
    "text": (text_chunks, whole_reports.whole_text),
    "json": (json_chunks, whole_reports.whole_json),
    "markdown": (markdown_chunks, whole_reports.whole_markdown),
    "html": (html_chunks, whole_reports.whole_html),
    "sarif": (sarif_chunks, whole_reports.whole_sarif),
    "junit": (junit_chunks, whole_reports.whole_junit),
    "csv": (csv_chunks, whole_reports.whole_csv),
    "gitlab": (gitlab_chunks, whole_reports.whole_gitlab),
}
OPTIONS = (
    ReportOptions(),
    ReportOptions(fail_on="warning", baselined=4, source_root="content"),
    ReportOptions(fail_on="never", width=60),
    ReportOptions(group_by="owner"),
    ReportOptions(group_by="folder", fail_on="info"),
    ReportOptions(group_by="status", color=True),
    ReportOptions(quiet=True),
    ReportOptions(color=True),
)
# Passes over the files a format makes before it streams them (the summary, the SARIF
# rules, the JUnit counts, the Markdown review table).
COUNTING_PASSES = {"csv": 0, "gitlab": 0, "json": 1, "sarif": 1, "junit": 1, "text": 1}
COUNTING_PASSES["markdown"] = 2
# Markdown streams twice: the review table's rows, then the findings.
STREAMING_PASSES = {"markdown": 2}


def _edge_result() -> ScanResult:
    """What the canonical result lacks: an unknown rule, repeated findings, long and odd
    text, an unreadable file with notes, a relative root."""
    odd = "tab\there, line\nbreak, \u2028sep, <b>&amp;</b> ]]> \x00 \x0b “quotes” | `code` @x #1 "
    unreadable = Finding("file/unreadable", "error", "Cannot read: encrypted")
    return ScanResult(
        AS_OF,
        ("content",),
        (
            FileResult(
                "a b/ünïcode ☃.md",
                "md",
                "due-soon",
                last_updated=dt.date(2026, 9, 1),
                source="marker",
                due=dt.date(2026, 12, 1),
                cadence_days=91,
                owner=odd,
                findings=(
                    Finding("custom/house-rule", "warning", odd, Location(line=3), odd * 20),
                    Finding("custom/house-rule", "warning", odd, Location(line=3), odd * 20),
                    Finding("content/dated-reference", "info", "x", Location(line=9), "=1+1"),
                ),
                suppressed=3,
                notes=(odd,),
            ),
            FileResult(
                "locked.docx",
                "docx",
                "error",
                findings=(unreadable,),
                notes=("a note", odd),
                error=ReadError("encrypted", odd),
            ),
            FileResult("z/fresh.txt", "txt", "fresh", owner="b@example.com"),
            # No tab, so the text report writes it without rich: wide characters, a line
            # past the width, a break and control codes in the owner must come out the same.
            FileResult(
                "wide/表格 ☃ 📈.pptx",
                "pptx",
                "overdue",
                due=dt.date(2026, 1, 1),
                owner="team\r\nlead \x0b\x07 \u2028" + "長" * 120,
                findings=(Finding("custom/house-rule", "error", "x", None, "表" * 80),),
            ),
        ),
        "sha256:edge",
        "9.9.9",
    )


EMPTY = ScanResult(AS_OF, (), (), "sha256:0", "0.1.0")
RESULTS = ("canonical", "empty", "edges", "sample_scan", "corpus_result")


@pytest.fixture(params=RESULTS)
def any_result(request: pytest.FixtureRequest) -> ScanResult:
    """Each result the identity test renders; the last two are real scans and files."""
    if request.param == "canonical":
        return canonical_result()
    if request.param == "empty":
        return EMPTY
    if request.param == "edges":
        return _edge_result()
    fixture: ScanResult = request.getfixturevalue(request.param)
    return fixture


@pytest.mark.parametrize("fmt", sorted(CHUNKERS))
def test_chunks_join_to_the_whole_report(fmt: str, any_result: ScanResult) -> None:
    chunker, whole = CHUNKERS[fmt]
    for options in OPTIONS:
        assert "".join(chunker(any_result, options)) == whole(any_result, options), options


class CountedFiles(Sequence[FileResult]):
    """Files that count how many times one was handed out, as a spool on disk reads them."""

    def __init__(self, files: tuple[FileResult, ...]) -> None:
        self._files = files
        self.fetched = 0

    def __len__(self) -> int:
        return len(self._files)

    @overload
    def __getitem__(self, index: int) -> FileResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileResult]: ...
    def __getitem__(self, index: int | slice) -> FileResult | Sequence[FileResult]:
        if isinstance(index, slice):
            raise TypeError("a report must not slice the files")
        self.fetched += 1
        return self._files[index]

    def __iter__(self) -> Iterator[FileResult]:
        for file in self._files:
            self.fetched += 1
            yield file


def _library(count: int) -> CountedFiles:
    """``count`` overdue files in a few folders, two findings each."""
    files = []
    for number in range(count):
        findings = tuple(
            Finding(
                "messaging/retired-term",
                "error",
                f"Retired term {slide}",
                Location(slide=slide, part="body"),
                f"Acme Insights on slide {slide}",
                "Acme Analytics",
            )
            for slide in (1, 2)
        )
        files.append(
            FileResult(
                f"folder-{number % 7}/deck-{number:05}.pptx",
                "pptx",
                "overdue",
                last_updated=dt.date(2025, 1, 1),
                source="metadata",
                due=dt.date(2025, 4, 1),
                cadence_days=90,
                owner=f"owner-{number % 3}@example.com",
                findings=findings,
            )
        )
    return CountedFiles(tuple(files))


def _fetches_per_chunk(chunks: Iterator[str], files: CountedFiles) -> list[int]:
    """How many files the generator fetched to make each chunk (and after the last)."""
    counts = []
    before = files.fetched
    for _ in chunks:
        counts.append(files.fetched - before)
        before = files.fetched
    counts.append(files.fetched - before)
    return counts


@pytest.mark.parametrize("fmt", sorted(COUNTING_PASSES))
def test_chunks_hold_one_file_after_the_counting_passes(fmt: str) -> None:
    files = _library(300)
    result = ScanResult(AS_OF, ("content",), files, "sha256:0", "0.1.0")
    chunker, _ = CHUNKERS[fmt]
    counts = _fetches_per_chunk(chunker(result, ReportOptions()), files)
    # A counting pass reads every file in one chunk; every other chunk reads at most one.
    assert sum(count > 1 for count in counts) <= COUNTING_PASSES[fmt], counts
    assert max(counts) <= len(files) + 1, "the files were read whole in one chunk"
    passes = COUNTING_PASSES[fmt] + STREAMING_PASSES.get(fmt, 1)
    assert files.fetched <= passes * len(files)
    assert len(counts) > len(files), "one chunk per file at least"


def test_html_walks_the_files_a_few_times_and_yields_bounded_chunks() -> None:
    files = _library(300)
    result = ScanResult(AS_OF, ("content",), files, "sha256:0", "0.1.0")
    chunks = list(html_chunks(result, ReportOptions()))
    # The summary, the drift headline, three charts over files, one over findings, the
    # table and the details.
    assert files.fetched <= 8 * len(files)
    assert len(chunks) > 2
    assert max(len(chunk) for chunk in chunks) < CHUNK_CHARS + 4096


def test_grouped_text_reads_the_files_twice_and_still_streams() -> None:
    files = _library(60)
    result = ScanResult(AS_OF, ("content",), files, "sha256:0", "0.1.0")
    chunks = list(text_chunks(result, ReportOptions(group_by="owner")))
    assert files.fetched == 2 * len(files)
    assert len(chunks) == len(files) + 1


def test_summarize_reads_each_file_once() -> None:
    files = _library(50)
    summary = summarize(ScanResult(AS_OF, (), files, "sha256:0", "0.1.0"), ReportOptions())
    assert files.fetched == len(files)
    assert (summary.files, summary.findings) == (50, 100)
    assert summary.by_severity == {"error": 100, "warning": 0, "info": 0}
    assert summary.by_rule == {"messaging/retired-term": 100}
