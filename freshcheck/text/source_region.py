"""Finding a unit's match in the source of a text file: its line and column.

A Markdown, text or HTML unit is the text a reader sees: its lines joined, markup and
entities gone. A match in it is a span of that text; code-review tools want the line and
column in the file. The words of the match are looked for in the source from the unit's
first line, allowing between them what the extractor took away (line breaks and other
white space, emphasis marks, tags, ``&nbsp;``) and, inside them, the entities that spell a
character (``&amp;`` for ``&``). The n-th occurrence of the match in the unit is taken as the
n-th in the source, so two hits of one term on a line get their own columns. When the words
cannot be found (the extractor rewrote more than that), there is no region: the finding keeps
its line, which is never wrong.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from freshcheck.model import Position, Region

# How far past the unit's first line its match may be: a long paragraph or list item.
_LINES_AHEAD = 400

# What may stand between two words of the match in the source, once or many times: white
# space, emphasis and code marks, link brackets, tags.
_BETWEEN_WORDS = r"(?:\s|&nbsp;|&#160;|&#xa0;|[*_~`[\]]|<[^<>]*>)+"
_ENTITIES = {
    "&": "(?:&amp;|&#38;|&#x26;|&)",
    "<": "(?:&lt;|&#60;|&#x3c;|<)",
    ">": "(?:&gt;|&#62;|&#x3e;|>)",
    '"': '(?:&quot;|&#34;|&#x22;|")',
    "'": "(?:&#39;|&apos;|&#x27;|')",
    "\u00a0": "(?:&nbsp;|&#160;|&#xa0;|\u00a0)",
}


class SourceText:
    """One file's decoded text (``\\n`` newlines), with its line starts indexed once.

    ``markup``: the file has tags (HTML, Markdown), whose attributes are not content, so a
    match inside ``<…>`` is passed over."""

    def __init__(self, text: str, *, markup: bool) -> None:
        self.text = text
        self._markup = markup
        starts = [0]
        starts.extend(match.end() for match in re.finditer("\n", text))
        self._starts = starts

    def region(self, first_line: int, unit_text: str, start: int, end: int) -> Region | None:
        """Where ``unit_text[start:end]`` is, searching from ``first_line`` (1-based)."""
        needle = unit_text[start:end]
        if not needle.strip() or not 1 <= first_line <= len(self._starts):
            return None
        occurrence = _occurrences_before(unit_text, needle, start)
        pattern = _source_pattern(needle)
        begin = self._starts[first_line - 1]
        last = min(first_line - 1 + _LINES_AHEAD, len(self._starts) - 1)
        stop = self._starts[last + 1] if last + 1 < len(self._starts) else len(self.text)
        seen = 0
        for match in pattern.finditer(self.text, begin, stop):
            if self._markup and _inside_tag(self.text, begin, match.start()):
                continue
            if seen == occurrence:
                return Region(
                    self._position(match.start()),
                    self._position(match.end()),
                    verbatim=match.group(0) == needle,
                )
            seen += 1
        return None

    def _position(self, offset: int) -> Position:
        index = bisect.bisect_right(self._starts, offset) - 1
        line_start = self._starts[index]
        before = self.text[line_start:offset]
        return Position(index + 1, len(before) + 1, len(before.encode("utf-8")) + 1)


def _inside_tag(text: str, begin: int, offset: int) -> bool:
    return text.rfind("<", begin, offset) > text.rfind(">", begin, offset)


def _occurrences_before(text: str, needle: str, start: int) -> int:
    """How many times ``needle`` occurs in ``text`` before ``start``, without overlaps."""
    count, at = 0, text.find(needle)
    while 0 <= at < start:
        count += 1
        at = text.find(needle, at + len(needle))
    return count


@lru_cache(maxsize=1024)
def _source_pattern(needle: str) -> re.Pattern[str]:
    words = needle.split()
    return re.compile(_BETWEEN_WORDS.join(_word_pattern(word) for word in words))


def _word_pattern(word: str) -> str:
    return "".join(_ENTITIES.get(char) or re.escape(char) for char in word)
