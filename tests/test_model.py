from __future__ import annotations

import datetime as dt

from freshcheck.model import Document, Location, Metadata, ReadError, TextUnit


def test_location_describes_where_a_person_looks() -> None:
    assert Location(slide=3, part="notes").describe() == "slide 3 (notes)"
    assert Location(page=2).describe() == "page 2"
    assert Location(line=14, part="table", cell=(2, 1)).describe() == (
        "line 14 (table, row 2, column 1)"
    )


def test_document_round_trips_through_json() -> None:
    doc = Document(
        "decks/a.pptx",
        "pptx",
        (TextUnit("Hello", Location(slide=1, part="title", shape="Title 1"), hidden=True),),
        Metadata(title="T", modified=dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)),
        notes=("a note",),
        error=ReadError("corrupt", "bad"),
    )
    assert Document.from_json(doc.to_json()) == doc
