"""HTML (.html, .htm): headings, paragraphs, list items, table rows, quotes and loose text.

Units come in reading order and are located by ``paragraph``, the 1-based index of the unit,
and by ``line``, the source line where the unit's text starts (what code-review tools point
at).
A block element (``p``, ``li``, ``h1``–``h6``, ``blockquote``, ``div``, ``section``, ``dd``…)
gives one unit of its own text, with nested blocks cut out as units of their own; so a
``div`` with text directly inside it is content too. Headings are part ``title``; a table row
is one unit of part ``table``, its cells joined with `` | ``, and blocks inside a cell stay
inside that cell. An ``<img>``'s ``alt`` is text, as in Markdown. ``<script>``, ``<style>``,
``<noscript>``, ``<template>``, ``<pre>`` (code, as Markdown code blocks are), form controls,
comments and elements marked ``hidden`` (or styled ``display: none``) are not content. A
comment that mentions freshcheck is a suppression directive: a ``comment`` unit numbered as
the paragraph it sits in or precedes.

``<title>`` is ``Metadata.title``; ``<meta>`` author, description and date fields fill the
metadata (see ``html_meta``). Parsing never touches the network, and entities are resolved
by the HTML parser itself. Whitespace is collapsed to single spaces.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from freshcheck.errors import UnreadableFile
from freshcheck.extract.code_spans import CLOSE, OPEN, unmark, without_marks
from freshcheck.extract.html.meta import html_metadata
from freshcheck.extract.safety import Limits
from freshcheck.extract.text_decoding import decode_text, read_limited_bytes
from freshcheck.model import Document, Location, Part, TextUnit

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_SKIPPED_TAGS = """script style noscript template head pre textarea select option iframe
    object embed canvas svg math audio video"""
_BLOCK_TAGS = """html body p div li h1 h2 h3 h4 h5 h6 blockquote tr dt dd figcaption caption
    section article header footer nav aside main figure address ul ol dl table thead tbody
    tfoot form fieldset legend details summary center hr"""
_SKIPPED = frozenset(_SKIPPED_TAGS.split())
_BLOCKS = frozenset(_BLOCK_TAGS.split())
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CELLS = frozenset(("td", "th"))
# Blocks that stay blocks inside a table cell: a nested table's rows are rows of their own.
_TABLE_BLOCKS = frozenset(("table", "tr"))
# Inline code: its text is kept, and where it is (``TextUnit.code``).
_CODE_TAGS = frozenset(("code", "kbd", "samp", "tt"))


def extract_html(path: Path, display_path: str, limits: Limits) -> Document:
    """Read an HTML file into located units and ``<title>``/``<meta>`` metadata."""
    data = read_limited_bytes(path, limits)
    decoded = decode_text(data, limits, declared_charset(data))
    document = html_document(decoded.text, display_path)
    if decoded.note is None:
        return document
    return dataclasses.replace(document, notes=(decoded.note, *document.notes))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML file declares near its start (``<meta charset>``, XML prolog)."""
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def html_document(text: str, display_path: str) -> Document:
    """The Document for HTML ``text``; raises ``UnreadableFile`` only when lxml gives up."""
    if not text.strip():
        return Document(display_path, "html")
    # huge_tree lifts libxml2's nesting cap from 256 to 2048 levels: pages exported from word
    # processors nest unclosed inline tags deeper than 256 and still show all their text.
    parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=False, remove_pis=True, no_network=True, huge_tree=True
    )
    data = without_marks(text.replace("\x00", "\ufffd")).encode("utf-8", errors="replace")
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except etree.ParserError:
        return Document(display_path, "html")  # nothing but comments or whitespace
    except (etree.LxmlError, ValueError) as exc:
        raise UnreadableFile("corrupt", f"HTML could not be parsed: {exc}") from exc
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 stops reading at the limit; a partial text would silently hide content.
        raise UnreadableFile("corrupt", "HTML is nested too deeply to read (over 2048 levels)")
    return Document(display_path, "html", html_units(root), html_metadata(root), source=text)


@dataclass(slots=True)
class _Block:
    """Text being gathered for one unit; mutable only during one walk."""

    part: Part
    pieces: list[str] = field(default_factory=list)
    cells: list[list[str]] | None = None  # set for a table row
    line: int | None = None  # the source line of the first text gathered


_START, _END_BLOCK, _END_INLINE, _END_CELL = range(4)


def html_units(root: etree._Element) -> tuple[TextUnit, ...]:
    """Units for a parsed document, in reading order; an explicit stack, so depth is no risk."""
    units: list[TextUnit] = []
    directives: list[TextUnit] = []
    open_blocks = [_Block("body")]
    stack: list[tuple[etree._Element, int]] = [(root, _START)]
    while stack:
        element, phase = stack.pop()
        if phase == _END_BLOCK:
            _emit(open_blocks.pop(), units)
        elif phase == _END_INLINE:
            _add(open_blocks[-1], " " if _is_block_tag(element) else "")
            if element.tag in _CODE_TAGS:
                _add(open_blocks[-1], CLOSE)
        if phase != _START:
            _add(open_blocks[-1], element.tail, _tail_line(element))
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if isinstance(element, etree._Comment) and "freshcheck" in (element.text or "").lower():
            # Not content, but a suppression directive for the paragraph it sits in or
            # precedes: the number the next unit will get (see freshcheck.engine.suppression).
            text = " ".join((element.text or "").split())
            directives.append(TextUnit(text, Location(paragraph=len(units) + 1, part="comment")))
        if not tag or tag in _SKIPPED or _is_hidden(element):
            _add(open_blocks[-1], element.tail, _tail_line(element))
            continue
        current = open_blocks[-1]
        if tag in _CELLS and current.cells is not None:
            current.cells.append([])
            end = _END_CELL
        elif tag in _BLOCKS and (current.cells is None or tag in _TABLE_BLOCKS):
            _emit(current, units)
            open_blocks.append(_block_for(tag))
            end = _END_BLOCK
        else:
            end = _END_INLINE
            _add(current, " " if tag in _BLOCKS or tag == "br" else "")
            if tag == "img":
                _add(current, element.get("alt"), _start_line(element))
            elif tag in _CODE_TAGS:
                _add(current, OPEN)
        _add(open_blocks[-1], element.text, _text_line(element))
        stack.append((element, end))
        stack.extend((child, _START) for child in reversed(element))
    _emit(open_blocks[0], units)
    if not directives:
        return tuple(units)
    return tuple(sorted(directives + units, key=_reading_place))


def _reading_place(unit: TextUnit) -> tuple[int, bool]:
    return unit.location.paragraph or 0, unit.location.part != "comment"


def _block_for(tag: str) -> _Block:
    if tag == "tr":
        return _Block("table", cells=[])
    return _Block("title" if tag in _HEADINGS else "body")


def _is_block_tag(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and element.tag in _BLOCKS


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _text_line(element: etree._Element) -> int | None:
    """The source line where an element's own text starts: its start tag's line, plus the
    line breaks before the first visible character."""
    line = _start_line(element)
    return None if line is None else line + _leading_breaks(element.text)


def _tail_line(element: etree._Element) -> int | None:
    """The source line where the text after an element starts. lxml knows where elements
    start, not where they end: counted back from the next sibling; for the last child, the
    element's own start line (right when the element fits on one line, as inline ones do)."""
    tail = element.tail or ""
    following = element.getnext()
    line = None if following is None else _start_line(following)
    if line is None:
        return _start_line(element)
    return line - tail.count("\n") + _leading_breaks(tail)


def _start_line(element: etree._Element) -> int | None:
    # lxml-stubs type ``sourceline`` oddly; it is an int, or None for made-up elements.
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) else None


def _leading_breaks(text: str | None) -> int:
    text = text or ""
    return text[: len(text) - len(text.lstrip())].count("\n")


def _add(block: _Block, text: str | None, line: int | None = None) -> None:
    if not text:
        return
    if block.line is None and line is not None and text.strip():
        block.line = line
    if block.cells is None:
        block.pieces.append(text)
    elif block.cells:
        block.cells[-1].append(text)
    elif text.strip():  # text directly inside <tr>, outside any cell: a cell of its own
        block.cells.append([text])


def _emit(block: _Block, units: list[TextUnit]) -> None:
    """Turn the gathered text into a unit (if any) and start gathering afresh."""
    if block.cells is not None:
        cells = [" ".join("".join(cell).split()) for cell in block.cells]
        while cells and not unmark(cells[-1])[0]:  # trailing empty cells show nothing
            cells.pop()
        text, code = unmark(" | ".join(cells))
        block.cells = []
    else:
        text, code = unmark("".join(block.pieces))
        block.pieces = []
    if text:
        location = Location(paragraph=len(units) + 1, line=block.line, part=block.part)
        units.append(TextUnit(text, location, code=code))
    block.line = None
