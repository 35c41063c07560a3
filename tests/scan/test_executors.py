"""The local executor starts workers lazily: none on a warm cache, never more than files to parse.

Every scan here runs real files through real worker processes; the executor counts the
worker processes it started.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest

from freshcheck.errors import UsageError
from freshcheck.scan.executors import ExecutorSettings, open_executor
from freshcheck.scan.executors.local import LocalExecutor
from freshcheck.scan.runner import ScanOptions, executor_settings, scan_paths
from tests.scan.options import cached_scan_options

AS_OF = dt.date(2026, 6, 1)
POLICY = "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n"


def _library(root: Path, files: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    for n in range(files):
        (root / f"notes{n}.md").write_text(f"# Notes {n}\n\nguaranteed results, {n} times.\n")
    return root


def _scan(root: Path, options: ScanOptions) -> tuple[int, list[str]]:
    """The scan's workers started, and the rules it found per file."""
    executor = LocalExecutor(executor_settings(options))
    result = scan_paths([root], options, executor)
    return executor.workers_started, [
        f"{file.path}:{','.join(f.rule for f in file.findings)}" for file in result.files
    ]


def test_a_fully_warm_cache_starts_no_worker(tmp_path: Path) -> None:
    root = _library(tmp_path / "library", 5)
    options = cached_scan_options(tmp_path, AS_OF, jobs=2)
    cold_workers, cold = _scan(root, options)
    warm_workers, warm = _scan(root, options)
    assert cold_workers == 2
    assert warm_workers == 0
    assert warm == cold


def test_one_file_to_parse_starts_one_worker_whatever_jobs_allows(tmp_path: Path) -> None:
    root = _library(tmp_path / "library", 5)
    options = cached_scan_options(tmp_path, AS_OF, jobs=2)
    _scan(root, options)
    (root / "notes3.md").write_text("# Notes 3\n\nNothing to report, longer than before.\n")
    workers, rules = _scan(root, options)
    assert workers == 1
    assert "notes3.md:" in rules and "notes2.md:compliance/banned-phrase" in rules


def _docx(path: Path, text: str) -> None:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))


def test_without_a_cache_one_binary_file_starts_one_worker(tmp_path: Path) -> None:
    root = _library(tmp_path / "library", 0)
    _docx(root / "brief.docx", "guaranteed results, once.")
    options = dataclasses.replace(cached_scan_options(tmp_path, AS_OF, jobs=2), use_cache=False)
    workers, rules = _scan(root, options)
    assert workers == 1
    assert rules[0].startswith("brief.docx:") and "compliance/banned-phrase" in rules[0]


@pytest.mark.parametrize("use_cache", [True, False], ids=["cache", "no-cache"])
def test_a_few_small_text_files_are_analysed_without_a_worker(
    tmp_path: Path, use_cache: bool
) -> None:
    root = _library(tmp_path / "library", 3)
    options = dataclasses.replace(cached_scan_options(tmp_path, AS_OF, jobs=2), use_cache=use_cache)
    workers, rules = _scan(root, options)
    assert workers == 0
    assert rules == [f"notes{n}.md:compliance/banned-phrase" for n in range(3)]
    if use_cache:  # what the process analysed went to the cache, as a worker's reply does
        assert _scan(root, options) == (0, rules)


def test_a_library_of_many_files_is_analysed_in_workers_as_before(tmp_path: Path) -> None:
    root = _library(tmp_path / "library", 5)
    options = dataclasses.replace(cached_scan_options(tmp_path, AS_OF, jobs=2), use_cache=False)
    workers, rules = _scan(root, options)
    assert workers == 2
    assert rules == [f"notes{n}.md:compliance/banned-phrase" for n in range(5)]


def test_a_text_name_on_binary_content_still_goes_to_a_worker(tmp_path: Path) -> None:
    # The name says Markdown, the bytes are a Word document: its parser runs isolated.
    root = _library(tmp_path / "library", 0)
    _docx(tmp_path / "brief.docx", "guaranteed results, once.")
    (root / "brief.md").write_bytes((tmp_path / "brief.docx").read_bytes())
    options = dataclasses.replace(cached_scan_options(tmp_path, AS_OF, jobs=2), use_cache=False)
    workers, rules = _scan(root, options)
    assert workers == 1
    assert len(rules) == 1 and rules[0].startswith("brief.md:")


def test_the_local_executor_is_the_default_and_owns_no_node_caches() -> None:
    executor = open_executor(ExecutorSettings())
    assert isinstance(executor, LocalExecutor)
    assert executor.node_caches is False


def test_an_unknown_executor_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown executor 'dask'"):
        open_executor(ExecutorSettings(kind="dask"))
