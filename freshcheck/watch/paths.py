"""Which paths are the library's, and what they are called in the reports.

A path under a root is a library file when a walk of that root would scan it
(``freshcheck.scan.library_file``). The watcher's own outputs — reports, the event log, the
state dir — are never content, even inside a root: writing a report must not look like an
edit. With several roots, relative paths are prefixed with their root, as in a scan of them
all.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

from freshcheck.policy import Policy
from freshcheck.scan import FoundFile, library_file, walk_library
from freshcheck.watch.debounce import is_temp_name
from freshcheck.watch.settings import WatchSettings

# Folders whose files are never content (a walk skips them too).
SKIPPED_FOLDER_NAMES = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", ".freshcheck"})


class LibraryPaths:
    def __init__(self, settings: WatchSettings) -> None:
        self.roots = tuple(root.absolute() for root in settings.roots)
        # The library root of the policy in force (set by the loop when it loads one):
        # paths and globs are relative to it, as in a scan.
        self.library_root: Path | None = None
        self._cwd = settings.cwd
        outputs = [target for _, target in settings.reports]
        if settings.events is not None:
            outputs.append(settings.events)
        self._outputs = {os.path.abspath(path) for path in outputs}
        self._state_prefix = os.path.abspath(settings.state_dir) + os.sep

    def ignored(self, path: str) -> bool:
        """Lock and temp names, and the watcher's own files."""
        if is_temp_name(os.path.basename(path)):
            return True
        absolute = os.path.abspath(path)
        return absolute in self._outputs or absolute.startswith(self._state_prefix)

    def locate(self, path: Path, policy: Policy) -> FoundFile | None:
        """``path`` as a library file, or None (gone, excluded, not content, not ours)."""
        if self.ignored(os.fspath(path)):
            return None
        for root in self.roots:
            if path == root or path.is_relative_to(root):
                found = library_file(path, root, policy, self.library_root)
                return None if found is None else self._relabel(found)
        return None

    def walk(self, policy: Policy) -> dict[str, FoundFile]:
        """Every library file under every root, by relative path."""
        found: dict[str, FoundFile] = {}
        for root in self.roots:
            for file in walk_library(root, policy, self.library_root):
                if not self.ignored(file.location):
                    located = self._relabel(file)
                    found.setdefault(located.rel_path, located)
        return found

    def files_in(self, folder: str) -> Iterator[str]:
        """Every file under a folder that appeared; the batch decides which are content."""
        for parent, subfolders, names in os.walk(folder, followlinks=False):
            subfolders[:] = [n for n in subfolders if n not in SKIPPED_FOLDER_NAMES]
            for name in names:
                path = os.path.join(parent, name)
                if not self.ignored(path):
                    yield path

    def display(self, root: Path) -> str:
        try:
            return root.relative_to(self._cwd.absolute()).as_posix() or "."
        except ValueError:
            return root.as_posix()

    def _relabel(self, found: FoundFile) -> FoundFile:
        # ``explicit``: the runner must not prefix the path again by the batch's roots.
        if len(self.roots) == 1 or self.library_root is not None:
            return dataclasses.replace(found, explicit=True)
        prefix = self.display(found.root).rstrip("/")
        return dataclasses.replace(found, rel_path=f"{prefix}/{found.rel_path}", explicit=True)
