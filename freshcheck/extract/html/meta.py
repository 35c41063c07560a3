"""HTML document metadata: ``<title>`` and the ``<meta>`` fields freshcheck understands.

``<title>`` → ``title``; ``<meta name="author">`` → ``author``. Modified date, first
parseable of: ``dcterms.modified``, ``last-modified`` (also as ``http-equiv``),
``article:modified_time``, ``og:updated_time``, ``dc.date.modified``, ``revised``, ``date``.
Created date: ``dcterms.created``, ``article:published_time``, ``dc.date.created``.
Every recognised field is also kept as written in ``custom`` (name → content), including
``description``; unrecognised ``<meta>`` tags are ignored.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from freshcheck.extract.metadata_dates import parse_metadata_date
from freshcheck.model import Metadata

_MODIFIED = (
    "dcterms.modified",
    "last-modified",
    "article:modified_time",
    "og:updated_time",
    "dc.date.modified",
    "revised",
    "date",
)
_CREATED = ("dcterms.created", "article:published_time", "dc.date.created")
_KNOWN = frozenset(("author", "description", *_MODIFIED, *_CREATED))
_MAX_VALUE_CHARS = 2000


def html_metadata(root: etree._Element) -> Metadata:
    """Title, author, dates and the recognised ``<meta>`` fields of a parsed page."""
    fields: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("http-equiv") or "").lower()
        content = " ".join((meta.get("content") or "").split())[:_MAX_VALUE_CHARS]
        if name in _KNOWN and content and name not in fields:
            fields[name] = content
    return Metadata(
        title=_title(root),
        author=fields.get("author"),
        created=_first_date(fields, _CREATED),
        modified=_first_date(fields, _MODIFIED),
        custom=fields,
    )


def _title(root: etree._Element) -> str | None:
    # Only the document's own title: an inline <svg> may hold <title> elements too.
    for title in root.iterfind("head/title"):
        text = " ".join("".join(str(part) for part in title.itertext()).split())
        if text:
            return text[:_MAX_VALUE_CHARS]
    return None


def _first_date(fields: dict[str, str], names: tuple[str, ...]) -> dt.datetime | None:
    for name in names:
        parsed = parse_metadata_date(fields.get(name))
        if parsed is not None:
            return parsed
    return None
