"""What the docx extractor needs from word/styles.xml: heading styles and hidden styles.

Built-in style names are stored in English even in localised documents ("heading 1" with
the id "berschrift1"), so headings are recognised by name or outline level, not by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from freshcheck.extract.ooxml import NS

_W = "{" + NS["w"] + "}"
_TITLE_NAMES = ("title", "heading ")
# ST_OnOff: an absent val means "on"; these spell "off".
_OFF = frozenset({"0", "false", "off"})


@dataclass(frozen=True, slots=True)
class WordStyles:
    """Style ids that mark a paragraph as a heading, and style ids that hide their text."""

    heading_ids: frozenset[str] = field(default_factory=frozenset)
    hidden_ids: frozenset[str] = field(default_factory=frozenset)


def read_styles(root: etree._Element | None) -> WordStyles:
    """Read heading and hidden style ids from the styles part (None when it is missing)."""
    if root is None:
        return WordStyles()
    headings: set[str] = set()
    hidden: set[str] = set()
    for style in root.iter(_W + "style"):
        style_id = style.get(_W + "styleId")
        if not style_id:
            continue
        name_node = style.find(_W + "name")
        name = (name_node.get(_W + "val") or "") if name_node is not None else ""
        if name.lower().startswith(_TITLE_NAMES) or is_outline_heading(style.find(_W + "pPr")):
            headings.add(style_id)
        rpr = style.find(_W + "rPr")
        if rpr is not None and is_on(rpr.find(_W + "vanish")):
            hidden.add(style_id)
    return WordStyles(frozenset(headings), frozenset(hidden))


def is_on(node: etree._Element | None) -> bool:
    """True for a present ST_OnOff toggle (``<w:vanish/>``) unless its val spells off."""
    return node is not None and (node.get(_W + "val") or "true").lower() not in _OFF


def is_outline_heading(ppr: etree._Element | None) -> bool:
    """True when paragraph properties give an outline level 1–9 (w:outlineLvl 0–8)."""
    if ppr is None:
        return False
    level = ppr.find(_W + "outlineLvl")
    if level is None:
        return False
    value = level.get(_W + "val") or ""
    return value.isdigit() and int(value) < 9
