"""Baselines: accept today's findings so that CI fails only on new ones.

A finding's fingerprint is its rule, its file and its normalised text (plus the message id),
never its position: moving a slide or inserting a paragraph above a finding keeps it
baselined. A baseline is a multiset, so two identical findings need two baseline entries.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from freshcheck.errors import UsageError
from freshcheck.model import FileResult, Finding, ScanResult

BASELINE_SCHEMA = "freshcheck/baseline@1"
FINGERPRINT_VERSION = "freshcheck/v1"
_SPACE = re.compile(r"\s+")

# Keeps the filtered files: ``tuple`` in memory, or the scan's spool (on disk when they are
# many), which the caller passes in so that reports never touch the disk themselves.
KeepFiles = Callable[[Iterable[FileResult]], Sequence[FileResult]]


def normalise_text(text: str) -> str:
    """Text as compared for fingerprints: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def fingerprint(path: str, finding: Finding) -> str:
    """A stable 32-hex-digit hash of rule, path, normalised excerpt and message id.

    File-level findings without an excerpt (overdue, due soon, a missing disclaimer) use
    the expected text instead of the message, whose dates change every day.
    """
    text = finding.excerpt if finding.excerpt is not None else (finding.expected or "")
    parts = (finding.rule, path, normalise_text(text), finding.message_id or "")
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:32]


def occurrence_fingerprints(file: FileResult) -> list[str]:
    """Fingerprints of a file's findings, each suffixed ``:n`` to tell duplicates apart.

    Used where a tool needs unique values per result (SARIF partialFingerprints, GitLab).
    """
    seen: Counter[str] = Counter()
    out: list[str] = []
    for finding in file.findings:
        value = fingerprint(file.path, finding)
        seen[value] += 1
        out.append(f"{value}:{seen[value]}")
    return out


def write_baseline(result: ScanResult) -> str:
    """The baseline for ``result`` as JSON text: sorted, stable, readable in a diff.

    Each entry keeps the rule, path and excerpt so a reviewer can see what was accepted.
    """
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for file in result.files:
        for finding in file.findings:
            key = (file.path, finding.rule, fingerprint(file.path, finding), _label(finding))
            counts[key] += 1
    entries = [
        {"path": path, "rule": rule, "fingerprint": value, "text": label, "count": count}
        for (path, rule, value, label), count in sorted(counts.items())
    ]
    document = {"schema": BASELINE_SCHEMA, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _label(finding: Finding) -> str:
    text = finding.excerpt if finding.excerpt is not None else (finding.expected or "")
    return text[:120]


def read_baseline(text: str) -> Counter[str]:
    """Fingerprint counts from baseline JSON; a malformed baseline is a usage error."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"baseline is not valid JSON: {exc}") from exc
    except RecursionError:  # arrays in arrays thousands deep: not a baseline
        raise UsageError("baseline is not a baseline: its JSON nests too deeply") from None
    if not isinstance(document, dict) or document.get("schema") != BASELINE_SCHEMA:
        raise UsageError(f"baseline is not a {BASELINE_SCHEMA} document")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise UsageError("baseline has no 'findings' list")
    counts: Counter[str] = Counter()
    for index, entry in enumerate(entries):
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        count = entry.get("count", 1) if isinstance(entry, dict) else None
        if not isinstance(value, str) or not isinstance(count, int) or count < 1:
            raise UsageError(f"baseline entry {index + 1} needs a fingerprint and a count >= 1")
        counts[value] += count
    return counts


def apply_baseline(
    result: ScanResult, baseline_text: str, keep: KeepFiles = tuple
) -> tuple[ScanResult, int]:
    """Drop findings the baseline accepts; return the new result and how many were dropped.

    File statuses are left as they are: a baselined overdue file is still overdue, it just
    no longer counts as a finding. ``keep`` stores the filtered files (see ``KeepFiles``).
    """
    budget = read_baseline(baseline_text)
    dropped = 0

    def filtered() -> Iterable[FileResult]:
        nonlocal dropped
        for file in result.files:
            kept: list[Finding] = []
            for finding in file.findings:
                value = fingerprint(file.path, finding)
                if budget[value] > 0:
                    budget[value] -= 1
                    dropped += 1
                else:
                    kept.append(finding)
            changed = len(kept) != len(file.findings)
            yield replace(file, findings=tuple(kept)) if changed else file

    files = keep(filtered())  # consumes every file, so ``dropped`` is complete after it
    return replace(result, files=files), dropped
