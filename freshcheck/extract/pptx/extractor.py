"""PowerPoint (.pptx) extraction: every word a reader or presenter sees, slide by slide.

Parts are read straight from the zip with lxml (see ``ooxml``); python-pptx's object model
is never loaded, because it is several times slower and blind to SmartArt and comments.

What becomes a unit, in this order for each slide (numbered 1.. in ``p:sldIdLst`` order):

- each non-empty paragraph of each text frame, groups at any depth (part ``title`` for
  title placeholders, ``footer`` for footer/date/slide-number placeholders, else ``body``);
  a line break inside a paragraph is "\\n", as the slide shows it;
- each table cell that is not the continuation of a merged cell (part ``table``, ``cell``);
- chart titles, axis titles, series and category names (part ``chart``);
- SmartArt node text from the diagram's data model (part ``smartart``);
- words drawn inside vector pictures (EMF/WMF), which is how embedded spreadsheets, MS
  Graph charts and other OLE objects show on a slide (part ``body``, lines with a letter);
- static text of the slide's layout and master (non-placeholder shapes, e.g. a "© 2021
  Acme" text box): once per layout and once per master, at the first visible slide that
  shows it, identical texts once (part ``master``);
- paragraphs of the speaker notes body (part ``notes``);
- comments and replies, legacy and modern (part ``comment``, shape "comment by NAME").

Units of hidden slides (``show="0"``) are marked hidden. A damaged chart, picture, notes
or comments part is skipped with a note on the Document; a damaged slide makes the file
unreadable.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.ooxml import NS, OoxmlPackage, Relationship, child_at
from freshcheck.extract.pptx.comments import comment_authors, comments
from freshcheck.extract.pptx.graphics import graphic_texts
from freshcheck.extract.pptx.package import DeckParts
from freshcheck.extract.pptx.shapes import ShapeText, walk_shapes, walk_static_shapes
from freshcheck.extract.safety import Limits, check_chars
from freshcheck.model import Document, Location, Part, TextUnit

_P = f"{{{NS['p']}}}"
_R_ID = f"{{{NS['r']}}}id"
_NOT_NOTES = frozenset({"sldImg", "sldNum", "hdr", "ftr", "dt"})
# 10 in × 7.5 in, in EMU: the size PowerPoint assumes when p:sldSz is missing.
_DEFAULT_SIZE = (9_144_000, 6_858_000)
# Where the words of a graphic frame are reported; pictures' words are body text.
_GRAPHIC_PARTS: dict[str, Part] = {"chart": "chart", "chartex": "chart", "smartart": "smartart"}
_NOT_A_PRESENTATION = "corrupt: not a PowerPoint file (no presentation part)"


def extract_pptx(source: Path | zipfile.ZipFile, display_path: str, limits: Limits) -> Document:
    """Read a .pptx into located text units and its core/custom properties."""
    with OoxmlPackage(source, limits) as package:
        parts = DeckParts(package)
        presentation = package.main_part()
        root = None if presentation is None else parts.xml(presentation)
        if presentation is None or root is None or root.tag != _P + "presentation":
            raise UnreadableFile("corrupt", _NOT_A_PRESENTATION)
        deck = _Deck(parts, presentation, _slide_size(root), limits)
        units = deck.read(_slide_parts(root, parts.rels(presentation)))
        metadata = package.metadata()
    return Document(display_path, "pptx", tuple(units), metadata, notes=tuple(parts.notes))


def _slide_parts(presentation: etree._Element, rels: dict[str, Relationship]) -> list[str]:
    out: list[str] = []
    id_list = presentation.find(_P + "sldIdLst")
    if id_list is None:
        return out
    for slide_id in id_list.iterchildren(_P + "sldId"):
        rel = rels.get(slide_id.get(_R_ID, ""))
        out.append("" if rel is None or rel.external else rel.target)
    return out


def _slide_size(presentation: etree._Element) -> tuple[int, int]:
    size = presentation.find(_P + "sldSz")
    try:
        width = int(size.get("cx", "")) if size is not None else _DEFAULT_SIZE[0]
        height = int(size.get("cy", "")) if size is not None else _DEFAULT_SIZE[1]
    except ValueError:
        return _DEFAULT_SIZE
    return width, height


@dataclass(frozen=True, slots=True)
class _Slide:
    number: int
    part: str
    root: etree._Element
    hidden: bool
    layout: str | None
    master: str | None


class _Deck:
    """One deck being read: slides in order, units collected with their locations."""

    def __init__(
        self,
        parts: DeckParts,
        presentation: str,
        slide_size: tuple[int, int],
        limits: Limits,
    ) -> None:
        self._parts = parts
        self._slide_size = slide_size
        self._limits = limits
        self._chars = 0
        self._units: list[TextUnit] = []
        self._static_seen: set[str] = set()
        self._authors = self._comment_authors(presentation)

    def read(self, slide_parts: list[str]) -> list[TextUnit]:
        slides = [s for n, p in enumerate(slide_parts, 1) if (s := self._slide(n, p))]
        homes = _static_homes(slides)
        for slide in slides:
            self._slide_units(slide)
            for static_part in homes.get(slide.number, ()):
                self._static_units(slide, static_part)
            self._notes_units(slide)
            self._comment_units(slide)
        return self._units

    def _slide(self, number: int, part: str) -> _Slide | None:
        root = self._parts.xml(part) if part else None
        if root is None:
            return None
        layout = master = None
        if _shows_master_shapes(root):
            layout = self._parts.related(part, "/slideLayout")
            layout_root = None if layout is None else self._parts.aux_xml(layout)
            if layout and layout_root is not None and _shows_master_shapes(layout_root):
                master = self._parts.related(layout, "/slideMaster")
        hidden = root.get("show") in ("0", "false")
        return _Slide(number, part, root, hidden, layout, master)

    def _emit(self, text: str, location: Location, hidden: bool) -> None:
        self._chars += len(text)
        check_chars(self._chars, self._limits)
        self._units.append(TextUnit(text, location, hidden))

    def _slide_units(self, slide: _Slide) -> None:
        tree = child_at(slide.root, _P + "cSld", _P + "spTree")
        if tree is None:
            return
        for piece in walk_shapes(tree):
            if isinstance(piece, ShapeText):
                where = Location(
                    slide=slide.number, part=piece.part, shape=piece.shape, cell=piece.cell
                )
                self._emit(piece.text, where, slide.hidden)
                continue
            part = _GRAPHIC_PARTS.get(piece.kind, "body")
            for text in graphic_texts(self._parts, slide.part, piece):
                where = Location(slide=slide.number, part=part, shape=piece.shape)
                self._emit(text, where, slide.hidden)

    def _static_units(self, slide: _Slide, part: str) -> None:
        root = self._parts.aux_xml(part)
        tree = None if root is None else child_at(root, _P + "cSld", _P + "spTree")
        if root is None or tree is None:
            return
        label = _static_label(part, root)
        for piece in walk_static_shapes(tree, self._slide_size):
            if isinstance(piece, ShapeText):
                texts = [piece.text]
            else:
                texts = graphic_texts(self._parts, part, piece)
            shape = f"{label}: {piece.shape}" if piece.shape else label
            for text in texts:
                if text not in self._static_seen:
                    self._static_seen.add(text)
                    where = Location(slide=slide.number, part="master", shape=shape)
                    self._emit(text, where, slide.hidden)

    def _notes_units(self, slide: _Slide) -> None:
        notes = self._parts.related(slide.part, "/notesSlide")
        root = None if notes is None else self._parts.aux_xml(notes)
        tree = None if root is None else child_at(root, _P + "cSld", _P + "spTree")
        if tree is None:
            return
        for piece in walk_shapes(tree):
            if isinstance(piece, ShapeText) and piece.placeholder not in _NOT_NOTES:
                where = Location(slide=slide.number, part="notes", shape=piece.shape)
                self._emit(piece.text, where, slide.hidden)

    def _comment_units(self, slide: _Slide) -> None:
        for rel in self._parts.rels(slide.part).values():
            if not rel.is_type("/comments") or rel.external:
                continue
            root = self._parts.aux_xml(rel.target)
            if root is None:
                continue
            for comment in comments(root, self._authors):
                shape = f"comment by {comment.author}" if comment.author else "comment"
                where = Location(slide=slide.number, part="comment", shape=shape)
                self._emit(comment.text, where, slide.hidden)

    def _comment_authors(self, presentation: str) -> dict[str, str]:
        authors: dict[str, str] = {}
        for rel in self._parts.rels(presentation).values():
            if not rel.external and (rel.is_type("/commentAuthors") or rel.is_type("/authors")):
                authors.update(comment_authors(self._parts.aux_xml(rel.target)))
        return authors


def _shows_master_shapes(root: etree._Element) -> bool:
    return root.get("showMasterSp") not in ("0", "false")


def _static_homes(slides: list[_Slide]) -> dict[int, list[str]]:
    """Slide number → layout and master parts whose static text is reported there.

    A layout's (or master's) home is the first visible slide that shows it, else the first
    hidden one, so text seen on a visible slide is not reported as hidden.
    """
    homes: dict[str, int] = {}
    for want_hidden in (False, True):
        for slide in slides:
            if slide.hidden != want_hidden:
                continue
            for part in (slide.layout, slide.master):
                if part and part not in homes:
                    homes[part] = slide.number
    out: dict[int, list[str]] = {}
    for slide in slides:
        for part in (slide.layout, slide.master):
            if part and homes.get(part) == slide.number:
                out.setdefault(slide.number, []).append(part)
                homes.pop(part)
    return out


def _static_label(part: str, root: etree._Element) -> str:
    kind = "Master" if root.tag == _P + "sldMaster" else "Layout"
    c_sld = root.find(_P + "cSld")
    name = None if c_sld is None else c_sld.get("name")
    if name:
        return f"{kind} '{name}'"
    return f"{kind} {posixpath.splitext(posixpath.basename(part))[0]}"
