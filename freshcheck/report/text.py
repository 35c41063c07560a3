"""The terminal report: files that need attention, each finding with what to do.

Rendered with rich into a string, drained after each file so that a report of any size
is written in pieces. Colour only when ``options.color``; excerpts are rich
``Text`` objects, never markup, so ``[bold]`` in a document prints as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.inert import inert_result
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import (
    STATUS_LABELS,
    STATUS_ORDER,
    Summary,
    advice,
    cadence_text,
    excerpt_parts,
    grouped,
    iso,
    needs_attention,
    one_line,
    summarize,
    summary_line,
    where,
)

STATUS_STYLES = {"overdue": "bold red", "error": "bold magenta", "due-soon": "yellow"}
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "cyan"}
SEVERITY_MARKS = {"error": "✖", "warning": "▲", "info": "●"}
DETAIL_INDENT = "\n      "
GROUP_TITLES = {"owner": "Owner", "folder": "Folder", "status": "Status"}


def render_text(result: ScanResult, options: ReportOptions) -> str:
    """The human report; ``quiet`` keeps only the summary."""
    return "".join(text_chunks(result, options))


def text_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_text`` in pieces: a first pass counts the summary, then one piece per file
    that needs attention, then the summary table."""
    result = inert_result(result)  # names and text from files: escaped, never acted on
    stream = StringIO()
    console = Console(
        file=stream,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    summary = summarize(result, options)
    if not options.quiet:
        for _ in _print_files(console, result, options):
            yield _drain(stream)
    _print_summary(console, result, summary)
    yield _drain(stream)


def _drain(stream: StringIO) -> str:
    """The lines printed since the last drain, trailing blanks cut; the stream is emptied.

    Padding and tables leave trailing blanks that only make diffs and pipes noisy. Every
    print ends a line, so cutting line by line per piece equals cutting the whole report.
    """
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


def _print_files(console: Console, result: ScanResult, options: ReportOptions) -> Iterator[None]:
    """Print the files that need attention, yielding after each so the caller can drain."""
    if options.group_by is None:
        for file in result.files:
            if needs_attention(file, options):
                _print_file(console, file, show_owner=True)
                yield None
        return
    # Sections need their files before the first is printed (the heading counts them), so
    # grouping keeps the files that need attention, and only those, in memory.
    attention = (file for file in result.files if needs_attention(file, options))
    for key, files in grouped(attention, options.group_by):
        if key is not None:
            title = GROUP_TITLES[options.group_by]
            label = STATUS_LABELS.get(key, key) if options.group_by == "status" else key
            count = f"{len(files)} file{'' if len(files) == 1 else 's'}"
            console.rule(Text(f"{title}: {label} ({count})", style="bold"), align="left")
        for file in files:
            _print_file(console, file, show_owner=options.group_by != "owner")
            yield None


def _print_file(console: Console, file: FileResult, *, show_owner: bool) -> None:
    """The file's lines, then a blank line."""
    # One Text per file, printed without rich's wrapping: printing thousands of small
    # renderables is slow, and unwrapped lines stay greppable; the terminal wraps them.
    out = _file_text(file, show_owner=show_owner)
    if console.no_color and "\t" not in out.plain:
        # Without colour, rich would write the plain text line by line (control codes were
        # dropped as it was appended), at 0.5 ms a file: 5 s of a 10,000-file report. Tabs
        # are left to rich, which expands them by cell width.
        console.file.write(out.plain + "\n\n")
    else:
        console.print(out, soft_wrap=True)
        console.print()


def _file_text(file: FileResult, *, show_owner: bool) -> Text:
    out = Text()
    out.append(file.path, style="bold underline")
    out.append("  ")
    out.append(STATUS_LABELS.get(file.status, file.status).upper(), STATUS_STYLES.get(file.status))
    facts: list[str] = []
    if file.due is not None:
        facts.append(f"due {iso(file.due)}")
    if file.last_updated is not None:
        source = f" ({file.source})" if file.source else ""
        facts.append(f"last updated {iso(file.last_updated)}{source}")
    cadence = cadence_text(file)
    if cadence is not None:
        facts.append(cadence)
    if show_owner:
        facts.append(f"owner {file.owner}" if file.owner else "no owner")
    if file.suppressed:
        facts.append(f"{file.suppressed} suppressed")
    out.append("\n  " + " · ".join(facts), style="dim")
    if file.error is not None:
        out.append(f"\n  cannot read: {one_line(file.error.reason)} [{file.error.kind}]", "magenta")
    for note in file.notes:
        out.append(f"\n  note: {one_line(note)}", style="dim")
    for finding in file.findings:
        _append_finding(out, finding, file.path)
    return out


def _append_finding(out: Text, finding: Finding, path: str) -> None:
    style = SEVERITY_STYLES.get(finding.severity)
    out.append("\n  ")
    out.append(f"{SEVERITY_MARKS.get(finding.severity, '-')} {finding.severity:<7}", style)
    out.append(f" {where(finding)}", style="bold")
    if finding.location is not None and finding.location.shape:
        out.append(f" · {one_line(finding.location.shape)}")
    out.append(f"  {finding.rule}", style="dim")
    out.append(f"{DETAIL_INDENT}{one_line(finding.message)}")
    parts = excerpt_parts(finding)
    if parts is not None:
        before, match, after = (one_line(part) for part in parts)
        _append_excerpt(out, before, match, after)
    todo = advice(finding, path)
    if todo:
        out.append(f"{DETAIL_INDENT}→ {one_line(todo)}", style="green")


def _append_excerpt(out: Text, before: str, match: str, after: str) -> None:
    """The excerpt in quotes, its match in reverse video, and a caret line under the match
    (unless it is the whole excerpt) so logs and pipes without colour show it too."""
    out.append(f"{DETAIL_INDENT}“{before}", style="italic")
    out.append(match, style="bold italic reverse")
    out.append(f"{after}”", style="italic")
    if match and (before or after):
        # Counted in terminal cells, so wide characters keep the carets aligned.
        out.append(f"{DETAIL_INDENT} {' ' * cell_len(before)}{'^' * cell_len(match)}", style="dim")


def _print_summary(console: Console, result: ScanResult, summary: Summary) -> None:
    console.print(Text(f"freshcheck · as of {result.as_of.isoformat()}", style="bold"))
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("status")
    table.add_column("files", justify="right")
    for status in STATUS_ORDER:
        style = STATUS_STYLES.get(status)
        table.add_row(Text(STATUS_LABELS[status], style or ""), str(summary.by_status[status]))
    if summary.by_rule:
        rules = Table(box=box.SIMPLE_HEAD)
        rules.add_column("rule")
        rules.add_column("findings", justify="right")
        for rule, count in summary.by_rule.items():
            rules.add_row(rule, str(count))
        grid = Table.grid(padding=(0, 4))
        grid.add_row(table, rules)
        console.print(grid)
    else:
        console.print(table)
    console.print(Text(summary_line(summary), style="bold"), soft_wrap=True)
