"""An extracted ``Document`` as bytes and back, for the document cache (``store``).

Compressed JSON, never pickle, so a tampered cache cannot run code. Units are rows of text
and location, not the objects of ``Document.to_json``: half the time to encode, for the one
write every newly extracted file costs a cold scan. A damaged row raises ValueError or
TypeError; the cache then extracts the file again.
"""

from __future__ import annotations

import json
import zlib

from freshcheck.model import PARTS, Document, Location, Metadata, ReadError, TextUnit


def encode_document(document: Document) -> bytes:
    """A document as compressed JSON, its units as rows (``_unit_row``)."""
    record = {
        "path": document.path,
        "format": document.format,
        "metadata": document.metadata.to_json(),
        "notes": list(document.notes),
        "error": None if document.error is None else document.error.to_json(),
        "units": [_unit_row(unit) for unit in document.units],
    }
    if document.source is not None:
        record["source"] = document.source
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 1)


def decode_document(blob: bytes) -> Document:
    """The inverse of ``encode_document``; raises ValueError/KeyError/TypeError when damaged."""
    record = json.loads(zlib.decompress(blob))
    error = record["error"]
    return Document(
        path=str(record["path"]),
        format=str(record["format"]),
        units=tuple(_unit_from_row(row) for row in record["units"]),
        metadata=Metadata.from_json(record["metadata"]),
        notes=tuple(str(note) for note in record["notes"]),
        error=None if error is None else ReadError(str(error["kind"]), str(error["reason"])),
        source=_optional_text(record.get("source")),
    )


def _unit_row(unit: TextUnit) -> list[object]:
    where = unit.location
    row, column = where.cell if where.cell is not None else (None, None)
    return [
        unit.text,
        where.slide,
        where.page,
        where.paragraph,
        where.line,
        where.part,
        where.shape,
        row,
        column,
        unit.hidden,
        *(() if unit.through is None and not unit.code else (unit.through,)),
        *(() if not unit.code else ([list(span) for span in unit.code],)),
    ]


def _unit_from_row(values: list[object]) -> TextUnit:
    text, slide, page, paragraph, line, part, shape, row, column, hidden, *rest = values
    if len(rest) > 2:
        raise ValueError("too many fields in a unit row")
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}")
    cell = None if row is None or column is None else (_int(row), _int(column))
    location = Location(
        slide=None if slide is None else _int(slide),
        page=None if page is None else _int(page),
        paragraph=None if paragraph is None else _int(paragraph),
        line=None if line is None else _int(line),
        part=part,  # type: ignore[arg-type]
        shape=None if shape is None else str(shape),
        cell=cell,
    )
    # a comment over several paragraphs; then inline code spans
    through = _int(rest[0]) if rest and rest[0] is not None else None
    code = _spans(rest[1]) if len(rest) > 1 else ()
    return TextUnit(str(text), location, hidden is True, through, code)


def _spans(value: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, list):
        raise TypeError(f"not a list of spans: {value!r}")
    return tuple((_int(start), _int(end)) for start, end in value)


def _optional_text(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"not a text: {value!r}")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"not a whole number: {value!r}")
    return value
