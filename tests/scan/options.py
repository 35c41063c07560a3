"""Scan options shared by the runner and cache tests: real workers, no git, a private cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from freshcheck.scan.runner import ScanOptions


def cached_scan_options(tmp_path: Path, as_of: dt.date, **changes: Any) -> ScanOptions:
    """Two workers, git off, the cache in ``tmp_path/cache``; ``changes`` override fields."""
    base = ScanOptions(
        as_of=as_of,
        cwd=tmp_path,
        use_git=False,
        jobs=2,
        use_cache=True,
        cache_dir=tmp_path / "cache",
    )
    return dataclasses.replace(base, **changes)
