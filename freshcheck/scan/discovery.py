"""Finding the files to scan: roots + include/exclude globs → a sorted list of files.

Never leaves a root: symlinked folders are not followed (so a link loop cannot hang the walk)
and a symlinked file is scanned only when its target lies inside the root. Version-control
folders and Office lock/temp files are always skipped. A file named on the command line is
scanned even when a glob would exclude it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.extract import claimed_format
from freshcheck.policy import GlobSet, ScanSettings

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", ".freshcheck"})
# Office owner/lock files (~$x.pptx, .~lock.x#), Word temp files, macOS and Windows litter.
_SKIPPED_FILE = re.compile(r"^(?:~\$.*|\.~lock\..*#?|~WRL\d+\.tmp|\._.*|Thumbs\.db|\.DS_Store)$")


@dataclass(frozen=True, slots=True)
class FoundFile:
    """A file to scan. ``rel_path`` is relative to ``root`` with ``/`` separators, printable.

    The file's own path is kept as a string and made a ``Path`` when asked: a scan holds a
    ``FoundFile`` per file for its whole run, and a ``Path`` costs 400 bytes more than its
    string (a shared drive may hold millions of files).
    """

    location: str
    rel_path: str
    root: Path
    explicit: bool = False

    @property
    def path(self) -> Path:
        return Path(self.location)


def discover(roots: Sequence[Path], scan: ScanSettings, cwd: Path) -> list[FoundFile]:
    """Every file to scan under ``roots``, sorted by (root, relative path), no duplicates.

    A file given as a root is located relative to ``cwd`` when it lies inside it (so
    cadence globs such as ``decks/**`` still apply), else relative to its own folder.
    """
    include = GlobSet.of(scan.include)
    exclude = GlobSet.of(scan.exclude)
    found: dict[str, FoundFile] = {}
    for root in roots:
        if root.is_file():
            found.setdefault(_identity(root), _named_file(root, cwd))
            continue
        for file in _walk(root, include, exclude):
            key = _identity(file.path)
            if key not in found or found[key].path.is_symlink():  # prefer the real file
                found[key] = file
    return sorted(found.values(), key=lambda f: (str(f.root), f.rel_path))


def is_skipped_name(name: str) -> bool:
    """True for Office lock/temp files and OS litter that are never content."""
    return _SKIPPED_FILE.match(name) is not None


def printable(name: str) -> str:
    """A file name safe to print and put in JSON: undecodable bytes become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _walk(root: Path, include: GlobSet, exclude: GlobSet) -> Iterator[FoundFile]:
    real_root = root.resolve()
    for folder, subfolders, files in os.walk(root, followlinks=False):
        rel_folder = Path(folder).relative_to(root).as_posix()
        prefix = "" if rel_folder == "." else rel_folder + "/"
        subfolders[:] = sorted(
            name
            for name in subfolders
            if name not in SKIPPED_FOLDERS and not exclude.matches(printable(prefix + name) + "/")
        )
        for name in sorted(files):
            rel = printable(prefix + name)
            if is_skipped_name(name) or claimed_format(Path(name)) is None:
                continue
            if include and not include.matches(rel):
                continue
            if exclude.matches(rel):
                continue
            path = Path(folder, name)
            if path.is_symlink() and not _inside(path, real_root):
                continue
            yield FoundFile(os.fspath(path), rel, root)


def _named_file(path: Path, cwd: Path) -> FoundFile:
    absolute = path if path.is_absolute() else cwd / path
    try:
        rel = absolute.relative_to(cwd).as_posix()
        return FoundFile(os.fspath(path), printable(rel), cwd, explicit=True)
    except ValueError:
        return FoundFile(os.fspath(path), printable(path.name), path.parent, explicit=True)


def _inside(path: Path, real_root: Path) -> bool:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling link or a loop
        return False
    return target.is_file() and target.is_relative_to(real_root)


def _identity(path: Path) -> str:
    try:
        return os.fspath(path.resolve())
    except (OSError, RuntimeError):
        return os.fspath(path.absolute())
