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
from freshcheck.extract.pptx.metafile import METAFILE_SUFFIXES, metafile_lines
from freshcheck.extract.pptx.package import DeckParts
from freshcheck.extract.pptx.shapes import GraphicRef, text_body_paragraphs

_C = f"{{{NS['c']}}}"
_CX = "{http://schemas.microsoft.com/office/drawing/2014/chartex}"
_DGM = f"{{{NS['dgm']}}}"
_A = f"{{{NS['a']}}}"
_V = f"{{{NS['v']}}}"
_O = "{urn:schemas-microsoft-com:office:office}"

_AXES = ("catAx", "valAx", "dateAx", "serAx")
# SmartArt connector points carry no words of their own.
_CONNECTOR_POINTS = ("parTrans", "sibTrans")


def graphic_texts(parts: DeckParts, owner: str, ref: GraphicRef) -> list[str]:
    """The words of a chart, SmartArt or picture that part ``owner`` refers to by ``ref``."""
    if ref.kind == "ole-vml":
        target = _vml_preview(parts, owner, ref.rel_id)
    else:
        target = parts.target(owner, ref.rel_id)
    if target is None:
        return []
    if ref.kind in ("picture", "ole-vml"):
        return _picture_texts(parts, target)
    root = parts.aux_xml(target)
    if root is None:
        return []
    return smartart_texts(root) if ref.kind == "smartart" else chart_texts(root)


def _picture_texts(parts: DeckParts, target: str) -> list[str]:
    # Only vector pictures carry text as text; raster pictures would need OCR.
    if not target.lower().endswith(METAFILE_SUFFIXES):
        return []
    data = parts.data(target)
    lines = [] if data is None else metafile_lines(data)
    # Lines without a letter are axis ticks and data values: numbers, as in charts.
    return [line for line in lines if any(c.isalpha() for c in line)]


def _vml_preview(parts: DeckParts, owner: str, spid: str) -> str | None:
    """The preview picture of a PowerPoint 2007 OLE object, found through its VML shape."""
    vml = parts.related(owner, "/vmlDrawing")
    root = None if vml is None else parts.aux_xml(vml)
    if vml is None or root is None:
        return None
    for shape in root.iter(_V + "shape"):
        if spid in (shape.get("id"), shape.get(_O + "spid")):
            image = shape.find(_V + "imagedata")
            rel_id = None if image is None else image.get(_O + "relid")
            return parts.target(vml, rel_id) if rel_id else None
    return None


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
