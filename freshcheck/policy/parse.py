"""One policy file's text → a ``LocatedMap``, or problems with file:line:column.

Only ``yaml.compose`` with a safe loader is used: it builds the node tree without running any
constructor, and scalars are then resolved by the safe constructor one at a time, so arbitrary
tags are reported rather than executed. libyaml's loader composes a 2,000-message policy five
times faster than the pure-Python one; a file it refuses is parsed again by the pure-Python
loader, whose error messages the hints below are written for.
"""

from __future__ import annotations

import datetime as dt

import yaml

from freshcheck.errors import PolicyProblem
from freshcheck.policy.located import (
    Entry,
    Located,
    LocatedList,
    LocatedMap,
    LocatedScalar,
    Mark,
    item_path,
    key_path,
)

MAX_NODES = 100_000
"""Aliases can make a tiny file expand enormously ("billion laughs"); stop converting here."""

MAX_DEPTH = 100
"""No policy nests more than a few levels; far deeper would exhaust Python's stack."""

_TOO_DEEP = f"the file nests lists or keys too deeply (over {MAX_DEPTH} levels)"

# Plain-language hints for the YAML mistakes people make when editing by hand.
_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        "a value contains ': ' — put the whole text in quotes, or check the indentation"
    ),
    "found character '\\t' that cannot start any token": "use spaces, not tabs, to indent",
    "found a tab character": "use spaces, not tabs, to indent",
    "found undefined alias": "a '*' starts an alias; put text that begins with '*' in quotes",
    "expected <block end>, but found": "check the indentation of this line and the one above",
    "found unexpected end of stream": "a quote or bracket is not closed",
    "but found another document": "a policy file holds one document; remove the '---' line",
    "found unknown escape character": (
        "inside double quotes a backslash starts an escape; use single quotes for regexes"
    ),
}


def _compose_fast(text: str) -> yaml.Node | None:
    """The node tree from libyaml when PyYAML was built with it; None to use the slow path."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return None
    node: yaml.Node | None = yaml.compose(text, Loader=loader)
    return node


_STR_TAG = "tag:yaml.org,2002:str"


class _TooLarge(Exception):
    pass


class _TooDeep(Exception):
    pass


def parse_policy_file(name: str, text: str) -> tuple[LocatedMap | None, list[PolicyProblem]]:
    """Parse one file; ``name`` is how problems name it. Returns the mapping or problems."""
    try:
        root = _compose_fast(text)
    except (yaml.YAMLError, ValueError):
        root = None
    try:
        if root is None:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(name, exc)]
    except RecursionError:  # the pure-Python composer recurses once per level
        return None, [PolicyProblem(name, 1, 1, _TOO_DEEP)]
    except yaml.reader.ReaderError as exc:  # a control character, often pasted from a document
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - text.rfind("\n", 0, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        message = f"the file contains an invisible control character (U+{code:04X}); delete it"
        return None, [PolicyProblem(name, line, column, message)]
    except yaml.YAMLError as exc:
        return None, [PolicyProblem(name, 1, 1, f"this is not valid YAML: {exc}")]
    if root is None:
        return None, [
            PolicyProblem(name, 1, 1, 'the file is empty; a policy starts with "version: 1"')
        ]
    converter = _Converter(name)
    try:
        located = converter.convert(root)
    except _TooLarge:
        message = f"the file is too large or nests too many aliases (over {MAX_NODES} values)"
        return None, [PolicyProblem(name, 1, 1, message)]
    except _TooDeep as exc:
        line, column = exc.args
        return None, [PolicyProblem(name, line, column, _TOO_DEEP)]
    if not isinstance(located, LocatedMap):
        mark = located.mark
        message = (
            'a policy must be a set of keys such as "version: 1" and "freshness:", '
            f"but this file holds {_kind_word(located)}"
        )
        return None, [PolicyProblem(name, mark.line, mark.column, message), *converter.problems]
    return located, converter.problems


def _kind_word(node: Located) -> str:
    return "a list" if isinstance(node, LocatedList) else "a single value"


def _syntax_problem(name: str, exc: yaml.MarkedYAMLError) -> PolicyProblem:
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and (exc.problem or "").startswith("found unexpected end"):
        mark = exc.context_mark  # where the unclosed quote or bracket opened, not the file's end
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    hint = next((h for key, h in _SYNTAX_HINTS.items() if key in problem), None)
    if exc.context and problem.startswith("but "):
        message = f"YAML syntax error: {exc.context}, {problem}"
    elif exc.context and exc.problem:
        message = f"YAML syntax error: {problem} ({exc.context})"
    else:
        message = f"YAML syntax error: {problem}"
    return PolicyProblem(name, line, column, f"{message}; {hint}" if hint else message)


class _Converter:
    """Walks a composed node tree into located values, collecting per-node problems."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[PolicyProblem] = []
        self._constructor = yaml.SafeLoader("")
        self._visited = 0
        self._depth = 0

    def mark(self, node: yaml.Node) -> Mark:
        return Mark(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def convert(self, node: yaml.Node, path: str = "") -> Located:
        self._visited += 1
        if self._visited > MAX_NODES:
            raise _TooLarge
        if self._depth >= MAX_DEPTH:
            mark = self.mark(node)
            raise _TooDeep(mark.line, mark.column)
        self._depth += 1
        try:
            return self._convert(node, path)
        finally:
            self._depth -= 1

    def _convert(self, node: yaml.Node, path: str) -> Located:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            items = (self.convert(item, item_path(path, i)) for i, item in enumerate(node.value))
            return LocatedList(tuple(items), self.mark(node))
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: str) -> LocatedScalar:
        text = str(node.value)
        if node.tag == _STR_TAG:  # most scalars: composing resolved the tag, nothing to build
            return LocatedScalar(text, text, self.mark(node))
        try:
            value = self._constructor.construct_object(node)
        except yaml.YAMLError:
            where = f"{path}: " if path else ""
            self._add(node, f"{where}unsupported YAML tag {node.tag!r}; write plain text instead")
            value = text
        if not isinstance(value, str | int | float | bool | dt.date) and value is not None:
            value = text  # binary, sets and the like: keep what was written
        return LocatedScalar(value, text, self.mark(node))

    def _mapping(self, node: yaml.MappingNode, path: str) -> LocatedMap:
        entries: dict[str, Entry] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._add(key_node, 'a key must be a plain word such as "freshness"')
                continue
            key = str(key_node.value)
            if key in entries:
                first = entries[key].key_mark
                message = f"{key_path(path, key)} is set twice in this file (first at line "
                self._add(key_node, f"{message}{first.line}); keep one")
                continue
            value = self.convert(value_node, key_path(path, key))
            entries[key] = Entry(key, self.mark(key_node), value)
        return LocatedMap(entries, self.mark(node))

    def _add(self, node: yaml.Node, message: str) -> None:
        mark = self.mark(node)
        self.problems.append(PolicyProblem(self.name, mark.line, mark.column, message))
