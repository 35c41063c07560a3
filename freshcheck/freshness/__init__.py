"""Freshness: when was a file last updated, and when does it fall due (docs/freshness.md).

The sources of a last-updated date (review records, in-document markers, document
properties and metadata, git history, file times) and the cadence per folder. Pure but for
``reviews`` and ``git``, which read (and, for ``review mark``, write) the review file and
ask git. May import ``policy``, ``text`` and the ground floor; ``engine``, ``scan`` and
``cli`` import it.
"""

from freshcheck.freshness.git import (
    NO_GIT,
    SHALLOW_CLONE_NOTE,
    GitDates,
    git_toplevel,
    read_git_dates,
    run_git,
)
from freshcheck.freshness.last_updated import (
    Cadence,
    DocumentDates,
    FileDates,
    Freshness,
    cadence_for,
    judge_freshness,
    read_document_dates,
)
from freshcheck.freshness.reviews import (
    REVIEWS_DIR,
    REVIEWS_FILE,
    Review,
    ReviewLog,
    load_reviews,
    record_reviews,
    reviews_file,
)

__all__ = [
    "NO_GIT",
    "REVIEWS_DIR",
    "REVIEWS_FILE",
    "SHALLOW_CLONE_NOTE",
    "Cadence",
    "DocumentDates",
    "FileDates",
    "Freshness",
    "GitDates",
    "Review",
    "ReviewLog",
    "cadence_for",
    "git_toplevel",
    "judge_freshness",
    "load_reviews",
    "read_document_dates",
    "read_git_dates",
    "record_reviews",
    "reviews_file",
    "run_git",
]
