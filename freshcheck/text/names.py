"""Retired product names in every form a writer (or a layout engine) gives them.

"SalesBoost" is the same name as "Sales-Boost" and "Sales Boost" (a hyphen or a space
inserted at a capital inside a compound), "Sales\\u00adBoost" (a soft hyphen anywhere),
"Sales-" at the end of one line and "Boost" at the start of the next (a line-end hyphen,
which text and Markdown extraction turn into "Sales- Boost"), "SalesBoosts" and
"SalesBoost's", in any case. A space inside a compound counts only where the name has a
capital and the text keeps it ("Pay Pilot" for "PayPilot", not "pay pilot").

Not a use of the name (``inert_spans``, ``is_rename_notice``): the name inside a URL, an
e-mail address or a file path, or in a sentence that announces the rename ("Acme Flow
(formerly SalesBoost)").

The patterns are escaped literal characters with optional fixed joints between them, so
Python's ``re`` runs them in linear time. ``NameScreen`` turns away most texts with a few
substring tests before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Between the words of a name: spaces (any, non-breaking too), line breaks, dashes.
_GAP = r"[\s\-\u2010\u2011\u2012\u2013\u2014\u00ad]*"
# At a capital inside a compound word: a hyphen (perhaps at a line end), a soft hyphen, or a
# space (kept only when the text keeps the capital, see ``_keeps_capitals``).
_JOINT = r"(?:[\-\u2010\u2011]\s*|\u00ad\s*|[ \t\u00a0]+)?"
# Between two letters anywhere: a soft hyphen, or a hyphen at a line end ("Peo-\nple").
_BREAK = r"(?:\u00ad\s*|[\-\u2010\u2011][ \t]*\n\s*|-[ \t]+)?"
_TAIL = r"(?:['\u2019]s|s'?|es)?"
# After the name: not a word cut at a line end ("Acme Pro-" then "fessional" is another word).
_NOT_CUT = r"(?![\-\u2010\u2011](?:[ \t]*\n\s*|[ \t]+)(?-i:[a-z])|\u00ad\s*\w)"
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def name_pieces(name: str) -> list[list[str]]:
    """The words of ``name``, each split at its inner capitals: "Acme SalesBoost" →
    [["Acme"], ["Sales", "Boost"]]."""
    return [_CAMEL.split(word) for word in _WORD_SPLIT.split(name.strip()) if word]


def name_pattern(name: str) -> re.Pattern[str]:
    """A case-insensitive, whole-word pattern for ``name`` in all the forms above."""
    words = name_pieces(name)
    body = _GAP.join(
        _JOINT.join(f"(?P<p{w}_{i}>{_spelled(piece)})" for i, piece in enumerate(pieces))
        for w, pieces in enumerate(words)
    )
    start = r"(?<!\w)" if words and re.match(r"\w", words[0][0]) else ""
    end = r"(?!\w)" + _NOT_CUT if words and re.search(r"\w$", words[-1][-1]) else ""
    return re.compile(f"{start}{body}{_TAIL}{end}", re.IGNORECASE)


def _spelled(piece: str) -> str:
    return _BREAK.join(re.escape(char) for char in piece)


def find_name(pattern: re.Pattern[str], name: str, text: str) -> Iterable[re.Match[str]]:
    """Each place ``pattern`` (from ``name_pattern(name)``) finds the name in ``text``."""
    for match in pattern.finditer(text):
        if _keeps_capitals(match, name_pieces(name)):
            yield match


def _keeps_capitals(match: re.Match[str], words: list[list[str]]) -> bool:
    """A compound split by a space ("Pay Pilot") is the name only with its capitals."""
    for w, pieces in enumerate(words):
        for i in range(1, len(pieces)):
            before_end = match.end(f"p{w}_{i - 1}")
            after_start = match.start(f"p{w}_{i}")
            joint = match.string[before_end:after_start]
            spaced = bool(joint) and not joint.strip(" \t\u00a0")
            if spaced and not match.group(f"p{w}_{i}")[:1].isupper():
                return False
    return True


@dataclass(frozen=True, slots=True)
class NameScreen:
    """Whether a text may hold one of the names: false only when it cannot.

    Every form of a name spells its letters in order with only spaces, line breaks, dashes
    and soft hyphens between them, so with those taken out of the text the whole name is
    there (``names``: lowercased, squeezed). Taking them out costs a pass over the text; a
    text where no word is cut (by a soft hyphen, or a hyphen before a space or line break)
    first has to hold every word-piece of some name whole (``pieces``: "sales" and "boost"
    for "SalesBoost"), which most texts do not.
    """

    names: tuple[str, ...]
    pieces: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, names: Iterable[str]) -> NameScreen:
        squeezed, pieces = set(), set()
        for name in names:
            words = [p.lower() for word in name_pieces(name) for p in word]
            if words:
                squeezed.add(_SQUEEZE.sub("", name.lower()))
                pieces.add(tuple(sorted(set(words), key=len, reverse=True)))
        return cls(tuple(sorted(squeezed)), tuple(sorted(pieces)))

    def may_match(self, text: str) -> bool:
        lowered = text.lower()
        if not _has_cut(lowered):  # no word cut: every piece of a name stays whole
            for whole in self.pieces:
                if whole[0] in lowered and all(piece in lowered for piece in whole[1:]):
                    break
            else:
                return False
        squeezed = _SQUEEZE.sub("", lowered)
        return any(name in squeezed for name in self.names)


# What may stand between the letters of a name; what may cut a word-piece (``_BREAK``).
_SQUEEZE = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u00ad]+")
_DASHES = ("-", "\u2010", "\u2011")


def _has_cut(text: str) -> bool:
    """A soft hyphen, or a hyphen before a space or line break (``_BREAK``). Substring tests:
    a regular expression for this costs ten times as much on a text without either."""
    if "\u00ad" in text:
        return True
    for dash in _DASHES:
        if dash in text and (f"{dash} " in text or f"{dash}\n" in text or f"{dash}\t" in text):
            return True
    return False


# ---- where a name is not a use of it ------------------------------------------------------

# A URL; one wrapped after a "/" goes on over the break when the next word has a "/" too.
_URL = (
    r"\b(?:[a-z][a-z0-9+.\-]*://|www\.)[^\s<>\"')\]]+"
    r"(?:(?<=/)\s+(?=[\w.\-]+/)[^\s<>\"')\]]+)*"
)
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
# A path: a drive or a leading slash, ~ or ./, then segments joined by / or \.
_PATH = (
    r"(?:\b[A-Za-z]:[\\/]|(?<![\w/])(?:~|\.{1,2})?/)[\w.\-]+(?:[\\/][\w.\-]+)+"
    r"|(?<![\w/\\])[\w.\-]+(?:[\\/][\w.\-]+)*[\\/][\w\-]+\.[A-Za-z0-9]{1,5}\b"
)
_INERT = re.compile(f"{_URL}|{_EMAIL}|{_PATH}", re.IGNORECASE)
_INERT_CUE = re.compile(r"[/\\@]|www\.", re.IGNORECASE)


def inert_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a URL, an e-mail address or a file path."""
    if not _INERT_CUE.search(text):
        return []
    return [match.span() for match in _INERT.finditer(text)]


_RENAME_CUE = re.compile(
    r"\b(?:formerly|previously|renamed|rebranded|f/?k/?a|now\s+(?:called|named|known\s+as)"
    r"|was\s+called|replaces|replaced|successor|new\s+name)\b",
    re.IGNORECASE,
)


def mask_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters in ``spans`` blanked: nothing matches there, and every
    other character keeps its offset, so a match's span is still the text's."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def is_rename_notice(sentence: str, replacement: re.Pattern[str]) -> bool:
    """Whether ``sentence`` announces a rename: it names the replacement and says so."""
    return bool(_RENAME_CUE.search(sentence)) and replacement.search(sentence) is not None
