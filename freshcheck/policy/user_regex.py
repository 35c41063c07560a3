"""A policy's own regular expressions, run on RE2: time linear in the text, whatever the pattern.

People write ``pattern:`` and ``when:`` in Python's syntax, and Python's ``re`` backtracks:
``^(\\w+\\s?)+$`` takes minutes on an ordinary sentence and holds the interpreter while it
does. RE2 (google-re2) never backtracks. The pattern is parsed with Python's own parser and
written out again in RE2's syntax, so that it keeps Python's meaning where the two differ:

- ``\\w``, ``\\d``, ``\\s`` keep their Unicode sets (RE2's are ASCII); ``(?a)`` makes them ASCII;
- ``$`` (without ``(?m)``) also matches before a final line break;
- ``\\b`` at the start or end of the pattern (or of each top-level alternative) keeps
  Unicode word characters; a ``\\b`` or ``\\B`` elsewhere sees only ASCII letters, digits and
  ``_`` as word characters (RE2 has no other);
- back-references, lookahead/lookbehind, conditionals, atomic groups and possessive
  repeats have no linear-time form: they are refused, with the reason, when the policy loads;
  so is a pattern whose compiled program is past ``PROGRAM_BUDGET`` (its cost per character).

Patterns are case-insensitive unless they say otherwise (``(?-i:ROI)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import re2  # type: ignore[import-untyped]

DEFAULT_FLAGS = re.IGNORECASE
# RE2's memory budget for one compiled pattern (its default is 8 MiB); past it a pattern is
# refused as too large rather than allowed to slow every file down.
_MAX_MEM = 32 << 20
# A pattern's budget, in RE2 program instructions: the cost per character when the engine
# must simulate the program rather than run its cached automaton. The patterns people write
# take a few thousand (a Unicode \w is about 1,300); "\w{1000}" takes 1.3 million. Checked
# when the policy loads, so a too-costly pattern is a policy problem, never a slow scan.
PROGRAM_BUDGET = 200_000
# Python's \s on str: the characters for which str.isspace() is true.
_UNICODE_SPACE = (
    r"\t\n\x{b}\f\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}"
    r"\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
)
_UNICODE_WORD = r"\p{L}\p{N}_"
_ASCII_SPACE = r"\t\n\x{b}\f\r "
_ASCII_WORD = r"0-9A-Za-z_"
# Python's $ without (?m): the end, or before a line break that ends the text. RE2 has no
# lookahead, so that line break is consumed (outside the match where $ ends the pattern).
_END = r"(?:\n?\z)"
_REFUSED = {
    sre.GROUPREF: "back-references (\\1, (?P=name)) are not supported",
    sre.GROUPREF_EXISTS: "conditional groups ((?(1)…|…)) are not supported",
    sre.ASSERT: "lookahead and lookbehind ((?=…), (?<=…)) are not supported",
    sre.ASSERT_NOT: "negative lookahead and lookbehind ((?!…), (?<!…)) are not supported",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)
_POSSESSIVE = getattr(sre, "POSSESSIVE_REPEAT", None)


class UnsupportedRegex(ValueError):
    """A pattern RE2 cannot run, with a sentence saying why."""


@dataclass(frozen=True, slots=True)
class RegexMatch:
    """Where a pattern matched: ``span()`` and ``group(0)`` as with ``re.Match``."""

    start: int
    end: int
    text: str

    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("only the whole match is kept")
        return self.text


class UserRegex:
    """A policy's pattern compiled for RE2. ``pattern`` and ``flags`` are the Python source
    and flags (what ``LiteralScreen`` reads its cues from); it pickles by its source."""

    __slots__ = ("_groups", "_regex", "flags", "pattern", "translated")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.flags = DEFAULT_FLAGS
        self.translated, self._groups = translate(pattern, DEFAULT_FLAGS)
        options = re2.Options()
        options.log_errors = False
        options.max_mem = _MAX_MEM
        try:
            self._regex = re2.compile(self.translated, options)
        except re2.error as exc:
            raise UnsupportedRegex(_re2_reason(exc)) from exc
        size = self._regex.programsize
        if size > PROGRAM_BUDGET:
            raise UnsupportedRegex(
                f"the pattern is too costly for the linear-time engine ({size:,} steps per "
                f"character, the budget is {PROGRAM_BUDGET:,}): repeat less, such as {{1,50}} "
                "rather than {1,1000}"
            )

    def __reduce__(self) -> tuple[type[UserRegex], tuple[str]]:
        return (UserRegex, (self.pattern,))

    def __repr__(self) -> str:
        return f"UserRegex({self.pattern!r})"

    def search(self, text: str) -> RegexMatch | None:
        found = self._regex.search(text)
        if found is None:
            return None
        for group in range(1, self._groups + 1):
            start, end = found.span(group)
            if start >= 0:
                return RegexMatch(start, end, text[start:end])
        return None  # pragma: no cover (one group always takes part in a match)


def check_user_regex(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a policy pattern, or None when it can."""
    try:
        UserRegex(pattern)
    except re.error as exc:
        where = "" if exc.pos is None else f" at character {exc.pos + 1}"
        return f"{exc.msg}{where}"
    except UnsupportedRegex as exc:
        return str(exc)
    return None


def translate(pattern: str, flags: int) -> tuple[str, int]:
    """``pattern`` (Python syntax) in RE2 syntax, and its number of capture groups: the match
    is the first group that took part (the text around it only checks a word boundary)."""
    parsed = sre_parse.parse(pattern, flags)
    global_flags = parsed.state.flags | flags
    writer = _Writer()
    items = list(parsed.data)
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        alternatives = [_data(alt) for alt in items[0][1][1]]
    else:
        alternatives = [items]
    ascii_only = bool(global_flags & re.ASCII)
    multiline = bool(global_flags & re.MULTILINE)
    body = "|".join(writer.top_level(alt, ascii_only, multiline) for alt in alternatives)
    return f"{_flag_prefix(global_flags)}{body}", len(alternatives)


def _flag_prefix(flags: int) -> str:
    letters = _flag_letters(flags)
    return f"(?{letters})" if letters else ""


class _Writer:
    """Writes a parsed pattern out in RE2's syntax; tracks what the flags mean on the way."""

    def top_level(self, items: list[tuple[Any, Any]], ascii_only: bool, multiline: bool) -> str:
        # A \b at the edge, next to a word character, is checked on the character beside
        # the match (consumed outside the group): RE2's own \b knows only ASCII words.
        before = after = ""
        if not ascii_only:
            stripped = _strip_boundary(items, first=True)
            if stripped is not None:
                before, items = rf"(?:\A|[^{_UNICODE_WORD}])", stripped
            stripped = _strip_boundary(items, first=False)
            if stripped is not None:
                after, items = rf"(?:[^{_UNICODE_WORD}]|\z)", stripped
        if not multiline and not after and items and _is_at(items[-1], sre.AT_END):
            after = _END  # the final line break it may pass stays out of the match
            items = items[:-1]
        return f"{before}({self.sequence(items, ascii_only, multiline)}){after}"

    def sequence(self, items: list[tuple[Any, Any]], ascii_only: bool, multiline: bool) -> str:
        return "".join(self.item(op, value, ascii_only, multiline) for op, value in items)

    def item(self, op: Any, value: Any, ascii_only: bool, multiline: bool) -> str:
        if op in _REFUSED:
            raise UnsupportedRegex(_REFUSED[op])
        if op is _ATOMIC and op is not None:
            raise UnsupportedRegex("atomic groups ((?>…)) are not supported")
        if op is _POSSESSIVE and op is not None:
            raise UnsupportedRegex("possessive repeats (*+, ++, ?+) are not supported")
        if op is sre.LITERAL:
            return _char(value)
        if op is sre.NOT_LITERAL:
            return f"[^{_char(value)}]"
        if op is sre.ANY:
            return "."
        if op is sre.IN:
            return _char_class(value, ascii_only)
        if op is sre.BRANCH:
            alternatives = [self.sequence(_data(a), ascii_only, multiline) for a in value[1]]
            return "(?:" + "|".join(alternatives) + ")"
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            inner_ascii = (ascii_only or bool(add_flags & re.ASCII)) and not (
                del_flags & re.ASCII or add_flags & re.UNICODE
            )
            inner_multiline = (multiline or bool(add_flags & re.M)) and not del_flags & re.M
            flags = _flag_letters(add_flags) + (
                "-" + _flag_letters(del_flags) if _flag_letters(del_flags) else ""
            )
            body = self.sequence(_data(inner), inner_ascii, inner_multiline)
            return f"(?{flags}:{body})"
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, most, inner = value
            body = self.sequence(_data(inner), ascii_only, multiline)
            bound = f"{{{least},}}" if most == sre.MAXREPEAT else f"{{{least},{most}}}"
            lazy = "?" if op is sre.MIN_REPEAT else ""
            return f"(?:{body}){bound}{lazy}"
        if op is sre.AT:
            return _END if value is sre.AT_END and not multiline else _anchor(value)
        raise UnsupportedRegex(f"this construct is not supported ({op})")


def _flag_letters(flags: int) -> str:
    return "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)


def _anchor(code: Any) -> str:
    if code is sre.AT_BEGINNING:
        return "^"
    if code is sre.AT_BEGINNING_STRING:
        return r"\A"
    if code is sre.AT_END:
        return "$"  # only in multi-line mode: the writer handles the other (see _end)
    if code is sre.AT_END_STRING:
        return r"\z"
    if code is sre.AT_BOUNDARY:
        return r"\b"
    if code is sre.AT_NON_BOUNDARY:
        return r"\B"
    raise UnsupportedRegex(f"this anchor is not supported ({code})")


def _char(code: int) -> str:
    char = chr(code)
    if char.isascii() and (char.isalnum() or char == " "):
        return char
    return f"\\x{{{code:x}}}"


def _char_class(items: list[tuple[Any, Any]], ascii_only: bool) -> str:
    negated = bool(items) and items[0][0] is sre.NEGATE
    parts: list[str] = []
    outside: list[str] = []  # negated categories cannot sit inside a positive RE2 class
    for op, value in items[1:] if negated else items:
        if op is sre.LITERAL:
            parts.append(_char(value))
        elif op is sre.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is sre.CATEGORY:
            inside, negative = _category(value, ascii_only)
            if negative and negated:
                raise UnsupportedRegex(
                    "a negated class holding \\W, \\S or \\D ([^\\W…]) is not supported"
                )
            (outside if negative else parts).append(inside)
        else:
            raise UnsupportedRegex(f"this character class item is not supported ({op})")
    if negated:
        return f"[^{''.join(parts)}]"
    choices = ([f"[{''.join(parts)}]"] if parts else []) + [f"[^{x}]" for x in outside]
    return choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")"


def _category(code: Any, ascii_only: bool) -> tuple[str, bool]:
    """The class body for a category, and whether it is the complement of that body."""
    word = _ASCII_WORD if ascii_only else _UNICODE_WORD
    space = _ASCII_SPACE if ascii_only else _UNICODE_SPACE
    digit = "0-9" if ascii_only else r"\p{Nd}"
    table = {
        sre.CATEGORY_DIGIT: (digit, False),
        sre.CATEGORY_NOT_DIGIT: (digit, True),
        sre.CATEGORY_SPACE: (space, False),
        sre.CATEGORY_NOT_SPACE: (space, True),
        sre.CATEGORY_WORD: (word, False),
        sre.CATEGORY_NOT_WORD: (word, True),
    }
    if code not in table:
        raise UnsupportedRegex(f"this character category is not supported ({code})")
    return table[code]


def _is_at(item: tuple[Any, Any], code: Any) -> bool:
    return bool(item[0] is sre.AT and item[1] is code)


def _data(pattern: Any) -> list[tuple[Any, Any]]:
    """The items of a parsed (sub)pattern, or of a list of items rebuilt here."""
    return list(pattern) if isinstance(pattern, list) else list(pattern.data)


Items = list[tuple[Any, Any]]


def _strip_boundary(items: Items, *, first: bool) -> Items | None:
    """``items`` without the ``\\b`` that starts (or ends) every match, when that ``\\b``
    stands beside a word character, so it can be checked outside the match; else None.
    Looks into groups and alternatives at the edge (the parser factors a shared ``\\b``
    out of alternatives, and leaves a trailing one in each)."""
    if not items:
        return None
    edge, rest = (items[0], items[1:]) if first else (items[-1], items[:-1])
    op, value = edge
    if op is sre.AT and value is sre.AT_BOUNDARY:
        return rest if _edge_is_word(rest, first=first) else None
    if op is sre.BRANCH:
        alternatives = [_strip_boundary(_data(alt), first=first) for alt in value[1]]
        if any(alt is None for alt in alternatives):
            return None
        new: tuple[Any, Any] = (op, (value[0], alternatives))
    elif op is sre.SUBPATTERN and not (value[1] | value[2]) & (re.ASCII | re.UNICODE):
        inner = _strip_boundary(_data(value[3]), first=first)
        if inner is None:
            return None
        new = (op, (value[0], value[1], value[2], inner))
    else:
        return None
    return [new, *rest] if first else [*rest, new]


def _edge_is_word(items: list[tuple[Any, Any]], *, first: bool) -> bool:
    """Whether the first (or last) character of every match of ``items`` is a word character."""
    if not items:
        return False
    op, value = items[0] if first else items[-1]
    if op is sre.LITERAL:
        return _is_word(chr(value))
    if op is sre.IN:
        return _class_is_word(value)
    if op is sre.SUBPATTERN:
        return _edge_is_word(_data(value[3]), first=first)
    if op is sre.BRANCH:
        return all(_edge_is_word(_data(alt), first=first) for alt in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, _most, inner = value
        return bool(least >= 1) and _edge_is_word(_data(inner), first=first)
    return False


def _class_is_word(items: list[tuple[Any, Any]]) -> bool:
    if not items or items[0][0] is sre.NEGATE:
        return False
    for op, value in items:
        if op is sre.LITERAL and _is_word(chr(value)):
            continue
        if op is sre.RANGE and _range_is_word(value[0], value[1]):
            continue
        if op is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
            continue
        return False
    return True


def _range_is_word(low: int, high: int) -> bool:
    return high - low < 4096 and all(_is_word(chr(code)) for code in range(low, high + 1))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _re2_reason(exc: Exception) -> str:
    detail = exc.args[0] if exc.args else exc
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    text = str(detail)
    if "too large" in text or "repetition" in text:
        return f"the pattern is too large for the linear-time engine ({text})"
    return f"the linear-time engine cannot run it ({text})"
