"""Review records: ``.freshcheck/reviews.json`` at the library root, meant to be committed.

Format (version 1)::

    {"version": 1,
     "reviews": [{"path": "decks/pitch.pptx", "date": "2026-11-02", "by": "Dana",
                  "note": "Q4 refresh", "sha256": "<hex of the file when reviewed>"}]}

``path`` is relative to the library root (the folder that holds ``.freshcheck/``), with
``/`` separators. The latest record of a path not after the as-of date is its review date.
Records are only ever appended, under a lock (``review_lock``), and the file is replaced
atomically; keys this version does not know are kept, and a file of a newer ``version`` is
refused rather than rewritten in an older form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from freshcheck.errors import UsageError
from freshcheck.freshness.review_lock import locked

REVIEWS_DIR = ".freshcheck"
REVIEWS_FILE = "reviews.json"
REVIEWS_VERSION = 1
_MAX_REVIEWS_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class Review:
    path: str
    date: dt.date
    by: str | None = None
    note: str | None = None
    sha256: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"path": self.path, "date": self.date.isoformat()}
        for name in ("by", "note", "sha256"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


@dataclass(frozen=True, slots=True)
class ReviewLog:
    """The review records of one library; ``base`` (the library root) holds ``.freshcheck/``."""

    base: Path
    reviews: tuple[Review, ...] = ()

    def latest(self, rel_path: str, not_after: dt.date | None = None) -> Review | None:
        """The latest review of ``rel_path``; with ``not_after``, the latest on or before it
        (a record dated in the future never hides a valid one)."""
        found: Review | None = None
        for review in self.reviews:
            if review.path != rel_path or (not_after is not None and review.date > not_after):
                continue
            if found is None or review.date >= found.date:
                found = review
        return found

    def for_file(self, path: Path, not_after: dt.date | None = None) -> Review | None:
        """The latest review of the file at absolute ``path``, if it lies under ``base``."""
        try:
            rel = path.resolve().relative_to(self.base.resolve()).as_posix()
        except ValueError:
            return None
        return self.latest(rel, not_after)


def reviews_file(base: Path) -> Path:
    """Where the review records of the library rooted at ``base`` are kept."""
    return base / REVIEWS_DIR / REVIEWS_FILE


def load_reviews(base: Path) -> ReviewLog:
    """Read ``base/.freshcheck/reviews.json``; a missing file is an empty log."""
    path = reviews_file(base)
    data = _read_raw(path)
    if data is None:
        return ReviewLog(base)
    try:
        reviews = tuple(_review(record) for record in data["reviews"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:  # Recursion: nested JSON
        raise UsageError(f"{path}: not a valid review log ({exc})") from None
    return ReviewLog(base, reviews)


def record_reviews(
    base: Path, files: Iterable[Path], date: dt.date, by: str | None, note: str | None
) -> tuple[Review, ...]:
    """Append a review of each file to ``base``'s log. Returns the new records.

    Read, append and replace happen under the review lock, so concurrent runs each keep
    their records; the file is replaced atomically, so a reader never sees half of it.
    """
    added: list[Review] = []
    for file in files:
        try:
            rel = file.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            raise UsageError(f"{file} is not inside the library root {base}") from None
        added.append(Review(rel, date, by, note, _sha256(file)))
    path = reviews_file(base)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    with locked(path.with_name(path.name + ".lock")):
        data = _read_raw(path) or {"version": REVIEWS_VERSION, "reviews": []}
        records = data.get("reviews")
        if not isinstance(records, list):
            raise UsageError(f"{path}: not a valid review log ('reviews' is not a list)")
        records.extend(review.to_json() for review in added)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        _replace(path, text.encode("utf-8"))
    return tuple(added)


def _read_raw(path: Path) -> dict[str, Any] | None:
    """The review file's JSON object, checked for its version; None when it does not exist."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_REVIEWS_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the review log: {exc.strerror or exc}") from None
    if len(raw) > _MAX_REVIEWS_BYTES:
        raise UsageError(f"{path}: the review log is larger than {_MAX_REVIEWS_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise UsageError(f"{path}: not a valid review log ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("reviews"), list):
        raise UsageError(f"{path}: not a valid review log (no 'reviews' list)")
    version = data.get("version", REVIEWS_VERSION)
    if not isinstance(version, int) or version > REVIEWS_VERSION:
        raise UsageError(
            f"{path}: review log version {version!r} is newer than this freshcheck reads "
            f"({REVIEWS_VERSION}); upgrade freshcheck"
        )
    return data


def _review(record: Any) -> Review:
    if not isinstance(record, dict):
        raise TypeError("a review record is not an object")
    return Review(
        path=str(record["path"]),
        date=dt.date.fromisoformat(str(record["date"])),
        by=_optional_text(record.get("by")),
        note=_optional_text(record.get("note")),
        sha256=_optional_text(record.get("sha256")),
    )


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


def _sha256(path: Path) -> str:
    """The file's sha256; a FIFO, device or folder is refused before it is opened."""
    try:
        mode = os.stat(path).st_mode  # a link to a document is reviewed as that document
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        raise UsageError(f"{path}: not a regular file; only documents can be reviewed")
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return digest.hexdigest()


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path`` and rename it over ``path``.

    A new file is created with ``0o666`` minus the umask, like any file the user makes; an
    existing one keeps its permission bits.
    """
    try:
        mode: int | None = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
