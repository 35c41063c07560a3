"""Walking one PresentationML shape tree (``p:spTree``) into located pieces of text.

The walk is pure over one parsed part: it yields ``ShapeText`` for text frames and table
cells, and ``GraphicRef`` for charts and SmartArt, whose text lives in other parts that the
caller resolves through the slide's relationships. Groups are walked at any depth;
``mc:AlternateContent`` contributes its first ``mc:Choice`` that yields anything, else its
``mc:Fallback``, never both, so nothing is counted twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from freshcheck.extract.ooxml import NS, child_at, first_child
from freshcheck.model import Part

_A = f"{{{NS['a']}}}"
_P = f"{{{NS['p']}}}"
_MC = f"{{{NS['mc']}}}"
_R_ID = f"{{{NS['r']}}}id"
_R_DM = f"{{{NS['r']}}}dm"
_R_EMBED = f"{{{NS['r']}}}embed"
_OLE_URI = "http://schemas.openxmlformats.org/presentationml/2006/ole"
_CHART_URI = NS["c"]
_CHARTEX_URI = "http://schemas.microsoft.com/office/drawing/2014/chartex"
_DIAGRAM_URI = NS["dgm"]

# Placeholder types and the part their text belongs to; anything else is "body".
_PLACEHOLDER_PARTS: dict[str, Part] = {
    "title": "title",
    "ctrTitle": "title",
    "ftr": "footer",
    "dt": "footer",
    "sldNum": "footer",
    "hdr": "footer",
}
# Fields whose cached text is regenerated on every render: the slide number and the date
# PowerPoint stamps when the deck is opened. Their stored value is not something anyone wrote.
_VOLATILE_FIELDS = ("slidenum", "datetime")
# PowerPoint stores a vertical tab (soft line break typed as Shift+Enter in some builds) as
# this escape inside a:t, since XML 1.0 cannot carry the character itself.
_VT_ESCAPE = "_x000B_"


@dataclass(frozen=True, slots=True)
class ShapeText:
    """One paragraph or table cell of a shape, with where it sits."""

    text: str
    part: Part
    shape: str | None
    cell: tuple[int, int] | None = None
    placeholder: str | None = None


@dataclass(frozen=True, slots=True)
class GraphicRef:
    """A chart or SmartArt frame: its text lives in the part ``rel_id`` points to."""

    kind: str  # "chart", "chartex", "smartart", "picture" or "ole-vml"
    rel_id: str  # for "ole-vml", the VML shape id (spid) of the object's preview
    shape: str | None


Piece = ShapeText | GraphicRef


def paragraph_text(paragraph: etree._Element) -> str:
    """The text of one ``a:p`` as a reader sees it: runs and fields joined, breaks as newlines.

    ``a:br`` (a line break inside a paragraph) becomes "\\n", which is what the slide shows;
    a vertical tab does too. Auto-updating slide-number and date fields are left out.
    """
    chunks: list[str] = []
    _collect_runs(paragraph, chunks)
    text = "".join(chunks)
    if _VT_ESCAPE in text or "\x0b" in text:
        text = text.replace(_VT_ESCAPE, "\n").replace("\x0b", "\n")
    return text


def _collect_runs(parent: etree._Element, chunks: list[str]) -> None:
    for child in parent:
        tag = child.tag
        if tag == _A + "r":
            chunks.append(_t_text(child))
        elif tag == _A + "br":
            chunks.append("\n")
        elif tag == _A + "fld":
            if not (child.get("type") or "").lower().startswith(_VOLATILE_FIELDS):
                chunks.append(_t_text(child))
        elif tag == _MC + "AlternateContent":
            # Equations: the Choice holds OMML, the Fallback the same text as runs.
            fallback = first_child(child, _MC + "Fallback")
            if fallback is not None:
                _collect_runs(fallback, chunks)


def _t_text(run: etree._Element) -> str:
    node = first_child(run, _A + "t")
    return (node.text or "") if node is not None else ""


def text_body_paragraphs(body: etree._Element) -> Iterator[str]:
    """Non-empty paragraph texts of a text body (``p:txBody``, ``a:txBody``, ``dgm:t``…)."""
    for paragraph in body.iterchildren(_A + "p"):
        text = paragraph_text(paragraph)
        if text.strip():
            yield text


def walk_shapes(tree: etree._Element, *, placeholders: bool = True) -> Iterator[Piece]:
    """Text pieces of a ``p:spTree`` (or group) in document order, groups at any depth.

    With ``placeholders=False`` placeholder shapes are skipped: on layouts and masters their
    text is prompt text ("Click to edit Master title style"), not content.
    """
    for child in tree:
        yield from _walk_shape(child, placeholders)


def walk_static_shapes(tree: etree._Element, slide_size: tuple[int, int]) -> Iterator[Piece]:
    """Pieces of a layout's or master's own shapes that show on slides.

    Placeholders are skipped (their text is a prompt) and so are shapes parked entirely off
    the slide, on the pasteboard around it, where designers keep colour swatches and notes.
    """
    for child in tree:
        if not _off_slide(child, slide_size):
            yield from _walk_shape(child, False)


def _off_slide(shape: etree._Element, slide_size: tuple[int, int]) -> bool:
    xfrm = next(shape.iter(_A + "xfrm", _P + "xfrm"), None)
    if xfrm is None:
        return False
    offset, extent = first_child(xfrm, _A + "off"), first_child(xfrm, _A + "ext")
    if offset is None or extent is None:
        return False
    try:
        x, y = int(offset.get("x", "0")), int(offset.get("y", "0"))
        cx, cy = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
    except ValueError:
        return False
    width, height = slide_size
    return x >= width or y >= height or x + cx <= 0 or y + cy <= 0


def _walk_shape(shape: etree._Element, placeholders: bool) -> Iterator[Piece]:
    tag = shape.tag
    if tag == _P + "sp":
        yield from _text_shape(shape, placeholders)
    elif tag == _P + "grpSp":
        yield from walk_shapes(shape, placeholders=placeholders)
    elif tag == _P + "graphicFrame":
        yield from _graphic_frame(shape)
    elif tag == _P + "pic":
        yield from _picture(shape, shape_name(shape))
    elif tag == _MC + "AlternateContent":
        yield from _alternate(shape, placeholders)


def _alternate(element: etree._Element, placeholders: bool) -> Iterator[Piece]:
    for choice in element.iterchildren(_MC + "Choice"):
        pieces = list(walk_shapes(choice, placeholders=placeholders))
        if pieces:
            yield from pieces
            return
    fallback = first_child(element, _MC + "Fallback")
    if fallback is not None:
        yield from walk_shapes(fallback, placeholders=placeholders)


def _text_shape(shape: etree._Element, placeholders: bool) -> Iterator[ShapeText]:
    body = first_child(shape, _P + "txBody")
    if body is None:
        return
    ph = child_at(shape, _P + "nvSpPr", _P + "nvPr", _P + "ph")
    if ph is not None and not placeholders:
        return
    ph_type = None if ph is None else ph.get("type", "body")
    part: Part = "body" if ph_type is None else _PLACEHOLDER_PARTS.get(ph_type, "body")
    name = shape_name(shape)
    for text in text_body_paragraphs(body):
        yield ShapeText(text, part, name, placeholder=ph_type)


def shape_name(shape: etree._Element) -> str | None:
    """The shape's ``cNvPr`` name ("Title 1", "TextBox 5"), as PowerPoint's selection pane."""
    nv = shape[0] if len(shape) else None
    if nv is None:
        return None
    c_nv_pr = first_child(nv, _P + "cNvPr")
    name = None if c_nv_pr is None else c_nv_pr.get("name")
    return name or None


def _graphic_frame(frame: etree._Element) -> Iterator[Piece]:
    data = child_at(frame, _A + "graphic", _A + "graphicData")
    if data is None:
        return
    uri = data.get("uri", "")
    name = shape_name(frame)
    if uri.endswith("/table"):
        table = first_child(data, _A + "tbl")
        if table is not None:
            yield from _table_cells(table, name)
    elif uri in (_CHART_URI, _CHARTEX_URI):
        chart = data[0] if len(data) else None
        rel_id = None if chart is None else chart.get(_R_ID)
        if rel_id:
            yield GraphicRef("chart" if uri == _CHART_URI else "chartex", rel_id, name)
    elif uri == _OLE_URI:
        yield from _ole_preview(data, name)
    elif uri == _DIAGRAM_URI:
        rel_ids = first_child(data, f"{{{NS['dgm']}}}relIds")
        rel_id = None if rel_ids is None else rel_ids.get(_R_DM)
        if rel_id:
            yield GraphicRef("smartart", rel_id, name)


def _picture(element: etree._Element, name: str | None) -> Iterator[GraphicRef]:
    """The first embedded picture under ``element``: its words may be drawn in a metafile."""
    for blip in element.iter(_A + "blip"):
        rel_id = blip.get(_R_EMBED)
        if rel_id:
            yield GraphicRef("picture", rel_id, name)
            return


def _ole_preview(data: etree._Element, name: str | None) -> Iterator[GraphicRef]:
    # An OLE object shows as its preview picture: a p:pic inside p:oleObj (2010 and later,
    # often in the mc:Fallback) or, from PowerPoint 2007, a VML shape named by spid.
    preview = list(_picture(data, name))
    if preview:
        yield from preview
        return
    for ole in data.iter(_P + "oleObj"):
        spid = ole.get("spid")
        if spid:
            yield GraphicRef("ole-vml", spid, name)
            return


def _table_cells(table: etree._Element, name: str | None) -> Iterator[ShapeText]:
    for row_number, row in enumerate(table.iterchildren(_A + "tr"), start=1):
        for col_number, cell in enumerate(row.iterchildren(_A + "tc"), start=1):
            # Continuations of a merged cell repeat nothing a reader sees.
            if cell.get("hMerge") in ("1", "true") or cell.get("vMerge") in ("1", "true"):
                continue
            body = first_child(cell, _A + "txBody")
            if body is None:
                continue
            text = "\n".join(text_body_paragraphs(body))
            if text.strip():
                yield ShapeText(text, "table", name, (row_number, col_number))
