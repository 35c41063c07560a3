"""One C-level pass over a Word story: plain paragraphs' text and which paragraphs are headings.

Walking every run of every paragraph in Python costs several times more than parsing the
XML, yet most paragraphs are plain runs of text, tabs and breaks. ``scan_story`` asks lxml
for just the elements that matter (``iter`` with a tag list runs in C) and, in document
order, gathers each plain paragraph's text pieces, notes the paragraphs that need the full
run-by-run walk, and marks headings by their own style or outline level, so no paragraph's
properties are looked up again in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from freshcheck.extract.docx.styles import WordStyles
from freshcheck.extract.ooxml import NS

_W = "{" + NS["w"] + "}"
_MC = "{" + NS["mc"] + "}"
P, TBL, TR, TC, R, T = (_W + n for n in ("p", "tbl", "tr", "tc", "r", "t"))
PPR, RPR, TCPR, TRPR = (_W + n for n in ("pPr", "rPr", "tcPr", "trPr"))
ALTERNATE = _MC + "AlternateContent"
TXBX = _W + "txbxContent"
FLDCHAR, SYM, VANISH = _W + "fldChar", _W + "sym", _W + "vanish"
MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
GRAPHIC_HOLDERS = frozenset({_W + "drawing", _W + "pict", _W + "object", ALTERNATE})
NOTE_REFS = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}
# Where a comment is anchored: the start of its range, else its reference mark.
COMMENT_ANCHORS = (_W + "commentRangeStart", _W + "commentReference")
COMMENT_END = _W + "commentRangeEnd"
# Run content that stands for a character.
CHARS = {
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "br": "\n",
    _W + "cr": "\n",
    _W + "noBreakHyphen": "-",
    _W + "softHyphen": "",
}
_PSTYLE, _RSTYLE, _OUTLINE = _W + "pStyle", _W + "rStyle", _W + "outlineLvl"
_VAL = _W + "val"
_W_ID = _W + "id"
_FLDCHAR_TYPE = _W + "fldCharType"
# A paragraph holding any of these (or around one that does) is walked run by run.
_NEEDS_WALK = (
    *GRAPHIC_HOLDERS,
    SYM,
    VANISH,
    MATH_T,
    TXBX,
    _W + "del",
    _W + "moveFrom",
)
_SCAN = (
    *(P, T, *CHARS, FLDCHAR, *NOTE_REFS, _PSTYLE, _OUTLINE),
    *(*COMMENT_ANCHORS, COMMENT_END, *_NEEDS_WALK),
)
# With styles that hide text, a run's character style can hide it too.
_SCAN_WITH_HIDDEN = (*_SCAN, _RSTYLE)


@dataclass(frozen=True, slots=True)
class StoryScan:
    """What one pass over a story found.

    ``plain`` maps each paragraph that needs no run-by-run walk to its text pieces;
    ``note_refs`` the plain paragraphs' footnote and endnote references, as (kind, id);
    ``headings`` holds the paragraphs whose own style or outline level makes them headings;
    ``comments`` the ids of the comments anchored in each paragraph (a range start between
    paragraphs belongs to the paragraph after it); ``comment_ends`` the ids of the comment
    ranges that end in each paragraph (an end between paragraphs, in the one before it).
    """

    plain: dict[etree._Element, list[str]]
    note_refs: dict[etree._Element, list[tuple[str, str]]]
    headings: frozenset[etree._Element]
    comments: dict[etree._Element, list[str]] = field(default_factory=dict)
    comment_ends: dict[etree._Element, list[str]] = field(default_factory=dict)


def scan_story(story: etree._Element, styles: WordStyles) -> StoryScan:
    """Scan ``story`` (w:body, w:hdr, w:footnote…) once, in document order.

    Text, tabs and breaks belong to the paragraph opened last. A paragraph holding anything
    in ``_NEEDS_WALK`` or a style that hides text, and every paragraph around it, is left
    out of ``plain``; so are the paragraphs of a text box, whose text sits inside another
    paragraph's and breaks the "opened last" rule, and paragraphs whose fields do not open
    and close within them (see ``_Fields``).
    """
    texts: dict[etree._Element, list[str]] = {}
    refs: dict[etree._Element, list[tuple[str, str]]] = {}
    # Elements, not id()s: a set of elements keeps their proxies alive, so a paragraph met
    # again later is the same object (an id() of a dropped proxy can be reused by another).
    walk: set[etree._Element] = set()
    headings: set[etree._Element] = set()
    comments: dict[etree._Element, list[str]] = {}
    ends: dict[etree._Element, list[str]] = {}
    between: list[str] = []  # comment ranges opened between paragraphs
    heading_ids, hidden_ids = styles.heading_ids, styles.hidden_ids
    style_ids = heading_ids | hidden_ids
    paragraph: etree._Element | None = None
    pieces: list[str] = []
    # Most paragraphs have no field: their _Fields is made on the first field character.
    fields: _Fields | None = None
    in_code = 0
    for node in story.iter(_SCAN_WITH_HIDDEN if hidden_ids else _SCAN):
        tag = node.tag  # branches in order of how often they are taken
        if tag == T:
            if not in_code:
                pieces.append(node.text or "")
        elif tag == P:
            if fields is not None:
                if fields.unsettled() and paragraph is not None:
                    walk.add(paragraph)
                fields, in_code = None, 0
            paragraph = node
            pieces = texts[node] = []
            if between:
                comments[node] = between
                between = []
        elif tag == _PSTYLE:
            value = node.get(_VAL)
            if value in style_ids:
                if value in heading_ids:
                    _add_heading(node, headings)
                if value in hidden_ids:
                    _add_holders(node, walk)
        elif tag in CHARS:
            if not in_code:
                pieces.append(CHARS[tag])
        elif tag == FLDCHAR:
            if fields is None:
                fields = _Fields()
            in_code = fields.char(node.get(_FLDCHAR_TYPE))
        elif tag in NOTE_REFS:
            # Only a reference in a run is one the walk would meet.
            run = node.getparent()
            if paragraph is not None and run is not None and run.tag == R:
                refs.setdefault(paragraph, []).append((NOTE_REFS[tag], node.get(_W_ID) or ""))
        elif tag == _OUTLINE:
            value = node.get(_VAL)
            if value is not None and value.isdigit() and int(value) < 9:
                _add_heading(node, headings)
        elif tag == _RSTYLE:
            if node.get(_VAL) in hidden_ids:
                _add_holders(node, walk)
        elif tag in COMMENT_ANCHORS:
            _add_comment(node, comments, between)
        elif tag == COMMENT_END:
            holder = _paragraph_of(node)
            if holder is None:
                holder = paragraph  # between paragraphs: it ends with the one before
            if holder is not None:
                ends.setdefault(holder, []).append(node.get(_W_ID) or "")
        else:
            if tag == TXBX:
                walk.update(node.iter(P))
            _add_holders(node, walk)
    if fields is not None and fields.unsettled() and paragraph is not None:
        walk.add(paragraph)
    if walk:
        texts = {p: parts for p, parts in texts.items() if p not in walk}
    return StoryScan(texts, refs, frozenset(headings), comments, ends)


class _Fields:
    """The fields of one paragraph, followed as the story walk would follow them.

    Only text in a field's result counts, never in its instructions. A paragraph whose
    fields all begin and end within it has the same text whatever fields are open around
    it, so its text can be gathered here; a field that begins, separates or ends across
    paragraphs is left to the walk, which carries field state from paragraph to paragraph.
    """

    __slots__ = ("_crossed", "_open", "in_code")

    def __init__(self) -> None:
        self._open: list[bool] = []  # per open field: False in instructions, True in result
        self.in_code = 0
        self._crossed = False

    def char(self, kind: str | None) -> int:
        """Follow one ``w:fldChar``; returns how many open fields are in their instructions."""
        if kind == "begin":
            self._open.append(False)
            self.in_code += 1
        elif kind == "separate" and self._open and not self._open[-1]:
            self._open[-1] = True
            self.in_code -= 1
        elif kind == "end":
            if not self._open:
                self._crossed = True  # ends a field begun in an earlier paragraph
            elif not self._open.pop():
                self.in_code -= 1
        return self.in_code

    def unsettled(self) -> bool:
        """True when a field crosses the paragraph's start or end."""
        return self._crossed or bool(self._open)


def _add_heading(prop: etree._Element, headings: set[etree._Element]) -> None:
    # Only the paragraph's own first w:pPr and its first such property count: a former
    # style kept by tracked changes (w:pPrChange/w:pPr) is not the paragraph's style.
    ppr = prop.getparent()
    paragraph = None if ppr is None else ppr.getparent()
    if (
        ppr is not None
        and paragraph is not None
        and paragraph.tag == P
        and paragraph.find(PPR) is ppr
        and ppr.find(prop.tag) is prop
    ):
        headings.add(paragraph)


def _add_comment(
    node: etree._Element, comments: dict[etree._Element, list[str]], between: list[str]
) -> None:
    comment_id = node.get(_W_ID) or ""
    holder = _paragraph_of(node)
    if holder is None:
        between.append(comment_id)  # at block level: it anchors on the next paragraph
    else:
        comments.setdefault(holder, []).append(comment_id)


def _paragraph_of(node: etree._Element) -> etree._Element | None:
    holder = node.getparent()
    while holder is not None and holder.tag != P:
        holder = holder.getparent()
    return holder


def _add_holders(node: etree._Element, walk: set[etree._Element]) -> None:
    holder = node.getparent()
    while holder is not None:
        if holder.tag == P:
            walk.add(holder)
        holder = holder.getparent()
