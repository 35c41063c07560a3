"""What the watcher knows of each file of the library, and the events a change of it makes.

Per relative path: where the file is, its last verdict (what the reports show), its
(size, mtime) when it was scanned (what a reconciliation compares) and the state the event
log was last told (what the next change is compared with; saved in the state dir).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from freshcheck.model import FileResult
from freshcheck.scan import FoundFile
from freshcheck.watch.debounce import Signature, signature
from freshcheck.watch.events import WatchEvent, changes, file_state
from freshcheck.watch.state import FileState


class KnownFiles:
    def __init__(self) -> None:
        self.results: dict[str, FileResult] = {}
        self.files: dict[str, FoundFile] = {}
        self.states: dict[str, FileState] = {}
        self._signatures: dict[str, Signature] = {}
        self._by_location: dict[str, str] = {}

    def announced(self, states: Mapping[str, FileState]) -> None:
        """Start from what an earlier run told the event log."""
        self.states = dict(states)

    def commit(self, result: FileResult, found: FoundFile | None, time: str) -> list[WatchEvent]:
        """Take a new verdict; the events that take the file from its last state to it."""
        rel = result.path
        self.results[rel] = result
        if found is not None:
            self.files[rel] = found
            self._by_location[found.location] = rel
            self._signatures[rel] = signature(found.location)
        new = file_state(result)
        events = changes(rel, self.states.get(rel), new, time)
        self.states[rel] = new
        return events

    def forget(self, rel: str, time: str) -> list[WatchEvent]:
        """The file is gone: its findings resolved, ``file-removed``."""
        events = changes(rel, self.states.pop(rel, None), None, time)
        found = self.files.pop(rel, None)
        if found is not None:
            self._by_location.pop(found.location, None)
        self.results.pop(rel, None)
        self._signatures.pop(rel, None)
        return events

    def rel_at(self, location: str) -> str | None:
        """The relative path of the known file at ``location`` on disk."""
        return self._by_location.get(location)

    def locations_under(self, folder: str) -> list[str]:
        prefix = folder.rstrip(os.sep) + os.sep
        return [location for location in self._by_location if location.startswith(prefix)]

    def differing(self, found: Mapping[str, FoundFile]) -> list[FoundFile]:
        """Files of a walk whose (size, mtime) is not what was scanned, and known files the
        walk did not find."""
        known = self._signatures
        changed = [f for rel, f in found.items() if signature(f.location) != known.get(rel)]
        return changed + [f for rel, f in self.files.items() if rel not in found]

    def ordered_results(self) -> list[FileResult]:
        return [self.results[rel] for rel in sorted(self.results)]
