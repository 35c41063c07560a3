"""Text from files made inert for a terminal, a Markdown page or an HTML page.

File names, owners and document text are data: a newline in a file name must not split a
report line, an ANSI escape must not recolour a terminal, and a right-to-left override
(U+202E) must not make ``invoice‮fdp.exe`` read as ``invoiceexe.pdf``. Such characters are
shown as escapes (``\\n``, ``\\x1b``, ``\\u202e``), so a reader sees that they are there.
"""

from __future__ import annotations

import re

# Bidirectional formatting: embeddings, overrides, isolates and the invisible marks.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, and bidi controls.
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")
_SOFT_BREAKS = re.compile(r"[\v\f\u2028\u2029]")
_PROSE_UNSAFE = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """A name (a path, an owner) with every control, line-separator and bidi character as a
    visible escape: it stays on one line and reads as it is spelled."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def escape_prose(text: str) -> str:
    """Document text with its line breaks kept as ``\\n`` (a vertical tab, PowerPoint's soft
    break, and the Unicode separators become one) and tabs kept; every other control and
    bidi character becomes a visible escape."""
    if not _UNSAFE.search(text):
        return text
    return _PROSE_UNSAFE.sub(_escape, _SOFT_BREAKS.sub("\n", text))


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a character that ``escape_controls`` would change."""
    return _UNSAFE.search(text) is not None


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
