"""THE canonical ScanResult behind every golden report file.

It covers every status, every rule id, every part kind, every last-updated source, md/txt
line locations, table cells, suppressed counts, an unreadable file, notes, non-ASCII and
HTML-special text, Markdown specials and CSV-injection strings. Change it, then run
``python -m tests.report.make_golden`` and review the diff of ``tests/report/golden/``.
"""

from __future__ import annotations

import datetime as dt

from freshcheck.model import (
    FileResult,
    Finding,
    Location,
    Position,
    ReadError,
    Region,
    ScanResult,
)

AS_OF = dt.date(2026, 11, 23)
D = dt.date

CLAIM_EXPECTED = "Acme cuts new-hire onboarding time by 45%."


def _deck() -> FileResult:
    return FileResult(
        path="decks/q3-pitch.pptx",
        format="pptx",
        status="overdue",
        last_updated=D(2026, 1, 10),
        source="git",
        due=D(2026, 4, 10),
        cadence_days=90,
        owner="enablement@example.com",
        findings=(
            Finding(
                "freshness/overdue",
                "error",
                "Overdue for review since 2026-04-10 (227 days; cadence 90 days)",
            ),
            Finding(
                "messaging/outdated-claim",
                "error",
                "Outdated claim: says 30%, current messaging says 45%",
                Location(slide=3, part="notes"),
                "Acme cuts onboarding time by 30%",
                CLAIM_EXPECTED,
                "onboarding-time",
                91.5,
                span=(29, 32),
            ),
            Finding(
                "messaging/outdated-claim",
                "error",
                "Outdated claim: matches a superseded version of 'onboarding-time'",
                Location(slide=1, part="title", shape="Title 1"),
                "Acme cuts new-hire onboarding time by 30%.",
                CLAIM_EXPECTED,
                "onboarding-time",
                100.0,
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Acme Insights': renamed in 2025",
                Location(slide=5, part="table", shape="Table 3", cell=(2, 3)),
                "Acme Insights <b>dashboards</b> & “reports”",
                "Acme Analytics",
                span=(0, 13),
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Insights Pro'",
                Location(slide=6, part="chart", shape="Chart 2"),
                "Insights Pro adoption by quarter",
                "Acme Analytics",
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "Copyright year 2021 is older than 2 years",
                Location(slide=1, part="master", shape="Footer Placeholder 4"),
                "© 2021 Acme Corp",
            ),
            Finding(
                "compliance/banned-phrase",
                "error",
                "Banned phrase 'risk-free': Legal 2025-04",
                Location(slide=7, part="smartart"),
                "A risk-free rollout in 30 days",
            ),
            Finding(
                "compliance/banned-phrase",
                "warning",
                "Banned phrase 'best in class'",
                Location(slide=8, part="comment", shape="comment by Jo"),
                "Say we are best in class here?",
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Insights Pro'",
                Location(slide=9, part="body", shape="TextBox 7"),
                "Insights Pro adoption by quarter",
                "Acme Analytics",
            ),
        ),
        suppressed=1,
    )


def _playbook() -> FileResult:
    return FileResult(
        path="playbooks/Überblick — sales playbook.docx",
        format="docx",
        status="due-soon",
        last_updated=D(2026, 6, 1),
        source="property",
        due=D(2026, 11, 28),
        cadence_days=180,
        owner="Zoë Müller <zoe@example.com>",
        findings=(
            Finding("freshness/due-soon", "warning", "Due for review on 2026-11-28 (in 5 days)"),
            Finding(
                "compliance/banned-phrase",
                "error",
                "Banned phrase 'guaranteed results': No outcome guarantees",
                Location(paragraph=12, part="body"),
                "We offer guaranteed results | no risk <script>alert('x')</script>",
                span=(9, 27),
            ),
            Finding(
                "compliance/missing-disclaimer",
                "error",
                "Mentions ROI but lacks the disclaimer 'Results may vary'",
                None,
                None,
                "Results may vary",
            ),
            Finding(
                "content/dated-reference",
                "info",
                "Fiscal period FY22 is older than 2 years",
                Location(paragraph=1, part="header", shape="header (first page)"),
                "FY22 kickoff edition",
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "'As of' date March 2023 is older than 2 years",
                Location(paragraph=40, part="footer"),
                "Figures as of March 2023",
                span=(8, 24),
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Acme Insights'",
                Location(paragraph=2, part="footnote", shape="footnote 3"),
                "Source: Acme Insights benchmark",
                "Acme Analytics",
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Acme Insights'",
                Location(paragraph=18, part="textbox", shape="Text Box 2"),
                "Ask about Acme Insights",
                "Acme Analytics",
            ),
        ),
        suppressed=2,
    )


def _pricing() -> FileResult:
    return FileResult(
        path="one-pagers/pricing.pdf",
        format="pdf",
        status="fresh",
        last_updated=D(2026, 10, 2),
        source="metadata",
        due=D(2027, 3, 31),
        cadence_days=180,
        owner="pmm@example.com",
        findings=(
            Finding(
                "compliance/banned-phrase",
                "error",
                "Banned phrase 'guaranteed results'",
                Location(page=2, part="annotation"),
                '=HYPERLINK("http://evil.example","guaranteed results")',
            ),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Insights Pro'",
                Location(page=3, part="form", shape="field ProductName"),
                "+Insights Pro",
                "Acme Analytics",
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "Copyright year 2019 is older than 2 years",
                Location(page=1, part="body"),
                "@SUM(A1:A9) © 2019",
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "Fiscal period Q3 2023 is older than 2 years",
                Location(page=4, part="body"),
                "-2+3 Q3 2023 results",
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "Fiscal period H1 2022 is older than 2 years",
                Location(page=4, part="table", cell=(1, 2)),
                "\tH1 2022\rtotals",
            ),
        ),
    )


def _wiki() -> FileResult:
    return FileResult(
        path="wiki/onboarding.md",
        format="md",
        status="fresh",
        last_updated=D(2026, 9, 30),
        source="marker",
        due=D(2027, 3, 29),
        cadence_days=180,
        owner="enablement@example.com",
        findings=(
            Finding(
                "messaging/outdated-claim",
                "error",
                "Outdated claim: says 30%, current messaging says 45%",
                Location(line=14, part="body"),
                "Onboarding is **30%** faster with _Acme_ [details](http://x) #1",
                CLAIM_EXPECTED,
                "onboarding-time",
                88.0,
            ),
            Finding(
                "content/dated-reference",
                "warning",
                "Fiscal period FY23 is older than 2 years",
                Location(line=3, part="table"),
                "| FY23 | $1.2M |",
            ),
        ),
        notes=("front matter 'reviewed' is in the future (2027-01-01); ignored",),
    )


def _script() -> FileResult:
    return FileResult(
        path="notes/call-script.txt",
        format="txt",
        status="overdue",
        last_updated=D(2025, 1, 5),
        source="mtime",
        due=D(2025, 7, 4),
        cadence_days=180,
        owner=None,
        findings=(
            Finding("freshness/overdue", "error", "Overdue for review since 2025-07-04"),
            Finding(
                "messaging/retired-term",
                "error",
                "Retired term 'Insights Pro'",
                Location(line=7, part="body"),
                "Pitch `Insights Pro` \\ *now* ~~old~~ <img src=x onerror=alert(1)>",
                "Acme Analytics",
                span=(7, 19),
                region=Region(Position(7, 8, 8), Position(7, 20, 20), verbatim=True),
            ),
        ),
    )


def _faq() -> FileResult:
    return FileResult(
        path="web/faq.html",
        format="html",
        status="fresh",
        last_updated=D(2026, 11, 1),
        source="review",
        due=D(2027, 4, 30),
        cadence_days=180,
        owner="web@example.com",
        findings=(
            Finding(
                "compliance/banned-phrase",
                "error",
                "Banned phrase 'guaranteed results'",
                Location(paragraph=4, part="body"),
                "</script><script>alert(document.cookie)</script> guaranteed results",
            ),
        ),
    )


def _broken() -> FileResult:
    return FileResult(
        path="decks/broken.pptx",
        format="pptx",
        status="error",
        owner="enablement@example.com",
        cadence_days=90,
        findings=(
            Finding(
                "file/unreadable",
                "error",
                "Cannot read: the zip archive is truncated",
            ),
        ),
        notes=("a PDF named .pptx, read as PDF",),
        error=ReadError("corrupt", "the zip archive is truncated"),
    )


def _clean() -> tuple[FileResult, ...]:
    return (
        FileResult(
            path="decks/intro.pptx",
            format="pptx",
            status="fresh",
            last_updated=D(2026, 10, 20),
            source="review",
            due=D(2027, 1, 18),
            cadence_days=90,
            owner="enablement@example.com",
        ),
        FileResult(
            path="glossary.txt",
            format="txt",
            status="fresh",
            last_updated=D(2026, 11, 20),
            source="mtime",
            due=D(2027, 5, 19),
            cadence_days=180,
        ),
    )


def canonical_result() -> ScanResult:
    """The one ScanResult that every golden report file is rendered from."""
    files = (_deck(), _playbook(), _pricing(), _wiki(), _script(), _faq(), _broken(), *_clean())
    return ScanResult(
        as_of=AS_OF,
        roots=("content",),
        files=tuple(sorted(files, key=lambda file: file.path)),
        policy_digest="sha256:0f3c",
        tool_version="0.1.0",
        policy_sources=("content/freshcheck.yaml",),
    )
