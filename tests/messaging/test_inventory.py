"""The claims inventory: claim-like sentences, grouping by message, safe CSV."""

from __future__ import annotations

import csv
import io
import json

from freshcheck.messaging.inventory import build_inventory, render_inventory, safe_cell
from freshcheck.messaging.match import MessageIndex
from freshcheck.model import Document, Location, TextUnit
from tests.messaging.labelled import load_messaging

INDEX = MessageIndex.build(load_messaging())


def documents() -> list[Document]:
    deck = Document(
        "decks/pitch.pptx",
        "pptx",
        (
            TextUnit("Why Acme", Location(slide=1, part="title")),
            TextUnit("Acme cuts new-hire onboarding time by 30%.", Location(slide=2)),
            TextUnit(
                "Premium support is available 24/7 by phone, chat and email.",
                Location(slide=3, part="notes"),
            ),
            TextUnit('=HYPERLINK("x") drives 12 meetings a week', Location(slide=4)),
        ),
    )
    guide = Document(
        "guides/faq.md",
        "md",
        (
            TextUnit(
                "Acme cuts new-hire onboarding time by 45%. Open the record.", Location(line=3)
            ),
        ),
    )
    return [deck, guide]


def test_claim_like_sentences_with_status() -> None:
    inventory = build_inventory(documents(), INDEX)
    rows = [(r.path, r.status, r.message_id) for r in inventory.records]
    assert rows == [
        ("decks/pitch.pptx", "outdated", "onboarding-time"),
        ("decks/pitch.pptx", "current", "support-hours"),
        ("decks/pitch.pptx", "unmatched", None),
        ("guides/faq.md", "current", "onboarding-time"),
    ]
    assert inventory.records[0].location == Location(slide=2)


def test_by_message_counts_current_and_outdated_uses() -> None:
    uses = {u.message_id: u for u in build_inventory(documents(), INDEX).by_message()}
    onboarding = uses["onboarding-time"]
    assert (onboarding.current, onboarding.outdated) == (1, 1)
    assert onboarding.files == ("decks/pitch.pptx", "guides/faq.md")


def test_renderers() -> None:
    inventory = build_inventory(documents(), INDEX)
    data = json.loads(render_inventory(inventory, "json", "unmatched"))
    assert [item["text"] for item in data["items"]] == ['=HYPERLINK("x") drives 12 meetings a week']
    text = render_inventory(inventory, "text", "by-message")
    assert "onboarding-time: 1 current, 1 outdated" in text
    rows = list(csv.reader(io.StringIO(render_inventory(inventory, "csv", "claims"))))
    assert rows[0][:3] == ["path", "location", "text"]
    assert rows[3][2].startswith("'=HYPERLINK")
    assert "Outdated claim: says 30%, current messaging says 45%" in rows[1]


def test_csv_cells_are_injection_safe() -> None:
    for bad in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]:
        assert safe_cell(bad).startswith("'")
    assert safe_cell("Acme") == "Acme"
