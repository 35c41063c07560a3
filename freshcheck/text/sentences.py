"""Sentences and excerpts: the sentence that holds a match, cut around it, with its span.

A finding's excerpt is what a person reads to see what fired, so it is the sentence that
holds the match (never the first 300 characters of a long paragraph), whitespace collapsed,
cut to at most ``limit`` characters around the match, with the match's ``span`` inside the
excerpt so every report can highlight it.

A sentence ends at ``.``, ``!`` or ``?`` (and closing quotes or brackets) followed by space
and a capital, digit or opening quote, unless the word before the stop is a common
abbreviation or an initial ("Acme Inc. 2021", "e.g. Q3", "J. Smith"); a blank line or a
bullet starting a line also ends one. A single line break does not: PDF and slide text wraps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BOUNDARY = re.compile(
    r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00a9])"
    r"|\n[ \t]*\n\s*"
    r"|\n[ \t]*(?=[\u2022\u25aa\u25e6\u2023\u2043*]\s)"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_ABBREVIATIONS = frozenset(
    {
        *("inc", "ltd", "llc", "co", "corp", "plc", "gmbh", "ag", "sa", "vs", "etc", "approx"),
        *("e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr"),
        *("no", "nos", "fig", "figs", "vol", "u.s", "u.k", "dept", "est", "ca", "cf", "al", "pp"),
    }
)
ELLIPSIS = "\u2026"


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the next) for each sentence break in ``text``."""
    for match in _BOUNDARY.finditer(text):
        stop = match.group(0)
        if stop[0] in ".!?":
            before = _WORD_BEFORE.search(text, 0, match.start())
            word = before.group(1).lower().rstrip(".") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            yield match.start() + len(stop.rstrip()), match.end()
        else:
            yield match.start(), match.end()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end in ``text`` of the sentence (or sentences) holding ``[start, end)``."""
    first, last = 0, len(text)
    for stop, restart in _boundaries(text):
        if restart <= start:
            first = restart
        elif stop >= end:
            last = stop
            break
    return first, last


def crosses_sentences(text: str, start: int, end: int) -> bool:
    """True when a sentence break falls inside ``text[start:end]``."""
    return any(start < stop and restart <= end for stop, restart in _boundaries(text))


def excerpt_at(text: str, start: int, end: int, limit: int = 300) -> tuple[str, tuple[int, int]]:
    """The sentence of ``text`` holding ``[start, end)``, flattened and cut to ``limit``.

    Returns the excerpt and the match's span inside it. The cut keeps the match whole and
    centred when it can, and marks what was left out with "…".
    """
    first, last = sentence_bounds(text, start, end)
    flat, where = _flatten(text[first:last])
    span_start = min(where[start - first], len(flat))
    span_end = (
        max(span_start, where[max(end - 1, start) - first] + 1) if end > start else span_start
    )
    span_end = min(span_end, len(flat))
    if len(flat) <= limit:
        return flat, (span_start, span_end)
    return _cut(flat, span_start, span_end, limit)


def _flatten(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs collapsed to one space and trimmed, and where each
    original character went (a space maps to where the next character lands)."""
    out: list[str] = []
    where: list[int] = []
    gap = False
    for char in text:
        if char.isspace():
            gap = bool(out)
            where.append(len(out) + (1 if gap else 0))
        else:
            if gap:
                out.append(" ")
                gap = False
            where.append(len(out))
            out.append(char)
    where.append(len(out))
    return "".join(out), where


def _cut(flat: str, start: int, end: int, limit: int) -> tuple[str, tuple[int, int]]:
    width = end - start
    if width >= limit - 2:  # the match alone fills the excerpt
        head = flat[start : start + limit - 1]
        return head + ELLIPSIS, (0, len(head))
    room = limit - 2 - width  # one character for each ellipsis
    left = max(0, start - room // 2)
    right = min(len(flat), left + limit - 2)
    left = max(0, right - (limit - 2))
    # Cut at word boundaries when one is near.
    if left > 0:
        space = flat.find(" ", left, start)
        if space != -1 and space - left < 20:
            left = space + 1
    if right < len(flat):
        space = flat.rfind(" ", end, right)
        if space != -1 and right - space < 20:
            right = space
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(flat) else ""
    shown = prefix + flat[left:right] + suffix
    offset = len(prefix) - left
    return shown, (start + offset, end + offset)
