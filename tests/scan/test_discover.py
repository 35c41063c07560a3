"""Discovery: globs, always-skipped files, symlinks, odd names, stable order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from freshcheck.policy.model import ScanSettings
from freshcheck.scan.discovery import discover


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text")


def rel_paths(root: Path, scan: ScanSettings | None = None) -> list[str]:
    return [f.rel_path for f in discover([root], scan or ScanSettings(), root)]


def test_every_supported_format_by_default_and_sorted(tmp_path: Path) -> None:
    touch(
        tmp_path,
        "b.md",
        "a/deck.pptx",
        "a/doc.docx",
        "c.pdf",
        "d.txt",
        "e.html",
        "f.htm",
        "g.markdown",
        "notes.xlsx",
        "script.py",
        "old.ppt",
    )
    assert rel_paths(tmp_path) == [
        "a/deck.pptx",
        "a/doc.docx",
        "b.md",
        "c.pdf",
        "d.txt",
        "e.html",
        "f.htm",
        "g.markdown",
        "old.ppt",
    ]


def test_lock_files_vcs_folders_and_litter_are_always_skipped(tmp_path: Path) -> None:
    touch(
        tmp_path,
        "~$deck.pptx",
        ".~lock.doc.docx#",
        "._deck.pptx",
        ".git/x.md",
        ".svn/y.md",
        ".freshcheck/z.md",
        "real.md",
    )
    assert rel_paths(tmp_path) == ["real.md"]


def test_include_and_exclude_globs_are_relative_to_the_root(tmp_path: Path) -> None:
    touch(tmp_path, "decks/a.pptx", "archive/old.pptx", "archive/deep/older.pptx", "wiki/a.md")
    scan = ScanSettings(include=("**/*.pptx",), exclude=("archive/**",))
    assert rel_paths(tmp_path, scan) == ["decks/a.pptx"]


def test_a_named_file_obeys_the_globs_and_is_skipped_with_a_note(tmp_path: Path) -> None:
    # SPEC §2: files named on the command line obey scan.include/exclude like any other.
    touch(tmp_path, "archive/old.pptx", "decks/new.pptx", ".gitignore", "freshcheck.yaml")
    notes: list[str] = []
    named = [tmp_path / name for name in ("archive/old.pptx", "decks/new.pptx")]
    named += [tmp_path / ".gitignore", tmp_path / "freshcheck.yaml"]
    found = discover(named, ScanSettings(exclude=("archive/**",)), tmp_path, notes.append)
    assert [(f.rel_path, f.explicit, f.problem) for f in found] == [("decks/new.pptx", True, None)]
    assert [note.split(": skipped: ")[1] for note in notes] == [
        "matched by scan.exclude",
        "not a supported document format",
        "not a supported document format",
    ]


def test_symlinks_never_leave_the_root_and_loops_do_not_hang(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    touch(outside, "secret.md")
    touch(root, "inside.md")
    (root / "escape.md").symlink_to(outside / "secret.md")
    (root / "alias.md").symlink_to(root / "inside.md")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert rel_paths(root) == ["inside.md"]  # the alias is the same file, scanned once


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names")
def test_non_utf8_file_names_are_scanned_and_printable(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.md"
    with open(raw, "wb") as handle:
        handle.write(b"# Caf\xc3\xa9\n")
    found = discover([tmp_path], ScanSettings(), tmp_path)
    assert [f.rel_path for f in found] == ["caf\ufffd.md"]
    assert found[0].path.exists()
