"""Walking one Word story (the body, a header, a footnote, a comment) into located units.

A story is walked once, in document order, straight over lxml elements. Block level:
paragraphs, tables (any depth), content controls and custom XML wrappers. Inline level:
runs, hyperlinks, tracked insertions and moves-to, field results, run-level content
controls. Never content: tracked deletions and moves-from, field instructions, content
control properties (their placeholder text) and the fallback branch of
``mc:AlternateContent`` (it repeats the chosen branch). Hidden text (``w:vanish``, directly
or by style) is not shown to a reader but may still need checking (a banned phrase someone
hid), so it becomes its own unit with ``hidden=True`` at the paragraph it sits in; a wholly
hidden paragraph does not advance the paragraph count. Text boxes anchored in a paragraph
become their own units right after that paragraph, numbered where they occur.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from freshcheck.extract.docx.numbering import ListCounter
from freshcheck.extract.docx.scan import (
    ALTERNATE,
    CHARS,
    FLDCHAR,
    GRAPHIC_HOLDERS,
    MATH_T,
    NOTE_REFS,
    PPR,
    RPR,
    SYM,
    TBL,
    TC,
    TCPR,
    TR,
    TRPR,
    TXBX,
    VANISH,
    P,
    R,
    StoryScan,
    T,
    scan_story,
)
from freshcheck.extract.docx.styles import WordStyles, is_on
from freshcheck.extract.ooxml import NS, first_child
from freshcheck.extract.safety import Limits, check_chars
from freshcheck.model import Location, Part, TextUnit

_W = "{" + NS["w"] + "}"
_MC = "{" + NS["mc"] + "}"
_R_ID = "{" + NS["r"] + "}id"
_R_DM = "{" + NS["r"] + "}dm"
_WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_CHART = "{" + NS["c"] + "}chart"
_DGM_RELIDS = "{" + NS["dgm"] + "}relIds"
_CHOICE, _FALLBACK = _MC + "Choice", _MC + "Fallback"
_VAL, _GRID_BEFORE, _GRID_SPAN = _W + "val", _W + "gridBefore", _W + "gridSpan"
_CELL_GRID = (_W + "vMerge", _W + "hMerge", _GRID_SPAN)
# Containers that wrap rows or cells without being one (content controls, custom XML).
_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})
# Never content: properties, deletions, moved-away text, field codes, control placeholders.
_SKIP = frozenset(
    _W + n
    for n in (
        "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr",
        "del", "moveFrom", "instrText", "delText", "delInstrText", "customXmlPr", "smartTagPr",
    )
) | {_FALLBACK}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """Where the paragraphs being read are reported: part, shape, table cell."""

    part: Part
    shape: str | None = None
    cell: tuple[int, int] | None = None
    table: str | None = None


@dataclass(frozen=True, slots=True)
class GraphicRef:
    """A chart or SmartArt diagram met in the story: its relationship id and anchor."""

    kind: str  # "chart" or "smartart"
    rel_id: str
    paragraph: int


@dataclass(slots=True)
class ParagraphSink:
    """What one paragraph's inline walk collects: shown and hidden text, boxes, graphics."""

    shown: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    boxes: list[tuple[etree._Element, str]] = field(default_factory=list)
    graphics: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str, hidden: bool) -> None:
        (self.hidden if hidden else self.shown).append(text)


class CharBudget:
    """Counts characters read from one file and stops the read past ``limits.max_chars``."""

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self.used = 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > self._limits.max_chars:
            check_chars(self.used, self._limits)


class StoryReader:
    """Reads one story into ``units``; also records note references and graphics met.

    ``main`` marks the document body: only there do table paragraphs report part
    ``table``, headings part ``title`` and text boxes part ``textbox``; other stories keep
    their own part (a table in a footer is still the footer).
    """

    def __init__(
        self,
        styles: WordStyles,
        budget: CharBudget,
        place: Place,
        main: bool,
        lists: ListCounter | None = None,
    ) -> None:
        self.units: list[TextUnit] = []
        # Counts list paragraphs when some list label is text of its own ("A3").
        self._lists = lists
        self.note_refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
        self.graphics: list[GraphicRef] = []
        # Comment id -> the paragraph (and table cell) its range starts in.
        self.comment_anchors: dict[str, tuple[int, tuple[int, int] | None]] = {}
        self.comment_ends: dict[str, int] = {}  # comment id -> the paragraph its range ends in
        self._unplaced_comments: list[str] = []
        self._styles = styles
        self._budget = budget
        self._place = place
        self._main = main
        self._paragraph = 0
        self._tables = 0
        # One entry per open field: False while in its instructions, True in its result.
        self._fields: list[bool] = []
        self._in_code = 0
        self._scan = StoryScan({}, {}, frozenset())

    def read(self, container: etree._Element) -> None:
        """Read the block-level content of ``container`` (w:body, w:hdr, w:footnote…)."""
        self._scan = scan_story(container, self._styles)
        self._blocks(container, self._place)
        for comment_id in self._unplaced_comments:  # anchored after the last text
            self.comment_anchors.setdefault(comment_id, (max(self._paragraph, 1), None))
        self._unplaced_comments = []

    def _blocks(self, container: etree._Element, place: Place) -> None:
        for child in container:
            tag = child.tag
            if tag == P:
                self._paragraph_units(child, place)
            elif tag == TBL:
                self._table(child, place)
            elif tag == ALTERNATE:
                chosen = chosen_branch(child)
                if chosen is not None:
                    self._blocks(chosen, place)
            elif isinstance(tag, str) and tag not in _SKIP:
                self._blocks(child, place)

    def _table(self, tbl: etree._Element, place: Place) -> None:
        self._tables += 1
        name = f"table {self._tables}"
        if place.table is not None:
            name += f", nested in {place.table}"
        part: Part = "table" if self._main and place.part in ("body", "table") else place.part
        for row_number, row in enumerate(through_wrappers(tbl, TR), start=1):
            column = 1 + _grid_value(first_child(row, TRPR), _GRID_BEFORE)
            for cell in through_wrappers(row, TC):
                continues, span = _cell_grid(first_child(cell, TCPR))
                if not continues:
                    self._blocks(cell, Place(part, name, (row_number, column), name))
                column += span

    def _paragraph_units(self, paragraph: etree._Element, place: Place) -> None:
        scan = self._scan
        label = "" if self._lists is None else self._lists.label(first_child(paragraph, PPR))
        plain = scan.plain.get(paragraph)
        if plain is not None and not self._in_code:
            # The common case: plain runs (see scan_story) and no field code open.
            if scan.note_refs:
                for kind, note_id in scan.note_refs.get(paragraph, ()):
                    self.note_refs[kind].append(note_id)
            text = "".join(plain).strip()
            if text and label:
                text = f"{label} {text}"
            if text:
                self._paragraph += 1
                self._emit(TextUnit(text, self._location(paragraph, place)))
            if scan.comments or scan.comment_ends:
                self._anchor_comments(paragraph, place, bool(text))
            return
        sink = ParagraphSink()
        style = _style_id(first_child(paragraph, PPR))
        self._inline(paragraph, sink, style in self._styles.hidden_ids)
        text = "".join(sink.shown).strip()
        if text and label:
            text = f"{label} {text}"
        hidden_text = "".join(sink.hidden).strip()
        if text:
            self._paragraph += 1
        if scan.comments or scan.comment_ends:
            self._anchor_comments(paragraph, place, bool(text))
        if text or hidden_text:
            location = self._location(paragraph, place)
            if text:
                self._emit(TextUnit(text, location))
            if hidden_text:
                self._emit(TextUnit(hidden_text, location, hidden=True))
        for kind, rel_id in sink.graphics:
            self.graphics.append(GraphicRef(kind, rel_id, max(self._paragraph, 1)))
        box_part: Part = "textbox" if self._main else place.part
        for box, name in sink.boxes:
            self._blocks(box, Place(box_part, name, None, place.table))

    def _anchor_comments(self, paragraph: etree._Element, place: Place, has_text: bool) -> None:
        # A comment on an empty paragraph is shown at the next paragraph with text.
        self._unplaced_comments += self._scan.comments.get(paragraph, ())
        if has_text:
            for comment_id in self._unplaced_comments:
                self.comment_anchors.setdefault(comment_id, (self._paragraph, place.cell))
            self._unplaced_comments = []
        for comment_id in self._scan.comment_ends.get(paragraph, ()):
            self.comment_ends[comment_id] = max(self._paragraph, 1)

    def _location(self, paragraph: etree._Element, place: Place) -> Location:
        part = place.part
        if self._main and part == "body" and paragraph in self._scan.headings:
            part = "title"
        number = max(self._paragraph, 1)
        return Location(paragraph=number, part=part, shape=place.shape, cell=place.cell)

    def _inline(self, element: etree._Element, sink: ParagraphSink, hidden: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, sink, hidden)
            elif tag == ALTERNATE:
                chosen = chosen_branch(child)
                if chosen is not None:
                    self._inline(chosen, sink, hidden)
            elif tag == MATH_T:
                sink.add(child.text or "", hidden)
            elif isinstance(tag, str) and tag not in _SKIP:
                self._inline(child, sink, hidden)

    def _run(self, run: etree._Element, sink: ParagraphSink, hidden: bool) -> None:
        hidden = self._run_hidden(first_child(run, RPR), hidden)
        for child in run:
            tag = child.tag
            if tag == T:
                if not self._in_code:
                    sink.add(child.text or "", hidden)
            elif tag in CHARS:
                if not self._in_code:
                    sink.add(CHARS[tag], hidden)
            elif tag == FLDCHAR:
                self._field_char(child.get(_W + "fldCharType"))
            elif tag == SYM:
                if not self._in_code:
                    sink.add(symbol_text(child), hidden)
            elif tag in NOTE_REFS:
                self.note_refs[NOTE_REFS[tag]].append(child.get(_W + "id") or "")
            elif tag in GRAPHIC_HOLDERS:
                find_graphics(child, sink.boxes, sink.graphics, "text box")

    def _run_hidden(self, rpr: etree._Element | None, inherited: bool) -> bool:
        if rpr is None:
            return inherited
        vanish = first_child(rpr, VANISH)
        if vanish is not None:
            return is_on(vanish)
        style = first_child(rpr, _W + "rStyle")
        return inherited or (style is not None and style.get(_W + "val") in self._styles.hidden_ids)

    def _field_char(self, kind: str | None) -> None:
        # Fields nest and may span paragraphs; only text in every open field's result counts.
        if kind == "begin":
            self._fields.append(False)
            self._in_code += 1
        elif kind == "separate" and self._fields and not self._fields[-1]:
            self._fields[-1] = True
            self._in_code -= 1
        elif kind == "end" and self._fields and not self._fields.pop():
            self._in_code -= 1

    def _emit(self, unit: TextUnit) -> None:
        self._budget.spend(len(unit.text))
        self.units.append(unit)


def chosen_branch(alternate: etree._Element) -> etree._Element | None:
    """The one branch of ``mc:AlternateContent`` to read: the first Choice, else Fallback."""
    choice = first_child(alternate, _CHOICE)
    return choice if choice is not None else first_child(alternate, _FALLBACK)


def find_graphics(
    element: etree._Element,
    boxes: list[tuple[etree._Element, str]],
    graphics: list[tuple[str, str]],
    name: str,
) -> None:
    """Collect text boxes (with the drawing's name), charts and diagrams under a drawing."""
    if element.tag == ALTERNATE:
        chosen = chosen_branch(element)
        if chosen is not None:
            find_graphics(chosen, boxes, graphics, name)
        return
    for child in element:
        tag = child.tag
        if tag == TXBX:
            boxes.append((child, name))  # a box inside this box is met when it is read
            continue
        if tag == _WP_DOCPR:
            name = child.get("name") or name
        elif tag == _CHART and child.get(_R_ID):
            graphics.append(("chart", child.get(_R_ID) or ""))
        elif tag == _DGM_RELIDS and child.get(_R_DM):
            graphics.append(("smartart", child.get(_R_DM) or ""))
        if isinstance(tag, str):
            find_graphics(child, boxes, graphics, name)


def through_wrappers(container: etree._Element, tag: str) -> list[etree._Element]:
    """Children named ``tag``, looking through content controls and custom XML around them."""
    found: list[etree._Element] = []
    for child in container:
        child_tag = child.tag
        if child_tag == tag:
            found.append(child)
        elif child_tag in _WRAPPERS:
            found.extend(through_wrappers(child, tag))
        elif child_tag == ALTERNATE:
            chosen = chosen_branch(child)
            if chosen is not None:
                found.extend(through_wrappers(chosen, tag))
    return found


def symbol_text(sym: etree._Element) -> str:
    """The character of a ``w:sym``; empty for symbol-font private-use code points."""
    code = sym.get(_W + "char") or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xE000 <= value <= 0xF8FF or not 0 < value < 0x110000:
        return ""
    return chr(value)


def _style_id(ppr: etree._Element | None) -> str | None:
    if ppr is None:
        return None
    style = first_child(ppr, _W + "pStyle")
    return None if style is None else style.get(_W + "val")


def _grid_value(props: etree._Element | None, tag: str) -> int:
    node = None if props is None else first_child(props, tag)
    value = "" if node is None else (node.get(_VAL) or "")
    return int(value) if value.isdigit() and int(value) < 1000 else 0


def _cell_grid(props: etree._Element | None) -> tuple[bool, int]:
    """Whether a cell continues a merged cell (its text is not shown), and its grid span.

    A vMerge or hMerge without val (or "continue") continues the cell before it. The first
    of each property counts, as ``find`` would give; one C-level pass looks for all three.
    """
    found = [] if props is None else list(props.iterchildren(*_CELL_GRID))
    if not found:  # most cells
        return False, 1
    continues, span = False, 0
    seen: set[str] = set()
    for node in found:
        tag = node.tag
        if tag in seen:
            continue
        seen.add(tag)
        if tag == _GRID_SPAN:
            value = node.get(_VAL) or ""
            span = int(value) if value.isdigit() and int(value) < 1000 else 0
        elif node.get(_VAL, "continue") == "continue":
            continues = True
    return continues, max(1, span)
