"""Keeping a large scan's results on disk until its reports are written.

The parent process of a scan receives a ``FileResult`` per file, in whatever order the
workers finish, and the reports list them sorted by path. Kept in memory, results cost about
7 KB per file (a few findings with their texts): 70 MB at 10,000 files, 7 GB at a million.
So past ``IN_MEMORY_RESULTS`` the spool moves them to an anonymous temporary file, one
pickle per result, and keeps only where each one is (two integers, and its path until the
sort). ``SpooledResults`` is the sorted ``Sequence`` a ``ScanResult`` carries; it reads a
result back when asked (about 25 µs for one with six findings), so every pass a renderer
makes over the files costs that again, and nothing more is kept.

The file is the spool's alone: created unlinked where the platform allows (deleted when
closed otherwise), it vanishes with the last reference to the results or with the process.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import io
import pickle
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, overload

from freshcheck.model import FileResult, Finding, Location, Position, ReadError, Region

# The values a result is made of, pickled as their class and field values: half the time
# to read back of the default for slotted dataclasses, which calls a Python __setstate__.
_FLAT_CLASSES = (FileResult, Finding, Location, ReadError, Region, Position)

# Below this many files a scan keeps its results in memory (about 35 MB at most): reading
# them back from disk would only slow small scans and the tests down.
IN_MEMORY_RESULTS = 5_000


class ResultSpool:
    """Collects results in any order; ``results()`` gives them back in order or sorted."""

    def __init__(self, in_memory: int | None = None, folder: Path | None = None) -> None:
        """``folder``: where the file goes (default: the system's temporary folder, which
        may be memory-backed tmpfs; a scan passes its cache folder, on local disk)."""
        self._in_memory = IN_MEMORY_RESULTS if in_memory is None else in_memory
        self._folder = folder
        self._start()

    def _start(self) -> None:
        self._kept: list[FileResult] = []
        self._file: IO[bytes] | None = None
        self._closer: weakref.finalize[[], ResultSpool] | None = None
        self._paths: list[str] = []
        self._offsets = array("q")
        self._sizes = array("q")
        self._end = 0

    def add(self, result: FileResult) -> None:
        if self._file is None:
            if len(self._kept) < self._in_memory:
                self._kept.append(result)
                return
            self._file = _temporary_file(self._folder)
            self._closer = weakref.finalize(self, self._file.close)
            kept, self._kept = self._kept, []
            for earlier in kept:
                self._write(earlier)
        self._write(result)

    def extend(self, results: Iterable[FileResult]) -> None:
        for result in results:
            self.add(result)

    def results(self, *, sort_by_path: bool = False) -> Sequence[FileResult]:
        """Everything added, in the order added or sorted by path. Ends the spool's use."""
        if self._file is None:
            kept = sorted(self._kept, key=_path) if sort_by_path else self._kept
            return tuple(kept)
        file, offsets, sizes = self._file, self._offsets, self._sizes
        if sort_by_path:
            order = sorted(range(len(self._paths)), key=self._paths.__getitem__)
            offsets = array("q", (offsets[i] for i in order))
            sizes = array("q", (sizes[i] for i in order))
        file.flush()
        if self._closer is not None:
            self._closer.detach()  # the file is the results' now; the spool starts afresh
        self._start()
        return SpooledResults(file, offsets, sizes)

    def _write(self, result: FileResult) -> None:
        assert self._file is not None
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _DISPATCH
        pickler.dump(result)
        blob = buffer.getvalue()
        self._file.write(blob)
        self._paths.append(result.path)
        self._offsets.append(self._end)
        self._sizes.append(len(blob))
        self._end += len(blob)


class SpooledResults(Sequence[FileResult]):
    """Results read back from a spool file on demand; equal to any sequence of equal items."""

    def __init__(self, file: IO[bytes], offsets: array[int], sizes: array[int]) -> None:
        self._file = file
        self._offsets = offsets
        self._sizes = sizes
        weakref.finalize(self, file.close)

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> FileResult: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[FileResult]: ...

    def __getitem__(self, index: int | slice) -> FileResult | Sequence[FileResult]:
        if isinstance(index, slice):
            return tuple(self._read(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("result index out of range")
        return self._read(index)

    def __iter__(self) -> Iterator[FileResult]:
        for index in range(len(self)):
            yield self._read(index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, which hash by value

    def __repr__(self) -> str:
        return f"SpooledResults({len(self)} results)"

    def _read(self, index: int) -> FileResult:
        self._file.seek(self._offsets[index])
        result = pickle.loads(self._file.read(self._sizes[index]))
        if not isinstance(result, FileResult):  # only freshcheck writes the file
            raise TypeError("the result spool holds something else than a FileResult")
        return result


def _path(result: FileResult) -> str:
    return result.path


def _temporary_file(folder: Path | None) -> IO[bytes]:
    # Lives as long as the results read from it: closed when they are collected.
    if folder is not None:
        with contextlib.suppress(OSError):  # gone or read-only: the system's folder will do
            return tempfile.TemporaryFile(prefix="freshcheck-results-", dir=folder)
    return tempfile.TemporaryFile(prefix="freshcheck-results-")


def _by_fields(cls: type[Any]) -> Callable[[Any], tuple[type[Any], tuple[Any, ...]]]:
    names = tuple(field.name for field in dataclasses.fields(cls))

    def reduce(value: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, tuple(getattr(value, name) for name in names)

    return reduce


_DISPATCH = copyreg.dispatch_table | {cls: _by_fields(cls) for cls in _FLAT_CLASSES}


def spooled(results: Iterable[FileResult]) -> Sequence[FileResult]:
    """``results`` kept in a new spool: on disk when they are many. For callers that filter
    a scan's results (a baseline, the review plan) without holding them all in memory."""
    spool = ResultSpool()
    spool.extend(results)
    return spool.results()
