"""Finding the files to scan: roots + include/exclude globs → a sorted list of files.

Paths are relative to the library root (the folder that holds the policy, SPEC §2), so a
file gets the same path, and so the same globs, cadence and review records, whichever part
of the library is scanned and from wherever. Globs match those paths, for files named on the
command line too: a named file that is excluded or of no supported format is skipped with a
note, a named path that does not exist is reported as unreadable.

Never leaves a root: symlinked folders are not followed (so a link loop cannot hang the walk)
and a symlinked file is scanned only when its target lies inside the root. Version-control
folders and Office lock/temp files are always skipped. Nothing is opened here; a folder that
cannot be listed, and a FIFO, socket or device with a document's name, become a file with a
``problem`` (reported as ``file/unreadable``), never a silent gap in the scan.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from freshcheck.extract import claimed_format
from freshcheck.policy import GlobSet, ScanSettings

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", ".freshcheck"})
# Office owner/lock files (~$x.pptx, .~lock.x#), Word temp files, macOS and Windows litter.
_SKIPPED_FILE = re.compile(r"^(?:~\$.*|\.~lock\..*#?|~WRL\d+\.tmp|\._.*|Thumbs\.db|\.DS_Store)$")

NoteCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class FoundFile:
    """A file to scan. ``rel_path`` is relative to the library root with ``/`` separators,
    printable; ``root`` is the scanned folder it was found under.

    ``problem`` says why the path cannot be read (a folder that cannot be listed, a FIFO, a
    path that does not exist): it is reported as unreadable without being opened.

    The file's own path is kept as a string and made a ``Path`` when asked: a scan holds a
    ``FoundFile`` per file for its whole run, and a ``Path`` costs 400 bytes more than its
    string (a shared drive may hold millions of files).
    """

    location: str
    rel_path: str
    root: Path
    explicit: bool = False
    problem: str | None = None

    @property
    def path(self) -> Path:
        return Path(self.location)


def discover(
    roots: Sequence[Path],
    scan: ScanSettings,
    library_root: Path,
    note: NoteCallback | None = None,
) -> list[FoundFile]:
    """Every file to scan under ``roots``, sorted by relative path, no duplicates.

    ``library_root`` is what paths are relative to and globs match against; ``note``
    receives why a path named in ``roots`` is skipped.
    """
    walk = _Walk(GlobSet.of(scan.include), GlobSet.of(scan.exclude), library_root)
    found: dict[str, FoundFile] = {}
    for root in roots:
        for file in walk.named(root, note or _ignore):
            key = _identity(file.path)
            if key not in found or found[key].path.is_symlink():  # prefer the real file
                found[key] = file
    return sorted(found.values(), key=lambda f: f.rel_path)


def relative_to_library(path: Path, library_root: Path) -> str:
    """``path`` relative to the library root, ``/``-separated and printable; a path outside
    it starts with ``../``."""
    absolute = os.path.abspath(path)
    base = os.path.abspath(library_root)
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # another drive (Windows)
        return printable(Path(absolute).as_posix())
    if rel.startswith(".."):  # maybe inside after all, through a symlinked folder
        with contextlib.suppress(ValueError):
            rel = os.path.relpath(os.path.realpath(absolute), os.path.realpath(base))
    return printable(Path(rel).as_posix())


def is_skipped_name(name: str) -> bool:
    """True for Office lock/temp files and OS litter that are never content."""
    return _SKIPPED_FILE.match(name) is not None


def printable(name: str) -> str:
    """A file name safe to print and put in JSON: undecodable bytes become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _Walk:
    def __init__(self, include: GlobSet, exclude: GlobSet, library_root: Path) -> None:
        self._include = include
        self._exclude = exclude
        self._library = library_root

    def named(self, path: Path, note: NoteCallback) -> Iterator[FoundFile]:
        """What a path named on the command line stands for."""
        rel = relative_to_library(path, self._library)
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            if claimed_format(path) is None and path.suffix:
                note(f"{path}: skipped: does not exist and is not a supported document")
                return
            yield FoundFile(os.fspath(path), rel, path, True, "no such file or folder")
            return
        except OSError as exc:
            yield FoundFile(os.fspath(path), rel, path, True, _reason(exc))
            return
        if stat.S_ISLNK(mode) and path.is_dir():
            mode = stat.S_IFDIR
        if stat.S_ISDIR(mode):
            yield from self._folder(path, rel)
            return
        why_skipped = self._skipped(path.name, rel)
        if why_skipped is not None:
            note(f"{path}: skipped: {why_skipped}")
            return
        yield FoundFile(os.fspath(path), rel, path.parent, True, _type_problem(path, mode))

    def _skipped(self, name: str, rel: str) -> str | None:
        if is_skipped_name(name):
            return "an Office lock or temporary file"
        if claimed_format(Path(name)) is None:
            return "not a supported document format"
        if self._include and not self._include.matches(rel):
            return "not matched by scan.include"
        if self._exclude.matches(rel):
            return "matched by scan.exclude"
        return None

    def _folder(self, root: Path, root_rel: str) -> Iterator[FoundFile]:
        real_root = root.resolve()
        prefix = "" if root_rel == "." else root_rel + "/"
        pending = [(root, prefix)]
        while pending:
            folder, folder_rel = pending.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as exc:
                # Reported, never skipped in silence: a CI scan must not shrink unnoticed.
                why = f"folder cannot be listed: {_reason(exc)}"
                yield FoundFile(os.fspath(folder), folder_rel.rstrip("/") or ".", root, problem=why)
                continue
            subfolders = []
            for entry in entries:
                rel = printable(folder_rel + entry.name)
                kind = _kind(entry)
                if kind == "folder":
                    if entry.name not in SKIPPED_FOLDERS and not self._exclude.matches(rel + "/"):
                        subfolders.append((Path(entry.path), rel + "/"))
                    continue
                if self._skipped(entry.name, rel) is not None:
                    continue
                path = Path(entry.path)
                if kind == "link" and not _inside(path, real_root):
                    continue
                problem = None if kind in ("file", "link") else f"not a regular file (a {kind})"
                yield FoundFile(entry.path, rel, root, problem=problem)
            pending.extend(reversed(subfolders))


def _kind(entry: os.DirEntry[str]) -> str:
    try:
        if entry.is_symlink():
            return "link"
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if entry.is_file(follow_symlinks=False):
            return "file"
        return _special_kind(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return "file"  # vanished or unreadable: the reader will say why


def _type_problem(path: Path, mode: int) -> str | None:
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            return _reason(exc)
    return None if stat.S_ISREG(mode) else f"not a regular file (a {_special_kind(mode)})"


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special file"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


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


def _ignore(_: str) -> None:
    return None
