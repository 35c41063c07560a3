"""The layer rules of DESIGN.md, enforced by reading every module's imports.

Imports point downward only: ``extract/`` never imports rules, reports or the CLI; rules never
import reports; nothing imports ``cli``; the ground floor (model, errors) imports nothing of
ours but each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "freshcheck"

# (importer prefix, forbidden imported prefix)
FORBIDDEN = [
    ("freshcheck.extract", "freshcheck.engine.rules"),
    ("freshcheck.extract", "freshcheck.report"),
    ("freshcheck.extract", "freshcheck.engine.check"),
    ("freshcheck.extract", "freshcheck.scan.runner"),
    ("freshcheck.extract", "freshcheck.policy"),
    ("freshcheck.engine.rules", "freshcheck.report"),
    ("freshcheck.engine.rules", "freshcheck.scan.runner"),
    ("freshcheck.report", "freshcheck.scan.runner"),
    ("freshcheck.report", "freshcheck.extract"),
    ("freshcheck.policy", "freshcheck.engine.rules"),
    ("freshcheck.policy", "freshcheck.extract"),
    ("freshcheck.engine.check", "freshcheck.scan.runner"),
    ("freshcheck.engine.check", "freshcheck.report"),
    ("freshcheck.engine.check", "freshcheck.scan.cache.store"),
    ("freshcheck.engine.check", "freshcheck.scan.job"),
    ("freshcheck.engine.analysis", "freshcheck.engine.check"),
    ("freshcheck.engine.analysis", "freshcheck.scan.cache.store"),
    ("freshcheck.engine.rules", "freshcheck.engine.check"),
    ("freshcheck.engine.rules", "freshcheck.engine.analysis"),
    ("freshcheck.scan.cache.store", "freshcheck.engine.check"),
    ("freshcheck.scan.cache.store", "freshcheck.scan.runner"),
    ("freshcheck.scan.job", "freshcheck.scan.runner"),
    ("freshcheck.scan.cache.policy_cache", "freshcheck.scan.runner"),
    ("freshcheck.scan.cache.policy_cache", "freshcheck.engine.check"),
    ("freshcheck.messaging.subject_filter", "freshcheck.messaging.match"),
    ("freshcheck.messaging.subject_filter", "freshcheck.messaging.scoring"),
    # The spool stores values; it knows nothing of how they are made or shown.
    ("freshcheck.scan.result_spool", "freshcheck.engine.check"),
    ("freshcheck.scan.result_spool", "freshcheck.scan.runner"),
    ("freshcheck.scan.result_spool", "freshcheck.report"),
]
GROUND_FLOOR = {"freshcheck.model", "freshcheck.errors"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {name for name in found if name.startswith("freshcheck")}


MODULES = {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize(("importer", "imported"), FORBIDDEN)
def test_layers_point_downward(importer: str, imported: str) -> None:
    offenders = [
        f"{name} imports {target}"
        for name, targets in MODULES.items()
        if name.startswith(importer)
        for target in targets
        if target.startswith(imported)
    ]
    assert not offenders, offenders


def test_nothing_imports_the_cli() -> None:
    offenders = [
        n
        for n, targets in MODULES.items()
        if "freshcheck.cli.app" in targets and n != "freshcheck.__main__"
    ]
    assert not offenders, offenders


def test_the_ground_floor_imports_only_itself() -> None:
    for name in GROUND_FLOOR:
        assert MODULES[name] <= GROUND_FLOOR, (name, MODULES[name])
