"""Run 4 (tuning on Wrenfield): more shapes of a figure that is not our product claim.

A body of a kind saying it ("The transport ministry estimates …", "The city's clean-fleet
program says …"), another name with its thing where the message names us ("Trackline units
report …"), an event's count ("… exhibited at the Acme partner summit"), a figure at a
named party ("… at Harbor Freightways by 20%") and a count of a thing another message
counts ("Average fleet size on Acme | 2,500 vehicles"). Each beside look-alikes that stay
ours; the matcher's verdict first, then the judging functions, then real files (lines,
notes and tables). Another company's words than the one the shapes were read from.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.attribution import attributed_to_others, in_our_place
from freshcheck.messaging.event import at_an_event
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.measured import counted, counts_another_thing
from freshcheck.messaging.wording import fold_word
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import LINE_FORMATS, TABLE_FORMATS, Hit, scan_cases

MESSAGES = (
    ("fuel", "Acme Route cuts fuel costs by 30%.", "Acme Route cuts fuel costs by 20%."),
    (
        "providers",
        "Acme connects to 60 telematics providers.",
        "Acme connects to 40 telematics providers.",
    ),
    (
        "location",
        "Acme Track reports vehicle location every 30 seconds.",
        "Acme Track reports vehicle location every minute.",
    ),
    ("fleets", "More than 4,000 fleets use Acme.", "More than 2,500 fleets use Acme."),
    ("vehicles", "Acme monitors 90,000 vehicles.", "Acme monitors 60,000 vehicles."),
    ("emissions", "Fleets on Acme cut emissions by 15%.", "Fleets on Acme cut emissions by 10%."),
)
MESSAGING = MessagingPolicy(85, tuple(Message(i, cur, (old,)) for i, cur, old in MESSAGES))

# (sentence, the message it must be flagged against or None), positives beside look-alikes.
CASES: list[tuple[str, str | None]] = [
    # a body of a kind says it
    ("The transport ministry estimates eco-driving cuts fuel costs by 20%.", None),
    ("The state energy office reports that route planning cuts fuel costs by 20%.", None),
    ("The city's clean-fleet program says electric vans cut fuel costs by 20%.", None),
    ("University researchers report that idling limits cut emissions by 10%.", None),
    ("Acme Route cuts fuel costs by 20%.", "fuel"),
    ("Our support office reports that Acme Route cuts fuel costs by 20%.", "fuel"),
    ("The program says Acme Route cuts fuel costs by 20%.", "fuel"),
    ("The Acme Track service reports vehicle location every minute.", "location"),
    # another name and its thing where the message names us
    ("Trackline units report vehicle location every minute.", None),
    ("Acme Track units report vehicle location every minute.", "location"),
    ("Time to report vehicle location | every minute", "location"),
    # an event's count
    ("Forty telematics providers exhibited at the Acme partner summit.", None),
    ("Acme Field Day drew 40 telematics providers to Denver.", None),
    ("Acme connects to 40 telematics providers.", "providers"),
    ("Acme connects to 40 telematics providers, as the partner list shows.", "providers"),
    # a figure at a named party
    ("Acme Route cut fuel costs at Harbor Freightways by 20% last winter.", None),
    ("Acme Route cut fuel costs for Harbor Freightways by 20%.", None),
    ("Acme Route cuts fuel costs at depots by 20%.", "fuel"),
    ("Acme Route cuts fuel costs by 20% at every depot.", "fuel"),
    # a count of a thing another message counts
    ("Average fleet size on Acme | 2,500 vehicles", None),
    ("Average fleet size on Acme: 2,500 vehicles", None),
    ("More than 2,500 fleets run on Acme.", "fleets"),
    ("Fleets on Acme | 2,500+", "fleets"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_whose_figure(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


OURS = frozenset({"acme", "route", "track"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ag ministry estimates cover crops cut emissions by 10%.", True),
        ("The state extension service estimates that drip lines cut water use by 25%.", True),
        ("The regional forecast office reports 85% accuracy for its forecasts.", True),
        ("The utility's efficiency program says drives lower energy costs by 20%.", True),
        ("County officials say, per the public works department, costs fell 20%.", True),
        ("Our regional office reports 85% accuracy for Acme forecasts.", False),
        ("The Acme Route service estimates arrival times within 5 minutes.", False),
        ("The service reports vehicle location every minute.", False),
        ("Acme Track reports vehicle location every minute.", False),
        # a sentence opening on its source, naming none of ours
        ("In a 2025 survey of fleet managers, 3% named fuel cards as their top cost.", True),
        ("In the AV-Bench 2026 test, the median product detected threats in 10 seconds.", True),
        ("In independent testing, Acme Track finds a vehicle in 10 seconds.", False),
        ("In our 2025 customer survey, 90% said routes got shorter.", False),
        ("In the first week, fleets cut idle time by 10%.", False),  # no source
        # a rule asking something of others
        ("The Fleet Safety Standard asks vendors to report a crash within 10 seconds.", True),
        ("New guidance requires carriers to settle claims within 30 days.", True),
        ("Acme Track requires drivers to log in within 2 minutes.", False),
        # a speaker closing the sentence
        ("Drivers at Norbury Haulage log a trip in 30 seconds, their head of ops says.", True),
        ("Acme Track logs a trip in 30 seconds, says the fleet lead at Norbury.", True),
        ("Acme Track logs a trip in 30 seconds, says our head of product.", False),
    ],
)
def test_a_body_says_it(text: str, expected: bool) -> None:
    assert attributed_to_others(text, OURS) is expected


@pytest.mark.parametrize(
    ("text", "after_us", "expected"),
    [
        ("Terralink probes report soil moisture every hour.", ("report", "soil"), True),
        ("Paylode is rated 4.5 out of 5.", ("is", "rated"), True),
        ("Time to install a full sensor network | 21 days", ("install", "a"), False),
        ("With Acme Shield, merchants see 50% fewer declines.", ("see", "fewer"), False),
        ("Finance teams report soil moisture every hour.", ("report", "soil"), False),
    ],
)
def test_a_name_and_its_thing_in_our_place(
    text: str, after_us: tuple[str, ...], expected: bool
) -> None:
    folded = tuple(fold_word(word) for word in after_us)
    assert in_our_place(text, folded) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty equipment brands exhibited at the Wrenfield partner summit.", True),
        ("Join us at the Acme Growers Summit on March 3 for 8 hours of workshops.", True),
        ("The Acme user conference brought growers from 9 countries to Ames.", True),
        ("Acme Field Day drew 2,500 growers to Ames this August.", True),
        ("During the 2025 trade show, 300 fleets signed up.", True),
        ("9 of the top 20 pharma companies sent speakers to Acme Connect.", True),
        ("Acme Live had 4,000 registrants and 120 exhibitors.", True),
        ("Acme connects to 60 equipment brands.", False),
        ("Acme Sound ships speakers in 40 countries.", False),  # a speaker is a device too
        ("As the figures show, Acme cuts fuel costs by 30%.", False),
        ("Questions on the Acme forum get an answer within a day.", False),
    ],
)
def test_an_events_count(text: str, expected: bool) -> None:
    assert at_an_event(text) is expected


LIBRARY = frozenset(
    [
        "more",
        "than",
        "farms",
        "use",
        "acme",
        "monitors",
        "million",
        "acres",
        "of",
        "cropland",
        "connects",
        "to",
        "brands",
    ]
)


@pytest.mark.parametrize(
    ("text", "message", "expected"),
    [
        ("Average farm size on Acme | 1,500 acres", "More than 1,500 farms use Acme.", True),
        ("Average farm size on Acme is 1,500 acres.", "More than 1,500 farms use Acme.", True),
        ("Acme is used on 1,500 farms.", "More than 1,500 farms use Acme.", False),
        ("Farms on Acme | 1,500+", "More than 1,500 farms use Acme.", False),
        ("Corn yield uplift | +6 bu/ac", "Acme adds 9 bushels an acre to corn.", False),
        ("Acme sends alerts 3 days ahead.", "Acme sends alerts 6 hours ahead.", False),
        ("Acme monitors 8 million acres.", "Acme monitors 12 million acres.", False),
    ],
)
def test_a_count_of_another_thing(text: str, message: str, expected: bool) -> None:
    assert counts_another_thing(text, message, LIBRARY) is expected


def test_what_a_count_counts() -> None:
    assert [counted(t) for t in ("1,500 acres", "12 million acres", "6 hours", "25%")] == [
        "acre",
        "acre",
        None,
        None,
    ]


POLICY = "version: 1\nmessaging:\n  messages:\n" + "".join(
    f'    - id: {i}\n      current: "{cur}"\n      superseded: ["{old}"]\n'
    for i, cur, old in MESSAGES
)
FILE_CASES: list[tuple[str, str | None]] = [
    ("Acme Route cuts fuel costs by 20%.", "fuel"),
    ("The transport ministry estimates eco-driving cuts fuel costs by 20%.", None),
    ("Trackline units report vehicle location every minute.", None),
    ("Forty telematics providers exhibited at the Acme partner summit.", None),
    ("Acme Route cut fuel costs at Harbor Freightways by 20% last winter.", None),
    ("Average fleet size on Acme: 2,500 vehicles", None),
]
TABLE_CASES: list[tuple[str, str | None]] = [
    ("Fleets on Acme | 2,500+", "fleets"),
    ("Average fleet size on Acme | 2,500 vehicles", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("others-figure")
    return scan_cases(root, POLICY, [text for text, _ in FILE_CASES])


@pytest.fixture(scope="module")
def scanned_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("others-figure-tables")
    return scan_cases(root, POLICY, [text for text, _ in TABLE_CASES], TABLE_FORMATS)


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(FILE_CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in FILE_CASES for fmt in LINE_FORMATS],
)
def test_in_every_line_format(scanned: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, expected = FILE_CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(TABLE_CASES)) for fmt in TABLE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in TABLE_CASES for fmt in TABLE_FORMATS],
)
def test_in_every_table_format(scanned_tables: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, expected = TABLE_CASES[index]
    hits = [hit.message_id for hit in scanned_tables[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text
