"""Loaded policies remembered between scans: ``load_policy_cached``.

A policy with thousands of messages takes longer to parse and validate (about 0.1–0.25 s
for 2,000) than everything else a warm rescan of 300 files does. The loaded policy is kept
as JSON (``policy.codec``) in ``<cache folder>/policies/``, keyed by the sha256 of every
policy file's name and text and of freshcheck's code (``store.code_fingerprint``): an edited
policy file, or another freshcheck, is a new key. Only a valid policy is kept, so every
problem in a policy is reported on every scan. A damaged or unreadable entry is a miss;
a cache folder that cannot be written only costs the saving.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from freshcheck.atomic import write_atomic
from freshcheck.policy import (
    DEFAULT_POLICY,
    Policy,
    decode_policy,
    encode_policy,
    load_policy_texts,
    read_policy_sources,
)
from freshcheck.scan.cache.store import code_fingerprint

KEPT_POLICIES = 4  # entries kept, most recently used first (like the analyses' policy tags)
FOLDER = "policies"


def load_policy_cached(path: Path | None, cache_dir: Path) -> Policy:
    """``load_policy(path)``, served from ``cache_dir`` when the same files were loaded before.

    Raises what ``load_policy`` raises (``UsageError``, ``PolicyError``).
    """
    if path is None:
        return DEFAULT_POLICY
    sources = read_policy_sources(path)
    entry = cache_dir / FOLDER / f"{policy_key(sources)}.json"
    try:
        policy = decode_policy(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        policy = load_policy_texts(sources)
        _keep(entry, policy)
    else:
        _mark_used(entry)
    return policy


def policy_key(sources: Sequence[tuple[str, str]]) -> str:
    """What identifies a loaded policy: its files' names and texts, and freshcheck's code."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for name, text in sources:
        digest.update(f"\0{name}\0{len(text)}\0".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _keep(entry: Path, policy: Policy) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, encode_policy(policy))
        _prune(entry.parent)
    except OSError:
        pass  # a read-only cache folder: the next scan parses the policy again


def _mark_used(entry: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(entry)  # recency for pruning; the cache's own file, never a scanned one


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=_mtime, reverse=True)
    for stale in entries[KEPT_POLICIES:]:
        with contextlib.suppress(OSError):
            stale.unlink()


def _mtime(file: Path) -> float:
    try:
        return file.stat().st_mtime
    except OSError:
        return 0.0


def cached_policies(cache_dir: Path) -> tuple[int, int]:
    """How many loaded policies ``cache_dir`` keeps, and their bytes on disk."""
    sizes = [_size(entry) for entry in (cache_dir / FOLDER).glob("*.json")]
    return len(sizes), sum(sizes)


def clear_policies(cache_dir: Path) -> int:
    """Delete every kept policy; returns the bytes freed."""
    freed = 0
    for entry in (cache_dir / FOLDER).glob("*.json"):
        size = _size(entry)
        try:
            entry.unlink()
        except OSError:
            continue
        freed += size
    return freed


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0
