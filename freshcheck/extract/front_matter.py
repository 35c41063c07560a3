"""YAML front matter: a ``---`` line at the very top, YAML, then a ``---`` (or ``...``) line.

The values become ``Metadata.front_matter`` in a JSON-safe form (dates and datetimes as ISO
strings, keys as strings), and a few well-known keys fill the typed metadata fields:
``title``; ``author``/``authors``; ``lastmod``/``last_modified_at``/``last_modified``/
``modified``/``updated`` → ``modified``; ``date``/``created`` → ``created``. Review keys
such as ``reviewed`` stay in ``front_matter`` for the freshness stage to read.

Front matter is untrusted: it is parsed with PyYAML's safe loader and its size, depth and the
number of values it expands to (YAML aliases can multiply them) are capped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import yaml

from freshcheck.extract.metadata_dates import parse_metadata_date
from freshcheck.model import Metadata

_MAX_LINES = 2000
_MAX_CHARS = 200_000
_MAX_VALUES = 10_000
_MAX_DEPTH = 32

# libyaml's parser when PyYAML was built with it (every wheel is): five times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MODIFIED_KEYS = ("lastmod", "last_modified_at", "last_modified", "modified", "updated")
_CREATED_KEYS = ("date", "created")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A front matter block: its values, how many lines it spans, and any problem reading it.

    ``line_count`` counts both fence lines, so the body starts at line ``line_count + 1``.
    ``problem`` is set (and ``values`` empty) when the block is not a YAML mapping.
    """

    values: Mapping[str, object] = field(default_factory=dict)
    line_count: int = 0
    problem: str | None = None


class _TooBig(Exception):
    """The front matter expands to more values or depth than we accept."""


def find_front_matter(lines: list[str]) -> FrontMatter | None:
    """The front matter at the top of ``lines`` (newline-free), or None when there is none."""
    if not lines or lines[0].rstrip() != "---":
        return None
    end = _closing_fence(lines)
    if end is None:
        return None
    block = "\n".join(lines[1:end])
    count = end + 1
    if len(block) > _MAX_CHARS:
        return FrontMatter(line_count=count, problem="front matter is too large to read")
    if _bracket_depth(block) > _MAX_DEPTH:
        # PyYAML's scanner is quadratic in flow nesting; refuse before it starts.
        return FrontMatter(line_count=count, problem="front matter is nested too deeply")
    try:
        loaded = yaml.load(block, Loader=_LOADER)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        return FrontMatter(line_count=count, problem=f"front matter is not valid YAML: {_why(exc)}")
    except RecursionError:
        return FrontMatter(line_count=count, problem="front matter is nested too deeply")
    if loaded is None:
        return FrontMatter(line_count=count)
    if not isinstance(loaded, dict):
        return FrontMatter(line_count=count, problem="front matter is not a YAML mapping")
    try:
        values = _json_safe_mapping(loaded, [0], 0)
    except _TooBig:
        return FrontMatter(line_count=count, problem="front matter expands to too many values")
    return FrontMatter(values, count)


def front_matter_metadata(values: Mapping[str, object]) -> Metadata:
    """Metadata with typed fields filled from well-known front matter keys."""
    return Metadata(
        title=_scalar_text(values.get("title")),
        author=_author(values),
        created=_first_date(values, _CREATED_KEYS),
        modified=_first_date(values, _MODIFIED_KEYS),
        front_matter=dict(values),
    )


def _closing_fence(lines: list[str]) -> int | None:
    for index in range(1, min(len(lines), _MAX_LINES + 1)):
        if lines[index].rstrip() in ("---", "..."):
            return index
    return None


def _bracket_depth(block: str) -> int:
    """The deepest nesting of ``[`` and ``{`` (quotes ignored: an over-estimate is harmless)."""
    depth = deepest = 0
    for char in block:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    return deepest


def _why(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or "syntax error"
    mark = getattr(exc, "problem_mark", None)
    # The mark counts from the line after the opening fence, zero-based: +2 gives file lines.
    return f"{problem} (line {mark.line + 2})" if mark is not None else str(problem)


def _json_safe(value: object, budget: list[int], depth: int) -> object:
    budget[0] += 1
    if budget[0] > _MAX_VALUES or depth > _MAX_DEPTH:
        raise _TooBig
    if isinstance(value, dict):
        return _json_safe_mapping(value, budget, depth + 1)
    if isinstance(value, list | set | tuple):
        return [_json_safe(item, budget, depth + 1) for item in value]
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _json_safe_mapping(
    value: dict[object, object], budget: list[int], depth: int
) -> dict[str, object]:
    return {_key(key): _json_safe(item, budget, depth) for key, item in value.items()}


def _key(key: object) -> str:
    if isinstance(key, dt.date):
        return key.isoformat()
    return "null" if key is None else str(key)


def _scalar_text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def _author(values: Mapping[str, object]) -> str | None:
    for key in ("author", "authors"):
        value = values.get(key)
        if isinstance(value, list):
            names = [name for name in (_scalar_text(item) for item in value) if name]
            if names:
                return ", ".join(names)
        elif isinstance(value, dict):
            name = _scalar_text(value.get("name"))
            if name:
                return name
        else:
            name = _scalar_text(value)
            if name:
                return name
    return None


def _first_date(values: Mapping[str, object], keys: tuple[str, ...]) -> dt.datetime | None:
    for key in keys:
        parsed = parse_metadata_date(values.get(key))
        if parsed is not None:
            return parsed
    return None
