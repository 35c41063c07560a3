"""Cleaning PDF text and telling readable text from junk.

A font without a usable Unicode map makes an engine emit control characters, private-use
code points, ``(cid:12)`` or ``/g18`` glyph names, or plausible-looking but wrong letters
("larĀe ÿactors" for "large factors"). ``junk_score`` counts such signs per letter so
the extractor can ask the other engine for the page and keep the better reading.
"""

from __future__ import annotations

import re
import unicodedata

# Where one engine marks a hyphen that it removed while joining two lines (pdfium
# writes U+FFFE, older builds U+0002); the layout step decides whether to keep it.
LINE_HYPHEN = "\ufffe"

_CONTROL = re.compile(r"[\x00-\x01\x03-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# Symbol fonts (Wingdings, Symbol) put bullets and arrows in the private use area: one
# that opens a line is a bullet; inside a word it is a glyph without a Unicode map.
_PRIVATE_BULLET = re.compile(r"^\s*[\ue000-\uf8ff]+(?=\s)")
_PRIVATE = re.compile(r"\s*[\ue000-\uf8ff]+")
_PRIVATE_IN_WORD = re.compile(r"[^\W_][\ue000-\uf8ff]|[\ue000-\uf8ff][^\W_]")
_GLYPH_NAMES = re.compile(r"\(cid:\d+\)|cid:\d+|/g\d+|/uni[0-9A-Fa-f]{4}|/[Gg][0-9A-Fa-f]{2,4}\b")
_UPPER_LATIN = "".join(
    ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and unicodedata.category(ch) == "Lu"
)
# An accented capital right after a lower-case letter ("larĀe", "learninĀ"), or "ÿ"
# touching one ("successÿul", "ÿactors"): real words almost never look like that; wrong
# font maps often do.
_WRONG_LETTER = re.compile(rf"[a-z][{_UPPER_LATIN}\u00ff]|\u00ff[a-z]")
_CONTROL_OR_PRIVATE = re.compile(
    r"[\x00-\x01\x03-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]"
).search
_NOT_ALNUM = re.compile(r"[\W_]+")
# ASCII bytes that are not letters or digits: deleting them counts an ASCII page's letters
# in a fifth of the time the pattern takes (a page is about 2,500 characters).
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
# Any sign at all: one scan, so a clean page (most pages) is not scanned four times.
_ANY_SIGN = re.compile(
    "|".join(p.pattern for p in (_CONTROL, _PRIVATE_IN_WORD, _GLYPH_NAMES, _WRONG_LETTER))
)
# On an ASCII page (most pages) only control characters and glyph names can be signs, and
# every glyph name holds one of these: a character class and four substring tests cost a
# tenth of the alternation above, which tries four patterns at every position.
_ASCII_CONTROL = re.compile(r"[\x00-\x01\x03-\x08\x0b\x0c\x0e-\x1f\x7f]").search
_GLYPH_CUES = ("cid:", "/g", "/G", "/uni")

# Presentation forms (ligatures such as "ﬁ", Arabic contextual letter shapes, full-width
# Latin) carry no meaning of their own: they become the letters they stand for, so that
# "ﬁnancial" matches "financial". Other compatibility characters (™, ², ½) are kept.
_PRESENTATION = {
    code: unicodedata.normalize("NFKC", chr(code))
    for ranges in ((0xFB00, 0xFDFF), (0xFE70, 0xFEFF), (0xFF01, 0xFF5E))
    for code in range(ranges[0], ranges[1] + 1)
    if unicodedata.normalize("NFKC", chr(code)) != chr(code)
}


def clean_text(text: str) -> str:
    """One line, cleaned: control characters dropped, symbol-font bullets made "•", other
    private-use glyphs dropped, presentation forms unfolded, hyphen marks unified."""
    text = text.replace("\x02", LINE_HYPHEN)
    if _CONTROL_OR_PRIVATE(text):  # rare: most lines need none of the three rewrites
        text = _CONTROL.sub("", text)
        text = _PRIVATE.sub("", _PRIVATE_BULLET.sub("\u2022", text))
    return text.translate(_PRESENTATION).replace("\t", " ").replace("\xa0", " ")


def strip_glyph_names(text: str) -> str:
    """``text`` without glyph names such as ``/g135`` or ``(cid:12)`` (and the space they
    leave): what an engine prints for glyphs it cannot map to any character."""
    if not _may_show_signs(text):
        return text
    return " ".join(_GLYPH_NAMES.sub(" ", text).split())


def junk_score(raw: str, letters: int | None = None) -> float:
    """Signs of undecodable text per letter or digit in the *raw* engine output (0 = clean).

    A page with no letters or digits at all scores 1.0 when it has any other characters
    and 0.0 when it is empty. ``letters`` is ``letter_count(raw)`` when the caller has it.
    """
    if letters is None:
        letters = letter_count(raw)
    signs = 0
    if _may_show_signs(raw):
        signs = (
            len(_CONTROL.findall(raw))
            + len(_PRIVATE_IN_WORD.findall(raw))
            + 4 * len(_GLYPH_NAMES.findall(raw))
            + 2 * len(_WRONG_LETTER.findall(raw))
        )
    if letters == 0:
        return 1.0 if raw.strip() else 0.0
    return signs / letters


def _may_show_signs(raw: str) -> bool:
    if raw.isascii():
        return _ASCII_CONTROL(raw) is not None or any(cue in raw for cue in _GLYPH_CUES)
    return _ANY_SIGN.search(raw) is not None


def letter_count(text: str) -> int:
    """How many letters and digits ``text`` holds."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NOT_ALNUM))
    return len(_NOT_ALNUM.sub("", text))


# The commonest English words: a fifth to a half of the words of any English page, and of
# almost no page whose letters a font without a Unicode map has shifted.
_COMMON_TEXT = (
    "the of and to in is for that on with as are be by this it or from at an was will not "
    "can you your we our have has all more their they which these use new one if its may "
    "also how when who what than other into about each there time been but his her were "
    "any such only most some out up so no should would them used data team sales partner "
    "customer product"
)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())
_WORD = re.compile(r"[a-z]{2,}")
_PUNCTUATION = str.maketrans(dict.fromkeys("\"'.,;:!?()[]*", " "))
_SAMPLE_WORDS = 150
# Below this share of common words a page is worth testing for a shift; English prose
# has twice as many, so ordinary pages stop after one count.
_PLAIN_SHARE = 0.12
_SHIFTED_SHARE = 0.25


def _shifted_by(offset: int) -> dict[int, int]:
    """The translation that undoes a constant letter shift of ``offset`` (a to z, A to Z)."""
    table = {}
    for first in (ord("a"), ord("A")):
        for index in range(26):
            table[first + (index + offset) % 26] = first + index
    return table


_UNSHIFT = [_shifted_by(offset) for offset in range(26)]


def letter_shift(raw: str) -> int:
    """The constant letter shift a page's text shows, or 0 when it reads as it is.

    Fonts without a Unicode map whose codes are glyph ids make an engine print each letter
    a fixed number of places along ("kwws" for "http", glyph names G<n>/g<n> typical of
    Ghostscript-converted CFF fonts): fluent-looking words that are not words. The test is
    the one a reader does: shifted back by one constant, most words become common ones.
    """
    # One translate, one split and set lookups: an ordinary page is settled in
    # microseconds, without a regular expression over its text.
    lowered = raw[: 8 * _SAMPLE_WORDS].lower().translate(_PUNCTUATION).split()[:_SAMPLE_WORDS]
    plain = sum(map(_COMMON_WORDS.__contains__, lowered))
    if plain >= _PLAIN_SHARE * len(lowered):
        return 0
    words = [w for w in lowered if _WORD.fullmatch(w)]
    if len(words) < 12:
        return 0
    sample = " ".join(words)
    best, best_count = 0, plain
    for offset in range(1, 26):
        count = sum(map(_COMMON_WORDS.__contains__, sample.translate(_UNSHIFT[offset]).split()))
        if count > best_count:
            best, best_count = offset, count
    if best_count >= _SHIFTED_SHARE * len(words) and best_count >= 3 * max(plain, 1):
        return best
    return 0
