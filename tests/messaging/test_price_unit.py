"""What a price is for (``price_unit``): "$4 per 100 GB" is not "$4 per user". Positives
(another item's price) beside look-alikes (the message's unit in other words, a period
only, no unit), then through the matcher.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.price_unit import prices_another_item
from freshcheck.policy.model import Message, MessagingPolicy

PER_USER = ("Acme Mail costs $3 per user per month.", "Acme Mail costs $4 per user per month.")

# (sentence, whether it prices another item)
CASES: list[tuple[str, bool]] = [
    ("Extra archive storage for Acme Mail costs $4 per 100 GB per month.", True),
    ("Acme Mail shipping labels cost $4 per label.", True),
    ("Acme Mail costs $4 a seat a month.", False),  # a seat is a user
    ("Acme Mail: $4/user/month", False),
    ("Acme Mail costs $4 per licence.", False),
    ("Acme Mail is $4 per month.", False),  # a period says when, not what
    ("Acme Mail costs $4.", False),
    ("Acme Mail costs $4 per month for each mailbox.", False),  # no unit right after
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_a_price_is_for(text: str, expected: bool) -> None:
    assert (prices_another_item(text, PER_USER) is not None) is expected


LEAKAGE = ("Acme Reserve cuts claims leakage by 25%.",)


@pytest.mark.parametrize(
    ("text", "message", "expected"),
    [
        ("Acme's audit service costs 25% less when bought with Recover.", LEAKAGE, True),
        ("Get a 25% discount on Acme Reserve training.", LEAKAGE, True),
        ("Acme Reserve takes 25% off claims leakage.", LEAKAGE, False),  # a cut, not a price
        ("Acme Mail costs 25% less when bought with Acme Endpoint.", PER_USER, False),
    ],
)
def test_a_discount(text: str, message: tuple[str, ...], expected: bool) -> None:
    assert (prices_another_item(text, message) is not None) is expected


def test_a_message_without_a_unit_turns_nothing_away() -> None:
    assert prices_another_item("Storage costs $4 per 100 GB.", ("Acme Mail costs $4.",)) is None


MESSAGING = MessagingPolicy(85, (Message("price", PER_USER[0], (PER_USER[1],)),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Extra archive storage for Acme Mail costs $4 per 100 GB per month.", None),
        ("Acme Mail costs $4 per user per month.", "price"),
        ("Acme Mail costs $4 a seat a month.", "price"),
    ],
)
def test_the_matcher_reads_price_units(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected
