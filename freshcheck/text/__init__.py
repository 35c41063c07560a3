"""Text primitives that several rooms share: literal screens in front of regular
expressions, phrase patterns, sentences and excerpts, dates written in text, spreadsheet-safe
cells, names in their forms, and regions found back in a file's source.

Pure functions of strings. May import only the ground floor (``model``, ``errors``); every
room above may import it.

Public names load on first use: each module compiles its patterns when imported, and a
command that reads one date does not need them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.text.dates import DATE_PATTERN, DateReading, parse_iso_date, read_date
    from freshcheck.text.inert import BIDI_CONTROLS, escape_controls, escape_prose, has_controls
    from freshcheck.text.literal_screen import Cue, LiteralScreen, required_cues
    from freshcheck.text.names import (
        NameScreen,
        find_name,
        inert_spans,
        is_rename_notice,
        mask_spans,
        name_pattern,
    )
    from freshcheck.text.phrases import excerpt, phrase_pattern
    from freshcheck.text.sentences import crosses_sentences, excerpt_at, sentence_bounds
    from freshcheck.text.source_region import SourceText
    from freshcheck.text.spreadsheet import neutralise

# public name → the module that defines it
_PUBLIC = {
    "DATE_PATTERN": "freshcheck.text.dates",
    "DateReading": "freshcheck.text.dates",
    "parse_iso_date": "freshcheck.text.dates",
    "read_date": "freshcheck.text.dates",
    "BIDI_CONTROLS": "freshcheck.text.inert",
    "escape_controls": "freshcheck.text.inert",
    "escape_prose": "freshcheck.text.inert",
    "has_controls": "freshcheck.text.inert",
    "Cue": "freshcheck.text.literal_screen",
    "LiteralScreen": "freshcheck.text.literal_screen",
    "required_cues": "freshcheck.text.literal_screen",
    "NameScreen": "freshcheck.text.names",
    "find_name": "freshcheck.text.names",
    "inert_spans": "freshcheck.text.names",
    "is_rename_notice": "freshcheck.text.names",
    "mask_spans": "freshcheck.text.names",
    "name_pattern": "freshcheck.text.names",
    "excerpt": "freshcheck.text.phrases",
    "phrase_pattern": "freshcheck.text.phrases",
    "crosses_sentences": "freshcheck.text.sentences",
    "excerpt_at": "freshcheck.text.sentences",
    "sentence_bounds": "freshcheck.text.sentences",
    "SourceText": "freshcheck.text.source_region",
    "neutralise": "freshcheck.text.spreadsheet",
}

__all__ = [
    "BIDI_CONTROLS",
    "DATE_PATTERN",
    "Cue",
    "DateReading",
    "LiteralScreen",
    "NameScreen",
    "SourceText",
    "crosses_sentences",
    "escape_controls",
    "escape_prose",
    "excerpt",
    "excerpt_at",
    "find_name",
    "has_controls",
    "inert_spans",
    "is_rename_notice",
    "mask_spans",
    "name_pattern",
    "neutralise",
    "parse_iso_date",
    "phrase_pattern",
    "read_date",
    "required_cues",
    "sentence_bounds",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.text' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
