"""Markdown inline syntax reduced to the text a reader sees.

``**bold**`` → ``bold``, ``[text](url)`` → ``text``, ``![alt](src)`` → ``alt``, inline code
keeps its text, backslash escapes give the escaped character, HTML tags and comments are
dropped (an ``<img>`` leaves its ``alt``), entities are resolved, footnote references
vanish, and runs of whitespace (line breaks included) become one space.

This is a careful approximation of CommonMark/GFM, not a full implementation: it is line-
and regex-based, and every pattern is linear or bounded so that hostile input stays fast.
Code spans and escapes are cut out first and put back last, so nothing else touches them.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Set

from freshcheck.extract.code_spans import CLOSE, OPEN, unmark, without_marks

# A placeholder for protected text: NUL never survives into parsed text (it becomes U+FFFD).
_SLOT = "\x00"
# Text without any of these characters has no inline syntax to reduce.
_SYNTAX = re.compile(r"[*_~`\[\]<>&!\\]")
_SLOT_RE = re.compile("\x00(\\d+)\x00")
_ESCAPE_OR_TICKS = re.compile(r"\\[!-/:-@\[-`{-~]|`+")
_HARD_BREAK = re.compile(r"\\\n")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BRACKETED = r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"
_DESTINATION = r"\((?:[^()]|\([^()]*\))*\)"
_IMAGE = re.compile(r"!" + _BRACKETED + r"(?:" + _DESTINATION + r"|\[[^\[\]]*\])")
_LINK = re.compile(_BRACKETED + r"(?:" + _DESTINATION + r"|\[([^\[\]]*)\])")
_SHORTCUT = re.compile(_BRACKETED + r"(?![(\[:])")
# A footnote mark, or the "[^1]:" that opens a footnote's own text.
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?::[ \t]*)?")
_IMG_TAG = re.compile(r"<img\b[^<>]*?\balt\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^<>]*>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_DELIMITER_RUN = re.compile(r"\*+|_+|~+")


def reduce_inline(text: str, references: Set[str] = frozenset()) -> str:
    """The visible text of Markdown inline content; ``references`` are link labels defined."""
    return unmark(marked_inline(text, references))[0]


def marked_inline(text: str, references: Set[str] = frozenset()) -> str:
    """``reduce_inline``, with each code span's text between ``code_spans`` marks."""
    text = without_marks(text)
    if _SYNTAX.search(text) is None:
        return " ".join(text.split())
    saved: list[str] = []
    text = _protect(_HARD_BREAK.sub("\n", text.replace(_SLOT, "\ufffd")), saved)
    text = _AUTOLINK.sub(lambda m: _slot(m.group(1), saved), text)
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    if references:
        text = _SHORTCUT.sub(lambda m: _shortcut(m, references), text)
    text = _IMG_TAG.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _BREAK_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    text = _drop_emphasis(text)
    text = html.unescape(text)
    text = _SLOT_RE.sub(lambda m: saved[int(m.group(1))], text)
    return " ".join(text.split())


def reference_label(label: str) -> str:
    """A link label as Markdown matches it: case-insensitive, whitespace collapsed."""
    return " ".join(label.split()).casefold()


def _slot(literal: str, saved: list[str]) -> str:
    saved.append(literal)
    return f"{_SLOT}{len(saved) - 1}{_SLOT}"


def _shortcut(match: re.Match[str], references: Set[str]) -> str:
    label = match.group(1)
    return label if reference_label(label) in references else match.group(0)


def _protect(text: str, saved: list[str]) -> str:
    """Cut out backslash escapes and code spans, leaving numbered slots in their place.

    A code span opens with a run of N backticks and closes at the next run of exactly N;
    runs are indexed by length up front, so finding the closer is a binary search.
    """
    tokens = list(_ESCAPE_OR_TICKS.finditer(text))
    if not tokens:
        return text
    runs_by_length: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.group()[0] == "`":
            runs_by_length.setdefault(len(token.group()), []).append(index)
    pieces: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        pieces.append(text[position : token.start()])
        position = token.end()
        index += 1
        if token.group()[0] == "\\":
            pieces.append(_slot(token.group()[1], saved))
            continue
        closer = _closing_run(runs_by_length[len(token.group())], index)
        if closer is None:
            pieces.append(token.group())
            continue
        code = _code_text(text[token.end() : tokens[closer].start()])
        pieces.append(_slot(f"{OPEN}{code}{CLOSE}", saved))
        position = tokens[closer].end()
        index = closer + 1
    pieces.append(text[position:])
    return "".join(pieces)


def _closing_run(candidates: list[int], after: int) -> int | None:
    found = bisect.bisect_left(candidates, after)
    return candidates[found] if found < len(candidates) else None


def _code_text(code: str) -> str:
    code = code.replace("\n", " ")
    if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip():
        code = code[1:-1]
    return code


def _drop_emphasis(text: str) -> str:
    """Remove the ``*``, ``_`` and ``~~`` runs that pair up as emphasis or strikethrough.

    CommonMark's delimiter-run idea, simplified: a run can open when a non-space follows it
    and close when a non-space precedes it (``_`` also not inside a word); each closer pairs
    with the nearest open run of the same character, one stack per character, so the pass
    is linear. A single ``~`` is left alone: "~50%" means "about 50%".
    """
    runs = list(_DELIMITER_RUN.finditer(text))
    if not runs:
        return text
    stacks: dict[str, list[list[int]]] = {"*": [], "_": [], "~": []}
    cut: dict[int, tuple[int, int]] = {}  # run start → (chars cut from its left, from its right)
    for run in runs:
        start, end = run.span()
        char = text[start]
        if char == "~" and end - start != 2:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        can_open = not after.isspace() and not (char == "_" and before.isalnum())
        can_close = not before.isspace() and not (char == "_" and after.isalnum())
        remaining = end - start
        stack = stacks[char]
        while can_close and remaining and stack:
            opener = stack[-1]  # [start, chars still unpaired]
            paired = min(opener[1], remaining)
            opener[1] -= paired
            remaining -= paired
            left, right = cut.get(opener[0], (0, 0))
            cut[opener[0]] = (left, right + paired)
            left, right = cut.get(start, (0, 0))
            cut[start] = (left + paired, right)
            if not opener[1]:
                stack.pop()
        if can_open and remaining:
            stack.append([start, remaining])
    if not cut:
        return text
    pieces: list[str] = []
    position = 0
    for run in runs:
        start, end = run.span()
        if start not in cut:
            continue
        left, right = cut[start]
        pieces.append(text[position:start])
        pieces.append(text[start + left : end - right])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
