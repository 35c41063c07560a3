"""Reading OOXML packages (pptx, docx) straight from the zip with lxml.

The object models of python-pptx and python-docx are blind to SmartArt, text boxes and
content controls, and walking them costs 3–9× more than walking the parts' XML. So the
extractors read parts here: the zip directory is checked for bombs first, every part is
parsed with a hardened parser, and relationships are resolved to part names.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import Limits, open_checked_zip, read_member, xml_parser
from freshcheck.model import Metadata

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}

_OFFICE_DOCUMENT = "/officeDocument"
_RELATIONSHIP = f"{{{NS['rel']}}}Relationship"


@dataclass(frozen=True, slots=True)
class Relationship:
    """One relationship of a part. ``target`` is a part name (no leading slash) or a URL."""

    id: str
    type: str
    target: str
    external: bool

    def is_type(self, suffix: str) -> bool:
        """True when the relationship type ends with ``suffix`` (e.g. ``/slide``)."""
        return self.type.endswith(suffix)


class OoxmlPackage:
    """An open OOXML zip. Use as a context manager; parts are parsed on demand.

    Built from a path (opened and checked here) or from a zip the sniffer already opened and
    checked, so that a file's central directory is read once.
    """

    def __init__(self, source: Path | zipfile.ZipFile, limits: Limits) -> None:
        if isinstance(source, zipfile.ZipFile):
            self._zip = source
        else:
            self._zip = open_checked_zip(source, limits)
        self._names = set(self._zip.namelist())
        self._limits = limits

    def __enter__(self) -> OoxmlPackage:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._zip.close()

    def has(self, name: str) -> bool:
        return name in self._names

    def data(self, name: str) -> bytes | None:
        """The raw bytes of part ``name`` (e.g. an image), or None when the part is missing."""
        if name not in self._names:
            return None
        try:
            return read_member(self._zip, self._zip.getinfo(name))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
            raise UnreadableFile("corrupt", f"corrupt: part {name} cannot be read") from exc

    def xml(self, name: str) -> etree._Element | None:
        """The parsed root element of part ``name``, or None when the part is missing/empty."""
        data = self.data(name)
        return None if data is None else parse_part(name, data)

    def rels(self, name: str) -> dict[str, Relationship]:
        """Relationships of part ``name`` keyed by id; targets resolved to part names."""
        folder, base = posixpath.split(name)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return {}
        out: dict[str, Relationship] = {}
        for rel in root.iterchildren(_RELATIONSHIP):
            attributes = rel.attrib
            rel_id, target = attributes.get("Id"), attributes.get("Target")
            if not rel_id or target is None:
                continue
            external = attributes.get("TargetMode") == "External"
            if not external:
                target = _resolve(folder, target)
            out[rel_id] = Relationship(rel_id, attributes.get("Type", ""), target, external)
        return out

    def main_part(self) -> str | None:
        """The officeDocument part named by the package's root relationships."""
        for rel in self.rels("").values():
            if rel.is_type(_OFFICE_DOCUMENT) and not rel.external:
                return rel.target
        return None

    def metadata(self) -> Metadata:
        """Core properties (docProps/core.xml) and custom properties (docProps/custom.xml)."""
        core = self.xml("docProps/core.xml")
        custom = self.xml("docProps/custom.xml")
        return Metadata(
            title=_child_text(core, "dc:title"),
            author=_child_text(core, "dc:creator"),
            last_modified_by=_child_text(core, "cp:lastModifiedBy"),
            created=parse_w3cdtf(_child_text(core, "dcterms:created")),
            modified=parse_w3cdtf(_child_text(core, "dcterms:modified")),
            custom=_custom_properties(custom),
        )


def parse_part(name: str, data: bytes) -> etree._Element | None:
    """The root element of part ``name`` read from ``data``; None when it is blank."""
    if not data.strip():
        return None
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile("corrupt", f"corrupt: part {name} is not valid XML") from exc


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    if target and "./" not in target and "//" not in target and not target.endswith((".", "/")):
        # Nothing for normpath to fold (the common "slides/slide1.xml"): skip its cost,
        # paid once per relationship and a deck has thousands.
        return f"{folder}/{target}" if folder else target
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def _child_text(root: etree._Element | None, tag: str) -> str | None:
    if root is None:
        return None
    node = root.find(tag, NS)
    if node is None or node.text is None:
        return None
    text = node.text.strip()
    return text or None


def _custom_properties(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    out: dict[str, str] = {}
    for prop in root.iterfind("op:property", NS):
        name = prop.get("name")
        if not name or len(prop) == 0:
            continue
        value = prop[0].text
        if value is not None:
            out[name] = value.strip()
    return out


def parse_w3cdtf(text: str | None) -> dt.datetime | None:
    """Parse an OOXML date (W3CDTF, e.g. ``2024-01-15T09:30:00Z``); None when malformed."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.datetime.combine(dt.date.fromisoformat(text.strip()[:10]), dt.time())
        except ValueError:
            return None


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child named ``tag``: ``element.find(tag)`` without its cost.

    ``find`` goes through lxml's ElementPath layer, written in Python, on every call; hot
    loops that look up a shape's or a cell's properties do it tens of thousands of times.
    """
    return next(element.iterchildren(tag), None)


def child_at(element: etree._Element, *tags: str) -> etree._Element | None:
    """The first element at the path ``tags`` below ``element``, as ``find("a/b/c")``."""
    if len(tags) == 1:
        return next(element.iterchildren(tags[0]), None)
    for step in element.iterchildren(tags[0]):
        found = child_at(step, *tags[1:])
        if found is not None:
            return found
    return None


def text_of(element: etree._Element, text_tag: str) -> str:
    """Concatenate every ``text_tag`` (e.g. ``{a}t``) under ``element`` in document order."""
    return "".join(node.text or "" for node in element.iter(text_tag))
