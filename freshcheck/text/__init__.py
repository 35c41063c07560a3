"""Text primitives that several rooms share: literal screens in front of regular
expressions, phrase patterns, sentences and excerpts, dates written in text, spreadsheet-safe cells.

Pure functions of strings. May import only the ground floor (``model``, ``errors``); every
room above may import it.
"""

from freshcheck.text.dates import DATE_PATTERN, DateReading, parse_iso_date, read_date
from freshcheck.text.inert import BIDI_CONTROLS, escape_controls, escape_prose, has_controls
from freshcheck.text.literal_screen import Cue, LiteralScreen, required_cues
from freshcheck.text.names import NameScreen, find_name, inert_spans, is_rename_notice, name_pattern
from freshcheck.text.phrases import excerpt, phrase_pattern
from freshcheck.text.sentences import crosses_sentences, excerpt_at, sentence_bounds
from freshcheck.text.source_region import SourceText
from freshcheck.text.spreadsheet import neutralise

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
    "name_pattern",
    "neutralise",
    "parse_iso_date",
    "phrase_pattern",
    "read_date",
    "required_cues",
    "sentence_bounds",
]
