"""Text inside chart and SmartArt parts: the words a slide shows that no text frame holds.

Charts (``c:chartSpace``): the title, axis titles, series names, category names and
literal data-label text, never the numbers. Chart titles may be rich text (``c:rich``) or a
cached cell reference (``c:strRef``); categories may be one level (``c:strRef``,
``c:strLit``) or several (``c:multiLvlStrRef``). Office 2016 charts (``cx:chartSpace``:
waterfall, sunburst…) keep names in ``cx:tx`` and ``cx:strDim``.

SmartArt: the data model part (``dgm:dataModel``) is the source of truth; the drawing part
next to it is a rendered cache of the same words and is never read, so nothing is doubled.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from freshcheck.extract.ooxml import NS
from freshcheck.extract.pptx_shapes import text_body_paragraphs

_C = f"{{{NS['c']}}}"
_CX = "{http://schemas.microsoft.com/office/drawing/2014/chartex}"
_DGM = f"{{{NS['dgm']}}}"
_A = f"{{{NS['a']}}}"

_AXES = ("catAx", "valAx", "dateAx", "serAx")
# SmartArt connector points carry no words of their own.
_CONNECTOR_POINTS = ("parTrans", "sibTrans")


def chart_texts(root: etree._Element) -> list[str]:
    """Literal words of one chart part, in reading order, each once."""
    found: list[str] = []
    if root.tag == _CX + "chartSpace":
        found.extend(_chartex_texts(root))
    else:
        found.extend(_chart_texts(root))
    return _unique(found)


def _chart_texts(root: etree._Element) -> Iterator[str]:
    chart = root.find(_C + "chart")
    if chart is None:
        return
    title = chart.find(_C + "title")
    if title is not None:
        yield from _title_texts(title)
    plot = chart.find(_C + "plotArea")
    if plot is None:
        return
    for axis_tag in _AXES:
        for axis in plot.iterchildren(_C + axis_tag):
            axis_title = axis.find(_C + "title")
            if axis_title is not None:
                yield from _title_texts(axis_title)
    for series in plot.iter(_C + "ser"):
        tx = series.find(_C + "tx")
        if tx is not None:
            yield from _cached_strings(tx)
    for series in plot.iter(_C + "ser"):
        for tag in ("cat", "xVal"):
            categories = series.find(_C + tag)
            if categories is not None:
                yield from _cached_strings(categories)
    for label in plot.iter(_C + "dLbl"):
        rich = label.find(f"{_C}tx/{_C}rich")
        if rich is not None:
            yield from text_body_paragraphs(rich)


def _title_texts(title: etree._Element) -> Iterator[str]:
    tx = title.find(_C + "tx")
    if tx is None:
        return
    rich = tx.find(_C + "rich")
    if rich is not None:
        yield from text_body_paragraphs(rich)
    else:
        yield from _cached_strings(tx)


def _cached_strings(element: etree._Element) -> Iterator[str]:
    """Values of ``c:pt/c:v`` under a cache or literal, plus a bare ``c:v`` name."""
    for value in element.iter(_C + "v"):
        parent = value.getparent()
        if parent is None:
            continue
        # Category caches of numbers (c:numRef/c:numCache) are numbers, not words.
        if parent.tag == _C + "pt" and _in_number_cache(parent):
            continue
        text = (value.text or "").strip()
        if text:
            yield text


def _in_number_cache(point: etree._Element) -> bool:
    cache = point.getparent()
    return cache is not None and cache.tag in (_C + "numCache", _C + "numLit")


def _chartex_texts(root: etree._Element) -> Iterator[str]:
    for tx in root.iter(_CX + "tx"):
        rich = tx.find(_CX + "rich")
        if rich is not None:
            yield from text_body_paragraphs(rich)
        yield from _stripped_values(tx)
    for dim in root.iter(_CX + "strDim"):
        yield from _stripped_values(dim)


def _stripped_values(element: etree._Element) -> Iterator[str]:
    for value in element.iter(_CX + "v"):
        text = (value.text or "").strip()
        if text:
            yield text


def smartart_texts(root: etree._Element) -> list[str]:
    """Paragraphs of every SmartArt node (``dgm:pt``) in the data model, in model order."""
    found: list[str] = []
    point_list = root.find(_DGM + "ptLst")
    if point_list is None:
        return found
    for point in point_list.iterchildren(_DGM + "pt"):
        if point.get("type") in _CONNECTOR_POINTS:
            continue
        body = point.find(_DGM + "t")
        if body is not None:
            found.extend(text_body_paragraphs(body))
    return found


def _unique(texts: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out
