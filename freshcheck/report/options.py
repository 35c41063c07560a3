"""How a report is rendered: one frozen value handed to every renderer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

GroupBy = Literal["owner", "folder", "status"]
GROUP_BYS: tuple[str, ...] = get_args(GroupBy)

FailOn = Literal["error", "warning", "info", "never"]
FAIL_ONS: tuple[str, ...] = get_args(FailOn)


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """Settings shared by all renderers; each renderer reads only what applies to it.

    ``fail_on`` decides which findings are failures (JUnit) and is echoed in summaries.
    ``group_by`` splits the text and Markdown reports into sections per owner, folder or
    status (the owner digest). ``quiet`` keeps only the summary in the text report.
    ``color`` allows ANSI colour in the text report; no other renderer emits colour.
    ``baselined`` is the count returned by ``apply_baseline``, shown in summaries.
    ``source_root`` is the path from the repository root to the scan root, used to make
    SARIF and GitLab paths repository-relative; ``None`` means "the single relative scan
    root, if there is exactly one, else nothing".
    ``width`` is the text report's line width.
    ``root_paths`` are the scan roots' full paths, for the HTML heading to name them (a
    root given as "." is shown by its folder's name); empty: the result's roots as given.
    ``baseline_applied`` says a baseline filtered the result: the text report then lists
    only files with new findings, unless ``verbose``.
    ``rule_help`` maps rule ids to their full documentation (what ``freshcheck explain``
    prints), for SARIF's rule help; the report room cannot read the rules itself.
    """

    fail_on: FailOn = "error"
    group_by: GroupBy | None = None
    quiet: bool = False
    color: bool = False
    baselined: int = 0
    source_root: str | None = None
    width: int = 100
    root_paths: tuple[str, ...] = ()
    baseline_applied: bool = False
    verbose: bool = False
    rule_help: Mapping[str, str] = field(default_factory=dict)
