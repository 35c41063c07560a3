"""What a figure is in its sentence (``figure_role``): a share of something is not a change,
a length is not a time to do something; and a label all of whose words are the message's
names its subject in fewer words (``LABEL_SUBJECT_FLOOR``). Positives beside look-alikes,
then both in real files of every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.messaging.figure_role import another_quantity, roles
from freshcheck.messaging.match import MessageIndex
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import LINE_FORMATS, TABLE_FORMATS, Hit, scan_cases

# (sentence, its figures' roles)
ROLE_CASES: list[tuple[str, set[str]]] = [
    ("Acme lowers data query rates by 30%.", {"change"}),
    ("Acme cuts costs by $2M a year.", {"change"}),
    ("Acme trials enroll patients 15% faster.", {"change"}),
    ("A 2x faster close.", {"change"}),
    ("Data query rates drop 30% with Acme.", {"change"}),  # a verb of moving
    ("Acme closes 30% of data queries at entry.", {"share"}),
    ("15 percent of Acme trials enroll at home.", {"share"}),
    ("Nine in ten sponsors renew.", {"share"}),
    ("Acme runs trials for 9 of the top 20 pharma companies.", {"share"}),
    ("Acme cuts 30% of data queries.", {"share", "change"}),
    ("The help desk logs a call 3 minutes long.", {"length"}),
    ("The overview video is five minutes long.", {"length"}),
    ("Watch a 10-second clip of Acme stopping ransomware.", {"length"}),
    ("Join a 45-minute live webinar.", {"length"}),
    ("Staff take a 5-minute lesson each month.", set()),  # a lesson is what is measured
    ("Virtual card numbers refresh every 60 seconds.", {"interval"}),
    ("Acme reports soil moisture every hour.", {"interval"}),
    ("Over $25 billion flows through Acme every year.", set()),  # a rate's period
    ("A probe needs a new battery every 3 years.", set()),
    ("Acme printers come with a 2-year warranty.", {"length"}),
    ("Parents report an absence up to 60 minutes before registration.", {"lead"}),
    ("Frost alerts arrive 6 hours ahead of the cold.", {"lead"}),
    ("Hiring managers fill roles 14 days sooner.", {"lead", "change"}),
    # no role it can read
    ("Acme answers calls within 3 minutes.", set()),
    ("Used by 4,000 teams.", set()),  # "by 4,000 teams" is not a change
    ("Query rate reduction | 30%", {"change"}),  # "reduction" names a change
    ("Payback period | 9 months", set()),
    ("Acme Capture is live in 8 weeks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_the_roles_of_a_sentences_figures(text: str, expected: set[str]) -> None:
    assert roles(text) == expected


CHANGE = ("Acme Capture lowers data query rates by 30%.",)
SHARE = ("Acme is used in 40% of trials.",)
WITHIN = ("Acme's help desk answers calls within 3 minutes.",)

# (sentence, the message's wordings, whether it states another quantity)
QUANTITY_CASES: list[tuple[str, tuple[str, ...], bool]] = [
    ("Acme Capture closes 30% of data queries automatically.", CHANGE, True),
    ("Acme Capture cuts 30% of data query rates.", CHANGE, False),  # moving: a change too
    ("Data query rates fall 30% on Acme Capture.", CHANGE, False),
    ("Query rate reduction | 30%", CHANGE, False),  # no role: the label's own checks
    ("Acme cut trial costs by 40%.", SHARE, True),
    ("Acme runs 40% of trials.", SHARE, False),
    ("Acme's help desk logs a call 3 minutes long.", WITHIN, True),
    ("Acme's help desk answers calls within three minutes.", WITHIN, False),
    ("Acme card numbers refresh every 60 seconds.", ("Acme issues a card in 60 seconds.",), True),
    ("Acme Soil reports every hour.", ("Acme Soil reports every 15 minutes.",), False),
    ("Watch a 10-second clip of Acme at work.", ("Acme detects threats in 10 seconds.",), True),
    (
        "Acme Attend lets parents report an absence up to 60 minutes before registration.",
        ("Acme Attend alerts parents to an absence within 60 minutes of registration.",),
        True,
    ),
    (
        "Acme finds disease 7 days before a field walk does.",
        ("Acme finds disease 7 days sooner.",),
        False,
    ),
    ("Teams fill roles 14 days sooner.", ("Acme cuts time-to-fill by 14 days.",), False),
]


@pytest.mark.parametrize(("text", "message", "expected"), QUANTITY_CASES)
def test_another_quantity(text: str, message: tuple[str, ...], expected: bool) -> None:
    assert (another_quantity(text, message) is not None) is expected


MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "query-rate",
            "Acme Capture lowers data query rates by 55%.",
            ("Acme Capture lowers data query rates by 30%.",),
        ),
        Message(
            "enrollment",
            "Acme trials enroll patients 25% faster.",
            ("Acme trials enroll patients 15% faster.",),
        ),
        Message(
            "help-desk",
            "Acme's site help desk answers calls within 60 seconds.",
            ("Acme's site help desk answers calls within 3 minutes.",),
        ),
        Message(
            "sites",
            "More than 3,200 research sites run studies on Acme.",
            ("More than 1,800 research sites run studies on Acme.",),
        ),
        Message(
            "countries",
            "Acme Supply ships trial drug to sites in 70 countries.",
            ("Acme Supply ships trial drug to sites in 45 countries.",),
        ),
        Message(
            "top-pharma",
            "Acme runs trials for 14 of the top 20 pharma companies.",
            ("Acme runs trials for 9 of the top 20 pharma companies.",),
        ),
    ),
)

# (claim, the message it must be flagged against or None)
MATCH_CASES: list[tuple[str, str | None]] = [
    ("Acme Capture closes 30% of data queries automatically at entry.", None),
    ("Acme Capture lowers data query rates by 30%.", "query-rate"),
    ("15% of Acme trials enroll patients at home visits.", None),
    ("Acme trials enroll patients 15% faster.", "enrollment"),
    ("Acme's site help desk logs a call 3 minutes long on average.", None),
    ("Acme's site help desk answers calls within 3 minutes.", "help-desk"),
    ("9 of the top 20 pharma companies sent speakers to Acme Connect this year.", None),
    ("Research sites on Acme | 1,800+", "sites"),
    ("Countries Acme Supply ships to | 45", "countries"),
    ("Research sites on Acme | 3,200+", None),  # the current figure
    ("Acme | 1,800+", None),  # a product name is no subject
    ("Research grants at Acme | 1,800+", None),  # a word the message does not have
]


@pytest.mark.parametrize(("text", "expected"), MATCH_CASES)
def test_the_matcher_reads_figure_roles(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


POLICY = """\
version: 1
messaging:
  threshold: 85
  messages:
    - id: query-rate
      current: "Acme Capture lowers data query rates by 55%."
      superseded: ["Acme Capture lowers data query rates by 30%."]
    - id: help-desk
      current: "Acme's site help desk answers calls within 60 seconds."
      superseded: ["Acme's site help desk answers calls within 3 minutes."]
    - id: sites
      current: "More than 3,200 research sites run studies on Acme."
      superseded: ["More than 1,800 research sites run studies on Acme."]
"""

LINE_CASES: list[tuple[str, str | None]] = [
    ("Acme Capture closes 30% of data queries automatically at entry.", None),
    ("Acme Capture lowers data query rates by 30%.", "query-rate"),
    ("Acme's site help desk logs a call 3 minutes long on average.", None),
]
TABLE_CASES: list[tuple[str, str | None]] = [
    ("Research sites on Acme | 1,800+", "sites"),
    ("Research sites on Acme | 3,200+", None),
]


@pytest.fixture(scope="module")
def scanned_lines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    return scan_cases(tmp_path_factory.mktemp("figure-role"), POLICY, [t for t, _ in LINE_CASES])


@pytest.fixture(scope="module")
def scanned_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    return scan_cases(
        tmp_path_factory.mktemp("label-floor"), POLICY, [t for t, _ in TABLE_CASES], TABLE_FORMATS
    )


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(LINE_CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in LINE_CASES for fmt in LINE_FORMATS],
)
def test_figure_roles_in_every_format(
    scanned_lines: dict[str, list[Hit]], index: int, fmt: str
) -> None:
    text, expected = LINE_CASES[index]
    hits = [hit.message_id for hit in scanned_lines[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(TABLE_CASES)) for fmt in TABLE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in TABLE_CASES for fmt in TABLE_FORMATS],
)
def test_short_labels_in_every_table_format(
    scanned_tables: dict[str, list[Hit]], index: int, fmt: str
) -> None:
    text, expected = TABLE_CASES[index]
    hits = [hit.message_id for hit in scanned_tables[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text


def test_the_policy_file_is_real(tmp_path: Path) -> None:
    # The fixtures' policy parses as the scan reads it: a typo there would pass every case.
    from freshcheck.policy import load_policy

    path = tmp_path / "policy.yaml"
    path.write_text(POLICY)
    assert len(load_policy(path).messaging.messages) == 3
