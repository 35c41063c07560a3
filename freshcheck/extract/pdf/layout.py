"""From the lines of a PDF page to paragraphs as a reader sees them.

A PDF stores positioned text runs, not paragraphs. Lines that follow each other at the
normal line pitch, in the same font size and aligned to the same left edge, are one
paragraph; a bigger gap, a size change (a heading), a bullet, a jump sideways (another
column or text box) or a short line that ends a sentence start a new one. Lines without
geometry (from the fallback engine) are grouped by their text alone.

Hyphens at line ends are rejoined afterwards, once the whole document is known, so that
"enable-/ment" becomes "enablement" while "e-/mail", "state-of-the-/art" and "COVID-/19"
keep their hyphen; a hyphenated spelling used elsewhere in the document wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from freshcheck.extract.pdf.text_quality import LINE_HYPHEN

BULLET = re.compile(
    r"^\s*(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25e6\u25a0\u25a1\u25ba\u27a2"
    r"\u2713\u2714\u2605\u2756\uf0a7\uf0b7\uf0d8\uf0fc*\u2013\u2014-]\s"
    r"|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s)"
)
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_HYPHEN_JOIN = re.compile(rf"([^\W_][\w-]*)?{LINE_HYPHEN}(\w*)")
# Starts where a run of letters and digits starts: a match cannot start inside a run (the
# run's start would have matched first), and trying every inside position is quadratic.
_HYPHENATED_WORD = re.compile(r"(?<![^\W_])[^\W_]+(?:-[^\W_]+)+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text. Coordinates in PDF points, y growing upwards; ``size`` 0 = unknown.

    ``top`` is the top of the line's first character and ``last_top`` of its last one:
    they differ when the engine already joined a hyphenated line break.
    """

    text: str
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    last_top: float = 0.0
    size: float = 0.0


def paragraphs(lines: Sequence[Line]) -> list[str]:
    """Group a page's lines (in reading order) into paragraph texts, hyphens still marked."""
    blocks: list[list[Line]] = []
    for line in lines:
        if blocks and _continues(blocks[-1], line):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return [_join(block) for block in blocks]


def rejoin_hyphens(texts: Sequence[str]) -> list[str]:
    """Resolve every line-end hyphen mark in ``texts``, using them all as the vocabulary."""
    marked = [t for t in texts if LINE_HYPHEN in t]
    if not marked:
        return list(texts)
    hyphenated: set[str] | None = None  # compounds the document writes: read when needed

    def resolve(match: re.Match[str]) -> str:
        nonlocal hyphenated
        left, right = match.group(1) or "", match.group(2)
        keep = _real_hyphen(left, right)
        if keep is None:
            if hyphenated is None:
                corpus = "\n".join(texts)
                hyphenated = {w.casefold() for w in _HYPHENATED_WORD.findall(corpus)}
            # Typesetters hyphenate inside words far more often than compounds fall on a
            # line end: the hyphen stays when the document writes the compound elsewhere.
            keep = f"{left}-{right}".casefold() in hyphenated
        return left + ("-" if keep else "") + right

    return [
        _HYPHEN_JOIN.sub(resolve, t).replace(LINE_HYPHEN, "-") if LINE_HYPHEN in t else t
        for t in texts
    ]


def _real_hyphen(left: str, right: str) -> bool | None:
    """True when the hyphen is surely real; None when the document must tell."""
    if not left or not right or not right[0].islower():
        return True  # "COVID-19", "Anti-Virus", a dangling dash: a real hyphen
    if "-" in left or len(left) == 1:
        return True  # "state-of-the-art", "e-mail", "x-ray"
    return None


def _ends_hyphenated(text: str) -> bool:
    """A letter then a hyphen or soft hyphen at the end (the end only: a block grows long)."""
    return text[-1:] in ("-", "\u00ad") and _LETTER.match(text[-2:-1]) is not None


def _join(block: Iterable[Line]) -> str:
    text = ""
    for line in block:
        if not text:
            text = line.text
        elif _ends_hyphenated(text) and line.text[:1].isalnum():
            text = text[:-1] + LINE_HYPHEN + line.text
        else:
            text = f"{text} {line.text}"
    return text


def _continues(block: Sequence[Line], nxt: Line) -> bool:
    prev = block[-1]
    if BULLET.match(nxt.text):
        return False
    if prev.size <= 0 or nxt.size <= 0:
        return _continues_by_text(prev, nxt)
    size = max(prev.size, nxt.size)
    if abs(prev.size - nxt.size) > 0.15 * size:
        return False  # a heading and its text, a caption and the body
    pitch = prev.last_top - nxt.top
    if pitch < 0.5 * size or pitch > _max_pitch(block, size):
        return False
    if not _aligned(block, nxt, size):
        return False
    width = max(line.right for line in (*block, nxt)) - min(line.left for line in (*block, nxt))
    short = prev.right < max(line.right for line in (*block, nxt)) - 0.2 * width
    return not (short and _SENTENCE_END.search(prev.text))


def _max_pitch(block: Sequence[Line], size: float) -> float:
    if len(block) < 2:
        return 1.6 * size
    # Within a paragraph the pitch stays the same; a wider step is a paragraph gap.
    established = block[-2].last_top - block[-1].top
    return min(1.6 * size, established * 1.25 + 0.5)


def _aligned(block: Sequence[Line], nxt: Line, size: float) -> bool:
    prev, first = block[-1], block[0]
    if abs((prev.left + prev.right) / 2 - (nxt.left + nxt.right) / 2) <= size:
        return True  # centred lines, as on title slides
    if len(block) > 1:
        return abs(nxt.left - block[1].left) <= 0.75 * size
    if abs(nxt.left - first.left) <= 0.75 * size:
        return True
    if first.left - 4 * size <= nxt.left < first.left:
        return True  # the first line was indented
    # A bullet's text wraps under the text, not under the bullet.
    return bool(BULLET.match(first.text)) and first.left < nxt.left <= first.left + 3 * size


def _continues_by_text(prev: Line, nxt: Line) -> bool:
    if _ends_hyphenated(prev.text) or prev.text.endswith(","):
        return True
    return nxt.text[:1].islower() and not _SENTENCE_END.search(prev.text)
