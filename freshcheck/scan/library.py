"""The library root (SPEC §2): the folder every glob, review record and report path is
relative to, so that a verdict never depends on the current folder or on which part of the
library is scanned.

It is the folder that holds the policy (``freshcheck.yaml``'s own folder, or the parent of a
``policies/`` folder), unless the policy's ``scan.root`` names another folder, relative to
the policy's own folder. With the built-in default policy it is the top of the git
repository holding the scan root, else the scan root.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.errors import UsageError
from freshcheck.freshness import git_toplevel
from freshcheck.policy import Policy


@dataclass(frozen=True, slots=True)
class Library:
    """The policy that governs a scan, and the absolute folder its paths are relative to."""

    policy: Policy
    root: Path


def scan_start(paths: Sequence[Path], cwd: Path) -> Path:
    """The folder a scan of ``paths`` starts from: the first path, or a named file's folder."""
    first = paths[0] if paths else cwd
    first = first if first.is_absolute() else cwd / first
    return first if first.is_dir() else first.parent


def library_root(
    policy_path: Path | None,
    policy: Policy,
    start: Path,
    env: Mapping[str, str] | None = None,
) -> Path:
    """The library root for a scan starting at ``start`` under the policy at ``policy_path``.

    Raises ``UsageError`` when ``scan.root`` names a folder that does not exist.
    """
    if policy_path is None:
        top = git_toplevel(start, dict(env) if env else None)
        return top if top is not None else start.absolute()
    policy_path = policy_path.absolute()
    holder = policy_path if policy_path.is_dir() else policy_path.parent
    if policy.scan.root is None:
        return holder.parent if policy_path.is_dir() else holder
    # "policies/../content" → "content", without resolving symlinks the user chose.
    root = Path(os.path.normpath(holder / policy.scan.root))
    if not root.is_dir():
        raise UsageError(
            f"scan.root {policy.scan.root!r} in the policy at {policy_path} is not a folder "
            f"(it is read relative to {holder})"
        )
    return root
