"""Issue 19, run 3: who is counted, and what our name is on.

Two shapes, each with positives (flagged) beside look-alikes (not flagged): our name on
another thing of ours ("6,500 support leaders subscribe to the Acme newsletter" for "More
than 9,000 support teams use Acme"), and the employers a message counts read apart from the
employees ("Acme Pro runs payroll for up to 500 staff" for "More than 9,000 employers run
payroll on Acme"). The matcher's verdict first, then the rule alone, then real files.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.our_thing import action_before_us, names_us_last, on_another_thing
from freshcheck.messaging.wording import fold_word, word_set
from freshcheck.policy.model import Message, MessagingPolicy, Term
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "teams",
            "More than 9,000 support teams use Acme.",
            ("More than 6,500 support teams use Acme.",),
        ),
        Message(
            "employers",
            "More than 9,000 employers run payroll on Acme.",
            ("More than 6,500 employers run payroll on Acme.",),
        ),
        Message(
            "headcount",
            "Acme pays 2 million employees every month.",
            ("Acme pays 1 million employees every month.",),
        ),
        Message(
            "resolution",
            "Acme Desk resolves tickets 45% faster.",
            ("Acme Desk resolves tickets 30% faster.",),
        ),
    ),
    terms=(Term(("Acme Pro",), "Acme Payroll"),),
)

# (sentence, the message it must be flagged against or None), positives beside look-alikes.
CASES: list[tuple[str, str | None]] = [
    # our name on another thing of ours
    ("More than 6,500 support teams use Acme.", "teams"),
    ("Over 6,500 support teams run on Acme.", "teams"),
    ("More than 6,500 support teams use the Acme mobile app.", "teams"),
    ("More than 6,500 support teams use Acme every day.", "teams"),
    ("More than 6,500 support leaders subscribe to the Acme newsletter.", None),
    ("More than 6,500 support leaders read Acme's newsletter.", None),
    ("6,500 support leaders joined the Acme community last year.", None),
    ("Acme Desk resolves tickets 30% faster.", "resolution"),  # our name not last
    # employers are not employees
    ("More than 6,500 employers run payroll on Acme.", "employers"),
    ("Over 6,500 employers run their payroll on Acme.", "employers"),
    ("Acme Pro runs payroll for up to 500 staff.", None),
    ("Acme runs payroll for up to 500 employees.", None),
    ("Acme pays 1 million employees every month.", "headcount"),
    ("Acme pays 1 million staff every month.", "headcount"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_what_is_counted(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


OURS = frozenset({"acme", "desk", "pro"})
LIBRARY = word_set("more than support teams use acme desk resolves tickets faster")
MESSAGE = "More than 9,000 support teams use Acme."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6,500 support leaders subscribe to the Acme newsletter.", True),
        ("6,500 support leaders subscribe to Acme's newsletters.", True),
        ("6,500 support leaders subscribe to the Acme newsletter and use Acme Desk.", False),
        ("6,500 support teams use the Acme newsletter.", False),  # the action kept
        ("6,500 support teams run on Acme.", False),  # our name last
        ("6,500 support teams run on Acme every day.", False),  # a function word after
        ("6,500 support teams run on the Acme platform.", False),  # filler after
        ("6,500 support teams run on Acme Desk.", False),  # a product name goes on
        ("6,500 support teams run Acme tickets.", False),  # a word of the messages
        ("6,500 support teams run on Acme, 2,000 of them daily.", False),
        ("6,500 support leaders subscribe to newsletters.", False),  # we are not named
    ],
)
def test_on_another_thing(text: str, expected: bool) -> None:
    assert on_another_thing(text, MESSAGE, OURS, LIBRARY) is expected


@pytest.mark.parametrize(
    ("message", "last", "action"),
    [
        ("More than 9,000 support teams use Acme.", True, "use"),
        ("More than 9,000 employers run payroll on Acme.", True, "payroll"),
        ("Acme Desk resolves tickets 45% faster.", False, ""),
        ("Support teams go live on Acme Desk in 5 days.", False, "live"),
    ],
)
def test_the_message_names_us_last(message: str, last: bool, action: str) -> None:
    assert names_us_last(message, OURS) is last
    assert action_before_us(message, OURS) == action


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("employers", "employer"),
        ("employer", "employer"),
        ("employees", "employee"),
        ("staff", "employee"),
        ("employs", "employee"),
    ],
)
def test_employers_are_not_employees(word: str, folded: str) -> None:
    assert fold_word(word) == folded


POLICY = """version: 1
messaging:
  messages:
    - id: teams
      current: "More than 9,000 support teams use Acme."
      superseded: ["More than 6,500 support teams use Acme."]
    - id: employers
      current: "More than 9,000 employers run payroll on Acme."
      superseded: ["More than 6,500 employers run payroll on Acme."]
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("Over 6,500 support teams run on Acme.", "teams"),
    ("More than 6,500 support leaders subscribe to the Acme newsletter.", None),
    ("More than 6,500 employers run payroll on Acme.", "employers"),
    ("Acme runs payroll for up to 500 staff.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("our-thing")
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
