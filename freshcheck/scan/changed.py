"""``--changed-since REF``: the files a pull request touched, from git itself.

Changed means added, copied, modified, renamed or type-changed between ``REF`` and the
working tree (``git diff --name-status -z -M REF``), plus untracked files that are not
ignored (``git ls-files --others --exclude-standard -z``); deletions are ignored. The
discovered files (the given paths, the policy's include/exclude) are narrowed to these, so
the policy still decides what is scanned.

When a policy file or the review records changed in that range every verdict may have
changed, so the scan widens to every file and says why. A REF that git does not know is a
usage error with a hint for shallow clones, where the base commit was never fetched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.errors import UsageError
from freshcheck.freshness import REVIEWS_DIR, REVIEWS_FILE, run_git

# Statuses of `git diff --name-status` that leave a file to scan (D: deleted is not one).
_KEPT = frozenset("ACMRT")
_WITH_TWO_PATHS = frozenset("RC")
SHALLOW_HINT = (
    "in a shallow clone the base commit is missing: fetch the history "
    "(`fetch-depth: 0` in actions/checkout) or fetch the base branch "
    "(`git fetch origin main --depth=1`, or with GitLab GIT_DEPTH: 0)"
)


@dataclass(frozen=True, slots=True)
class ChangedFiles:
    """What changed since ``ref``: files to scan (absolute, resolved), and, when the
    scan must cover everything, why (``widened_by``: the policy or review files)."""

    ref: str
    toplevel: Path
    files: frozenset[Path]
    widened_by: tuple[str, ...] = ()

    def keeps(self, path: Path) -> bool:
        """True when ``path`` is to be scanned."""
        return bool(self.widened_by) or path.resolve() in self.files


def changed_files(
    ref: str,
    start: Path,
    policy_sources: Sequence[Path],
    env: Mapping[str, str] | None = None,
) -> ChangedFiles:
    """The files changed since ``ref`` in the repository that holds ``start``.

    Raises ``UsageError`` outside a repository, or when git does not know ``ref``.
    """
    folder = start if start.is_dir() else start.parent
    top = run_git(["rev-parse", "--show-toplevel"], folder, env)
    if top is None:
        raise UsageError(f"--changed-since needs a git repository; {start} is not in one")
    toplevel = Path(top.strip()).resolve()
    # The commit's id, not the user's text, goes to `git diff`: a REF that starts with "-"
    # is never read as an option.
    commit = run_git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                  toplevel, env)  # fmt: skip
    if commit is None:
        raise UsageError(f"--changed-since: git does not know {ref!r}; {SHALLOW_HINT}")
    # diff.relative would make the names relative to the current folder: they are read as
    # relative to the top of the repository.
    diff = run_git(
        ["-c", "diff.relative=false", "diff", "--name-status", "-z", "-M", "--no-ext-diff",
         commit.strip(), "--"],
        toplevel,
        env,
    )  # fmt: skip
    untracked = run_git(["ls-files", "--others", "--exclude-standard", "-z"], toplevel, env)
    if diff is None or untracked is None:
        raise UsageError(f"--changed-since: git could not compare the working tree with {ref!r}")
    kept, touched = _parse_name_status(diff)
    kept |= {name for name in untracked.split("\0") if name}
    touched |= kept
    files = frozenset((toplevel / name).resolve() for name in kept)
    watched = {path.resolve() for path in policy_sources}
    widened = tuple(sorted(name for name in touched if _verdict_input(toplevel / name, watched)))
    return ChangedFiles(ref, toplevel, files, widened)


def _parse_name_status(text: str) -> tuple[set[str], set[str]]:
    """(paths to scan, every path named) from ``--name-status -z`` output."""
    fields = text.split("\0")
    kept: set[str] = set()
    touched: set[str] = set()
    index = 0
    while index < len(fields) and fields[index]:
        status = fields[index][:1]
        if status in _WITH_TWO_PATHS:
            old, new = fields[index + 1], fields[index + 2]
            touched |= {old, new}
            kept.add(new)
            index += 3
            continue
        name = fields[index + 1]
        touched.add(name)
        if status in _KEPT:
            kept.add(name)
        index += 2
    return kept, touched


def _verdict_input(path: Path, policy_files: set[Path]) -> bool:
    """A file whose change can change the verdict on files that did not change."""
    if path.name == REVIEWS_FILE and path.parent.name == REVIEWS_DIR:
        return True
    return path.resolve() in policy_files


def repository_prefix(folder: Path, env: Mapping[str, str] | None = None) -> str | None:
    """``folder`` relative to the top of its git repository (``content``, or ``""`` at the
    top), or None outside one: what CI systems resolve report paths against."""
    prefix = run_git(["rev-parse", "--show-prefix"], folder, env)
    return None if prefix is None else prefix.strip().rstrip("/")
