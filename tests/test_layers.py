"""The rooms of docs/architecture.md, enforced by reading every module's imports.

One table says which room may import which; imports point downward only. Across rooms a
module imports a room's public names (``from freshcheck.policy import Policy``), never one
of its private modules (``freshcheck.policy.model``). The top level holds rooms, the ground
floor and the library API, nothing else.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "freshcheck"
TESTS = Path(__file__).resolve().parent

# The ground floor: frozen values, exception types, the version, safe file writes. Every room
# may import it; it imports nothing of ours but itself.
GROUND_FLOOR = {"model", "errors", "version", "atomic"}

# Modules allowed at the top level: the ground floor, the library API and ``python -m``.
TOP_LEVEL = GROUND_FLOOR | {"__init__", "__main__"}

# room → the rooms it may import (besides the ground floor and itself).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "text": frozenset(),
    "extract": frozenset(),
    "policy": frozenset(),
    "freshness": frozenset({"policy", "text"}),
    "messaging": frozenset({"policy", "text"}),
    "engine": frozenset({"messaging", "freshness", "policy", "text"}),
    "report": frozenset({"policy", "text"}),
    "scan": frozenset({"engine", "extract", "freshness", "messaging", "policy", "text"}),
    "watch": frozenset({"scan", "report", "freshness", "policy", "text"}),
    "cli": frozenset(
        {"watch", "scan", "engine", "messaging", "freshness", "policy", "extract", "report", "text"}
    ),
    # The library API in freshcheck/__init__.py, and ``python -m freshcheck``.
    "__init__": frozenset({"scan", "policy"}),
    "__main__": frozenset({"cli"}),
}


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module name
    target: str  # dotted module name imported from
    names: tuple[str, ...]  # for ``from X import a, b``; empty for ``import X``
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(name: str, source: str) -> list[Import]:
    found: list[Import] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Import(name, alias.name, (), node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = tuple(alias.name for alias in node.names)
            found.append(Import(name, node.module, names, node.lineno))
    return [i for i in found if i.target == "freshcheck" or i.target.startswith("freshcheck.")]


def room_of(module: str) -> str:
    """``freshcheck.scan.cache.store`` → ``scan``; ``freshcheck`` → ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def public_names(room: str) -> set[str]:
    """A room's ``__all__``, read from its ``__init__.py``."""
    tree = ast.parse((PACKAGE / room / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            return set(value)
    return set()


def violations(imports: list[Import]) -> list[str]:
    """Every import that breaks the table, or reaches into another room's private modules."""
    found: list[str] = []
    for imp in imports:
        source, target = room_of(imp.importer), room_of(imp.target)
        where = f"{imp.importer}:{imp.line} imports {imp.target}"
        if target in GROUND_FLOOR:
            if source in GROUND_FLOOR and imp.target not in ("freshcheck.errors",):
                found.append(f"{where}: the ground floor imports only freshcheck.errors")
            continue
        if target == source or (target == "__init__" and not imp.names):
            continue
        if target == "__init__":
            api = {"scan", "extract", "load_policy", "ScanOptions", "__version__"}
            if set(imp.names) - api:
                found.append(f"{where}: only the library API comes from freshcheck itself")
            continue
        if source in GROUND_FLOOR:
            found.append(f"{where}: the ground floor imports no room")
            continue
        if target not in MAY_IMPORT.get(source, frozenset()):
            found.append(f"{where}: room {source!r} may not import room {target!r}")
            continue
        if imp.target != f"freshcheck.{target}":
            found.append(f"{where}: a private module of room {target!r}; import its public names")
            continue
        private = set(imp.names) - public_names(target)
        if private:
            found.append(f"{where}: {sorted(private)} not in {target}.__all__")
    return found


ALL_IMPORTS = [
    imp
    for path in sorted(PACKAGE.rglob("*.py"))
    for imp in imports_of(module_name(path), path.read_text(encoding="utf-8"))
]


def test_every_import_follows_the_room_table() -> None:
    assert violations(ALL_IMPORTS) == []


def test_the_top_level_holds_rooms_and_the_ground_floor_only() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert modules <= TOP_LEVEL, sorted(modules - TOP_LEVEL)
    rooms = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert rooms <= set(MAY_IMPORT), sorted(rooms - set(MAY_IMPORT))


def test_every_room_says_what_it_does_and_exports() -> None:
    for room in MAY_IMPORT:
        init = PACKAGE / room / "__init__.py"
        if not init.exists():
            continue  # a room the table plans for (watch) before it exists
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{room}/__init__.py has no docstring"
        if room != "cli":
            assert public_names(room), f"{room}/__init__.py has no __all__"


def test_no_module_shadows_a_public_name_of_its_room() -> None:
    # Importing ``room/x.py`` sets the attribute ``x`` of the room's package to the module,
    # replacing a public function ``x`` that the room's lazy ``__getattr__`` had cached.
    # (A room that imports its names eagerly binds them after its modules: no harm there.)
    lazy = [
        room
        for room in MAY_IMPORT
        if (PACKAGE / room / "__init__.py").exists()
        and "def __getattr__" in (PACKAGE / room / "__init__.py").read_text(encoding="utf-8")
    ]
    shadowing = [
        f"{room}/{name}.py"
        for room in lazy
        for name in public_names(room)
        if (PACKAGE / room / f"{name}.py").exists() or (PACKAGE / room / name).is_dir()
    ]
    assert shadowing == []


def test_tests_mirror_the_rooms() -> None:
    folders = {p.name for p in TESTS.iterdir() if (p / "__init__.py").exists()}
    assert folders <= set(MAY_IMPORT), sorted(folders - set(MAY_IMPORT))


@pytest.mark.parametrize(
    ("importer", "source", "expected"),
    [
        # extraction reaching up into reports
        ("freshcheck.extract.pdf.extractor", "from freshcheck.report import render", "may not"),
        # a room's private module instead of its public names
        ("freshcheck.engine.check", "from freshcheck.messaging.match import X", "private"),
        # a private name through the room's package
        ("freshcheck.scan.runner", "from freshcheck.engine import secret", "not in"),
        # the CLI is imported by nobody
        ("freshcheck.scan.runner", "from freshcheck.cli import main", "may not"),
        # the ground floor stays on the ground
        ("freshcheck.model", "from freshcheck.policy import Policy", "ground floor"),
    ],
)
def test_the_checker_catches_a_misplaced_import(importer: str, source: str, expected: str) -> None:
    found = violations(imports_of(importer, source))
    assert len(found) == 1 and expected in found[0], found
