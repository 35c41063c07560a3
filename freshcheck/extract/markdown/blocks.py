"""Markdown block structure, line by line: which lines form which paragraph, item, heading or row.

A careful single pass over the lines, after CommonMark/GFM: ATX and setext headings, list
items (nested, with lazy and indented continuation lines), block quotes (markers stripped,
lazy continuation), GFM pipe tables, fenced code (``` and ~~~ of any length, closed by a
run at least as long) and indented code (skipped), HTML comments and ``<script>``/
``<style>`` blocks (skipped), thematic breaks and link reference definitions (recorded, not
content). Inline syntax is left alone here; ``markdown_inline`` reduces it later.

Known simplifications: of the blocks that can start on a list item's first line only ATX
headings and fences are recognised (``- > x`` is an item whose text is ``> x``), and an
HTML comment is recognised anywhere outside code, even inside an inline code span.
Comments are not content, but those that mention freshcheck are kept aside as suppression
directives (``BlockScan.directives``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from freshcheck.extract.markdown.inline import reference_label
from freshcheck.extract.pipe_table import is_delimiter_row, split_cells
from freshcheck.model import Part

Line = tuple[int, str]

_QUOTE = re.compile(r" {0,3}> ?")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)")
_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*)|$)")
_ATX_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*")
_THEMATIC = re.compile(r"([-*_])[ \t]*(?:\1[ \t]*){2,}")
_BULLET = re.compile(r"([-+*])([ \t]+|$)")
_ORDERED = re.compile(r"(\d{1,9})[.)]([ \t]+|$)")
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_REFERENCE = re.compile(
    r"\[(?!\^)((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?:<[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*"
)
# Every block-opening line starts with one of these; anything else is plain text.
_BLOCK_OPENERS = frozenset("`~#-*_<+=0123456789")
_RAW_HTML = re.compile(r"<(script|style)(?:[\s>]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawBlock:
    """One future unit: its part and its source lines (1-based number, text without indent)."""

    part: Part
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class BlockScan:
    """What the block pass found: the blocks in reading order and the link labels defined."""

    blocks: tuple[RawBlock, ...]
    references: frozenset[str]
    # Suppression directives written in HTML comments ("<!-- freshcheck: ignore FC301 -->"):
    # (line, text). The line is the first line of the paragraph the comment sits in, or
    # the comment's own line when it stands alone (it then covers the block that follows).
    directives: tuple[tuple[int, str], ...] = ()


@dataclass(slots=True)
class _Leaf:
    """The paragraph or list item being collected; mutable only inside one scan."""

    kind: str  # "paragraph" or "item"
    lines: list[Line] = field(default_factory=list)


def scan_blocks(lines: list[str], first_number: int = 1) -> BlockScan:
    """Group Markdown ``lines`` (no newlines) into blocks, numbering from ``first_number``."""
    scanner = _Scanner()
    for offset, line in enumerate(lines):
        scanner.feed(first_number + offset, line)
    scanner.close_leaf()
    return BlockScan(
        tuple(scanner.blocks), frozenset(scanner.references), tuple(scanner.directives)
    )


class _Scanner:
    """The state of one pass; every decision is made in ``feed`` for one line at a time."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.references: set[str] = set()
        self.leaf: _Leaf | None = None
        self.table_open = False
        self.lists: list[int] = []  # content columns of the open list items, outermost first
        self.depth = 0  # block-quote depth of the open blocks
        self.fence: tuple[str, int, int, int] | None = None  # char, length, depth, list base
        self.raw_html_end: str | None = None
        self.in_comment = False
        self.comment: list[str] = []  # the open comment's text so far
        self.comment_line = 0  # the line its directive would cover
        self.number = 0  # the line being read
        self.directives: list[tuple[int, str]] = []

    def feed(self, number: int, line: str) -> None:
        self.number = number
        if self.fence is not None and self._inside_fence(line):
            return
        if self.raw_html_end is not None:
            if self.raw_html_end in line.lower():
                self.raw_html_end = None
            return
        if self.in_comment:
            end = line.find("-->")
            if end < 0:
                self.comment.append(line)
                return
            self.in_comment = False
            self.comment.append(line[:end])
            self._note_comment("\n".join(self.comment), self.comment_line)
            line = line[end + 3 :]
        depth, content = _strip_quotes(line)
        if not content.strip():
            self._blank()
            return
        indent, body = _measure(content)
        if depth != self.depth:
            if self._lazy_continuation(depth, body):
                self._leaf_append(number, body)
                return
            self.close_leaf()
            self.lists = []
            self.depth = depth
        if self.leaf is None:
            self._start(number, indent, body)
        else:
            self._continue(number, indent, body)

    def close_leaf(self) -> None:
        """Emit the open paragraph or item, if any, and end any table."""
        self.table_open = False
        if self.leaf is not None and self.leaf.lines:
            self.blocks.append(RawBlock("body", tuple(self.leaf.lines)))
        self.leaf = None

    # -- one line, with no paragraph open ---------------------------------------------

    def _start(self, number: int, indent: int, body: str) -> None:
        while self.lists and indent < self.lists[-1]:
            self.lists.pop()
        base = self.lists[-1] if self.lists else 0
        if indent - base >= 4:
            return  # indented code
        body = self._drop_comments(body)
        if not body.strip():
            self._blank()
            return
        if self._block_start(number, indent, body, interrupting=False):
            return
        if self.table_open:
            self.blocks.append(RawBlock("table", ((number, body),)))
            return
        if _REFERENCE.fullmatch(body):
            self.references.add(reference_label(body[1 : body.index("]:")]))
            return
        self.leaf = _Leaf("paragraph")
        self._leaf_append(number, body)

    # -- one line, with a paragraph or item open -----------------------------------------

    def _continue(self, number: int, indent: int, body: str) -> None:
        assert self.leaf is not None
        open_lists = [column for column in self.lists if column <= indent]
        base = open_lists[-1] if open_lists else 0
        if indent - base < 4:
            body = self._drop_comments(body)
            if not body.strip():
                self._blank()
                return
            if self.leaf.kind == "paragraph" and self._paragraph_ends(number, body):
                return
            if self._block_start(number, indent, body, interrupting=True):
                return
        self._leaf_append(number, body)

    def _paragraph_ends(self, number: int, body: str) -> bool:
        """A setext underline or a table delimiter row turns the paragraph into something else."""
        assert self.leaf is not None
        if _SETEXT.fullmatch(body):
            self.blocks.append(RawBlock("title", tuple(self.leaf.lines)))
            self.leaf = None
            return True
        header = self.leaf.lines[-1]
        if is_delimiter_row(body) and len(split_cells(body)) == len(split_cells(header[1])):
            self.leaf.lines.pop()
            self.close_leaf()
            self.blocks.append(RawBlock("table", (header,)))
            self.table_open = True
            return True
        return False

    def _block_start(self, number: int, indent: int, body: str, interrupting: bool) -> bool:
        """Handle a line that opens a block of its own; False when it is plain text."""
        if body[0] not in _BLOCK_OPENERS:
            return False
        fence = _FENCE.match(body)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self._close_to(indent)
            marker = fence.group(1)
            self.fence = (marker[0], len(marker), self.depth, self.lists[-1] if self.lists else 0)
            return True
        heading = _ATX.match(body)
        if heading:
            self._close_to(indent)
            self._heading(number, heading)
            return True
        if _THEMATIC.fullmatch(body):
            self._close_to(indent)
            return True
        raw = _RAW_HTML.match(body)
        if raw:
            self._close_to(indent)
            end = f"</{raw.group(1).lower()}>"
            if end not in body.lower():
                self.raw_html_end = end
            return True
        return self._list_item(number, indent, body, interrupting)

    def _list_item(self, number: int, indent: int, body: str, interrupting: bool) -> bool:
        marker = _BULLET.match(body) or _ORDERED.match(body)
        if marker is None:
            return False
        text = body[marker.end() :]
        in_paragraph = interrupting and self.leaf is not None and self.leaf.kind == "paragraph"
        # CommonMark: only a non-empty item, and only "1." when ordered, interrupts a paragraph.
        if in_paragraph and (not text.strip() or (marker.re is _ORDERED and marker[1] != "1")):
            return False
        self._close_to(indent)
        spaces = len(marker.group(2))
        width = len(marker.group(0)) - spaces
        self.lists.append(indent + width + (spaces if 1 <= spaces <= 4 else 1))
        fence = _FENCE.match(text)
        if fence:
            self.fence = (fence.group(1)[0], len(fence.group(1)), self.depth, self.lists[-1])
            return True
        heading = _ATX.match(text)
        if heading:
            self._heading(number, heading)
            return True
        self.leaf = _Leaf("item")
        box = _TASK_BOX.match(text)
        self._leaf_append(number, text[box.end() :] if box else text)
        return True

    # -- small steps -----------------------------------------------------------------

    def _close_to(self, indent: int) -> None:
        """Close the open leaf and the list items a block at ``indent`` sits outside of."""
        self.close_leaf()
        while self.lists and indent < self.lists[-1]:
            self.lists.pop()

    def _heading(self, number: int, heading: re.Match[str]) -> None:
        text = _ATX_CLOSING.sub("", heading.group(2) or "").strip()
        if text:
            self.blocks.append(RawBlock("title", ((number, text),)))

    def _blank(self) -> None:
        self.close_leaf()

    def _leaf_append(self, number: int, body: str) -> None:
        assert self.leaf is not None
        self.leaf.lines.append((number, body.strip()))

    def _lazy_continuation(self, depth: int, body: str) -> bool:
        if self.leaf is None or depth > self.depth:
            return False
        return body[0] not in _BLOCK_OPENERS or not (
            _FENCE.match(body)
            or _ATX.match(body)
            or _THEMATIC.fullmatch(body)
            or _SETEXT.fullmatch(body)
            or _BULLET.match(body)
            or _ORDERED.match(body)
        )

    def _inside_fence(self, line: str) -> bool:
        """True when the line belongs to the open fence (the closing fence included)."""
        assert self.fence is not None
        char, length, depth, base = self.fence
        line_depth, content = _strip_quotes(line)
        indent, body = _measure(content)
        ends_container = line_depth < depth or (base > 0 and body and indent < base)
        if ends_container:
            self.fence = None
            return False
        stripped = body.rstrip()
        if len(stripped) >= length and stripped == char * len(stripped) and indent - base < 4:
            self.fence = None
        return True

    def _drop_comments(self, body: str) -> str:
        while True:
            start = body.find("<!--")
            if start < 0:
                return body
            end = body.find("-->", start + 4)
            # A comment inside an open paragraph speaks for it; one that starts a block
            # speaks for its own line (and, through the suppression rules, the next block).
            line = self.leaf.lines[0][0] if self.leaf is not None and self.leaf.lines else 0
            line = line or self.number
            if end < 0:
                self.in_comment = True
                self.comment = [body[start + 4 :]]
                self.comment_line = line
                return body[:start]
            self._note_comment(body[start + 4 : end], line)
            body = body[:start] + " " + body[end + 3 :]

    def _note_comment(self, text: str, line: int) -> None:
        if "freshcheck" in text.lower():
            self.directives.append((line, " ".join(text.split())))


def _strip_quotes(line: str) -> tuple[int, str]:
    depth = 0
    while True:
        marker = _QUOTE.match(line)
        if marker is None:
            return depth, line
        depth += 1
        line = line[marker.end() :]


def _measure(content: str) -> tuple[int, str]:
    """The column where text starts (tabs to multiples of 4) and the text from there."""
    column = 0
    for index, char in enumerate(content):
        if char == " ":
            column += 1
        elif char == "\t":
            column += 4 - column % 4
        else:
            return column, content[index:]
    return column, ""
