"""A second held-out library, blind to the tuning of issue 19: Larkspur, an HR and payroll vendor.

    .venv/bin/python benchmarks/heldout_second_company.py --out /tmp/fc-larkspur [--seed 11]

Writes ``lib/`` (about 50 files: decks with slide text, tables and notes; Word documents with
paragraphs, tables and comments; PDFs with wrapped lines; Markdown, HTML and text, some
under ``lib/internal/`` and most under ``lib/external/``), ``policy.yaml`` and
``labels.json``, scans ``lib/`` and prints precision and recall per rule: outdated claims,
retired names, banned phrases and dated references. Each labelled block is a positive (the
rule must flag it) or a look-alike negative (it must not): a retired name in a URL, a code
span or a rename notice; a law with its year; a competitor's figure; the current fact.

Written before the retired-name and dated-reference changes of issue 19 and never used to
tune them (heldout_company.py, Tidewater, was looked at while tuning; this one was not).
The policy uses ``except:`` and ``paths:``; where the code under test does not know them
yet, it is written without them, and what they would have allowed counts against it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from heldout_files import (
    CODE_BLOCK,
    COMMENT,
    NOTES,
    PARAGRAPH,
    ROW,
    Block,
    Label,
    score,
    score_table,
    write_document,
)

AS_OF = dt.date(2026, 12, 1)
OUTDATED = "messaging/outdated-claim"
RETIRED = "messaging/retired-term"
BANNED = "compliance/banned-phrase"
DATED = "content/dated-reference"
RULES = (OUTDATED, RETIRED, BANNED, DATED)
FORMATS = ("pptx", "docx", "pdf", "md", "html", "txt")

PROSE = (
    ("pptx", PARAGRAPH),
    ("pptx", NOTES),
    ("docx", PARAGRAPH),
    ("docx", COMMENT),
    ("pdf", PARAGRAPH),
    ("md", PARAGRAPH),
    ("html", PARAGRAPH),
    ("txt", PARAGRAPH),
)
TABLE = (("pptx", ROW), ("docx", ROW), ("md", ROW), ("html", ROW))
WRAPPED = (("pdf", PARAGRAPH), ("txt", PARAGRAPH), ("md", PARAGRAPH), ("html", PARAGRAPH))
QA = (("txt", PARAGRAPH), ("md", PARAGRAPH), ("pptx", NOTES), ("pdf", PARAGRAPH))
CODE = (("md", PARAGRAPH), ("html", PARAGRAPH))
CODE_BLOCKS = (("md", CODE_BLOCK), ("html", CODE_BLOCK))


@dataclass(frozen=True)
class Template:
    rule: str
    positive: bool
    form: str
    text: str
    places: tuple[tuple[str, str], ...] = PROSE
    copies: int = 4
    folder: str = ""  # "internal" or "external" when the rule's ``paths:`` decides


# ---- outdated claims ---------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    id: str
    current: str
    old: str
    positives: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]
    negatives: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]


TOPICS = (
    Topic(
        "onboarding",
        "Larkspur cuts new-hire onboarding time by 50%.",
        "Larkspur cuts new-hire onboarding time by 35%.",
        (
            ("verbatim", "Larkspur cuts new-hire onboarding time by 35%.", PROSE),
            ("label-value", "New-hire onboarding time reduction | 35%", TABLE),
            ("label-line", "Onboarding time reduction: 35%", PROSE),
            ("q-and-a", "Q: How much faster is onboarding?\nA: 35% faster.", QA),
            ("reworded", "New-hire onboarding time falls by 35% with Larkspur.", PROSE),
        ),
        (
            ("current", "Larkspur cuts new-hire onboarding time by half.", PROSE),
            ("attributed", "Workday claims it cuts new-hire onboarding time by 35%.", PROSE),
            ("lookalike-label", "Office move time reduction | 35%", TABLE),
            ("short-unrelated", "New hires get 35 welcome stickers.", PROSE),
        ),
    ),
    Topic(
        "pay-run",
        "Payroll teams close a pay run in 2 hours with Larkspur.",
        "Payroll teams close a pay run in 4 hours with Larkspur.",
        (
            ("verbatim", "Payroll teams close a pay run in 4 hours with Larkspur.", PROSE),
            ("label-value", "Time to close a pay run | 4 hours", TABLE),
            ("in-words", "Payroll teams close a pay run in four hours with Larkspur.", PROSE),
            ("reworded", "With Larkspur, payroll teams finish a pay run in 4 hours.", PROSE),
        ),
        (
            ("current", "Payroll teams close a pay run in two hours with Larkspur.", PROSE),
            ("attributed", "ADP says payroll teams close a pay run in 4 hours.", PROSE),
            ("lookalike-label", "Time to close the office on Fridays | 4 hours", TABLE),
            ("short-unrelated", "The payroll offsite lasts 4 hours.", PROSE),
        ),
    ),
    Topic(
        "employers",
        "More than 9,000 employers run payroll on Larkspur.",
        "More than 6,500 employers run payroll on Larkspur.",
        (
            ("verbatim", "More than 6,500 employers run payroll on Larkspur.", PROSE),
            ("label-value", "Employers running payroll on Larkspur | 6,500+", TABLE),
            ("reworded", "Over 6,500 employers now run their payroll on Larkspur.", PROSE),
            ("q-and-a", "Q: How many employers run payroll on Larkspur?\nA: More than 6,500.", QA),
        ),
        (
            ("current", "Employers running payroll on Larkspur | 9K+", TABLE),
            ("attributed", "Gusto says more than 6,500 employers run payroll on it.", PROSE),
            ("short-unrelated", "More than 6,500 people follow our blog.", PROSE),
        ),
    ),
    Topic(
        "accuracy",
        "Larkspur pays 99.8% of employees correctly on the first run.",
        "Larkspur pays 99.5% of employees correctly on the first run.",
        (
            ("verbatim", "Larkspur pays 99.5% of employees correctly on the first run.", PROSE),
            ("label-value", "First-run pay accuracy | 99.5%", TABLE),
            ("label-line", "First-run pay accuracy: 99.5%", PROSE),
            (
                "reworded",
                "On the first run, Larkspur pays 99.5 percent of employees correctly.",
                PROSE,
            ),
        ),
        (
            ("current", "First-run pay accuracy | 99.8 percent", TABLE),
            ("lookalike-label", "Badge printer uptime | 99.5%", TABLE),
            (
                "attributed",
                "Paychex reports it pays 99.5% of employees correctly on the first run.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "time-to-hire",
        "Hiring managers fill roles 20 days faster with Larkspur.",
        "Hiring managers fill roles 14 days faster with Larkspur.",
        (
            ("verbatim", "Hiring managers fill roles 14 days faster with Larkspur.", PROSE),
            ("in-words", "Hiring managers fill roles two weeks faster with Larkspur.", PROSE),
            ("label-value", "Time-to-fill improvement | 14 days", TABLE),
            ("reworded", "With Larkspur, hiring managers fill open roles 14 days sooner.", PROSE),
        ),
        (
            ("current", "Hiring managers fill roles twenty days faster with Larkspur.", PROSE),
            ("short-unrelated", "Hiring fairs run for 14 days in spring.", PROSE),
            ("lookalike-label", "Parking permit renewal | 14 days", TABLE),
        ),
    ),
    Topic(
        "price",
        "Larkspur People costs $8 per employee per month.",
        "Larkspur People costs $6 per employee per month.",
        (
            ("verbatim", "Larkspur People costs $6 per employee per month.", PROSE),
            ("label-value", "Larkspur People price per employee per month | $6", TABLE),
            ("in-words", "Larkspur People costs six dollars per employee per month.", PROSE),
            ("q-and-a", "Q: What does Larkspur People cost?\nA: $6 per employee per month.", QA),
        ),
        (
            ("current", "Larkspur People price per employee per month | 8 dollars", TABLE),
            ("attributed", "BambooHR costs $6 per employee per month.", PROSE),
            ("short-unrelated", "A coffee costs $6 at the conference.", PROSE),
        ),
    ),
    Topic(
        "retention",
        "Companies using Larkspur keep 15% more new hires through their first year.",
        "Companies using Larkspur keep 10% more new hires through their first year.",
        (
            (
                "verbatim",
                "Companies using Larkspur keep 10% more new hires through their first year.",
                PROSE,
            ),
            ("label-value", "First-year new-hire retention uplift | 10%", TABLE),
            (
                "reworded",
                "New-hire first-year retention rises by 10% at companies using Larkspur.",
                PROSE,
            ),
        ),
        (
            (
                "current",
                "Companies using Larkspur keep fifteen percent more new hires"
                " through their first year.",
                PROSE,
            ),
            (
                "attributed",
                "Analysts at Forrester say companies keep 10% more new hires with any HR suite.",
                PROSE,
            ),
            ("lookalike-label", "Cafeteria satisfaction uplift | 10%", TABLE),
        ),
    ),
    Topic(
        "integrations",
        "Larkspur connects to 300+ HR and finance apps.",
        "Larkspur connects to 200+ HR and finance apps.",
        (
            ("verbatim", "Larkspur connects to 200+ HR and finance apps.", PROSE),
            ("label-value", "HR and finance apps connected | 200+", TABLE),
            ("in-words", "Larkspur connects to more than two hundred HR and finance apps.", PROSE),
            ("reworded", "Larkspur integrates with over 200 HR and finance apps.", PROSE),
        ),
        (
            ("current", "HR and finance apps connected | more than 300", TABLE),
            ("attributed", "Rippling connects to 200+ HR and finance apps.", PROSE),
            ("short-unrelated", "Our finance team ran 200 expense reports.", PROSE),
        ),
    ),
)


def claim_templates() -> list[Template]:
    out = []
    for topic in TOPICS:
        for form, text, places in topic.positives:
            out.append(Template(OUTDATED, True, form, text, places, copies=3))
        for form, text, places in topic.negatives:
            out.append(Template(OUTDATED, False, form, text, places, copies=3))
    return out


# ---- retired names -----------------------------------------------------------------------

NO_PDF = tuple(place for place in PROSE if place[0] != "pdf")

RETIRED_TEMPLATES = (
    Template(RETIRED, True, "plain", "Approve leave requests in PeopleDesk before Friday."),
    Template(RETIRED, True, "case", "Log in to PEOPLEDESK with your work account."),
    Template(RETIRED, True, "possessive", "PeopleDesk's leave calendar shows team absences."),
    Template(RETIRED, True, "plural", "Both PeopleDesks were merged into one tenant last spring."),
    Template(RETIRED, True, "plural", "Customers running two ShiftWises can merge rotas."),
    Template(RETIRED, True, "compound-hyphen", "Rotas are published from Shift-Wise every Monday."),
    Template(RETIRED, True, "compound-hyphen", "Export the register from People-Desk as CSV."),
    Template(
        RETIRED, True, "compound-space", "Managers approve timesheets in Pay Pilot each week."
    ),
    Template(RETIRED, True, "soft-hyphen", "Managers open Shift\u00adWise to swap shifts."),
    Template(RETIRED, True, "soft-hyphen", "Payslips are sent from Pay\u00adPilot on the 25th."),
    Template(RETIRED, True, "two-words", "Larkspur Pro runs payroll for up to 500 staff."),
    Template(
        RETIRED, True, "two-words-nbsp", "Upgrade to Larkspur\u00a0Pro for multi-entity payroll."
    ),
    Template(
        RETIRED, True, "line-end-hyphen", "The rota in Shift-\nWise opens on Monday.", WRAPPED
    ),
    Template(
        RETIRED, True, "line-end-hyphen", "Leave balances live in Peo-\npleDesk for now.", WRAPPED
    ),
    Template(
        RETIRED, True, "line-break", "Payroll admins on Larkspur\nPro see the new menu.", WRAPPED
    ),
    Template(RETIRED, True, "line-end-hyphen", "Payslips from PayPi-\nlot are archived.", WRAPPED),
    Template(RETIRED, True, "nb-hyphen", "Open Shift\u2011Wise from the home screen.", NO_PDF),
)

RETIRED_NEGATIVES = (
    Template(RETIRED, False, "replacement", "Approve leave requests in Larkspur People."),
    Template(RETIRED, False, "replacement", "Larkspur Payroll runs payroll for up to 500 staff."),
    Template(RETIRED, False, "longer-word", "Larkspur Professional Services help with the set-up."),
    Template(RETIRED, False, "longer-word", "Our payroll pilot programme starts in May."),
    Template(
        RETIRED,
        False,
        "url",
        "Set-up steps are at https://help.larkspur.example/peopledesk/setup today.",
    ),
    Template(RETIRED, False, "url", "See www.shiftwise.example/rotas for the archive."),
    Template(
        RETIRED, False, "email", "Send questions to support@peopledesk.example before launch."
    ),
    Template(RETIRED, False, "email", "Write to payroll.help@paypilot.example for old payslips."),
    Template(
        RETIRED,
        False,
        "file-path",
        "The export lands in /srv/exports/PeopleDesk/leave.csv each night.",
    ),
    Template(
        RETIRED,
        False,
        "file-path",
        "Old rotas are kept in C:\\Archive\\ShiftWise\\rotas.xlsx on the share.",
    ),
    Template(
        RETIRED, False, "code-span", "Run ⟦peopledesk-sync --all⟧ once after the upgrade.", CODE
    ),
    Template(
        RETIRED, False, "code-span", "The API still answers to ⟦ShiftWise.Rota⟧ for now.", CODE
    ),
    Template(RETIRED, False, "code-block", "paypilot export --month 11", CODE_BLOCKS),
    Template(
        RETIRED,
        False,
        "rename-notice",
        "Larkspur People (formerly PeopleDesk) keeps every leave record.",
    ),
    Template(
        RETIRED, False, "rename-notice", "Larkspur Scheduling, formerly ShiftWise, publishes rotas."
    ),
    Template(RETIRED, False, "rename-notice", "Larkspur Pay (previously PayPilot) sends payslips."),
    Template(RETIRED, False, "except", "Read the PeopleDesk migration guide before the move."),
)


# ---- banned phrases ----------------------------------------------------------------------

BANNED_TEMPLATES = (
    Template(BANNED, True, "plain", "Larkspur makes every audit audit-proof for employers."),
    Template(BANNED, True, "plain", "We promise zero payroll errors from day one."),
    Template(BANNED, True, "case", "ZERO PAYROLL ERRORS, every single month."),
    Template(BANNED, True, "hyphen", "Enjoy zero-payroll-errors pay runs."),
    Template(
        BANNED, True, "line-break", "Customers report zero payroll\nerrors after moving.", WRAPPED
    ),
    Template(BANNED, True, "pattern", "Switching is no-risk for any employer."),
    Template(BANNED, True, "pattern", "Start a no risk pilot this quarter."),
    Template(BANNED, True, "single-word", "Overtime rules are guaranteed to be right."),
    Template(
        BANNED,
        True,
        "paths",
        "A best-in-class payroll engine for growing teams.",
        folder="external",
    ),
    Template(BANNED, True, "paths", "Best in class onboarding, out of the box.", folder="external"),
)

BANNED_NEGATIVES = (
    Template(BANNED, False, "look-alike", "Payroll errors fell to almost zero for most customers."),
    Template(BANNED, False, "look-alike", "Each audit is easier with a full record."),
    Template(BANNED, False, "look-alike", "There is no riskier time than year end."),
    Template(
        BANNED, False, "look-alike", "We never promise that anything is proof against audits."
    ),
    Template(
        BANNED, False, "except", "Larkspur applies the guaranteed minimum wage in each state."
    ),
    Template(BANNED, False, "except", "Contracts list guaranteed hours per week."),
    Template(
        BANNED,
        False,
        "paths",
        "Our best-in-class payroll team notes for internal use.",
        folder="internal",
    ),
    Template(
        BANNED,
        False,
        "paths",
        "Best in class: the internal rota champions list.",
        folder="internal",
    ),
)


# ---- dated references --------------------------------------------------------------------

DATED_TEMPLATES = (
    Template(DATED, True, "fy-short", "FY22 results show strong payroll growth."),
    Template(DATED, True, "fy-space", "Targets for FY 2023 were met by every region."),
    Template(DATED, True, "fiscal", "Revenue grew 30% in fiscal 2022."),
    Template(DATED, True, "fiscal-year", "Fiscal year 2023 headcount plans are attached."),
    Template(DATED, True, "quarter-fy", "The Q1 FY23 release added shift swaps."),
    Template(
        DATED, True, "quarter-words", "Launched in the first quarter of 2023 for UK customers."
    ),
    Template(DATED, True, "quarter-year", "Roadmap items for Q3 2022 are complete."),
    Template(DATED, True, "copyright", "© 2021 Larkspur Inc. All rights reserved."),
    Template(DATED, True, "as-of", "Pricing current as of March 2023."),
    Template(DATED, True, "wrapped", "Results for fiscal\n2022 beat the plan.", WRAPPED),
    Template(
        DATED,
        True,
        "wrapped",
        "Benefits enrolment in the second quarter of\n2023 doubled.",
        WRAPPED,
    ),
    Template(DATED, True, "wrapped", "Numbers are from FY\n2022 filings.", WRAPPED),
)

DATED_NEGATIVES = (
    Template(DATED, False, "standard", "Larkspur is certified to ISO 27001:2022 in every region."),
    Template(DATED, False, "law", "Payroll data is handled under GDPR 2016/679."),
    Template(DATED, False, "law", "Controls follow the Sarbanes-Oxley Act of 2002."),
    Template(DATED, False, "law", "Overtime follows the Fair Labor Standards Act of 1938."),
    Template(DATED, False, "law", "Health plans meet HIPAA (1996) rules."),
    Template(DATED, False, "history", "Larkspur was founded in 2012 in Leeds."),
    Template(DATED, False, "current", "The FY27 plan adds two regions."),
    Template(DATED, False, "current", "Roadmap items for Q3 2026 are on track."),
    Template(DATED, False, "current", "© 2026 Larkspur Inc."),
    Template(
        DATED,
        False,
        "wrapped-law",
        "Records follow the Sarbanes-Oxley Act of\n2002 in the US.",
        WRAPPED,
    ),
)


def templates() -> list[Template]:
    return [
        *claim_templates(),
        *(t for group in (RETIRED_TEMPLATES, BANNED_TEMPLATES, DATED_TEMPLATES) for t in group),
        *(t for group in (RETIRED_NEGATIVES, BANNED_NEGATIVES, DATED_NEGATIVES) for t in group),
    ]


# ---- the library -------------------------------------------------------------------------

FILES_PER_FORMAT = {"pptx": 8, "docx": 8, "pdf": 8, "md": 9, "html": 8, "txt": 7}
FILLER = (
    "Start with the customer's current payroll calendar.",
    "Ask how many entities they pay from.",
)


def _pdf_safe(text: str) -> bool:
    try:
        text.replace("⟦", "").replace("⟧", "").encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    """Files (relative path → format and blocks) and labels, drawn with ``seed``."""
    rng = random.Random(seed)
    files: dict[str, tuple[str, list[Block]]] = {}
    for fmt, count in FILES_PER_FORMAT.items():
        for n in range(count):
            folder = "internal" if n == 0 else "external"
            files[f"{folder}/larkspur-{fmt}-{n + 1:02d}.{fmt}"] = (fmt, [Block(FILLER[0])])
    labels: list[Label] = []
    for template in templates():
        places = [p for p in template.places if p[0] != "pdf" or _pdf_safe(template.text)]
        for _copy in range(template.copies):
            fmt, place = rng.choice(places)
            names = [
                name
                for name, (f, _blocks) in files.items()
                if f == fmt and (not template.folder or name.startswith(template.folder + "/"))
            ]
            name = rng.choice(names)
            files[name][1].append(Block(template.text, place))
            labels.append(
                Label(name, template.rule, template.positive, template.form, template.text)
            )
    for _fmt, blocks in files.values():
        blocks.append(Block(FILLER[1]))
    return files, labels


def policy_yaml(with_new_keys: bool) -> str:
    """The policy; ``with_new_keys``: ``except:`` and ``paths:`` (issue 19) are used."""
    lines = [
        "version: 1",
        "freshness:",
        "  dated_references:",
        "    max_age: 2y",
        "messaging:",
        "  threshold: 85",
        "  messages:",
    ]
    for topic in TOPICS:
        lines += [
            f"    - id: {topic.id}",
            f"      current: {json.dumps(topic.current)}",
            f"      superseded: [{json.dumps(topic.old)}]",
        ]
    lines += [
        "  terms:",
        '    - retired: ["PeopleDesk"]',
        '      use: "Larkspur People"',
        *(['      except: ["PeopleDesk migration guide"]'] if with_new_keys else []),
        '    - retired: ["ShiftWise"]',
        '      use: "Larkspur Scheduling"',
        '    - retired: ["PayPilot"]',
        '      use: "Larkspur Pay"',
        '    - retired: ["Larkspur Pro"]',
        '      use: "Larkspur Payroll"',
        "compliance:",
        "  banned:",
        '    - phrase: "audit-proof"',
        '    - phrase: "zero payroll errors"',
        "    - pattern: '\\bno[- ]risk\\b'",
        '    - phrase: "guaranteed"',
        *(
            ['      except: ["guaranteed minimum wage", "guaranteed hours"]']
            if with_new_keys
            else []
        ),
        '    - phrase: "best-in-class"',
        *(['      paths: ["lib/external/**"]'] if with_new_keys else []),
    ]
    return "\n".join(lines) + "\n"


def evaluate(out: Path, seed: int) -> tuple[str, list[str], bool]:
    import freshcheck
    from freshcheck.errors import PolicyError

    lib = out / "lib"
    files, labels = build(seed)
    for name, (fmt, blocks) in files.items():
        folder, stem = name.rsplit("/", 1)
        write_document(lib / folder, stem.rsplit(".", 1)[0], fmt, "Larkspur field guide", blocks)
    policy = out / "policy.yaml"
    policy.write_text(policy_yaml(with_new_keys=True))
    try:
        freshcheck.load_policy(policy)
        new_keys = True
    except PolicyError:  # before issue 19 point 4 there is no ``except:`` or ``paths:``
        policy.write_text(policy_yaml(with_new_keys=False))
        new_keys = False
    (out / "labels.json").write_text(json.dumps([asdict(lb) for lb in labels], indent=1) + "\n")
    scores, misses = score(lib, policy, labels, RULES, AS_OF)
    return score_table(scores), misses, new_keys


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--misses", action="store_true", help="list what it gets wrong")
    args = parser.parse_args()
    table, misses, new_keys = evaluate(args.out, args.seed)
    files, labels = build(args.seed)
    print(
        f"Larkspur (seed {args.seed}): {len(files)} files, "
        f"{sum(lb.positive for lb in labels)} positives, "
        f"{sum(not lb.positive for lb in labels)} negatives; "
        f"except/paths in the policy: {'yes' if new_keys else 'no (not supported)'}"
    )
    print(table)
    if args.misses:
        for miss in misses:
            print("  ", miss)


if __name__ == "__main__":
    main()
