"""YAML values that remember where they were written, so every problem can say file:line:column.

PyYAML's composed node tree carries a start mark on every node; these frozen values keep that
mark (1-based) after the tree is converted and after several files are merged into one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

ScalarValue = str | int | float | bool | dt.date | dt.datetime | None


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based position in a policy file."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def seen_from(self, other: Mark) -> str:
        """How a message written at ``other`` names this place: "line 5" in the same file."""
        return f"line {self.line}" if self.file == other.file else str(self)


@dataclass(frozen=True, slots=True)
class LocatedScalar:
    """A scalar as YAML resolved it (``value``) and as it was written (``text``)."""

    value: ScalarValue
    text: str
    mark: Mark


@dataclass(frozen=True, slots=True)
class LocatedList:
    items: tuple[Located, ...]
    mark: Mark


@dataclass(frozen=True, slots=True)
class Entry:
    """One ``key: value`` pair; ``key_mark`` is where the key was written."""

    key: str
    key_mark: Mark
    value: Located


@dataclass(frozen=True, slots=True)
class LocatedMap:
    entries: Mapping[str, Entry]
    mark: Mark


Located = LocatedScalar | LocatedList | LocatedMap


def is_null(node: Located) -> bool:
    """True for a key written with no value (``messaging:``) or with ``~``/``null``."""
    return isinstance(node, LocatedScalar) and node.value is None


def describe_kind(node: Located) -> str:
    """What a value is, in words a non-programmer recognises ("a list", "a number")."""
    if isinstance(node, LocatedMap):
        return "a group of keys"
    if isinstance(node, LocatedList):
        return "a list"
    value = node.value
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"a yes/no value ({node.text})"
    if isinstance(value, int | float):
        return f"a number ({node.text})"
    if isinstance(value, dt.date):
        return f"a date ({node.text})"
    return f"text ('{node.text}')"


def key_path(path: str, key: str) -> str:
    """``freshness`` + ``cadence`` → ``freshness.cadence``."""
    return f"{path}.{key}" if path else key


def item_path(path: str, index: int) -> str:
    """The path of a list item, counted from 1 as a reader counts: ``messaging.messages[1]``."""
    return f"{path}[{index + 1}]"
