"""freshcheck: keeps sales and marketing training material honest.

The library API, which the command line itself uses::

    import datetime as dt
    import freshcheck

    result = freshcheck.scan(["content"], as_of=dt.date(2026, 11, 23))
    for file in result.files:
        print(file.path, file.status, [finding.rule for finding in file.findings])

- ``scan(paths, policy=None, as_of=None, options=None) -> ScanResult``: judge files and
  folders (the policy is found from the scanned folder unless given; ``as_of`` defaults to
  today; ``options`` is a ``ScanOptions`` for the rest: jobs, cache, environment).
- ``load_policy(path) -> Policy``: one policy file or a folder of them, validated.
- ``extract(path) -> Document``: the text units and metadata freshcheck sees in one file,
  read in an isolated child process as a scan reads it.

Each loads what it needs on first call, so importing freshcheck, or a small part of it (the
model, one extractor), stays cheap. The rooms below are ``cli``, ``scan``, ``engine``,
``messaging``, ``freshness``, ``policy``, ``extract``, ``report`` and ``text``, on the
ground floor of ``model``, ``errors``, ``version`` and ``atomic`` (docs/architecture.md).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import types
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from freshcheck.version import __version__

if TYPE_CHECKING:
    from freshcheck.model import Document, ScanResult
    from freshcheck.policy import Policy
    from freshcheck.scan import ScanOptions

StrPath = str | os.PathLike[str]

__all__ = ["ScanOptions", "__version__", "extract", "load_policy", "scan"]


def scan(
    paths: Iterable[StrPath],
    *,
    policy: StrPath | None = None,
    as_of: dt.date | None = None,
    options: ScanOptions | None = None,
) -> ScanResult:
    """Scan files and folders as ``freshcheck scan`` does and return the result.

    ``policy`` and ``as_of``, when given, take precedence over the same fields of
    ``options``. Raises ``PolicyError`` for an invalid policy and ``UsageError`` for a path
    that does not exist.
    """
    from freshcheck.scan import ScanOptions, scan_paths

    settings = options if options is not None else ScanOptions(as_of=as_of or dt.date.today())
    if as_of is not None:
        settings = replace(settings, as_of=as_of)
    if policy is not None:
        settings = replace(settings, policy=Path(policy))
    return scan_paths([Path(path) for path in paths], settings)


def load_policy(path: StrPath | None) -> Policy:
    """The policy at ``path`` (a file, or a folder of YAML files); ``None`` gives the default
    policy. Raises ``PolicyError`` with every problem when it is invalid."""
    from freshcheck import policy as policy_room

    return policy_room.load_policy(None if path is None else Path(path))


def extract(path: StrPath) -> Document:
    """The text units and metadata of one file, extracted in an isolated child process with
    the default time and memory limits. An unreadable file gives a ``Document`` whose
    ``error`` says why; this never raises for bad input."""
    from freshcheck.scan import extract_isolated

    file = Path(path)
    return extract_isolated(file, file.as_posix())


def __getattr__(name: str) -> Any:
    if name == "ScanOptions":
        from freshcheck.scan import ScanOptions

        return ScanOptions
    raise AttributeError(f"module 'freshcheck' has no attribute {name!r}")


_API = {"scan": scan, "extract": extract}


class _Package(types.ModuleType):
    """The ``freshcheck`` module, keeping ``scan`` and ``extract`` the API's functions.

    ``scan`` and ``extract`` are also the names of two rooms (sub-packages). Python binds a
    sub-package to its parent's attribute of the same name when it is first imported,
    which would replace the function with the package; this keeps the function. Import
    the rooms by their full names (``from freshcheck.scan import ScanOptions``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
