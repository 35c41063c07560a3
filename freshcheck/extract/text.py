"""Plain text (.txt): paragraphs, bullets, underlined headings and pipe tables, located by line.

What a reader of a text file sees is the characters themselves, so nothing is reduced:
``**bold**`` stays as written. A paragraph is a run of non-blank lines, joined with one
space. A bullet line (``-``, ``*``, ``+``, ``•``, ``◦``, ``▪``, ``‣``, ``–``, ``1.``, ``1)``)
starts a unit of its own, without its marker; lines indented under it continue it, an
unindented line starts a new paragraph. A one-line paragraph underlined with ``===`` or
``---`` is a heading (part ``title``). Lines made only of a repeated rule character
(``-----``, ``=====``, ``*****``) are decoration, not content. GitHub pipe tables give one
unit per row (part ``table``, cells joined with `` | ``). A ``---`` block at the top that
holds a YAML mapping is front matter, as in Markdown; any other ``---`` block is text.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from freshcheck.extract.front_matter import find_front_matter, front_matter_metadata
from freshcheck.extract.pipe_table import is_delimiter_row, join_cells, split_cells
from freshcheck.extract.safety import Limits
from freshcheck.extract.text_decoding import read_text_file
from freshcheck.model import Document, Location, Metadata, Part, TextUnit

_BULLET = re.compile(r"([-*+•◦▪‣–]|\d{1,3}[.)])[ \t]+(?=\S)")
_RULE = re.compile(r"([-=_*~#+.])(?:[ \t]*\1){2,}")
_UNDERLINE = re.compile(r"=+|-+")


def extract_text(path: Path, display_path: str, limits: Limits) -> Document:
    """Read a plain-text file into located units (and front matter, when it has some)."""
    decoded = read_text_file(path, limits)
    document = text_document(decoded.text, display_path)
    if decoded.note is None:
        return document
    return dataclasses.replace(document, notes=(decoded.note, *document.notes))


def text_document(text: str, display_path: str) -> Document:
    """The Document for plain ``text`` (already decoded, ``\\n`` newlines). Never raises."""
    lines = text.split("\n")
    front = find_front_matter(lines)
    if front is None or front.problem is not None:
        return Document(display_path, "txt", text_units(lines), source=text)
    metadata: Metadata = front_matter_metadata(front.values)
    units = text_units(lines[front.line_count :], first_number=front.line_count + 1)
    return Document(display_path, "txt", units, metadata, source=text)


def text_units(lines: list[str], first_number: int = 1) -> tuple[TextUnit, ...]:
    """Located units for plain-text ``lines``; ``first_number`` is the first line's number."""
    units: list[TextUnit] = []
    block: list[tuple[int, str]] = []  # the open paragraph or bullet: (line number, text)
    block_indent = 0
    is_bullet = False
    in_table = False

    def close(part: Part = "body") -> None:
        nonlocal block
        text = " ".join(" ".join(line for _, line in block).split())
        if text:
            units.append(TextUnit(text, Location(line=block[0][0], part=part)))
        block = []

    for offset, raw in enumerate(lines):
        number = first_number + offset
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if not stripped:
            close()
            in_table = False
            continue
        if in_table:
            _add_row(units, number, stripped)
            continue
        if block and not is_bullet and _starts_table(block[-1][1], stripped):
            header = block.pop()
            close()
            _add_row(units, header[0], header[1])
            in_table = True
            continue
        if _RULE.fullmatch(stripped):
            underlined = len(block) == 1 and not is_bullet and _UNDERLINE.fullmatch(stripped)
            close("title" if underlined else "body")
            continue
        bullet = _BULLET.match(stripped)
        if bullet is not None:
            close()
            block, block_indent, is_bullet = [(number, stripped[bullet.end() :])], indent, True
            continue
        if block and is_bullet and indent <= block_indent:
            close()
        if not block:
            block_indent, is_bullet = indent, False
        block.append((number, stripped))
    close()
    return tuple(units)


def _starts_table(header: str, line: str) -> bool:
    return is_delimiter_row(line) and len(split_cells(line)) == len(split_cells(header))


def _add_row(units: list[TextUnit], number: int, line: str) -> None:
    text = join_cells(split_cells(line))
    if text:
        units.append(TextUnit(text, Location(line=number, part="table")))
