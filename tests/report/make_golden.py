"""Regenerate the golden report files from the canonical ScanResult.

Run ``python -m tests.report.make_golden`` from the repository root after a deliberate
change to a renderer or to ``canonical.py``, then review the diff. Never edit the golden
files by hand.
"""

from __future__ import annotations

from pathlib import Path

from freshcheck.report import ReportOptions, render, step_summary
from freshcheck.report.baseline import write_baseline
from tests.report.canonical import canonical_result

GOLDEN = Path(__file__).resolve().parent / "golden"

# golden file name → (format, options); "baseline" is write_baseline's output.
GOLDEN_CASES: dict[str, tuple[str, ReportOptions]] = {
    "report.txt": ("text", ReportOptions(baselined=4)),
    "report.color.txt": ("text", ReportOptions(color=True)),
    "report.by-owner.txt": ("text", ReportOptions(group_by="owner")),
    "report.quiet.txt": ("text", ReportOptions(quiet=True)),
    "report.json": ("json", ReportOptions(baselined=4)),
    "report.md": ("markdown", ReportOptions()),
    "report.by-status.md": ("markdown", ReportOptions(group_by="status")),
    "report.html": ("html", ReportOptions()),
    "report.sarif": ("sarif", ReportOptions()),
    "report.junit.xml": ("junit", ReportOptions(fail_on="warning")),
    "report.csv": ("csv", ReportOptions()),
    "report.gitlab.json": ("gitlab", ReportOptions()),
    "report.github.txt": ("github", ReportOptions()),
    "report.rdjson.json": ("rdjson", ReportOptions()),
}
BASELINE_NAME = "baseline.json"
# The Markdown that ``--format github`` appends to $GITHUB_STEP_SUMMARY.
STEP_SUMMARY_NAME = "github-step-summary.md"


def render_case(name: str) -> str:
    """The text a golden file must hold."""
    if name == BASELINE_NAME:
        return write_baseline(canonical_result())
    if name == STEP_SUMMARY_NAME:
        return step_summary(canonical_result(), ReportOptions())
    fmt, options = GOLDEN_CASES[name]
    rendered = render(fmt, canonical_result(), options)
    return rendered if isinstance(rendered, str) else rendered.decode("utf-8")


def all_names() -> list[str]:
    """Every golden file name."""
    return [*GOLDEN_CASES, BASELINE_NAME, STEP_SUMMARY_NAME]


def main() -> None:
    """Write every golden file (bytes exactly; newline="" keeps CRLF in the CSV)."""
    GOLDEN.mkdir(exist_ok=True)
    for name in all_names():
        (GOLDEN / name).write_text(render_case(name), encoding="utf-8", newline="")
        print(f"wrote {GOLDEN / name}")


if __name__ == "__main__":
    main()
