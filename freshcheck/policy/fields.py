"""Typed readers for policy values: each checks one value and records a problem if it is wrong.

Validation never stops at the first problem: a reader that finds a bad value records a
``PolicyProblem`` (message starting with the key path) and returns ``None``, and the caller
carries on, so one run lists everything a person has to fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from freshcheck.errors import PolicyProblem
from freshcheck.policy.located import (
    Located,
    LocatedList,
    LocatedMap,
    LocatedScalar,
    Mark,
    describe_kind,
    is_null,
    item_path,
    key_path,
)
from freshcheck.policy.model import Duration
from freshcheck.policy.user_regex import check_user_regex


class Problems:
    """The problems found so far, in the order found."""

    def __init__(self) -> None:
        self.items: list[PolicyProblem] = []

    def add(self, mark: Mark, message: str) -> None:
        self.items.append(PolicyProblem(mark.file, mark.line, mark.column, message))


def read_keys(
    node: Located | None,
    path: str,
    known: tuple[str, ...],
    problems: Problems,
    required: tuple[str, ...] = (),
    home: Mapping[str, str] | None = None,
    what: str = "key",
) -> dict[str, Located] | None:
    """The entries of a group of keys, after reporting unknown and missing keys.

    ``home`` maps keys that belong somewhere else to where they belong, for a better hint.
    A missing or empty value (``messaging:`` with nothing under it) is an empty group.
    """
    if node is None or (is_null(node) and not required):
        return {}
    if is_null(node):
        problems.add(node.mark, f"{path} is empty; fill it in or remove it")
        return None
    if not isinstance(node, LocatedMap):
        problems.add(node.mark, f"{path} must be a group of keys, but it is {describe_kind(node)}")
        return None
    values: dict[str, Located] = {}
    suggested: set[str] = set()
    for key, entry in node.entries.items():
        if key in known:
            values[key] = entry.value
            continue
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        suggested.update(close)
        message = _unknown_key(key_path(path, key), key, known, close, home)
        problems.add(entry.key_mark, message.replace("unknown key", f"unknown {what}", 1))
    for key in required:
        # A misspelt required key is one mistake; "did you mean" already says what to fix.
        if key not in values and key not in suggested:
            problems.add(node.mark, f'{path}: "{key}" is missing')
    return values


def _unknown_key(
    path: str,
    key: str,
    known: tuple[str, ...],
    close: list[str],
    home: Mapping[str, str] | None,
) -> str:
    message = f"{path}: unknown key"
    if home and key in home:
        return f'{message}; "{key}" belongs under "{home[key]}:"'
    if close:
        return f'{message}; did you mean "{close[0]}"?'
    return f"{message}; expected one of: {', '.join(known)}"


def read_items(node: Located | None, path: str, problems: Problems) -> list[tuple[Located, str]]:
    """The items of a list with their paths; an empty value is an empty list.

    Positions count within each item's own file, because that is where a person looks after
    several files were merged.
    """
    if node is None or is_null(node):
        return []
    if not isinstance(node, LocatedList):
        message = f'{path} must be a list (each item starting with "- "), but it is '
        problems.add(node.mark, message + describe_kind(node))
        return []
    counts: dict[str, int] = {}
    result = []
    for item in node.items:
        index = counts.get(item.mark.file, 0)
        counts[item.mark.file] = index + 1
        result.append((item, item_path(path, index)))
    return result


def read_text(
    node: Located | None, path: str, problems: Problems, required: bool = False
) -> str | None:
    """A text value; empty optional text is ``None``, empty required text is a problem."""
    if node is None:
        return None
    if is_null(node) or (isinstance(node, LocatedScalar) and node.value == ""):
        if required:
            problems.add(node.mark, f"{path} is empty; write the text")
        return None
    if not isinstance(node, LocatedScalar) or not isinstance(node.value, str):
        message = f"{path} must be text, but it is {describe_kind(node)}"
        if isinstance(node, LocatedScalar):
            message += f'; put it in quotes: "{node.text}"'
        problems.add(node.mark, message)
        return None
    if required and not node.value.strip():
        problems.add(node.mark, f"{path} is empty; write the text")
        return None
    return node.value


def read_texts(
    node: Located | None, path: str, problems: Problems, required: bool = False
) -> list[tuple[str, Mark]]:
    """One text or a list of texts (``match: "decks/**"`` or ``match: [a, b]``), none empty.

    ``required``: an empty list is a problem too.
    """
    if node is None:
        return []
    if isinstance(node, LocatedList):
        if required and not node.items:
            problems.add(node.mark, f"{path} is an empty list; add at least one entry")
        found = []
        for item, item_at in read_items(node, path, problems):
            text = read_text(item, item_at, problems, required=True)
            if text is not None:
                found.append((text, item.mark))
        return found
    text = read_text(node, path, problems, required=True)
    return [] if text is None else [(text, node.mark)]


def read_globs(
    node: Located | None, path: str, problems: Problems, required: bool = False
) -> tuple[str, ...]:
    """Glob patterns relative to the library root, as one text or a list."""
    globs = []
    for glob, mark in read_texts(node, path, problems, required):
        if "\\" in glob:
            problems.add(mark, f"{path}: write folders with / (not \\) in '{glob}'")
        elif glob.startswith("/"):
            problems.add(mark, f"{path}: '{glob}' must be relative to the library root")
        else:
            globs.append(glob)
    return tuple(globs)


def read_scope(
    keys: dict[str, Located], path: str, problems: Problems
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An entry's ``except:`` (phrases that make a hit acceptable) and ``paths:`` (globs of
    the files it applies to), each one text or a list."""
    exceptions = read_texts(keys.get("except"), key_path(path, "except"), problems, True)
    paths = read_globs(keys.get("paths"), key_path(path, "paths"), problems, True)
    return tuple(text for text, _ in exceptions), paths


def read_duration(
    node: Located | None, path: str, problems: Problems, positive: bool = False
) -> Duration | None:
    """A duration such as ``90d``, ``6w``, ``3m`` or ``1y``; ``positive`` refuses ``0d``."""
    if node is None:
        return None
    if isinstance(node, LocatedScalar) and node.value is not None:
        try:
            duration = Duration.parse(node.text)
        except ValueError:
            pass
        else:
            if duration.count > 0 or not positive:
                return duration
            problems.add(node.mark, f"{path} must be longer than {node.text}, e.g. 90d")
            return None
    problems.add(
        node.mark,
        f"{path}: {shown(node)} is not a duration; write a number followed by d (days), "
        "w (weeks), m (months) or y (years), e.g. 90d",
    )
    return None


def read_regex(node: Located | None, path: str, problems: Problems) -> str | None:
    """A regular expression (Python syntax) that compiles for the linear-time engine."""
    if node is None:
        return None
    text = read_text(node, path, problems, required=True)
    if text is None:
        return None
    reason = check_user_regex(text)
    if reason is not None:
        message = f"{path}: this regular expression does not work: {reason} of '{text}'"
        problems.add(node.mark, message)
        return None
    return text


def read_whole_number(
    node: Located | None, path: str, problems: Problems, low: int, high: int
) -> int | None:
    """A whole number from ``low`` to ``high``."""
    if node is None:
        return None
    value = node.value if isinstance(node, LocatedScalar) else None
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    message = f"{path} must be a whole number from {low} to {high}, but it is {shown(node)}"
    problems.add(node.mark, message)
    return None


def read_choice(
    node: Located | None, path: str, problems: Problems, choices: tuple[str, ...]
) -> str | None:
    """One of a fixed set of words."""
    if node is None:
        return None
    # YAML 1.1 reads a bare off/no as false; the word as written is what the person meant.
    if (
        isinstance(node, LocatedScalar)
        and isinstance(node.value, str | bool)
        and node.text in choices
    ):
        return node.text
    message = f"{path} must be one of {', '.join(choices)}, but it is {shown(node)}"
    problems.add(node.mark, message)
    return None


def shown(node: Located) -> str:
    """A value as written, for a message: ``'90 days'``, ``85``, ``a list``."""
    if isinstance(node, LocatedScalar) and node.value is not None:
        return f"'{node.text}'" if isinstance(node.value, str) else node.text
    return describe_kind(node)
