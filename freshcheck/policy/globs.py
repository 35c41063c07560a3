"""Path globs as policies write them: ``decks/**``, ``**/*compliance*``, ``archive/**``.

Matching is on ``/``-separated paths relative to the scan root. ``**`` spans any number of
folders (including none), ``*`` and ``?`` stay within one path segment, ``[...]`` is a class.
Python 3.11's ``fnmatch`` lets ``*`` cross folders, which would make ``*.md`` match
``wiki/a.md``; so globs are translated here, once, into regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=1024)
def glob_regex(glob: str) -> re.Pattern[str]:
    """Compile one glob into an anchored regular expression."""
    out: list[str] = []
    i, n = 0, len(glob)
    while i < n:
        char = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[":
            end = glob.find("]", i + 2 if glob[i + 1 : i + 2] in ("!", "]") else i + 1)
            if end == -1:
                out.append(re.escape(char))
                i += 1
            else:
                body = glob[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
                i = end + 1
        else:
            out.append(re.escape(char))
            i += 1
    return re.compile("".join(out) + r"\Z", re.DOTALL)


@dataclass(frozen=True, slots=True)
class GlobSet:
    """Several globs; a path matches when any one does. A folder glob ``x/`` means ``x/**``."""

    globs: tuple[str, ...]

    @classmethod
    def of(cls, globs: Iterable[str]) -> GlobSet:
        return cls(tuple(_normalise(g) for g in globs))

    def matches(self, rel_path: str) -> bool:
        return any(glob_regex(g).match(rel_path) for g in self.globs)

    def __bool__(self) -> bool:
        return bool(self.globs)


def _normalise(glob: str) -> str:
    glob = glob.strip().replace("\\", "/").removeprefix("./")
    return glob + "**" if glob.endswith("/") else glob
