"""What the docx extractor needs from word/styles.xml: heading styles and hidden styles.

Built-in style names are stored in English even in localised documents ("heading 1" with
the id "berschrift1"), so headings are recognised by name or outline level, not by id.

The styles part is often several times larger than the text it styles (latent styles, and
templates that define hundreds of styles), yet few of its styles can be headings or hide
text. ``read_styles_part`` parses only those: see ``_candidate_styles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from freshcheck.extract.ooxml import NS, parse_part
from freshcheck.extract.safety import xml_parser

_W = "{" + NS["w"] + "}"
_TITLE_NAMES = ("title", "heading ")
# ST_OnOff: an absent val means "on"; these spell "off".
_OFF = frozenset({"0", "false", "off"})
_STYLES_START = re.compile(rb"<w:styles[\s>]")
_STYLE_START = b"<w:style"
_STYLE_END = b"</w:style>"
# Lowercase bytes that any style read_styles keeps must contain: a heading or title name,
# an outline level, vanish, or a character reference that could spell a name in disguise.
_MAY_MATTER = (b"heading", b"title", b"outlinelvl", b"vanish", b"&#")


@dataclass(frozen=True, slots=True)
class WordStyles:
    """Style ids that mark a paragraph as a heading, and style ids that hide their text."""

    heading_ids: frozenset[str] = field(default_factory=frozenset)
    hidden_ids: frozenset[str] = field(default_factory=frozenset)


def read_styles_part(name: str, data: bytes | None) -> WordStyles:
    """``read_styles`` of the styles part's raw bytes, parsing only styles that may matter."""
    if data is None:
        return WordStyles()
    candidates = _candidate_styles(data)
    if candidates is not None:
        try:
            return read_styles(etree.fromstring(candidates, xml_parser()))
        except etree.XMLSyntaxError:
            pass  # the byte split was fooled (comments, CDATA): parse the whole part
    return read_styles(parse_part(name, data))


def _candidate_styles(data: bytes) -> bytes | None:
    """A smaller styles document holding only the ``w:style`` elements that may matter.

    The root start tag is kept, so every namespace declaration still applies. Keywords are
    found by a few fast byte searches over the whole part; each hit inside a style keeps
    that style, from its ``<w:style`` to the ``</w:style>`` after the hit (hits in latent
    styles or document defaults, before the first style, keep nothing). A hit between two
    styles would keep both, which is harmless: only what ``read_styles`` then finds counts.
    None when the part is not written with the usual ``w:`` prefix.
    """
    root = _STYLES_START.search(data)
    if root is None:
        return None
    body = data.find(b">", root.end() - 1) + 1
    if body <= 0 or data[body - 2 : body - 1] == b"/":
        return None
    lower = data.lower()
    spans: dict[int, int] = {}
    for word in _MAY_MATTER:
        at = lower.find(word, body)
        while at >= 0:
            start = data.rfind(_STYLE_START, body, at)
            if start >= 0 and start not in spans:
                end = data.find(_STYLE_END, at)
                if end >= 0:
                    spans[start] = end + len(_STYLE_END)
            at = lower.find(word, at + len(word))
    kept = [data[:body]]
    kept.extend(data[start : spans[start]] for start in sorted(spans))
    kept.append(b"</w:styles>")
    return b"".join(kept)


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
