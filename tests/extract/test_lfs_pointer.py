"""Git LFS pointer files checked out in place of documents: unreadable, with what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from freshcheck.extract import extract_file
from freshcheck.scan.runner import ScanOptions, scan_paths

# What `git lfs` stores in the repository for a tracked file (the spec's exact layout).
POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 12345\n"
)
MESSAGE = (
    "Git LFS pointer, not the document: run `git lfs pull` (or `lfs: true` in actions/checkout)"
)
NAMES = ["deck.pptx", "guide.docx", "one-pager.pdf", "page.md", "notes.txt", "page.html"]


@pytest.mark.parametrize("name", NAMES)
def test_a_pointer_of_each_format_is_unreadable_with_the_lfs_hint(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text(POINTER)
    document = extract_file(path, name)
    assert document.error is not None
    assert (document.error.kind, document.error.reason) == ("lfs-pointer", MESSAGE)
    assert document.units == ()  # never scanned as text


def test_a_scan_reports_file_unreadable_for_a_pointer(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text("version: 1\n")
    (tmp_path / "deck.pptx").write_text(POINTER)
    (tmp_path / "page.md").write_text("# Page\n\nversion https://git-lfs.github.com/spec/v1\n")
    options = ScanOptions(as_of=dt.date(2026, 11, 23), cwd=tmp_path, jobs=1, use_git=False)
    files = {file.path: file for file in scan_paths([tmp_path], options).files}
    deck = files["deck.pptx"]
    assert deck.status == "error"
    assert [(f.rule, f.message) for f in deck.findings] == [
        ("file/unreadable", f"Unreadable: {MESSAGE}")
    ]
    assert files["page.md"].error is None  # the words inside a document are just words
