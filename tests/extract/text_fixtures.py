"""Shared by the md/txt/html extractor tests: where the text fixtures live, and their goldens."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT = FIXTURES / "text"


@cache
def load_maker() -> ModuleType:
    """The fixture script, imported by path (it is a script, not a package module)."""
    spec = importlib.util.spec_from_file_location(
        "make_text_fixtures", FIXTURES / "make_text_fixtures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_matches_golden(path: Path) -> None:
    """The extractor's units for ``path`` equal its committed golden file."""
    maker = load_maker()
    assert maker.golden(path) == maker.golden_path(path).read_text(encoding="utf-8")
