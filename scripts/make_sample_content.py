"""Generate ``sample_content/``: the enablement library of a fictional company, Acme.

Run ``python scripts/make_sample_content.py`` to rebuild it; the output is committed so the
README's main command works on a fresh clone. The library is built so that, judged with the
bundled ``policies/`` as of 2026-11-23, every rule fires at least once and most files are
clean — the way a real library looks the first time freshcheck runs on it.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
from pathlib import Path

from docx import Document as new_docx
from docx.shared import Pt
from pptx import Presentation
from pptx.util import Inches

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "sample_content"
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
sys.path.insert(0, str(ROOT / "scripts"))

from make_pdf_fixtures import Page, write_pdf  # noqa: E402
from sample_pages import SAMPLE_README, WIKI_PAGES  # noqa: E402

AUTHOR = "Acme Enablement"


def stamp(core: object, title: str, modified: dt.datetime) -> None:
    """Set core properties the way Office would have left them."""
    core.title = title  # type: ignore[attr-defined]
    core.author = AUTHOR  # type: ignore[attr-defined]
    core.last_modified_by = "Dana Whitfield"  # type: ignore[attr-defined]
    core.created = modified - dt.timedelta(days=40)  # type: ignore[attr-defined]
    core.modified = modified  # type: ignore[attr-defined]


def bullets_slide(prs: Presentation, title: str, lines: list[str], notes: str = "") -> object:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = title
    body = slide.placeholders[1].text_frame
    body.text = lines[0]
    for line in lines[1:]:
        body.add_paragraph().text = line
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def title_slide(prs: Presentation, title: str, subtitle: str) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = title
    slide.placeholders[1].text = subtitle


def table_slide(prs: Presentation, title: str, rows: list[list[str]], notes: str = "") -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = title
    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(0.4) * len(rows)
    )
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text
    if notes:
        slide.notes_slide.notes_text_frame.text = notes


def save_pptx(prs: Presentation, rel: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    prs.save(path)


def q4_pitch() -> None:
    prs = Presentation()
    title_slide(
        prs, "Acme Analytics: Q4 2026 pitch", "Enablement edition · Last reviewed: 2026-10-05"
    )
    bullets_slide(
        prs,
        "Why Acme",
        [
            "Acme cuts new-hire onboarding time by 45%.",
            "Trusted by more than 4,000 companies worldwide.",
            "99.95% uptime, backed by our SLA.",
        ],
        notes="Open with the onboarding story; pause for questions.",
    )
    bullets_slide(
        prs,
        "Integrations",
        [
            "Connects to 200+ HR and CRM tools out of the box.",
            "Acme Analytics dashboards ship with every plan.",
        ],
    )
    table_slide(
        prs,
        "Plans",
        [
            ["Plan", "Price", "Best for"],
            ["Starter", "$12 per user per month", "Teams up to 50"],
            ["Growth", "$24 per user per month", "Scaling sales teams"],
        ],
    )
    stamp(prs.core_properties, "Q4 2026 pitch", dt.datetime(2026, 10, 5, 9, 30))
    save_pptx(prs, "decks/q4-2026-pitch.pptx")


def onboarding_roi_deck() -> None:
    prs = Presentation()
    title_slide(prs, "Onboarding ROI", "For HR leaders")
    bullets_slide(
        prs,
        "The onboarding problem",
        [
            "New hires take 38 days to ramp on average.",
            "Acme Insights shows where every new hire gets stuck.",
        ],
        notes="Customers see a 3x ROI in the first year. Acme cuts onboarding time by 30%.",
    )
    table_slide(
        prs,
        "Results",
        [
            ["Metric", "With Acme"],
            ["Onboarding time", "Acme cuts new-hire onboarding time by 30%."],
            ["Customers", "Trusted by more than 4,000 companies worldwide."],
        ],
    )
    slide = bullets_slide(
        prs, "Appendix: 2024 pilot", ["Pilot data from FY23, kept for reference."]
    )
    slide.element.set("show", "0")  # a hidden slide: still content, marked hidden
    stamp(prs.core_properties, "Onboarding ROI", dt.datetime(2026, 3, 2, 14, 0))
    save_pptx(prs, "decks/onboarding-roi.pptx")


def customer_stories() -> None:
    prs = Presentation()
    title_slide(prs, "Customer stories", "Three teams that ramped faster with Acme")
    bullets_slide(
        prs,
        "Northwind Traders",
        [
            "Rolled out Acme Analytics to 1,200 sellers in six weeks.",
            "New reps closed their first deal two weeks sooner.",
        ],
        notes="Ask the customer-marketing team before naming the customer externally.",
    )
    bullets_slide(
        prs,
        "Contoso Health",
        [
            "Replaced three spreadsheets with one Acme Connect workspace.",
        ],
    )
    stamp(prs.core_properties, "Customer stories", dt.datetime(2026, 8, 31, 11, 0))
    save_pptx(prs, "decks/customer-stories.pptx")


def docx_with_frame(title: str, header: str, footer: str) -> object:
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    document.add_heading(title, level=1)
    return document


def discovery_playbook() -> None:
    document = docx_with_frame(
        "Discovery call playbook",
        "Acme Sales Playbook · Internal",
        "© 2026 Acme Inc. · Last reviewed: 2026-09-14",
    )
    document.add_paragraph("Use this playbook for the first call with a new HR leader.")
    document.add_heading("Questions that open the conversation", level=2)
    for q in (
        "How long does it take a new hire to become productive today?",
        "Which tools does your team use to track onboarding tasks?",
        "Who owns the onboarding budget?",
    ):
        document.add_paragraph(q, style="List Bullet")
    document.add_heading("Proof points", level=2)
    table = document.add_table(rows=3, cols=2)
    for r, (claim, source) in enumerate(
        [
            ("Acme cuts new-hire onboarding time by 45%.", "2026 customer study"),
            ("Trusted by more than 4,000 companies worldwide.", "CRM, October 2026"),
            ("Connects to 200+ HR and CRM tools out of the box.", "Integrations page"),
        ]
    ):
        table.cell(r, 0).text = claim
        table.cell(r, 1).text = source
    stamp(document.core_properties, "Discovery call playbook", dt.datetime(2026, 9, 14, 10, 0))
    save_docx(document, "playbooks/discovery-call.docx")


def objection_handling() -> None:
    document = docx_with_frame(
        "Objection handling",
        "Acme Sales Playbook · Internal",
        "© 2023 Acme Inc.",
    )
    document.add_paragraph("Objections you will hear, and how to answer them.")
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("It's too expensive.", "Show the ROI model: most teams see 3x ROI in the first year."),
        ("We tried a tool like this.", "Offer a risk-free pilot with one team."),
        ("Will it work for us?", "Tell them Acme delivers guaranteed results in 30 days."),
    ]
    for r, (objection, answer) in enumerate(rows):
        table.cell(r, 0).text = objection
        table.cell(r, 1).text = answer
    disclaimer = document.add_paragraph("Results may vary by team size and rollout plan.")
    disclaimer.runs[0].font.size = Pt(8)
    stamp(document.core_properties, "Objection handling", dt.datetime(2025, 11, 3, 16, 0))
    save_docx(document, "playbooks/objection-handling.docx")


def save_docx(document: object, rel: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)  # type: ignore[attr-defined]


def pdf(rel: str, title: str, modified: str, paragraphs: list[str]) -> None:
    runs = []
    y = 720.0
    runs.append((72.0, y, 18.0, title))
    y -= 36
    for text in paragraphs:
        for line in _wrap(text, 80):
            runs.append((72.0, y, 11.0, line))
            y -= 15
        y -= 12
    page = Page(runs=runs)
    info = {
        "Title": title,
        "Author": AUTHOR,
        "ModDate": modified,
        "CreationDate": modified,
        "Producer": "freshcheck sample generator",
    }
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(write_pdf([page], info))


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def one_pagers() -> None:
    pdf(
        "one-pagers/acme-analytics-overview.pdf",
        "Acme Analytics at a glance",
        "D:20260915090000Z",
        [
            "Acme Analytics shows every manager how their new hires ramp, in one dashboard.",
            "Acme cuts new-hire onboarding time by 45%.",
            "Trusted by more than 4,000 companies worldwide, with 99.95% uptime.",
            "Last reviewed: 2026-10-30 by Product Marketing.",
        ],
    )
    pdf(
        "one-pagers/security-brief.pdf",
        "Security and compliance brief",
        "D:20260720120000Z",
        [
            "Acme is SOC 2 Type II certified and ISO 27001 certified.",
            "Penetration test results current as of March 2023.",
            "Copyright 2019-2022 Acme Inc. All rights reserved.",
        ],
    )


def markdown(rel: str, text: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def wiki() -> None:
    for rel, text in WIKI_PAGES.items():
        markdown(rel, text)


def unreadable() -> None:
    """A deck that was cut off mid-upload: the first 3 KiB of a real pptx."""
    buffer = io.BytesIO()
    prs = Presentation()
    title_slide(prs, "Partner program", "Draft")
    prs.save(buffer)
    path = OUT / "decks/partner-program-draft.pptx"
    path.write_bytes(buffer.getvalue()[:3072])


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    q4_pitch()
    onboarding_roi_deck()
    customer_stories()
    discovery_playbook()
    objection_handling()
    one_pagers()
    wiki()
    unreadable()
    (OUT / "README.md").write_text(SAMPLE_README, encoding="utf-8")
    print(f"wrote {sum(1 for p in OUT.rglob('*') if p.is_file())} files under {OUT}")


if __name__ == "__main__":
    main()
