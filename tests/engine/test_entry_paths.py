"""``paths:`` on terms, banned phrases and disclaimers, through real scans (issue 19, point 4).

Analysis is cached by content, so the same text in two folders shares one analysis: the
globs must travel with the findings and be applied to each file's own path, on a fresh scan
and on a scan served from the cache alike.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from freshcheck.scan.runner import scan_paths
from tests.scan.options import cached_scan_options

AS_OF = dt.date(2026, 12, 1)
POLICY = """version: 1
messaging:
  terms:
    - retired: "SalesBoost"
      use: "Acme Flow"
      paths: ["lib/external/**"]
compliance:
  banned:
    - phrase: "best-in-class"
      paths: "lib/external/**"
    - phrase: "world-class"
  disclaimers:
    - when: '\\bROI\\b'
      require: "Results may vary"
      paths: ["lib/external/decks/**"]
"""
TEXT = "# Guide\n\nOur best-in-class and world-class SalesBoost gives 3x ROI.\n"


def _rules_by_file(tmp_path: Path) -> dict[str, list[str]]:
    policy = tmp_path / "policy.yaml"
    options = cached_scan_options(tmp_path, AS_OF, policy=policy)
    result = scan_paths([tmp_path / "lib"], options)
    return {file.path: sorted(f.rule for f in file.findings) for file in result.files}


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "policy.yaml").write_text(POLICY)
    for folder in ("internal", "external", "external/decks"):
        (tmp_path / "lib" / folder).mkdir(parents=True)
        (tmp_path / "lib" / folder / "guide.md").write_text(TEXT)
    return tmp_path


def test_entries_apply_only_to_the_files_their_paths_match(library: Path) -> None:
    expected = {
        "lib/internal/guide.md": ["compliance/banned-phrase"],
        "lib/external/guide.md": [
            "compliance/banned-phrase",
            "compliance/banned-phrase",
            "messaging/retired-term",
        ],
        "lib/external/decks/guide.md": [
            "compliance/banned-phrase",
            "compliance/banned-phrase",
            "compliance/missing-disclaimer",
            "messaging/retired-term",
        ],
    }
    first = _rules_by_file(library)
    assert {_tail(path): rules for path, rules in first.items()} == expected
    # The second scan judges every file from the cached analysis of the same content.
    second = _rules_by_file(library)
    assert second == first


def _tail(path: str) -> str:
    return path[path.index("lib/") :] if "lib/" in path else f"lib/{path}"
