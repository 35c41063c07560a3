"""PDF metadata: the Info dictionary and the XMP packet, merged into one ``Metadata``.

Tools that edit a PDF often update only one of the two, so dates take the later of the
pair (and, at the same instant, the one that states its time zone). Title and author come
from whichever record was modified last, falling back to the other when it is empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from freshcheck.extract.pdf.dates import parse_pdf_date, parse_xmp_date
from freshcheck.extract.safety import xml_parser
from freshcheck.model import Metadata

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_STANDARD_INFO = {
    "Title",
    "Author",
    "Subject",
    "Keywords",
    "Creator",
    "Producer",
    "CreationDate",
    "ModDate",
    "Trapped",
}
_MAX_VALUE_CHARS = 1000


@dataclass(frozen=True, slots=True)
class XmpFields:
    """The few XMP properties freshcheck uses; all optional."""

    title: str | None = None
    creator: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None


def read_xmp(packet: bytes) -> XmpFields:
    """The title, creator and dates in an XMP packet; an unparsable packet gives nothing."""
    try:
        root = etree.fromstring(packet.strip(), parser=xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return XmpFields()
    if root is None:
        return XmpFields()
    return XmpFields(
        title=_first_text(root, "//dc:title//rdf:li[@xml:lang='x-default']", "//dc:title//rdf:li"),
        creator=_joined_text(root, "//dc:creator//rdf:li"),
        created=parse_xmp_date(_property(root, "xmp:CreateDate")),
        modified=parse_xmp_date(_property(root, "xmp:ModifyDate")),
    )


def merge_metadata(info: Mapping[str, str], xmp: XmpFields) -> Metadata:
    """One ``Metadata`` from Info (keys without the slash) and XMP."""
    info_modified = parse_pdf_date(info.get("ModDate"))
    xmp_first = xmp.modified is not None and (
        info_modified is None or _instant(xmp.modified) >= _instant(info_modified)
    )
    info_title, info_author = _clean(info.get("Title")), _clean(info.get("Author"))
    if xmp_first:
        title, author = xmp.title or info_title, xmp.creator or info_author
    else:
        title, author = info_title or xmp.title, info_author or xmp.creator
    custom = {
        key: value[:_MAX_VALUE_CHARS]
        for key, value in info.items()
        if key not in _STANDARD_INFO and value.strip()
    }
    return Metadata(
        title=title,
        author=author,
        created=_later(parse_pdf_date(info.get("CreationDate")), xmp.created),
        modified=_later(info_modified, xmp.modified),
        custom=custom,
    )


def _later(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    if a is None or b is None:
        return a or b
    if _instant(a) == _instant(b):
        return a if a.tzinfo is not None else b  # the same moment: keep the stated zone
    return a if _instant(a) > _instant(b) else b


def _instant(value: dt.datetime) -> dt.datetime:
    # A date without a zone is compared as if it were UTC: wrong by hours at most.
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())[:_MAX_VALUE_CHARS]
    return text or None


def _property(root: etree._Element, name: str) -> str | None:
    """An XMP simple property, written either as an attribute or as an element."""
    found = root.xpath(f"//rdf:Description/@{name} | //{name}/text()", namespaces=_NS)
    if isinstance(found, list) and found:
        return str(found[0])
    return None


def _first_text(root: etree._Element, *paths: str) -> str | None:
    for path in paths:
        found = root.xpath(path + "/text()", namespaces=_NS)
        if isinstance(found, list):
            for text in found:
                cleaned = _clean(str(text))
                if cleaned:
                    return cleaned
    return None


def _joined_text(root: etree._Element, path: str) -> str | None:
    found = root.xpath(path + "/text()", namespaces=_NS)
    if not isinstance(found, list):
        return None
    names = [c for c in (_clean(str(text)) for text in found) if c]
    return "; ".join(names) or None
