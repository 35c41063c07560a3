"""Markdown (.md, .markdown): headings, paragraphs, list items and table rows, located by line.

Each unit is what a reader of the rendered page sees: one paragraph (its lines joined), one
list item (continuation lines joined), one heading (part ``title``) or one table row (part
``table``, cells joined with `` | ``). A unit's ``line`` is the 1-based line of the file
where its visible text starts. YAML front matter is metadata, not content; fenced and
indented code, HTML comments, link reference definitions and thematic breaks are not
content. A closed ``---`` block at the top is always front matter here, even when its YAML
is broken (that is reported as a note): its author meant it as metadata.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from freshcheck.extract.code_spans import unmark
from freshcheck.extract.front_matter import find_front_matter, front_matter_metadata
from freshcheck.extract.markdown.blocks import RawBlock, scan_blocks
from freshcheck.extract.markdown.inline import marked_inline, reduce_inline
from freshcheck.extract.pipe_table import join_cells, split_cells
from freshcheck.extract.safety import Limits
from freshcheck.extract.text_decoding import read_text_file
from freshcheck.model import Document, Location, Metadata, TextUnit

# A line holding none of these reduces to itself, so it cannot turn out empty.
_MAY_VANISH = ("<", "[", "`", "&", "!", "\\")


def extract_markdown(path: Path, display_path: str, limits: Limits) -> Document:
    """Read a Markdown file into located units and front-matter metadata."""
    decoded = read_text_file(path, limits)
    document = markdown_document(decoded.text, display_path)
    if decoded.note is None:
        return document
    return dataclasses.replace(document, notes=(decoded.note, *document.notes))


def markdown_document(text: str, display_path: str) -> Document:
    """The Document for Markdown ``text`` (already decoded, ``\\n`` newlines). Never raises."""
    lines = text.split("\n")
    front = find_front_matter(lines)
    metadata = Metadata()
    notes: tuple[str, ...] = ()
    skip = 0
    if front is not None:
        skip = front.line_count
        metadata = front_matter_metadata(front.values)
        if front.problem is not None:
            notes = (front.problem,)
    units = markdown_units(lines[skip:], first_number=skip + 1)
    return Document(display_path, "md", units, metadata, notes, source=text)


def markdown_units(lines: list[str], first_number: int = 1) -> tuple[TextUnit, ...]:
    """Located units for Markdown ``lines``; ``first_number`` is the first line's number."""
    scan = scan_blocks(lines, first_number)
    units: list[TextUnit] = []
    for block in scan.blocks:
        unit = _unit(block, scan.references)
        if unit is not None:
            units.append(unit)
    if not scan.directives:
        return tuple(units)
    # A directive comment becomes a comment unit on its line, before the content of that
    # line, so that suppression sees it where the reader sees it (freshcheck.engine.suppression).
    directives = [
        TextUnit(text, Location(line=line, part="comment")) for line, text in scan.directives
    ]
    return tuple(sorted(directives + units, key=_reading_place))


def _reading_place(unit: TextUnit) -> tuple[int, bool]:
    return unit.location.line or 0, unit.location.part != "comment"


def _unit(block: RawBlock, references: frozenset[str]) -> TextUnit | None:
    if block.part == "table":
        number, row = block.lines[0]
        cells = [marked_inline(cell, references) for cell in split_cells(row)]
        text, code = unmark(join_cells(cells))
        return TextUnit(text, Location(line=number, part="table"), code=code) if text else None
    text, code = unmark(marked_inline("\n".join(line for _, line in block.lines), references))
    if not text:
        return None
    where = Location(line=_first_visible_line(block, references), part=block.part)
    return TextUnit(text, where, code=code)


def _first_visible_line(block: RawBlock, references: frozenset[str]) -> int:
    """The first line of the block that shows any text on its own (markup-only lines skipped)."""
    for number, line in block.lines:
        if not line.strip():
            continue
        if not any(mark in line for mark in _MAY_VANISH) or reduce_inline(line, references):
            return number
    return block.lines[0][0]
