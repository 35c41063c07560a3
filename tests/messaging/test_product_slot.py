"""Issue 19, point 5: another of our products in the product's place is another claim.

A retired name, or one only a superseded text uses, in the product's place is outdated
("product name differs"); a name our current messaging uses for another product makes the
sentence about that product, and it is not flagged against this message.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.match import MessageIndex
from freshcheck.policy.model import Message, MessagingPolicy, Term
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "uptime",
            "Acme Checkout has 99.99% uptime for online stores.",
            (
                "Acme Checkout has 99.95% uptime for online stores.",
                "Acme Pay has 99.9% uptime for online stores.",
            ),
        ),
        Message(
            "reconciliation",
            "Acme Ledger cuts month-end reconciliation time by 40%.",
            ("Acme Ledger cuts month-end reconciliation time by 25%.",),
        ),
        Message("countries", "Acme Payouts settles funds in 45 currencies.", ()),
    ),
    terms=(Term(("Acme Express",), "Acme Checkout"),),
)

# (sentence, the message it must be flagged against or None)
CASES: list[tuple[str, str | None]] = [
    ("Acme Checkout has 99.95% uptime for online stores.", "uptime"),
    ("Acme Express has 99.99% uptime for online stores.", "uptime"),  # a retired name
    # a name only a superseded text uses
    ("Acme Pay has 99.99% uptime for online stores.", "uptime"),
    # another current product of ours
    ("Acme Ledger has 99.95% uptime for online stores.", None),
    ("Acme Payouts has 99.95% uptime for online stores.", None),
    # names this message's product too
    ("Acme Checkout and Acme Ledger have 99.95% uptime for online stores.", "uptime"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_product_in_the_products_place(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


def test_another_products_sentence_states_no_message() -> None:
    index = MessageIndex.build(MESSAGING)
    assert index.match(index.claim_for("Acme Ledger has 99.95% uptime for online stores.")) is None


POLICY = """version: 1
messaging:
  messages:
    - id: uptime
      current: "Acme Checkout has 99.99% uptime for online stores."
      superseded: ["Acme Checkout has 99.95% uptime for online stores."]
    - id: reconciliation
      current: "Acme Ledger cuts month-end reconciliation time by 40%."
  terms:
    - retired: ["Acme Express"]
      use: "Acme Checkout"
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("Acme Express has 99.99% uptime for online stores.", "uptime"),
    ("Acme Ledger has 99.95% uptime for online stores.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("product-slot")
    return scan_cases(root, POLICY, [text for text, _ in FILE_CASES])


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(FILE_CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in FILE_CASES for fmt in LINE_FORMATS],
)
def test_in_every_line_format(scanned: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, expected = FILE_CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text
