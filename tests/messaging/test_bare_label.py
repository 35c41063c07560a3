"""Issue 19, point 5: a label and a bare figure name their subject in every word.

"Month-end travel booking time reduction | 25%" shares most words of "Acme Ledger cuts
month-end reconciliation time by 25%" and the ordinary reading reached the threshold; two
label words that are not the message's ("travel", "booking") make it another metric (one
may be a reworded verb: "Telematics providers supported | 80+").
Positives and look-alikes side by side, in table rows and "Label: value" lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.messaging.bare_label import bare_label
from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.products import ProductNames
from tests.messaging.formats import LINE_FORMATS, TABLE_FORMATS, Hit, scan_outdated, write


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Month-end travel time reduction | 25%", "Month-end travel time reduction"),
        ("Payback period: 6 months", "Payback period"),
        ("Failed payments recovered per year | $1.4M", "Failed payments recovered per year"),
        ("Online stores | More than 8,000", "Online stores"),
        ("Ramp time | cut by 30% in a year", None),  # the value has words of its own
        ("How many customers? | More than 3,000 customers rely on Acme.", None),
        ("Q: How fast can a merchant go live?\nA: In 10 days.", None),  # a question
        ("Acme cuts ramp time by 25%.", None),  # not a label
        ("Most customers deploy Acme | in under 6 weeks", None),  # names us: a sentence
        ("Forecast accuracy reaches | 90% with Acme Analytics", None),  # a product in the value
    ],
)
def test_a_label_and_a_bare_figure(text: str, label: str | None) -> None:
    names = ProductNames.of(["Acme Analytics"])
    ours = frozenset({"acme", "analytics"})
    assert bare_label(text, extract_facts(text, names), ours) == label


POLICY = """version: 1
messaging:
  threshold: 85
  messages:
    - id: reconciliation
      current: "Acme Ledger cuts month-end reconciliation time by 40%."
      superseded: ["Acme Ledger cuts month-end reconciliation time by 25%."]
    - id: uptime
      current: "Acme Checkout has 99.99% uptime."
      superseded: ["Acme Checkout has 99.95% uptime."]
    - id: payouts
      current: "Payouts in 1 business day."
      superseded: ["Payouts in 2 business days."]
    - id: telematics
      current: "Acme connects to 120+ telematics providers."
      superseded: ["Acme connects to 80+ telematics providers."]
    - id: support-answer
      current: "Acme support answers 90% of calls within 60 seconds."
      superseded: ["Acme support answers 80% of calls within 60 seconds."]
    - id: payback
      current: "Acme pays for itself in 6 months."
    - id: customers
      current: "More than 4,000 customers rely on Acme."
    - id: rating
      current: "Acme is rated 4.8 out of 5 on G2."
    - id: deploy
      current: "Most teams deploy Acme in under 2 weeks."
    - id: conversion
      current: "Acme Checkout lifts checkout conversion by 18%."
    - id: fee
      current: "Acme Checkout costs 1.9% per transaction."
"""

# (text, formats, the message it must be flagged against or None)
CASES: list[tuple[str, tuple[str, ...], str | None]] = [
    ("Month-end reconciliation time reduction | 25%", TABLE_FORMATS, "reconciliation"),
    ("Month-end travel booking time reduction | 25%", TABLE_FORMATS, None),
    # a word of the product's name
    ("Ledger month-end reconciliation time reduction: 25%", LINE_FORMATS, "reconciliation"),
    ("Warehouse scanner uptime: 99.95%", LINE_FORMATS, None),
    ("Payout time | 2 business days", TABLE_FORMATS, "payouts"),  # "time" a label adds
    # one word the message lacks may be a reworded verb; a longer form is the same word
    ("Telematics providers supported | 80+", TABLE_FORMATS, "telematics"),
    ("Support calls answered within 60 seconds | 80%", TABLE_FORMATS, "support-answer"),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("bare-label")
    folder = root / "lib"
    folder.mkdir()
    for index, (text, formats, _) in enumerate(CASES):
        for fmt in formats:
            write(folder, f"case{index:02d}-{fmt}", fmt, text)
    policy = root / "policy.yaml"
    policy.write_text(POLICY)
    return {Path(name).stem: hits for name, hits in scan_outdated(folder, policy).items()}


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i, (_, formats, _) in enumerate(CASES) for fmt in formats],
    ids=[f"{text}-{fmt}" for text, formats, _ in CASES for fmt in formats],
)
def test_in_every_format(scanned: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, _, expected = CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text
