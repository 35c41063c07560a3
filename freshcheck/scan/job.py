"""One file's work in a worker process: read it (or its cached form), analyse it.

The parent (``freshcheck.scan.runner``) sends a ``ScanJob`` only for files whose analysis it could
not find in the cache. The worker loads the cached document when it is still valid (a file
merely touched is recognised by its sha256, and its analysis may then be cached too), else
extracts the file, and analyses it against the compiled policy. It answers with the
``Analysis`` and the encoded forms the parent should write to the cache; the parent judges
(the date half is cheap) and owns every write.
"""

from __future__ import annotations

import dataclasses
import functools
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from freshcheck.engine import Analysis, FileFacts, decode_analysis, encode_analysis
from freshcheck.extract import Limits, extract_file
from freshcheck.model import Document
from freshcheck.scan.cache.document_codec import encode_document
from freshcheck.scan.cache.store import (
    CachedEntry,
    DocumentCache,
    FileKey,
    file_sha256,
    read_cached_analysis,
    read_cached_document,
)

# Failures of the worker rather than of the file: worth another try next time, never cached.
TRANSIENT_ERRORS = frozenset({"timeout", "crashed", "too-large"})

if TYPE_CHECKING:
    from freshcheck.engine import CompiledPolicy


@dataclass(frozen=True, slots=True)
class JobSettings:
    """What every job of one scan shares; small, so it pickles cheaply with each job.

    ``policy_tag`` names the policy and code in the analysis cache (None: cache off).
    """

    policy_file: Path
    limits: Limits
    cache_file: Path | None
    policy_tag: str | None


@dataclass(frozen=True, slots=True)
class ScanJob:
    """One file to analyse in a worker. ``key`` is None when the cache is off."""

    path: Path
    facts: FileFacts
    settings: JobSettings
    key: FileKey | None = None
    cached: CachedEntry | None = None


@dataclass(frozen=True, slots=True)
class ScanReply:
    """A worker's answer: the analysis, and what the parent should write to the cache."""

    analysis: Analysis
    sha256: str | None = None  # of the file's content, when known
    document_blob: bytes | None = None  # a newly extracted document, encoded
    analysis_blob: bytes | None = None  # a new analysis, encoded
    touched: bool = False  # cached content still valid, only the mtime changed
    extracted: bool = False  # the file itself was parsed (not its cached document)


def run_scan_job(job: ScanJob, compiled: CompiledPolicy | None = None) -> ScanReply:
    """Analyse one file, from the cache where it is still valid.

    Runs inside a worker (a top-level function, so it pickles by name), which loads the
    compiled policy from its file; the parent, for a small text file, passes its own.
    """
    settings = job.settings
    sha256 = job.cached.sha256 if job.cached is not None and job.cached.exact else None
    touched = False
    document: Document | None = None
    if job.cached is not None and settings.cache_file is not None:
        if not job.cached.exact:  # touched or edited: hash before reading, so they agree
            sha256 = _sha256_or_none(job.path)
            touched = sha256 == job.cached.sha256
        if touched and settings.policy_tag is not None and sha256 is not None:
            blob = read_cached_analysis(settings.cache_file, sha256, settings.policy_tag)
            analysis = None if blob is None else decode_analysis(blob)
            if analysis is not None:
                return ScanReply(analysis, sha256, touched=True)
        if job.cached.exact or touched:
            document = read_cached_document(settings.cache_file, job.cached.rowid)
            touched = touched and document is not None
    document_blob = None
    extracted = document is None
    if document is None:
        if job.key is not None and sha256 is None:
            sha256 = _sha256_or_none(job.path)
        document = extract_file(job.path, job.facts.rel_path, settings.limits)
        if job.key is not None and sha256 is not None and cacheable(document):
            document_blob = encode_document(document)
    elif document.path != job.facts.rel_path:
        document = dataclasses.replace(document, path=job.facts.rel_path)
    from freshcheck.engine import analyse  # the matcher: only where a file is analysed

    analysis = analyse(document, compiled or _load_compiled_policy(settings.policy_file))
    analysis_blob = None
    if settings.policy_tag is not None and sha256 is not None and cacheable(document):
        analysis_blob = encode_analysis(analysis)
    return ScanReply(analysis, sha256, document_blob, analysis_blob, touched, extracted)


def write_reply(cache: DocumentCache, key: FileKey, reply: ScanReply, tag: str | None) -> None:
    """Write what ``reply`` says the cache should learn about the file at ``key``."""
    if reply.document_blob is not None and reply.sha256 is not None:
        cache.put(key, reply.sha256, reply.document_blob)
    elif reply.touched:
        cache.touch(key)
    if reply.analysis_blob is not None and reply.sha256 is not None and tag:
        cache.put_analysis(reply.sha256, tag, reply.analysis_blob)


def cacheable(document: Document) -> bool:
    """Whether a document (or its analysis) may be cached: not after a worker failure."""
    return document.error is None or document.error.kind not in TRANSIENT_ERRORS


@functools.lru_cache(maxsize=2)
def _load_compiled_policy(policy_file: Path) -> CompiledPolicy:
    # Once per worker process and scan: the file is the parent's own, in a private folder.
    from freshcheck.engine import CompiledPolicy

    with policy_file.open("rb") as handle:
        compiled = pickle.load(handle)
    assert isinstance(compiled, CompiledPolicy)
    return compiled


def _sha256_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None  # the extractor reports why the file cannot be read


# Small text files a scan of a few files analyses in its own process: a pre-commit hook or
# a one-file check then pays for no worker start. Binary formats always go to workers (their
# parsers run isolated, with a time and memory cap); so does a file whose first bytes look
# binary, whatever its name says.
IN_PROCESS_FORMATS = frozenset({"md", "txt"})
IN_PROCESS_MAX_BYTES = 256 * 1024
IN_PROCESS_MAX_FILES = 4
_BINARY_MARKS = (b"\x00", b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"git-lfs.github.com")


def analysable_in_process(path: Path, size: int) -> bool:
    """Whether ``path`` (``size`` bytes) is a small plain-text file, by name and by content."""
    from freshcheck.extract import claimed_format

    if claimed_format(path) not in IN_PROCESS_FORMATS or size > IN_PROCESS_MAX_BYTES:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False  # the worker reports it, as for any file
    return not any(mark in head for mark in _BINARY_MARKS)
