"""The watcher's way into the scan: which paths are library files, and scanning a few of
them through the cache, counting what had to be parsed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from freshcheck.policy import load_policy
from freshcheck.scan import library_file, scan_files, walk_library
from tests.scan.options import cached_scan_options

AS_OF = dt.date(2026, 6, 1)


def _library(tmp_path: Path, extra: str = "") -> Path:
    root = tmp_path / "lib"
    (root / "decks").mkdir(parents=True)
    (root / "archive").mkdir()
    (root / ".git").mkdir()
    (root / "freshcheck.yaml").write_text(
        "version: 1\nscan:\n  exclude: ['archive/**']\n"
        "compliance:\n  banned:\n    - phrase: guaranteed results\n" + extra,
        encoding="utf-8",
    )
    (root / "decks" / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
    (root / "decks" / "b.md").write_text("A risk-free trial.\n", encoding="utf-8")
    (root / "archive" / "old.md").write_text("old\n", encoding="utf-8")
    (root / ".git" / "x.md").write_text("git\n", encoding="utf-8")
    (root / "decks" / "~$a.md").write_text("owner\n", encoding="utf-8")
    (root / "decks" / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    return root


def test_library_file_follows_the_walk(tmp_path: Path) -> None:
    root = _library(tmp_path)
    policy = load_policy(root / "freshcheck.yaml")
    found = library_file(root / "decks" / "a.md", root, policy)
    assert found is not None and found.rel_path == "decks/a.md"
    for skipped in ["archive/old.md", ".git/x.md", "decks/~$a.md", "decks/notes.yaml"]:
        assert library_file(root / skipped, root, policy) is None, skipped
    assert library_file(root / "decks" / "missing.md", root, policy) is None
    assert library_file(tmp_path / "elsewhere.md", root, policy) is None
    (root / "decks" / "loop").symlink_to(root, target_is_directory=True)
    walked = sorted(f.rel_path for f in walk_library(root, policy))
    assert walked == ["decks/a.md", "decks/b.md"]


def test_scan_files_parses_only_what_the_cache_cannot_serve(tmp_path: Path) -> None:
    root = _library(tmp_path)
    options = cached_scan_options(tmp_path, AS_OF)
    policy = load_policy(root / "freshcheck.yaml")
    files = list(walk_library(root, policy))
    first = scan_files(files, policy, options)
    assert sorted(first.extracted) == ["decks/a.md", "decks/b.md"]
    assert {r.path: len(r.findings) for r in first.results} == {"decks/a.md": 1, "decks/b.md": 0}

    again = scan_files(files, policy, options)
    assert again.extracted == ()

    (root / "freshcheck.yaml").write_text(
        (root / "freshcheck.yaml").read_text() + "    - phrase: risk-free\n", encoding="utf-8"
    )
    stricter = load_policy(root / "freshcheck.yaml")
    rejudged = scan_files(files, stricter, options)
    assert rejudged.extracted == ()  # a new policy: analysed again from cached documents
    assert {r.path: len(r.findings) for r in rejudged.results} == {"decks/a.md": 1, "decks/b.md": 1}


def test_scan_files_stops_when_asked(tmp_path: Path) -> None:
    root = _library(tmp_path)
    policy = load_policy(root / "freshcheck.yaml")
    files = list(walk_library(root, policy))
    options = cached_scan_options(tmp_path, AS_OF, jobs=1)
    batch = scan_files(files, policy, options, should_stop=lambda: True)
    assert not batch.complete
    assert len(batch.results) == 1
