"""Merging a folder of policy files: lists are concatenated, a scalar may be set only once.

Enablement, product marketing and legal each own a file. When two files set the same scalar
(``freshness.default_cadence``) nobody can tell which one should win, so that is a problem
naming both places. ``version`` is the exception: every file declares it (so each file can be
checked on its own by an editor) and each file's version is checked before merging.
"""

from __future__ import annotations

from freshcheck.errors import PolicyProblem
from freshcheck.policy.located import (
    Entry,
    Located,
    LocatedList,
    LocatedMap,
    is_null,
    key_path,
)

_SHARED_SCALARS = frozenset({"version"})


def merge_policy_files(files: list[LocatedMap]) -> tuple[LocatedMap, list[PolicyProblem]]:
    """Merge parsed files in the order given (sorted file names); at least one file is needed."""
    problems: list[PolicyProblem] = []
    merged = files[0]
    for later in files[1:]:
        merged = _merge_maps(merged, later, "", problems)
    return merged, problems


def _merge_maps(
    first: LocatedMap, second: LocatedMap, path: str, problems: list[PolicyProblem]
) -> LocatedMap:
    entries = dict(first.entries)
    for key, entry in second.entries.items():
        if key in entries:
            entries[key] = _merge_entries(entries[key], entry, key_path(path, key), problems)
        else:
            entries[key] = entry
    return LocatedMap(entries, first.mark)


def _merge_entries(first: Entry, second: Entry, path: str, problems: list[PolicyProblem]) -> Entry:
    one, two = first.value, second.value
    if isinstance(one, LocatedMap) and isinstance(two, LocatedMap):
        return Entry(first.key, first.key_mark, _merge_maps(one, two, path, problems))
    if isinstance(one, LocatedList) and isinstance(two, LocatedList):
        return Entry(first.key, first.key_mark, LocatedList(one.items + two.items, one.mark))
    if _is_container(one) and is_null(two):
        return first  # "messaging:" left empty in one file adds nothing
    if is_null(one) and _is_container(two):
        return second
    if path in _SHARED_SCALARS:
        return first
    # Always two files here: a key repeated within one file is reported when it is parsed.
    where = f"{first.key_mark} and {second.key_mark}"
    mark = second.key_mark
    message = f"{path} is set in {where}; set it in one file only"
    problems.append(PolicyProblem(mark.file, mark.line, mark.column, message))
    return first


def _is_container(node: Located) -> bool:
    return isinstance(node, LocatedMap | LocatedList)
