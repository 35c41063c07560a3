"""Reading a policy from disk: one YAML file, or a folder of them merged in file-name order.

The file system is touched only here; ``load_policy_texts`` is the pure core, given
``(name, text)`` pairs, so tests and editors can validate text that is not on disk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from freshcheck.errors import PolicyError, PolicyProblem, UsageError
from freshcheck.policy.located import LocatedMap
from freshcheck.policy.merge import merge_policy_files
from freshcheck.policy.model import DEFAULT_POLICY, Policy
from freshcheck.policy.parse import parse_policy_file
from freshcheck.policy.validate import check_version, validate_policy

MAX_POLICY_BYTES = 5_000_000
"""A policy is hand-written; anything bigger is a mistake (or an attack), not a policy."""

POLICY_SUFFIXES = (".yaml", ".yml")


def load_policy(path: Path | None) -> Policy:
    """The policy at ``path`` (a file, or a folder of ``*.yaml``/``*.yml`` files).

    ``None`` gives ``DEFAULT_POLICY``. Raises ``UsageError`` when the path does not exist and
    ``PolicyError`` (with every problem) when the policy is invalid.
    """
    if path is None:
        return DEFAULT_POLICY
    return load_policy_texts(read_policy_sources(path))


def read_policy_sources(path: Path) -> list[tuple[str, str]]:
    """The ``(name, text)`` pairs of the policy at ``path``, in merge order. Raises
    ``UsageError`` (missing, unreadable) or ``PolicyError`` (too large, not UTF-8)."""
    return [(str(file), _read_text(file)) for file in policy_files(path)]


def policy_files(path: Path) -> list[Path]:
    """The files a policy path stands for, in merge order (sorted by file name)."""
    if path.is_dir():
        files = sorted(
            (
                child
                for child in path.iterdir()
                # Skip editor lock and backup files such as .#cadence.yaml and ._cadence.yaml.
                if child.suffix in POLICY_SUFFIXES
                and not child.name.startswith(".")
                and child.is_file()
            ),
            key=lambda child: child.name,
        )
        if not files:
            raise UsageError(f"policy folder {path} has no .yaml files")
        return files
    if not path.exists():
        raise UsageError(f"policy {path} does not exist")
    return [path]


def _read_text(file: Path) -> str:
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read policy {file}: {exc.strerror or exc}") from exc
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError([PolicyProblem(str(file), 1, 1, "the file is too large for a policy")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = "the file is not UTF-8 text; save it as UTF-8"
        raise PolicyError([PolicyProblem(str(file), line, 1, message)]) from exc


def load_policy_texts(sources: Sequence[tuple[str, str]]) -> Policy:
    """Parse, check, merge and validate ``(name, text)`` pairs given in merge order.

    Raises ``PolicyError`` listing every problem in every file.
    """
    problems: list[PolicyProblem] = []
    documents: list[LocatedMap] = []
    for name, text in sources:
        document, found = parse_policy_file(name, text)
        problems.extend(found)
        if document is not None:
            problems.extend(check_version(document))
            documents.append(document)
    if not documents:
        raise PolicyError(problems or [PolicyProblem("<policy>", 1, 1, "no policy files given")])
    merged, conflicts = merge_policy_files(documents)
    problems.extend(conflicts)
    names = [name for name, _ in sources]
    try:
        policy = validate_policy(merged, tuple(names))
    except PolicyError as exc:
        problems.extend(exc.problems)
    if problems:
        # Read in file order, top to bottom, whichever check found the problem.
        raise PolicyError(sorted(problems, key=lambda p: (names.index(p.file), p.line, p.column)))
    return dataclasses.replace(policy, digest=policy_digest(policy))


def policy_digest(policy: Policy) -> str:
    """sha256 of the policy's content in a canonical form: the same rules give the same digest,
    however they are formatted or split into files."""
    content = dataclasses.asdict(policy)
    del content["sources"], content["digest"]
    canonical = json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
