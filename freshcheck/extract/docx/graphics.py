"""Text of charts and SmartArt diagrams anchored in a Word body.

A chart shows its title, axis titles, series names and category names; a SmartArt diagram
shows the text of its nodes. Each becomes a unit at the paragraph the graphic is anchored
in, part ``chart`` or ``smartart``, shape "chart 2" / "diagram 1". Numbers plotted in a
chart are not text a reader reads as a sentence, so values are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from freshcheck.extract.docx.stories import CharBudget, GraphicRef
from freshcheck.extract.ooxml import NS, OoxmlPackage, Relationship
from freshcheck.model import Location, TextUnit

_A_P, _A_T = "{" + NS["a"] + "}p", "{" + NS["a"] + "}t"
_C = "{" + NS["c"] + "}"
_DGM_PT = "{" + NS["dgm"] + "}pt"
_DGM_T = "{" + NS["dgm"] + "}t"


def graphic_units(
    package: OoxmlPackage,
    rels: dict[str, Relationship],
    graphics: list[GraphicRef],
    budget: CharBudget,
) -> list[TextUnit]:
    """Units for the charts and diagrams met in the body, in the order they were met."""
    units: list[TextUnit] = []
    counts = {"chart": 0, "smartart": 0}
    for graphic in graphics:
        rel = rels.get(graphic.rel_id)
        if rel is None or rel.external:
            continue
        root = package.xml(rel.target)
        if root is None:
            continue
        counts[graphic.kind] += 1
        if graphic.kind == "chart":
            texts = _chart_texts(root)
            shape = f"chart {counts['chart']}"
        else:
            texts = _diagram_texts(root)
            shape = f"diagram {counts['smartart']}"
        seen: set[str] = set()
        for text in texts:
            if text in seen:
                continue
            seen.add(text)
            budget.spend(len(text))
            location = Location(paragraph=graphic.paragraph, part=graphic.kind, shape=shape)  # type: ignore[arg-type]
            units.append(TextUnit(text, location))
    return units


def _chart_texts(root: etree._Element) -> Iterator[str]:
    # Rich text (titles, axis titles) is in a:p; series and category names in c:strCache.
    for paragraph in root.iter(_A_P):
        text = "".join(node.text or "" for node in paragraph.iter(_A_T)).strip()
        if text:
            yield text
    for cache in root.iter(_C + "strCache", _C + "strLit"):
        for value in cache.iter(_C + "v"):
            text = (value.text or "").strip()
            if text:
                yield text


def _diagram_texts(root: etree._Element) -> Iterator[str]:
    for point in root.iter(_DGM_PT):
        body = point.find(_DGM_T)
        if body is None:
            continue
        for paragraph in body.iter(_A_P):
            text = "".join(node.text or "" for node in paragraph.iter(_A_T)).strip()
            if text:
                yield text
