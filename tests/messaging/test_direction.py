"""Issue 19, point 5: a sentence that says the figure moved the other way is not the claim.

"Chargebacks rose by 45%" has the words and the old figure of "Acme Shield cuts chargebacks
by 45%", but reports the opposite movement. Positives (same direction, other verbs) and
look-alikes side by side; the matcher's verdict, then real files of every line format.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.direction import direction, reverses
from freshcheck.messaging.match import MOVES_THE_OTHER_WAY, MessageIndex
from freshcheck.messaging.wording import content_words
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cuts chargebacks by 45%", "down"),
        ("chargebacks fell", "down"),
        ("50% fewer false declines", "down"),
        ("spend 30% less time", "down"),
        ("lifts checkout conversion", "up"),
        ("time grew by 25%", "up"),
        ("chargebacks rose by 45%", "up"),
        ("false declines climbed", "up"),
        ("lifts conversion and cuts chargebacks", "both"),
        ("has 99.99% uptime", ""),
        ("false declines", ""),  # a thing, not a movement
    ],
)
def test_direction_of_a_wording(text: str, expected: str) -> None:
    assert direction(content_words(text, ())) == expected


def test_only_the_other_family_alone_reverses() -> None:
    assert reverses(("chargeback", "increase"), "down")
    assert not reverses(("chargeback", "increase", "reduce"), "down")
    assert not reverses(("chargeback",), "down")
    assert not reverses(("chargeback", "increase"), "")


MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "chargebacks",
            "Acme Shield cuts chargebacks by 60%.",
            ("Acme Shield cuts chargebacks by 45%.",),
        ),
        Message(
            "conversion",
            "Acme Checkout lifts checkout conversion by 18%.",
            ("Acme Checkout lifts checkout conversion by 12%.",),
        ),
        Message(
            "reconciliation",
            "Acme Ledger cuts month-end reconciliation time by 40%.",
            ("Acme Ledger cuts month-end reconciliation time by 25%.",),
        ),
    ),
)

# (sentence, the message it must be flagged against or None)
CASES: list[tuple[str, str | None]] = [
    ("Acme Shield slashes chargebacks by 45%.", "chargebacks"),
    ("Chargebacks fall by 45% with Acme Shield.", "chargebacks"),
    ("Without Acme Shield, chargebacks increase by 45%.", None),
    ("Chargebacks rose by 45% across the industry last year.", None),
    ("Acme Checkout boosts checkout conversion by 12%.", "conversion"),
    ("Checkout conversion fell by 12% during the outage.", None),
    ("Acme Ledger reduces month-end reconciliation time by 25%.", "reconciliation"),
    ("Month-end reconciliation time grew by 25% after the ERP migration.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_the_direction(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


def test_explain_names_the_reason() -> None:
    index = MessageIndex.build(MESSAGING)
    claim = index.claim_for("Without Acme Shield, chargebacks increase by 45%.")
    words = index.claim_words(claim)
    variant = next(v for v in index.variants if v.message == 0 and not v.current)
    shared = variant.words.intersection(words)
    assert index.rejection(words, variant, shared) == MOVES_THE_OTHER_WAY


POLICY = """version: 1
messaging:
  messages:
    - id: chargebacks
      current: "Acme Shield cuts chargebacks by 60%."
      superseded: ["Acme Shield cuts chargebacks by 45%."]
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("Chargebacks fall by 45% with Acme Shield.", "chargebacks"),
    ("Without Acme Shield, chargebacks increase by 45%.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("direction")
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
