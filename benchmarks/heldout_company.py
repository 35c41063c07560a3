"""A held-out library for the matcher: a second fictional company, every format, labelled.

    .venv/bin/python benchmarks/heldout_company.py --out /tmp/fc-heldout [--seed 7]

Writes ``lib/`` (one file a case: pptx tables and notes, docx tables and paragraphs, PDF
wrapped lines, Markdown, HTML and text), ``policy.yaml`` (Tidewater, a fleet-routing
vendor: 15 approved messages with superseded versions, nothing shared with the Acme sets of
tests/messaging/data) and ``labels.json``, then scans ``lib/`` with freshcheck and prints
precision and recall of ``messaging/outdated-claim`` per form and overall.

Each case is one file holding one labelled text among neutral filler. A positive must be
flagged ``messaging/outdated-claim`` against its message; a negative (the current fact in
another format, a look-alike metric with the old number, a figure a competitor or analyst
states, a short sentence sharing one word) must not be flagged. The set was written before
the matcher changes of issue 19 and is not used to tune them: the tests never read it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from heldout_files import NOTES, PARAGRAPH, ROW, Block, write_document, write_pdf_lines

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RULE = "messaging/outdated-claim"
FORMATS_TABLE = ("pptx-table", "docx-table", "md-table", "html-table")
FORMATS_LINE = ("txt", "md", "docx", "html")
FORMATS_PROSE = ("pdf", "pptx-notes", "md", "html", "docx", "txt")


@dataclass(frozen=True)
class Topic:
    id: str
    current: str
    old: str
    label: str  # a table label naming the subject
    old_value: str  # the superseded fact as a label's value
    current_other: str  # the current fact written another way
    question: str
    old_answer: str
    old_in_words: str  # a sentence with the old fact in words or another unit
    reworded_old: str  # a rewording keeping the subject (direction verbs, synonyms)
    lookalike_label: str  # an unrelated metric with the old value
    attributed: str  # the old figure, said by someone else
    short_unrelated: str  # shares one subject word and a number


TOPICS = (
    Topic(
        "route-planning",
        "Tidewater cuts delivery route planning time by 40%.",
        "Tidewater cuts delivery route planning time by 25%.",
        "Route planning time reduction",
        "25%",
        "Route planning time reduction | forty percent",
        "How much faster is route planning with Tidewater?",
        "Planning time drops by 25%.",
        "Tidewater cuts delivery route planning time by a quarter.",
        "Delivery route planning time falls by 25% with Tidewater.",
        "Warehouse picking error reduction",
        "RouteMax claims it cuts delivery route planning time by 25%.",
        "Our route to market covers 25 countries.",
    ),
    Topic(
        "fuel-spend",
        "Fleets using Tidewater spend 18% less on fuel.",
        "Fleets using Tidewater spend 12% less on fuel.",
        "Fuel spend reduction",
        "12%",
        "Fuel spend reduction | 18 percent",
        "How much do fleets save on fuel?",
        "They spend 12% less on fuel.",
        "Fleets using Tidewater spend twelve percent less on fuel.",
        "With Tidewater, fleets spend 12% less on fuel.",
        "Fuel surcharge",
        "According to an industry analyst, fleets using telematics spend 12% less on fuel.",
        "Fuel prices rose 12 cents.",
    ),
    Topic(
        "payback",
        "Tidewater pays for itself in 7 months.",
        "Tidewater pays for itself in 10 months.",
        "Payback period",
        "10 months",
        "Payback period | seven months",
        "How quickly does Tidewater pay for itself?",
        "In 10 months.",
        "Tidewater pays for itself in ten months.",
        "Tidewater pays for itself within 10 months.",
        "Contract notice period",
        "A competitor says its software pays for itself in 10 months.",
        "Driver training takes 10 months in some regions.",
    ),
    Topic(
        "driver-count",
        "More than 60,000 drivers use the Tidewater Driver app every day.",
        "More than 45,000 drivers use the Tidewater Driver app every day.",
        "Daily Tidewater Driver app users",
        "45,000+",
        "Daily Tidewater Driver app users | 60K+",
        "How many drivers use the Tidewater Driver app every day?",
        "More than 45,000.",
        "Over 45 thousand drivers use the Tidewater Driver app every day.",
        "Every day, more than 45,000 drivers use the Tidewater Driver app.",
        "Parking spaces at our depots",
        "RouteMax says more than 45,000 drivers use its app every day.",
        "More than 45,000 people read our newsletter.",
    ),
    Topic(
        "on-time",
        "Tidewater customers deliver 98% of orders on time.",
        "Tidewater customers deliver 95% of orders on time.",
        "On-time delivery rate",
        "95%",
        "On-time delivery rate | 98 percent",
        "How many orders do Tidewater customers deliver on time?",
        "95% of orders.",
        "Tidewater customers deliver nineteen out of twenty orders on time.",
        "Tidewater customers deliver 95 percent of their orders on time.",
        "Invoice accuracy rate",
        "Gartner reports that leading fleets deliver 95% of orders on time.",
        "Orders placed on time get 95% of stock.",
    ),
    Topic(
        "availability",
        "The Tidewater platform is available 99.95% of the time.",
        "The Tidewater platform is available 99.9% of the time.",
        "Tidewater platform availability",
        "99.9%",
        "Tidewater platform availability | 99.95 percent",
        "How available is the Tidewater platform?",
        "99.9% of the time.",
        "The Tidewater platform offers three nines of availability.",
        "Tidewater platform uptime is 99.9%.",
        "Warehouse scanner battery life",
        "RouteMax claims its platform is available 99.9% of the time.",
        "Time to coffee: 99.9% of staff agree.",
    ),
    Topic(
        "rating",
        "Dispatchers rate Tidewater 4.7 out of 5 on G2.",
        "Dispatchers rate Tidewater 4.5 out of 5 on G2.",
        "Tidewater rating on G2",
        "4.5/5",
        "Tidewater rating on G2 | 4.7/5",
        "How do dispatchers rate Tidewater on G2?",
        "4.5 out of 5.",
        "Dispatchers rate Tidewater 4.5/5 on G2.",
        "On G2, dispatchers give Tidewater 4.5 out of 5.",
        "Cafeteria rating",
        "Dispatchers rate RouteMax 4.5 out of 5 on G2.",
        "Rate cards start at 4.5 cents.",
    ),
    Topic(
        "dispatcher-training",
        "New dispatchers are fully trained on Tidewater in 3 days.",
        "New dispatchers are fully trained on Tidewater in 5 days.",
        "Dispatcher training time",
        "5 days",
        "Dispatcher training time | three days",
        "How long does it take to train a new dispatcher on Tidewater?",
        "5 days.",
        "New dispatchers are fully trained on Tidewater in five days.",
        "Tidewater trains new dispatchers fully in 5 days.",
        "Vehicle inspection time",
        "RouteMax says new dispatchers are fully trained in 5 days.",
        "The dispatch office is closed for 5 days in August.",
    ),
    Topic(
        "fleet-savings",
        "The average fleet saves $420,000 a year with Tidewater.",
        "The average fleet saves $300,000 a year with Tidewater.",
        "Average annual fleet savings",
        "$300,000",
        "Average annual fleet savings | $0.42M",
        "How much does the average fleet save with Tidewater?",
        "$300,000 a year.",
        "The average fleet saves $0.3M a year with Tidewater.",
        "With Tidewater, the average fleet saves $300K a year.",
        "Average annual marketing budget",
        "An analyst estimates the average fleet saves $300,000 a year with telematics.",
        "The average fleet van costs $300 to service.",
    ),
    Topic(
        "telematics-integrations",
        "Tidewater connects to 120+ telematics providers.",
        "Tidewater connects to 80+ telematics providers.",
        "Telematics providers supported",
        "80+",
        "Telematics providers supported | more than 120",
        "How many telematics providers does Tidewater connect to?",
        "More than 80.",
        "Tidewater connects to more than eighty telematics providers.",
        "Tidewater integrates with 80+ telematics providers.",
        "Countries with sales offices",
        "RouteMax connects to 80+ telematics providers.",
        "Our providers' summit had 80+ speakers.",
    ),
    Topic(
        "support-answer",
        "Tidewater support answers 90% of calls within 60 seconds.",
        "Tidewater support answers 80% of calls within 60 seconds.",
        "Support calls answered within 60 seconds",
        "80%",
        "Support calls answered within a minute | 90 percent",
        "How many support calls does Tidewater answer within 60 seconds?",
        "80% of calls.",
        "Tidewater support answers four out of five calls within a minute.",
        "Tidewater support picks up 80% of calls within 60 seconds.",
        "Sales calls that reach a decision maker",
        "A competitor claims its support answers 80% of calls within 60 seconds.",
        "Support the team: 80% of seats are taken.",
    ),
    Topic(
        "fleet-price",
        "Tidewater Fleet costs $35 per vehicle per month.",
        "Tidewater Fleet costs $29 per vehicle per month.",
        "Tidewater Fleet price per vehicle per month",
        "$29",
        "Tidewater Fleet price per vehicle per month | 35 dollars",
        "What does Tidewater Fleet cost?",
        "$29 per vehicle per month.",
        "Tidewater Fleet costs 29 dollars per vehicle per month.",
        "Tidewater Fleet is priced at $29 per vehicle each month.",
        "Parking permit price per vehicle per month",
        "RouteMax Fleet costs $29 per vehicle per month.",
        "A vehicle wash costs $29.",
    ),
    Topic(
        "scheduling-speed",
        "Dispatchers schedule jobs 3x faster with Tidewater.",
        "Dispatchers schedule jobs 2x faster with Tidewater.",
        "Job scheduling speed-up",
        "2x",
        "Job scheduling speed-up | three times",
        "How much faster do dispatchers schedule jobs with Tidewater?",
        "2x faster.",
        "Dispatchers schedule jobs twice as fast with Tidewater.",
        "With Tidewater, dispatchers schedule jobs two times faster.",
        "Report printing speed-up",
        "RouteMax claims dispatchers schedule jobs 2x faster with its tool.",
        "Jobs board: 2 new roles.",
    ),
    Topic(
        "idle-time",
        "Tidewater reduces vehicle idle time by 30%.",
        "Tidewater reduces vehicle idle time by 20%.",
        "Vehicle idle time reduction",
        "20%",
        "Vehicle idle time reduction | thirty percent",
        "How much does Tidewater reduce vehicle idle time?",
        "By 20%.",
        "Tidewater reduces vehicle idle time by a fifth.",
        "Vehicle idle time drops by 20% with Tidewater.",
        "Vehicle paint time reduction",
        "RouteMax says it reduces vehicle idle time by 20%.",
        "Idle chatter: 20 minutes of Q&A.",
    ),
    Topic(
        "go-live",
        "Most fleets go live on Tidewater in under 4 weeks.",
        "Most fleets go live on Tidewater in under 8 weeks.",
        "Time to go live on Tidewater",
        "under 8 weeks",
        "Time to go live on Tidewater | under a month",
        "How long does it take a fleet to go live on Tidewater?",
        "Under 8 weeks.",
        "Most fleets go live on Tidewater in under two months.",
        "Most fleets are up and running on Tidewater in under 8 weeks.",
        "Time to renew a fleet lease",
        "RouteMax says most fleets go live in under 8 weeks.",
        "Most weeks we go to the live demo at 8.",
    ),
)

FILLER = (
    "Open with the customer's current dispatch process.",
    "Ask which regions they operate in.",
    "Keep this section under ten minutes.",
)


@dataclass(frozen=True)
class Case:
    name: str
    form: str  # label-value, q-and-a, in-words, reworded, ...
    file_format: str
    expect: str | None  # the message id it must be flagged against; None: never flagged
    text: str


def cases(seed: int) -> list[Case]:
    """The labelled cases, each in a format drawn with ``seed``."""
    rng = random.Random(seed)
    out: list[Case] = []
    for topic in TOPICS:

        def add(
            form: str,
            formats: tuple[str, ...],
            expect: str | None,
            text: str,
            topic: Topic = topic,
        ) -> None:
            fmt = rng.choice(formats)
            out.append(Case(f"{topic.id}-{form}-{fmt}", form, fmt, expect, text))

        table_formats = rng.sample(FORMATS_TABLE, 2)
        for fmt in table_formats:
            out.append(
                Case(
                    f"{topic.id}-label-value-{fmt}",
                    "label-value",
                    fmt,
                    topic.id,
                    f"{topic.label} | {topic.old_value}",
                )
            )
        add("label-line", FORMATS_LINE, topic.id, f"{topic.label}: {topic.old_value}")
        add(
            "q-and-a",
            ("txt", "md", "pptx-notes"),
            topic.id,
            f"Q: {topic.question} A: {topic.old_answer}",
        )
        add("in-words", FORMATS_PROSE, topic.id, topic.old_in_words)
        add("reworded", FORMATS_PROSE, topic.id, topic.reworded_old)
        add("current-other-format", FORMATS_TABLE, None, topic.current_other)
        add("lookalike-label", FORMATS_TABLE, None, f"{topic.lookalike_label} | {topic.old_value}")
        add("attributed", FORMATS_PROSE, None, topic.attributed)
        add("short-unrelated", FORMATS_PROSE, None, topic.short_unrelated)
    return out


def policy_yaml(with_synonyms: bool) -> str:
    lines = ["version: 1", "messaging:", "  threshold: 85"]
    if with_synonyms:
        lines += ["  synonyms:", "    - [dispatcher, scheduler]", "    - [fleet, operator]"]
    lines.append("  messages:")
    for topic in TOPICS:
        lines += [
            f"    - id: {topic.id}",
            f"      current: {json.dumps(topic.current)}",
            f"      superseded: [{json.dumps(topic.old)}]",
        ]
    return "\n".join(lines) + "\n"


def write_case(case: Case, folder: Path) -> Path:
    """One file holding the case's text between two filler paragraphs (heldout_files)."""
    fmt, text = case.file_format, case.text
    kind = fmt.removesuffix("-table").removesuffix("-notes")
    place = NOTES if fmt == "pptx-notes" else PARAGRAPH
    if fmt.endswith("-table"):
        middle = [Block(text, ROW)]
    elif kind in ("md", "html"):  # a question and its answer: two paragraphs
        middle = [Block(part, place) for part in text.split(" A: ", 1)]
        middle[1:] = [Block("A: " + b.text, place) for b in middle[1:]]
    else:  # one paragraph (a PDF's wrapped at 34 characters), the answer on its own line
        lines = textwrap.wrap(text, width=34) if kind == "pdf" else [text.replace(" A: ", "\nA: ")]
        middle = [Block("\n".join(lines), place)]
    blocks = [Block(FILLER[0], place), *middle, Block(FILLER[1], place)]
    if kind == "pdf":
        paragraphs = [block.text.split("\n") for block in blocks]
        return write_pdf_lines(folder / f"{case.name}.pdf", "Tidewater guide", paragraphs, 720.0)
    title = {"pptx": "Why Tidewater", "md": "Tidewater notes"}.get(kind, "Tidewater")
    return write_document(folder, case.name, kind, title, blocks)


def evaluate(out: Path, seed: int) -> dict[str, object]:
    """Write the library, scan it, and count hits per form; returns the figures."""
    import freshcheck
    from freshcheck.errors import PolicyError

    lib = out / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    labelled = cases(seed)
    files = {write_case(case, lib).name: case for case in labelled}
    policy = out / "policy.yaml"
    policy.write_text(policy_yaml(with_synonyms=True))
    try:
        freshcheck.load_policy(policy)
        synonyms = True
    except PolicyError:  # before issue 19 the policy has no ``synonyms:``
        policy.write_text(policy_yaml(with_synonyms=False))
        synonyms = False
    (out / "labels.json").write_text(
        json.dumps([case.__dict__ for case in labelled], indent=1) + "\n"
    )
    result = freshcheck.scan([lib], policy=policy, as_of=dt.date(2026, 12, 1))
    flagged: dict[str, set[str]] = {}
    for file in result.files:
        name = Path(file.path).name
        flagged[name] = {f.message_id or "" for f in file.findings if f.rule == RULE}
    per_form: dict[str, list[int]] = {}
    tp = fp = positives = 0
    misses: list[str] = []
    for name, case in files.items():
        got = flagged.get(name, set())
        row = per_form.setdefault(case.form, [0, 0])
        row[0] += 1
        if case.expect:
            positives += 1
            ok = case.expect in got
            tp += ok
            fp += bool(got - {case.expect})
        else:
            ok = not got
            fp += bool(got)
        row[1] += ok
        if not ok:
            misses.append(
                f"{case.form:22} {case.file_format:11} {case.text!r} flagged={sorted(got)}"
            )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    return {
        "synonyms": synonyms,
        "cases": len(files),
        "positives": positives,
        "per_form": per_form,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list the cases it gets wrong")
    args = parser.parse_args()
    figures = evaluate(args.out, args.seed)
    print(f"rule {RULE}: {figures['cases']} cases, {figures['positives']} positives")
    print("| form | cases | correct |\n| --- | ---: | ---: |")
    per_form = figures["per_form"]
    assert isinstance(per_form, dict)
    for form, (total, correct) in per_form.items():
        print(f"| {form} | {total} | {correct} |")
    print(f"precision {figures['precision']}, recall {figures['recall']}")
    if args.misses:
        for miss in figures["misses"]:  # type: ignore[attr-defined]
            print("  MISS", miss)


if __name__ == "__main__":
    main()
