"""Issue 19, point 5: the same wording with another thing after the figure is another metric.

"Merchants using Acme Shield see 50% fewer support tickets" keeps every word of "… see 70%
fewer false declines" but what the figure counts. Positives (the message's measured words
kept, reworded around them) and look-alikes side by side; then real files of every line
format.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.match import MEASURES_ANOTHER_THING, MessageIndex
from freshcheck.messaging.measured import measured_words
from freshcheck.messaging.wording import content_words
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases


@pytest.mark.parametrize(
    ("words", "measured"),
    [
        (("see", "#percent", "=percent:70", "reduce", "fals", "declin"), ("fals", "declin")),
        (("#number", "=quantity:12000", "onlin", "stor", "run"), ("onlin", "stor")),
        (("reduce", "chargeback", "#percent", "=percent:60"), ()),  # the figure ends it
        (("#product", "=product:acme shield", "reduce", "chargeback"), ()),  # a name only
    ],
)
def test_what_a_figure_counts(words: tuple[str, ...], measured: tuple[str, ...]) -> None:
    assert measured_words(words) == measured


MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "false-declines",
            "Merchants using Acme Shield see 70% fewer false declines.",
            ("Merchants using Acme Shield see 50% fewer false declines.",),
        ),
        Message(
            "stores",
            "More than 12,000 online stores run on Acme.",
            ("More than 8,000 online stores run on Acme.",),
        ),
        Message("chargebacks", "Acme Shield cuts chargebacks by 60%.", ()),
    ),
)

# (sentence, the message it must be flagged against or None)
CASES: list[tuple[str, str | None]] = [
    ("Merchants using Acme Shield see 50% fewer false declines.", "false-declines"),
    ("With Acme Shield, merchants see 50% fewer false declines.", "false-declines"),
    ("Merchants using Acme Shield see 50% fewer support tickets.", None),
    ("Over 8,000 online stores now run on Acme.", "stores"),
    ("Over 8,000 support tickets now run through Acme.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_what_the_figure_counts(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


def test_explain_names_the_reason() -> None:
    index = MessageIndex.build(MESSAGING)
    claim = index.claim_for("Merchants using Acme Shield see 50% fewer support tickets.")
    words = index.claim_words(claim)
    variant = next(v for v in index.variants if v.message == 0 and not v.current)
    shared = variant.words.intersection(words)
    assert index.rejection(words, variant, shared) == MEASURES_ANOTHER_THING
    assert content_words("50% fewer support tickets", ())[-2:] == ("support", "ticket")


POLICY = """version: 1
messaging:
  messages:
    - id: false-declines
      current: "Merchants using Acme Shield see 70% fewer false declines."
      superseded: ["Merchants using Acme Shield see 50% fewer false declines."]
    - id: chargebacks
      current: "Acme Shield cuts chargebacks by 60%."
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("With Acme Shield, merchants see 50% fewer false declines.", "false-declines"),
    ("Merchants using Acme Shield see 50% fewer support tickets.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("measured")
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
