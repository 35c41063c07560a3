"""Issue 19, run 3: a label's words in other forms than the message's, read as the same.

A row names its subject in nouns where the message has verbs ("First-run pay accuracy |
99.5%" for "pays 99.5% of employees correctly on the first run", "Yearly savings" for
"saves … per year", "G2 rating" for "rated … on G2", "flagged" for "flags", "fee" for
"costs", "reduces" for "fewer"), a word labels add ("Payback period") or of the message's
product name ("Desk uptime") is no other subject, and "HR" in capitals is not hours.
Positives (flagged) beside look-alikes that put a word of another subject in the label (not
flagged); then the folding alone, the facts alone, real files.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.products import ProductNames
from freshcheck.messaging.wording import content_words, fold_word
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import TABLE_FORMATS, Hit, scan_cases


def _message(key: str, text: str, old: str, new: str) -> Message:
    return Message(key, text.format(new), (text.format(old),))


MESSAGING = MessagingPolicy(
    85,
    (
        _message(
            "accuracy", "Acme pays {} of employees correctly on the first run.", "99.5%", "99.8%"
        ),
        _message(
            "retention",
            "Companies using Acme keep {} more new hires through their first year.",
            "10%",
            "15%",
        ),
        _message("savings", "Acme saves a 50-agent team {} per year.", "$250K", "$400K"),
        _message("resolution", "Acme Desk resolves tickets {} faster.", "30%", "45%"),
        _message("rating", "Acme Desk is rated {} out of 5 on G2.", "4.4", "4.7"),
        _message("renewal", "{} of merchants renew Acme every year.", "89%", "94%"),
        _message("gateway", "One Acme gateway covers {} square miles.", "2", "4"),
        _message("clauses", "Acme Insight flags {} of risky clauses automatically.", "90%", "95%"),
        _message("apps", "Acme connects to {} HR and finance apps.", "200+", "300+"),
        _message("recovered", "Acme recovers {} in failed payments per year.", "$1.4M", "$2.1M"),
        _message("uptime", "Acme Desk has {} uptime.", "99.9%", "99.98%"),
        _message("payback", "Acme pays for itself in {}.", "6 months", "4 months"),
        _message("fee", "Acme Checkout costs {} per transaction.", "2.4%", "1.9%"),
        _message(
            "support", "Acme support replies to merchants within {}.", "30 minutes", "15 minutes"
        ),
        _message(
            "declines", "Merchants using Acme Shield see {} fewer false declines.", "50%", "70%"
        ),
        _message("water", "Acme Flow cuts irrigation water use by {}.", "25%", "40%"),
        _message("sites", "More than {} research sites run studies on Acme.", "1,800", "3,200"),
    ),
)

# (sentence, the message it must be flagged against or None), positives beside look-alikes.
CASES: list[tuple[str, str | None]] = [
    ("First-run pay accuracy | 99.5%", "accuracy"),
    ("First-run pay accuracy | 99.8%", None),  # the current figure
    ("First-run tax filing accuracy | 99.5%", None),  # another subject
    ("First-year new-hire retention uplift | 10%", "retention"),
    ("First-year new-hire salary uplift | 10%", None),
    ("First-year new-hire retention drop | 10%", None),  # the other way
    ("Yearly savings for a 50-agent team | $250K", "savings"),
    ("Annual savings for a 50-agent team | $250K", "savings"),
    ("Annual hardware spend for a 50-agent team | $250K", None),
    ("Faster ticket resolution | 30%", "resolution"),
    ("Faster ticket routing | 30%", None),
    ("G2 rating | 4.4/5", "rating"),
    ("Capterra rating | 4.4/5", None),
    ("Annual merchant renewal rate | 89%", "renewal"),
    ("Merchant renewal rate for Acme: 89%", "renewal"),
    ("Annual merchant churn rate | 89%", None),
    ("Coverage per gateway | 2 sq mi", "gateway"),
    ("Coverage per gateway | 2 square miles", "gateway"),
    ("Gateway battery life | 2 years", None),
    ("Risky clauses flagged automatically | 90%", "clauses"),
    ("Risky clauses missed in manual review | 90%", None),
    ("Acme integrates with over 200 HR and finance apps.", "apps"),
    ("Acme connects to more than two hundred HR and finance apps.", "apps"),
    ("Acme connects to 300+ HR and finance apps.", None),
    ("Acme recovered $1.4M in failed payments per year.", "recovered"),
    ("Failed payments recovered per year | $1.4M", "recovered"),
    ("Failed card payments disputed per year | $1.4M", None),
    ("Desk uptime: 99.9%", "uptime"),  # a word of the message's product name
    ("Bot uptime: 99.9%", None),  # not the message's product
    ("Payback period: 6 months", "payback"),  # a word labels add
    ("Lease period: 6 months", None),
    ("Checkout fee per transaction | 2.4%", "fee"),
    ("Checkout refunds per transaction | 2.4%", None),
    ("Acme Shield reduces false declines by 50%.", "declines"),
    ("Merchants using Acme Shield see 50% less false declines.", "declines"),
    ("Acme Shield reduces support tickets by 50%.", None),
    ("Support response time | 30 minutes", "support"),
    ("Support escalation handover time | 30 minutes", None),
    ("Merchants hear back from Acme support within 30 minutes.", "support"),
    ("Irrigation water saved | 25%", "water"),  # "saved": how a label says "cuts"
    ("Irrigation water saved | 40%", None),
    ("Fertiliser saved | 25%", None),
    ("Q: How many research sites use Acme?\nA: More than 1,800 of them.", "sites"),
    ("Q: How many research sites use Acme?\nA: More than 3,200 of them.", None),
    ("Q: How many research grants use Acme?\nA: More than 1,800 of them.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_label_words(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


@pytest.mark.parametrize(
    ("word", "same_as", "expected"),
    [
        ("accuracy", "correctly", True),
        ("retention", "keep", True),
        ("uplift", "increase", True),
        ("savings", "saves", True),
        ("renewal", "renew", True),
        ("saved", "saves", True),
        ("coverage", "covers", True),
        ("resolution", "resolves", True),
        ("rating", "rated", True),
        ("annual", "year", True),
        ("flagged", "flags", True),
        ("planned", "plans", True),
        ("passed", "pass", True),  # a double s is the word's own
        ("called", "calls", True),
        ("recovered", "recovers", True),
        ("answered", "answers", True),
        ("fewer", "reduces", True),
        ("less", "cut", True),
        ("fee", "costs", True),
        ("response", "replies", True),
        ("responded", "reply", True),
        ("answers", "replies", False),
        ("recovered", "covered", False),
        ("savings", "salvage", False),
        ("rating", "ration", False),
        ("employers", "employees", False),
    ],
)
def test_folding(word: str, same_as: str, expected: bool) -> None:
    assert (fold_word(word) == fold_word(same_as)) is expected


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Customers hear back within 2 minutes.", True),
        ("Customers heard back from support the same day.", True),
        ("Customers hear about it in the back office.", False),
        ("Customers get their money back within 2 minutes.", False),
    ],
)
def test_hear_back_is_a_reply(text: str, reply: bool) -> None:
    assert ("reply" in content_words(text, ())) is reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("over 200 HR and finance apps", "count"),
        ("close a pay run in 2 hrs", "duration"),
        ("close a pay run in 2 Hrs", "duration"),
        ("close a pay run in 2 hours", "duration"),
        ("close a pay run in 2 HOURS", "duration"),
    ],
)
def test_hr_in_capitals_is_not_hours(text: str, kind: str) -> None:
    facts = extract_facts(text, ProductNames.from_messaging(MessagingPolicy(85, ())))
    assert [fact.kind for fact in facts] == [kind]


POLICY = """version: 1
messaging:
  messages:
    - id: accuracy
      current: "Acme pays 99.8% of employees correctly on the first run."
      superseded: ["Acme pays 99.5% of employees correctly on the first run."]
    - id: savings
      current: "Acme saves a 50-agent team $400K per year."
      superseded: ["Acme saves a 50-agent team $250K per year."]
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("First-run pay accuracy | 99.5%", "accuracy"),
    ("First-run tax filing accuracy | 99.5%", None),
    ("Yearly savings for a 50-agent team | $250K", "savings"),
    ("Annual hardware spend for a 50-agent team | $250K", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("label-words")
    return scan_cases(root, POLICY, [text for text, _ in FILE_CASES], TABLE_FORMATS)


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(FILE_CASES)) for fmt in TABLE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in FILE_CASES for fmt in TABLE_FORMATS],
)
def test_in_every_table_format(scanned: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, expected = FILE_CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text
