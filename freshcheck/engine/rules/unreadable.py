"""Unreadable files: content freshcheck could not read, so could not check.

Corrupt, truncated or encrypted files, legacy binary ``.ppt``/``.doc``, files too large or
too slow to parse, PDFs without a text layer. The message gives the plain reason
("encrypted: password required", "legacy binary format: save as .pptx").

Fails: a password-protected deck; a ``.doc`` from 2003.
Passes: any file freshcheck can extract text from.

Resolve by saving the file in a current format without a password, or exclude it with
``scan.exclude`` in the policy. Lower its severity with ``severity: {file/unreadable: warning}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from freshcheck.engine.rules.base import CheckContext, RuleFamily, RuleSpec
from freshcheck.model import Finding

UNREADABLE = RuleSpec("file/unreadable", "error", "the file could not be read")


def check(ctx: CheckContext) -> Iterator[Finding]:
    error = ctx.document.error
    if error is not None:
        yield Finding(UNREADABLE.id, ctx.severity(UNREADABLE), f"Unreadable: {error.reason}")


FAMILY = RuleFamily("unreadable", (UNREADABLE,), __doc__ or "", check=check)
