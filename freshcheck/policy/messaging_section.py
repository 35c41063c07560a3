"""The ``messaging:`` section: approved messages, retired terms, and how they must agree.

Besides each value, the section is checked as a whole: message ids are unique, no name is both
retired and the approved replacement, and no approved message uses a retired name — any of
those would make freshcheck contradict itself on every document. The cross-checks use every
part that is valid on its own, so one run reports them alongside the per-value problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from freshcheck.policy.fields import (
    Problems,
    read_items,
    read_keys,
    read_scope,
    read_text,
    read_texts,
    read_whole_number,
)
from freshcheck.policy.keys import SECTION_KEYS
from freshcheck.policy.located import Located, Mark, key_path
from freshcheck.policy.model import Message, MessagingPolicy, Term

Placed = tuple[str, Mark]
"""A valid text and where it was written."""


@dataclass(frozen=True, slots=True)
class _ReadMessage:
    path: str
    ident: Placed | None
    current: Placed | None
    message: Message | None


@dataclass(frozen=True, slots=True)
class _ReadTerm:
    path: str
    retired: list[Placed]
    use: Placed | None
    term: Term | None


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
    synonyms = [
        _synonyms(item, at, problems)
        for item, at in read_items(keys.get("synonyms"), "messaging.synonyms", problems)
    ]
    _check_unique_ids(messages, problems)
    _check_retired_terms(terms, messages, problems)
    return MessagingPolicy(
        threshold=MessagingPolicy().threshold if threshold is None else threshold,
        messages=tuple(read.message for read in messages if read.message is not None),
        terms=tuple(read.term for read in terms if read.term is not None),
        synonyms=tuple(group for group in synonyms if group),
    )


def _synonyms(node: Located, path: str, problems: Problems) -> tuple[str, ...]:
    """One group: two or more single words ("seller", "rep")."""
    words = read_texts(node, path, problems, True)
    for word, mark in words:
        if len(word.split()) != 1:
            problems.add(mark, f'{path}: "{word}" is not one word; list single words')
    if len(words) == 1:
        problems.add(words[0][1], f"{path} has one word; a group needs two or more")
    if len(words) < 2 or any(len(word.split()) != 1 for word, _ in words):
        return ()
    return tuple(word.strip() for word, _ in words)


def _message(node: Located, path: str, problems: Problems) -> _ReadMessage:
    known = SECTION_KEYS["messaging.messages[]"]
    keys = read_keys(node, path, known, problems, required=("id", "current"))
    if keys is None:
        return _ReadMessage(path, None, None, None)
    ident = _placed(keys.get("id"), key_path(path, "id"), problems)
    current = _placed(keys.get("current"), key_path(path, "current"), problems)
    superseded = read_texts(keys.get("superseded"), key_path(path, "superseded"), problems)
    source = read_text(keys.get("source"), key_path(path, "source"), problems)
    owner = read_text(keys.get("owner"), key_path(path, "owner"), problems)
    for old, mark in superseded:
        if current is not None and old.strip() == current[0].strip():
            problems.add(mark, f"{path}.superseded repeats the current text; remove it")
    message = None
    if ident is not None and current is not None:
        old_texts = tuple(old for old, _ in superseded)
        message = Message(ident[0], current[0], old_texts, source, owner)
    return _ReadMessage(path, ident, current, message)


def _term(node: Located, path: str, problems: Problems) -> _ReadTerm:
    known = SECTION_KEYS["messaging.terms[]"]
    keys = read_keys(node, path, known, problems, required=("retired", "use"))
    if keys is None:
        return _ReadTerm(path, [], None, None)
    retired = read_texts(keys.get("retired"), key_path(path, "retired"), problems, True)
    use = _placed(keys.get("use"), key_path(path, "use"), problems)
    reason = read_text(keys.get("reason"), key_path(path, "reason"), problems)
    term = None
    if retired and use is not None:
        exceptions, paths = read_scope(keys, path, problems)
        term = Term(tuple(name for name, _ in retired), use[0], reason, exceptions, paths)
    return _ReadTerm(path, retired, use, term)


def _placed(node: Located | None, path: str, problems: Problems) -> Placed | None:
    text = read_text(node, path, problems, required=True)
    return None if text is None or node is None else (text, node.mark)


def _check_unique_ids(messages: list[_ReadMessage], problems: Problems) -> None:
    first_seen: dict[str, Mark] = {}
    for read in messages:
        if read.ident is None:
            continue
        ident, mark = read.ident
        if ident in first_seen:
            where = first_seen[ident].seen_from(mark)
            text = f'{read.path}.id: "{ident}" is already the id of the message at {where}'
            problems.add(mark, f"{text}; give each message its own id")
        else:
            first_seen[ident] = mark


def _check_retired_terms(
    terms: list[_ReadTerm], messages: list[_ReadMessage], problems: Problems
) -> None:
    approved = {read.use[0].casefold(): read for read in terms if read.use is not None}
    for read in terms:
        for name, mark in read.retired:
            other = approved.get(name.casefold())
            if other is not None and other.use is not None:
                problems.add(
                    mark,
                    f'{read.path}.retired: "{name}" is retired here but is the name to use in '
                    f"{other.path}.use ({other.use[1].seen_from(mark)}); a name cannot be both "
                    "retired and "
                    "approved",
                )
    finder = _retired_name_finder([name for read in terms for name, _ in read.retired])
    for message in messages:
        if message.current is None or finder is None:
            continue
        text, mark = message.current
        for name in dict.fromkeys(found.group(0) for found in finder.finditer(text)):
            problems.add(
                mark,
                f'{message.path}.current uses the retired name "{name}"; '
                "update the approved text or the retired terms",
            )


def _retired_name_finder(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for all names (whole words, any case, any whitespace between words), so a
    large library costs one search per message rather than one per message and name."""
    words = sorted({r"\s+".join(map(re.escape, name.split())) for name in names}, key=len)
    if not words:
        return None
    alternatives = "|".join(reversed(words))  # longest first: "Insights Pro" before "Insights"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
