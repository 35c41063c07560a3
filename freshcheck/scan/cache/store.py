"""The cache: extracted documents, and their date-free analyses, kept in SQLite.

Documents are found by absolute path and are valid for one extractor version (with its
limits), size and modification time. When only the modification time differs, the entry's
sha256 decides whether the file was edited or merely touched.

Findings as a whole are never cached: they depend on the date, which changes without the file
changing. What is cached beside a document is its ``Analysis`` (``freshcheck.engine.analysis``): the
content rules' verdict, keyed by the content's sha256 and a policy tag (policy digest,
extractor version, and a fingerprint of freshcheck's own code), so it cannot go stale — a new
date, commit or review record never enters it, and any other change is another key. Analyses
of the ``KEPT_POLICIES`` most recently used policy tags are kept; older ones, and those of
content no longer cached, are deleted when a scan that wrote new entries closes the cache.

The scanning process owns every write (batched in transactions); worker processes only read,
each through its own read-only connection. WAL mode lets those readers run beside the writer.
A corrupt database is deleted and rebuilt; a locked one is skipped for this scan. Both with a
warning, never an error: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import stat
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from freshcheck.model import Document
from freshcheck.scan.cache.document_codec import decode_document
from freshcheck.scan.cache.filesystems import network_filesystem
from freshcheck.scan.cache.location import default_cache_dir as default_cache_dir  # re-exported
from freshcheck.version import __version__

CACHE_FILE_NAME = "documents.sqlite3"
SCHEMA_VERSION = 3  # 3: documents encoded with units as rows
KEPT_POLICIES = 4  # a few policies in turn (CI's and a local one) each keep their analyses
_BATCH = 200  # entries per write transaction: few fsyncs, little lost on Ctrl-C
_BUSY_TIMEOUT_S = 5.0

Warn = Callable[[str], None]

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    document BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    content TEXT NOT NULL,
    policy TEXT NOT NULL,
    analysis BLOB NOT NULL,
    PRIMARY KEY (content, policy)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS policies (
    policy TEXT PRIMARY KEY,
    used INTEGER NOT NULL
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


@dataclass(frozen=True, slots=True)
class FileKey:
    """What a stat says about a file: its absolute path, size and modification time."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class CachedEntry:
    """An entry for a path. ``exact`` when size and mtime match; else check ``sha256``."""

    rowid: int
    sha256: str
    exact: bool


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What ``freshcheck cache info`` shows."""

    path: Path
    entries: int
    size_bytes: int
    filesystem: str | None
    analyses: int = 0


def code_fingerprint() -> str:
    """What identifies freshcheck's own code: its version and each module's size and mtime.

    Part of every analysis key, so an upgrade, or an edit in a development checkout, can
    never serve an analysis that older rules made. A stat per module: about 1 ms.
    """
    package = Path(__file__).resolve().parents[2]  # freshcheck/: every room's modules
    digest = hashlib.sha256(f"{__version__}\0{_rapidfuzz_version()}".encode())
    for module in sorted(package.rglob("*.py")):
        try:
            stat = module.stat()
        except OSError:
            continue
        rel = module.relative_to(package).as_posix()
        digest.update(f"\0{rel}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _rapidfuzz_version() -> str:
    # The matcher's scores come from rapidfuzz: another version may score differently. Its
    # own __version__ (the scan imports rapidfuzz anyway), not importlib.metadata, which
    # costs a scan of every installed distribution at each start.
    import rapidfuzz

    return str(getattr(rapidfuzz, "__version__", "unknown"))


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file's bytes, read in chunks.

    Raises ``OSError`` for a FIFO, device or socket before opening it: opening a FIFO blocks
    until a writer comes, which cost a worker its whole timeout (the extractor reports why).
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
    digest = hashlib.sha256()
    # O_NONBLOCK: should the path become a FIFO after the check, open() still returns.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class DocumentCache:
    """The scanning process's connection: looks entries up and writes new ones in batches."""

    def __init__(self, connection: sqlite3.Connection, file: Path, version: str, warn: Warn):
        self.file = file
        self._db: sqlite3.Connection | None = connection
        self._version = version
        self._warn = warn
        self._pending: list[tuple[object, ...]] = []
        self._touched: list[tuple[int, str]] = []
        self._analyses: list[tuple[str, str, bytes]] = []
        self._policies: set[str] = set()
        self._wrote = False

    @classmethod
    def open(
        cls, folder: Path, version: str, warn: Warn, busy_timeout_s: float = _BUSY_TIMEOUT_S
    ) -> DocumentCache | None:
        """Open (or create) the cache in ``folder``; None, after a warning, when unusable."""
        file = folder / CACHE_FILE_NAME
        fs_type = network_filesystem(folder)
        if fs_type is not None:
            warn(
                f"the cache folder {folder} is on a network file system ({fs_type}); "
                "SQLite needs local disk: choose another with --cache-dir, or use --no-cache"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return cls(_connect(file, busy_timeout_s), file, version, warn)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                warn(f"the cache {file} is locked by another scan; not using it this time")
                return None
            return cls._rebuilt(file, version, warn, busy_timeout_s, exc)
        except sqlite3.DatabaseError as exc:
            return cls._rebuilt(file, version, warn, busy_timeout_s, exc)
        except OSError as exc:
            warn(f"cannot use the cache folder {folder}: {exc.strerror or exc}")
            return None

    @classmethod
    def _rebuilt(
        cls, file: Path, version: str, warn: Warn, busy_timeout_s: float, exc: Exception
    ) -> DocumentCache | None:
        warn(f"the cache {file} is unreadable ({exc}); rebuilding it")
        try:
            remove_cache_files(file)
            return cls(_connect(file, busy_timeout_s), file, version, warn)
        except (sqlite3.Error, OSError) as again:
            warn(f"cannot rebuild the cache {file} ({again}); scanning without it")
            return None

    @property
    def version(self) -> str:
        """The extractor version and limits this cache's documents are valid for."""
        return self._version

    def lookup(self, key: FileKey) -> CachedEntry | None:
        """The usable entry for ``key``, or None (a miss: the file must be extracted)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT rowid, version, size, mtime_ns, sha256 FROM documents WHERE path = ?",
                (key.path,),
            ).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        if row is None or row[1] != self._version or row[2] != key.size:
            return None  # a new file, a new extractor, or new content (the size changed)
        if _REPLACEMENT in row[4]:
            return None  # damaged (not UTF-8, see ``_lenient_text``): extracted and replaced
        return CachedEntry(row[0], row[4], exact=row[3] == key.mtime_ns)

    def put(self, key: FileKey, sha256: str, blob: bytes) -> None:
        """Remember an extracted document (``document_codec.encode_document``); batched."""
        if self._db is None:
            return
        self._pending.append((key.path, self._version, key.size, key.mtime_ns, sha256, blob))
        if len(self._pending) >= _BATCH:
            self.flush()

    def analysis(self, content_sha256: str, policy_tag: str) -> bytes | None:
        """The encoded analysis of this content under this policy tag, or None."""
        if self._db is None:
            return None
        self._use_policy(policy_tag)
        try:
            row = self._db.execute(
                "SELECT analysis FROM analyses WHERE content = ? AND policy = ?",
                (content_sha256, policy_tag),
            ).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        return None if row is None else bytes(row[0])

    def put_analysis(self, content_sha256: str, policy_tag: str, blob: bytes) -> None:
        """Remember an encoded analysis; written in batches."""
        if self._db is None:
            return
        self._use_policy(policy_tag)
        self._analyses.append((content_sha256, policy_tag, blob))
        if len(self._analyses) >= _BATCH:
            self.flush()

    def _use_policy(self, policy_tag: str) -> None:
        self._policies.add(policy_tag)

    def touch(self, key: FileKey) -> None:
        """Record a new mtime for an entry whose content (sha256) did not change."""
        if self._db is None:
            return
        self._touched.append((key.mtime_ns, key.path))
        if len(self._touched) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending entries in one transaction."""
        if self._db is None or not (self._pending or self._touched or self._analyses):
            return
        rows, self._pending = self._pending, []
        touched, self._touched = self._touched, []
        analyses, self._analyses = self._analyses, []
        self._wrote = True
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)", rows
                )
                self._db.executemany("UPDATE documents SET mtime_ns = ? WHERE path = ?", touched)
                self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", analyses)
        except sqlite3.Error as exc:
            self._fail(exc)

    def close(self) -> None:
        """Write what is pending, prune old analyses, and close; safe to call twice."""
        self.flush()
        if self._db is not None:
            if self._wrote:
                self._prune()
            self._db.close()
            self._db = None

    def prune(self, policy_tags: Iterable[str]) -> None:
        """Record that a scan uses ``policy_tags`` and drop analyses nobody can hit any more.

        ``close`` does it after a scan that wrote; a long-lived connection (a cluster node's,
        kept from batch to batch) calls it once per scan instead.
        """
        if self._db is None:
            return
        for tag in policy_tags:
            self._use_policy(tag)
        self._prune()

    def _prune(self) -> None:
        """Record which policies this scan used; drop analyses nobody can hit any more."""
        assert self._db is not None
        try:
            with self._db:
                (latest,) = self._db.execute(
                    "SELECT coalesce(max(used), 0) FROM policies"
                ).fetchone()
                self._db.executemany(
                    "INSERT OR REPLACE INTO policies VALUES (?, ?)",
                    [(tag, latest + 1) for tag in sorted(self._policies)],
                )
                self._db.execute(
                    "DELETE FROM policies WHERE policy NOT IN "
                    "(SELECT policy FROM policies ORDER BY used DESC LIMIT ?)",
                    (max(KEPT_POLICIES, len(self._policies)),),
                )
                self._db.execute(
                    "DELETE FROM analyses WHERE policy NOT IN (SELECT policy FROM policies) "
                    "OR content NOT IN (SELECT sha256 FROM documents)"
                )
        except sqlite3.Error as exc:
            self._fail(exc)

    def _fail(self, exc: sqlite3.Error) -> None:
        # Mid-scan trouble (a lock held too long, a disk error): go on without the cache.
        self._warn(f"the cache {self.file} failed ({exc}); going on without it")
        self._pending, self._touched, self._analyses = [], [], []
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def read_cached_document(file: Path, rowid: int) -> Document | None:
    """Load one cached document; for workers, which open the database read-only."""
    try:
        with contextlib.closing(_connect_read_only(file)) as db:
            row = db.execute("SELECT document FROM documents WHERE rowid = ?", (rowid,)).fetchone()
        return None if row is None else decode_document(row[0])
    except (sqlite3.Error, zlib.error, ValueError, KeyError, TypeError, AssertionError):
        return None  # the caller extracts the file instead


def read_cached_analysis(file: Path, content_sha256: str, policy_tag: str) -> bytes | None:
    """One encoded analysis, for workers (read-only); None when absent or unreadable."""
    try:
        with contextlib.closing(_connect_read_only(file)) as db:
            row = db.execute(
                "SELECT analysis FROM analyses WHERE content = ? AND policy = ?",
                (content_sha256, policy_tag),
            ).fetchone()
        return None if row is None else bytes(row[0])
    except sqlite3.Error:
        return None


def cache_info(folder: Path) -> CacheInfo:
    """How many documents the cache in ``folder`` holds and how much disk it uses."""
    file = folder / CACHE_FILE_NAME
    size = sum(part.stat().st_size for part in _cache_files(file) if part.exists())
    entries = analyses = 0
    if file.exists():
        try:
            with contextlib.closing(_connect_read_only(file)) as db:
                entries = int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
                analyses = int(db.execute("SELECT count(*) FROM analyses").fetchone()[0])
        except sqlite3.Error:
            pass  # an old or damaged cache: the next scan rebuilds it
    return CacheInfo(file, entries, size, network_filesystem(folder), analyses)


def remove_cache_files(file: Path) -> int:
    """Delete the database and its WAL and shared-memory files; returns bytes freed."""
    freed = 0
    for part in _cache_files(file):
        with contextlib.suppress(FileNotFoundError):
            freed += part.stat().st_size
            part.unlink()
    return freed


def _connect_read_only(file: Path) -> sqlite3.Connection:
    # A file URI must be absolute (``--cache-dir`` may be relative to the working folder).
    db = sqlite3.connect(f"{file.absolute().as_uri()}?mode=ro", uri=True)
    db.text_factory = _lenient_text
    return db


_REPLACEMENT = "\ufffd"


def _lenient_text(value: bytes) -> str:
    # A damaged row may hold bytes that are not UTF-8: read them as a mismatch (the row is
    # then replaced by a fresh extraction) rather than fail every lookup of every scan.
    return value.decode("utf-8", "replace")


def _connect(file: Path, busy_timeout_s: float) -> sqlite3.Connection:
    db = sqlite3.connect(file, timeout=busy_timeout_s, isolation_level=None)
    db.text_factory = _lenient_text
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable to the last commit
        found = int(db.execute("PRAGMA user_version").fetchone()[0])
        if found not in (0, SCHEMA_VERSION):
            for table in ("documents", "analyses", "policies"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
        db.executescript(_SCHEMA)
        db.execute("SELECT count(*) FROM documents WHERE rowid = 1").fetchone()
    except BaseException:
        db.close()
        raise
    db.isolation_level = "DEFERRED"  # transactions from here on: ``with db`` commits a batch
    return db


def _cache_files(file: Path) -> tuple[Path, ...]:
    return (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm"))
