"""Automatic numbering labels that are part of what a paragraph says ("A3", "Section 3.a").

Word computes list and heading numbers from ``w:numPr`` and the numbering part; they are
not in the runs. A plain "1." or "a)" is layout, and reading it as text would make every
list item start with a number a claim check could trip on, so it stays out. But a label
whose format carries letters or other literal text ("A%1", "Section %1.%2", "NEW-%1")
names the item: "A3 – Sensitive Data Exposure" is how a reader cites it. Those labels are
rendered and put in front of the paragraph's text.

Counting follows Word: one counter per abstract list and level, a level's counter restarts
when a higher level advances, and every numbered paragraph counts, labelled or not. When
no level of the document has literal text (nearly always), nothing is counted at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from freshcheck.extract.ooxml import NS, first_child

_W = "{" + NS["w"] + "}"
_VAL = _W + "val"
_PLACEHOLDER = re.compile(r"%([1-9])")
_LITERAL_WORD = re.compile(r"[^\W_]")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True, slots=True)
class Level:
    """One list level: its number format ("decimal", "upperLetter"…), text and start."""

    fmt: str
    text: str
    start: int

    @property
    def labelled(self) -> bool:
        """Whether the level text holds letters or digits of its own beside a number (a
        bullet's "o" in Courier New has no number: it is a bullet)."""
        return self.fmt not in _NO_NUMBER and _labelled(self.text)


@dataclass(frozen=True, slots=True)
class ListDefinition:
    """A concrete list (``w:num``): the abstract list it counts with and its levels."""

    counter: str
    levels: dict[int, Level]


@dataclass(frozen=True, slots=True)
class Numbering:
    """The lists of a document and the paragraph styles that number their paragraphs."""

    lists: dict[str, ListDefinition] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def labelled(self) -> bool:
        return any(level.labelled for d in self.lists.values() for level in d.levels.values())


_NO_NUMBER = frozenset({"bullet", "none"})


def _labelled(text: str) -> bool:
    without = _PLACEHOLDER.sub("", text)
    return without != text and _LITERAL_WORD.search(without) is not None


_LEVEL_TEXT = re.compile(rb'lvlText\s+[\w:]*val="([^"]*)"')


def may_label(data: bytes | None) -> bool:
    """Whether a numbering part's bytes have any level text with literal letters or digits:
    a byte scan, so that the common document (plain "1." and bullets) parses nothing."""
    if not data:
        return False
    return any(_labelled(text.decode("utf-8", "replace")) for text in _LEVEL_TEXT.findall(data))


def read_numbering(numbering: etree._Element | None, styles: etree._Element | None) -> Numbering:
    """The lists defined in the numbering part, with the style-to-list links of styles."""
    if numbering is None:
        return Numbering()
    abstracts = {
        node.get(_W + "abstractNumId") or "": _levels(node)
        for node in numbering.iterfind("w:abstractNum", NS)
    }
    lists = {}
    for num in numbering.iterfind("w:num", NS):
        abstract_id = _val(first_child(num, _W + "abstractNumId")) or ""
        levels = dict(abstracts.get(abstract_id, {}))
        for override in num.iterfind("w:lvlOverride", NS):
            index = _int(override.get(_W + "ilvl"), 0)
            replaced = first_child(override, _W + "lvl")
            if replaced is not None:
                levels[index] = _level(replaced)
            start = _val(first_child(override, _W + "startOverride"))
            if start is not None and index in levels:
                old = levels[index]
                levels[index] = Level(old.fmt, old.text, _int(start, old.start))
        lists[num.get(_W + "numId") or ""] = ListDefinition(abstract_id, levels)
    return Numbering(lists, _style_links(styles))


def _levels(abstract: etree._Element) -> dict[int, Level]:
    return {_int(lvl.get(_W + "ilvl"), 0): _level(lvl) for lvl in abstract.iterfind("w:lvl", NS)}


def _level(lvl: etree._Element) -> Level:
    return Level(
        _val(first_child(lvl, _W + "numFmt")) or "decimal",
        _val(first_child(lvl, _W + "lvlText")) or "",
        _int(_val(first_child(lvl, _W + "start")), 1),
    )


def _style_links(styles: etree._Element | None) -> dict[str, tuple[str, int]]:
    links: dict[str, tuple[str, int]] = {}
    if styles is None:
        return links
    for style in styles.iterfind("w:style", NS):
        num_pr = style.find("w:pPr/w:numPr", NS)
        if num_pr is not None:
            num_id = _val(first_child(num_pr, _W + "numId"))
            if num_id:
                level = _int(_val(first_child(num_pr, _W + "ilvl")), 0)
                links[style.get(_W + "styleId") or ""] = (num_id, level)
    return links


class ListCounter:
    """Counts numbered paragraphs in document order and renders the labelled labels."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counts: dict[str, list[int]] = {}

    def label(self, ppr: etree._Element | None) -> str:
        """The label to put before this paragraph's text ("" for none); counts it."""
        if ppr is None:
            return ""
        found = self._list_of(ppr)
        if found is None:
            return ""
        definition, index = found
        level = definition.levels.get(index)
        if level is None:
            return ""
        counts = self._counts.setdefault(definition.counter, [0] * 9)
        if not 0 <= index < 9:
            return ""
        counts[index] = counts[index] + 1 if counts[index] else level.start
        for deeper in range(index + 1, 9):
            counts[deeper] = 0
        if not level.labelled:
            return ""

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            shown = definition.levels.get(at, level)
            value = counts[at] or shown.start
            return _formatted(value, shown.fmt)

        return _PLACEHOLDER.sub(number, level.text).strip()

    def _list_of(self, ppr: etree._Element) -> tuple[ListDefinition, int] | None:
        num_pr = first_child(ppr, _W + "numPr")
        num_id: str | None = None
        index = 0
        if num_pr is not None:
            num_id = _val(first_child(num_pr, _W + "numId"))
            index = _int(_val(first_child(num_pr, _W + "ilvl")), 0)
        if num_id is None:
            style = _val(first_child(ppr, _W + "pStyle"))
            link = self._numbering.styles.get(style or "")
            if link is None:
                return None
            num_id, style_level = link
            if num_pr is None:
                index = style_level
        definition = self._numbering.lists.get(num_id)
        return None if definition is None else (definition, index)


def _formatted(value: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, digits in _ROMAN:
        count, value = divmod(value, amount)
        out.append(digits * count)
    return "".join(out)


def _val(node: etree._Element | None) -> str | None:
    return None if node is None else node.get(_VAL)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
