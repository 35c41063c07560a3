"""The terminal report: grouped by file, locations, what to do, summary; colour on demand."""

from __future__ import annotations

from dataclasses import replace

from freshcheck.model import Finding, Location, ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.text import render_text

ANSI = "\x1b["


def test_files_findings_and_advice(result: ScanResult) -> None:
    text = render_text(result, ReportOptions())
    assert "decks/q3-pitch.pptx  OVERDUE" in text
    assert "due 2026-04-10 · last updated 2026-01-10 (git)" in text
    assert "slide 3 (notes)" in text and "slide 5 (table, row 2, column 3) · Table 3" in text
    assert "→ Current approved text (message onboarding-time): Acme cuts new-hire" in text
    assert "→ Use instead: Acme Analytics" in text
    assert "cannot read: the zip archive is truncated [corrupt]" in text
    # Fresh files without findings are counted, not listed.
    assert "decks/intro.pptx" not in text and "glossary.txt" not in text
    assert "9 files: 2 overdue, 1 unreadable, 1 due soon, 5 fresh" in text
    assert "3 suppressed" in text


def test_no_colour_unless_asked(result: ScanResult) -> None:
    assert ANSI not in render_text(result, ReportOptions())
    assert ANSI in render_text(result, ReportOptions(color=True))


def test_quiet_prints_only_the_summary(result: ScanResult) -> None:
    text = render_text(result, ReportOptions(quiet=True, baselined=2))
    assert "decks/" not in text
    assert "findings (18 errors, 8 warnings, 1 info) · 3 suppressed · 2 baselined" in text


def test_group_by_owner_makes_a_section_per_owner(result: ScanResult) -> None:
    text = render_text(result, ReportOptions(group_by="owner"))
    heads = [line.rsplit(" (", 1)[0] for line in text.splitlines() if line.startswith("Owner: ")]
    assert heads == [
        "Owner: enablement@example.com",
        "Owner: pmm@example.com",
        "Owner: web@example.com",
        "Owner: Zoë Müller <zoe@example.com>",
        "Owner: (no owner)",
    ]


def test_group_by_status_and_folder(result: ScanResult) -> None:
    text = render_text(result, ReportOptions(group_by="status"))
    heads = [line for line in text.splitlines() if line.startswith("Status: ")]
    assert [h.rsplit(" (", 1)[0] for h in heads] == [
        "Status: overdue",
        "Status: unreadable",
        "Status: due soon",
        "Status: fresh",
    ]
    text = render_text(result, ReportOptions(group_by="folder"))
    assert "Folder: decks (2 files)" in text


def test_markup_in_documents_prints_as_written(result: ScanResult) -> None:
    odd = Finding("messaging/retired-term", "error", "[bold]x[/bold]", Location(line=2), "[red]y")
    first = replace(result.files[0], findings=(odd,))
    text = render_text(replace(result, files=(first,)), ReportOptions(color=True))
    assert "[bold]x[/bold]" in text and "[red]y" in text


def test_control_characters_do_not_reach_the_terminal(result: ScanResult) -> None:
    text = render_text(result, ReportOptions())
    assert "\r" not in text and "\t" not in text
    assert "H1 2022 totals" in text
