"""Freshness: when was a file last updated, and when does it fall due (docs/freshness.md).

The sources of a last-updated date (review records, in-document markers, document
properties and metadata, git history, file times) and the cadence per folder. Pure but for
``reviews`` and ``git``, which read (and, for ``review mark``, write) the review file and
ask git. May import ``policy``, ``text`` and the ground floor; ``engine``, ``scan`` and
``cli`` import it.

Public names load on first use: reading review records does not pay for git or the cadences.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# public name → the module that defines it
_PUBLIC = {
    "NO_GIT": "freshcheck.freshness.git",
    "SHALLOW_CLONE_NOTE": "freshcheck.freshness.git",
    "GitDates": "freshcheck.freshness.git",
    "git_toplevel": "freshcheck.freshness.git",
    "read_git_dates": "freshcheck.freshness.git",
    "run_git": "freshcheck.freshness.git",
    "Cadence": "freshcheck.freshness.last_updated",
    "DocumentDates": "freshcheck.freshness.last_updated",
    "FileDates": "freshcheck.freshness.last_updated",
    "Freshness": "freshcheck.freshness.last_updated",
    "cadence_for": "freshcheck.freshness.last_updated",
    "judge_freshness": "freshcheck.freshness.last_updated",
    "read_document_dates": "freshcheck.freshness.last_updated",
    "REVIEWS_DIR": "freshcheck.freshness.reviews",
    "REVIEWS_FILE": "freshcheck.freshness.reviews",
    "Review": "freshcheck.freshness.reviews",
    "ReviewLog": "freshcheck.freshness.reviews",
    "load_reviews": "freshcheck.freshness.reviews",
    "record_reviews": "freshcheck.freshness.reviews",
    "reviews_file": "freshcheck.freshness.reviews",
}

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


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.freshness' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
