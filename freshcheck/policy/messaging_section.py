"""The ``messaging:`` section: approved messages, retired terms, and how they must agree.

Besides each value, the section is checked as a whole: message ids are unique, no name is both
retired and the approved replacement, and no approved message uses a retired name — any of
those would make freshcheck contradict itself on every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from freshcheck.policy.fields import (
    Problems,
    read_items,
    read_keys,
    read_text,
    read_texts,
    read_whole_number,
)
from freshcheck.policy.keys import SECTION_KEYS
from freshcheck.policy.located import Located, Mark, key_path
from freshcheck.policy.model import Message, MessagingPolicy, Term


@dataclass(frozen=True, slots=True)
class _Placed:
    """A validated value with where its parts were written, for the cross-checks."""

    path: str
    marks: dict[str, Mark]


def read_messaging(node: Located | None, problems: Problems) -> MessagingPolicy:
    """Validate ``messaging:`` (threshold 0–100, messages, terms) into a ``MessagingPolicy``."""
    keys = read_keys(node, "messaging", SECTION_KEYS["messaging"], problems) or {}
    threshold = read_whole_number(keys.get("threshold"), "messaging.threshold", problems, 0, 100)
    messages = [
        _message(item, at, problems)
        for item, at in read_items(keys.get("messages"), "messaging.messages", problems)
    ]
    terms = [
        _term(item, at, problems)
        for item, at in read_items(keys.get("terms"), "messaging.terms", problems)
    ]
    valid_messages = [m for m in messages if m is not None]
    valid_terms = [t for t in terms if t is not None]
    _check_unique_ids(valid_messages, problems)
    _check_retired_terms(valid_terms, valid_messages, problems)
    return MessagingPolicy(
        threshold=MessagingPolicy().threshold if threshold is None else threshold,
        messages=tuple(message for message, _ in valid_messages),
        terms=tuple(term for term, _, _ in valid_terms),
    )


def _message(node: Located, path: str, problems: Problems) -> tuple[Message, _Placed] | None:
    known = SECTION_KEYS["messaging.messages[]"]
    keys = read_keys(node, path, known, problems, required=("id", "current"))
    if keys is None:
        return None
    ident = read_text(keys.get("id"), key_path(path, "id"), problems, required=True)
    current = read_text(keys.get("current"), key_path(path, "current"), problems, required=True)
    superseded = read_texts(keys.get("superseded"), key_path(path, "superseded"), problems)
    source = read_text(keys.get("source"), key_path(path, "source"), problems)
    owner = read_text(keys.get("owner"), key_path(path, "owner"), problems)
    for old, mark in superseded:
        if current is not None and old.strip() == current.strip():
            problems.add(mark, f"{path}.superseded repeats the current text; remove it")
    if ident is None or current is None:
        return None
    marks = {"id": keys["id"].mark, "current": keys["current"].mark}
    message = Message(ident, current, tuple(old for old, _ in superseded), source, owner)
    return message, _Placed(path, marks)


def _term(
    node: Located, path: str, problems: Problems
) -> tuple[Term, _Placed, list[tuple[str, Mark]]] | None:
    known = SECTION_KEYS["messaging.terms[]"]
    keys = read_keys(node, path, known, problems, required=("retired", "use"))
    if keys is None:
        return None
    retired = read_texts(keys.get("retired"), key_path(path, "retired"), problems, True)
    use = read_text(keys.get("use"), key_path(path, "use"), problems, required=True)
    reason = read_text(keys.get("reason"), key_path(path, "reason"), problems)
    if not retired or use is None:
        return None
    term = Term(tuple(name for name, _ in retired), use, reason)
    return term, _Placed(path, {"use": keys["use"].mark}), retired


def _check_unique_ids(messages: list[tuple[Message, _Placed]], problems: Problems) -> None:
    first_seen: dict[str, Mark] = {}
    for message, placed in messages:
        mark = placed.marks["id"]
        if message.id in first_seen:
            where = first_seen[message.id]
            text = f'{placed.path}.id: "{message.id}" is already the id of the message at {where}'
            problems.add(mark, f"{text}; give each message its own id")
        else:
            first_seen[message.id] = mark


def _check_retired_terms(
    terms: list[tuple[Term, _Placed, list[tuple[str, Mark]]]],
    messages: list[tuple[Message, _Placed]],
    problems: Problems,
) -> None:
    approved = {term.use.casefold(): placed for term, placed, _ in terms}
    for _, placed, retired in terms:
        for name, mark in retired:
            if name.casefold() in approved:
                use_placed = approved[name.casefold()]
                problems.add(
                    mark,
                    f'{placed.path}.retired: "{name}" is retired here but is the name to use in '
                    f"{use_placed.path}.use ({use_placed.marks['use']}); "
                    "a name cannot be both retired and approved",
                )
    for message, placed in messages:
        for _, _, retired in terms:
            for name, _ in retired:
                if _mentions(message.current, name):
                    problems.add(
                        placed.marks["current"],
                        f'{placed.path}.current uses the retired name "{name}"; '
                        "update the approved text or the retired terms",
                    )


def _mentions(text: str, name: str) -> bool:
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None
