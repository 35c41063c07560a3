"""Review records: ``.freshcheck/reviews.json`` at the scan root, meant to be committed.

Format (version 1)::

    {"version": 1,
     "reviews": [{"path": "decks/pitch.pptx", "date": "2026-11-02", "by": "Dana",
                  "note": "Q4 refresh", "sha256": "<hex of the file when reviewed>"}]}

``path`` is relative to the folder that holds ``.freshcheck/``, with ``/`` separators. The
latest record of a path is its review date. Records are only ever appended.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from freshcheck.errors import UsageError

REVIEWS_DIR = ".freshcheck"
REVIEWS_FILE = "reviews.json"


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
    """The review records under one folder; ``base`` holds ``.freshcheck/``."""

    base: Path
    reviews: tuple[Review, ...] = ()

    def latest(self, rel_path: str) -> Review | None:
        found: Review | None = None
        for review in self.reviews:
            if review.path == rel_path and (found is None or review.date >= found.date):
                found = review
        return found

    def for_file(self, path: Path) -> Review | None:
        """The latest review of the file at absolute ``path``, if it lies under ``base``."""
        try:
            rel = path.resolve().relative_to(self.base.resolve()).as_posix()
        except ValueError:
            return None
        return self.latest(rel)


def find_review_base(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``.freshcheck/reviews.json``."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        if (candidate / REVIEWS_DIR / REVIEWS_FILE).is_file():
            return candidate
    return None


def load_reviews(base: Path) -> ReviewLog:
    """Read ``base/.freshcheck/reviews.json``; a missing file is an empty log."""
    path = base / REVIEWS_DIR / REVIEWS_FILE
    if not path.is_file():
        return ReviewLog(base)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        records = data["reviews"]
        reviews = tuple(
            Review(
                path=str(r["path"]),
                date=dt.date.fromisoformat(str(r["date"])),
                by=r.get("by"),
                note=r.get("note"),
                sha256=r.get("sha256"),
            )
            for r in records
        )
    except (ValueError, KeyError, TypeError, RecursionError) as exc:  # Recursion: nested JSON
        raise UsageError(f"{path}: not a valid review log ({exc})") from None
    return ReviewLog(base, reviews)


def record_reviews(
    base: Path, files: Iterable[Path], date: dt.date, by: str | None, note: str | None
) -> tuple[Review, ...]:
    """Append a review of each file to ``base``'s log, atomically. Returns the new records."""
    log = load_reviews(base)
    added: list[Review] = []
    for file in files:
        try:
            rel = file.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            raise UsageError(f"{file} is not inside {base}") from None
        added.append(Review(rel, date, by, note, _sha256(file)))
    records = [r.to_json() for r in (*log.reviews, *added)]
    text = json.dumps({"version": 1, "reviews": records}, indent=2, ensure_ascii=False) + "\n"
    _write_atomically(base / REVIEWS_DIR / REVIEWS_FILE, text)
    return tuple(added)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
