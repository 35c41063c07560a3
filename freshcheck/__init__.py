"""freshcheck: keeps sales and marketing training material honest.

The library API under the command line::

    import datetime as dt
    from pathlib import Path
    import freshcheck

    result = freshcheck.scan([Path("content")], freshcheck.ScanOptions(as_of=dt.date.today()))
    for file in result.files:
        print(file.path, file.status, [f.rule for f in file.findings])

``scan`` and ``ScanOptions`` are loaded on first use, so importing a small part of the
package (the model, one extractor) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from freshcheck.version import __version__

if TYPE_CHECKING:
    from freshcheck.scan.runner import ScanOptions, scan

__all__ = ["ScanOptions", "__version__", "scan"]


def __getattr__(name: str) -> Any:
    if name in ("scan", "ScanOptions"):
        from freshcheck.scan import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'freshcheck' has no attribute {name!r}")
