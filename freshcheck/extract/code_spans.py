"""Inline code spans kept as places in a unit's text (``TextUnit.code``).

A name in ``flow-cli --boost`` or ``<code>SalesBoost.run()</code>`` is code, not prose: rules
that read prose (retired names) skip it. Markdown and HTML extraction wrap each code span's
text in two private-use marks while the unit's text is put together (its markup reduced,
its whitespace collapsed); ``unmark`` then takes the marks out and says where the spans are.
Marks already in a file's text are replaced first (``without_marks``), so they cannot forge
a span.
"""

from __future__ import annotations

OPEN = "\ue000"
CLOSE = "\ue001"


def without_marks(text: str) -> str:
    """``text`` with any mark characters of its own replaced by U+FFFD."""
    if OPEN in text or CLOSE in text:
        return text.replace(OPEN, "\ufffd").replace(CLOSE, "\ufffd")
    return text


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without marks, whitespace collapsed to single spaces, and the spans of code."""
    if OPEN not in marked:
        return " ".join(marked.split()), ()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for char in marked:
        if char == OPEN:
            if depth == 0:
                start = len(out)
            depth += 1
        elif char == CLOSE:
            if depth == 1:
                spans.append((start, len(out)))
            depth = max(depth - 1, 0)
        elif char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
    text = "".join(out).rstrip()
    cut = len(text)
    trimmed = (_trimmed(text, lo, min(hi, cut)) for lo, hi in spans)
    return text, tuple((lo, hi) for lo, hi in trimmed if lo < hi)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces at its edges."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end
