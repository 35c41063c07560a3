"""GitHub pipe tables, shared by the Markdown and plain-text readers.

A table is a header row, a delimiter row (``| --- | :---: |``) and body rows. Each row
becomes one unit whose text is its cells joined with `` | `` (``CELL_SEPARATOR``); the
delimiter row is not content. ``\\|`` is a pipe inside a cell, as in GFM.
"""

from __future__ import annotations

import re

CELL_SEPARATOR = " | "

_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def is_delimiter_row(line: str) -> bool:
    """True for a GFM delimiter row such as ``|---|:--:|`` (it must contain a pipe)."""
    stripped = line.strip()
    return "|" in stripped and _DELIMITER.fullmatch(stripped) is not None


def split_cells(line: str) -> list[str]:
    """The raw cell texts of a row, without the optional leading and trailing pipes."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in _UNESCAPED_PIPE.split(stripped)]


def join_cells(cells: list[str]) -> str:
    """One row's text: cells joined with ``CELL_SEPARATOR``, whitespace collapsed; empty
    when every cell is empty. Empty cells keep their place: ``a | | c``."""
    if not any(cells):
        return ""
    return " ".join(CELL_SEPARATOR.join(cells).split())
