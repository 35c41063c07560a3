"""Token recall of extracted PDF text against a reference text (poppler ``pdftotext -layout``).

Tokens are lowercase runs of letters and digits after NFKC normalisation, counted as a
multiset: a word the reference has five times must be found five times. Where the
reference's own spacing splits words the extractor reads whole, an occurrence also counts
as found when, joined with up to two of its neighbours in the reference, it spells four or
more characters found in the extracted text without spaces: "enable-" + "ment" when the
reference keeps a line-end hyphen that freshcheck rejoins, "T es t" for "Test",
letter-spaced headings such as "N a r c o l ep tic". The join is positional (only the
reference's own neighbours), so a word freshcheck lost is never "found" inside an unrelated
longer word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """The lowercase letter-and-digit tokens of ``text``, in order."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def token_recall(reference: str, extracted: str) -> float | None:
    """Share of the reference's tokens found in ``extracted``; None when it has none."""
    wanted = tokens(reference)
    if not wanted:
        return None
    have = Counter(tokens(extracted))
    solid = "".join(tokens(extracted))
    found = 0
    for index, token in enumerate(wanted):
        if have[token] > 0:
            have[token] -= 1
            found += 1
        elif _joined_found(wanted, index, solid):
            found += 1
    return found / len(wanted)


def _joined_found(wanted: list[str], index: int, solid: str) -> bool:
    for before in range(3):
        for after in range(3):
            start, stop = index - before, index + after + 1
            if (before or after) and start >= 0 and stop <= len(wanted):
                joined = "".join(wanted[start:stop])
                if len(joined) >= 4 and joined in solid:
                    return True
    return False
