"""Issue 19: the message's figure in a sentence that is not our product claim.

Three classes, each with positives (ours, flagged) beside look-alikes (not flagged): one
customer's result or words ("One customer, Brightwater Legal, cut …", "Harlow Biotech's
legal team saved …", '"…," says Maria Lopez of Brightwater'); the figure with another
action by no one of ours or the opposite action ("Contract delays cost legal teams $1.8M per
year" for "Acme saves legal teams $1.8M per year"); and a one-word retired name of a
two-word product in its other spellings ("Clause-Check", "Clause Check", "ClauseChecks" for
"ClauseCheck"). The matcher's verdict first, then real files of every line format.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.customer_result import one_customers_result
from freshcheck.messaging.direction import opposes
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.our_action import action_of, without_our_action
from freshcheck.messaging.wording import content_words, fold_word
from freshcheck.policy.model import Message, MessagingPolicy, Term
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "turnaround",
            "Acme Sign cuts contract turnaround time by 60%.",
            ("Acme Sign cuts contract turnaround time by 40%.",),
        ),
        Message(
            "savings",
            "Acme saves legal teams $2.5M per year.",
            ("Acme saves legal teams $1.8M per year.",),
        ),
        Message(
            "clauses",
            "Acme Insight flags 95% of risky clauses automatically.",
            ("Acme Insight flags 90% of risky clauses automatically.",),
        ),
        Message(
            "approvals",
            "Acme Flow cuts approval cycles by 50%.",
            ("Acme Flow cuts approval cycles by 35%.",),
        ),
        Message(
            "go-live",
            "Legal teams go live on Acme in 2 weeks.",
            ("Legal teams go live on Acme in 6 weeks.",),
        ),
        Message(
            "help-desk",
            "Acme's help desk answers calls within 2 minutes.",
            ("Acme's help desk answers calls within 3 minutes.",),
        ),
    ),
    terms=(Term(("ClauseCheck",), "Acme Insight"), Term(("Inkwell",), "Acme Sign")),
)

# (sentence, the message it must be flagged against or None), positives beside look-alikes.
CASES: list[tuple[str, str | None]] = [
    # one customer's result
    ("Customers cut contract turnaround time by 40% with Acme Sign.", "turnaround"),
    (
        "One customer, Brightwater Legal, cut contract turnaround time by 40% with Acme Sign.",
        None,
    ),
    ("Brightwater Legal's team saw contract turnaround time fall by 40%.", None),
    ("Legal teams save $1.8M per year with Acme.", "savings"),
    ("Harlow Biotech's legal team saved $1.8M per year with Acme.", None),
    ("One customer saved $1.8M per year with Acme.", None),
    ("For example, a retailer saved $1.8M per year with Acme.", None),
    ("Approval cycles drop by 35% with Acme Flow.", "approvals"),
    ("Ferro Logistics saw approval cycles drop by 35% after moving to Acme Flow.", None),
    ("At Ferro Logistics, Acme Flow cut approval cycles by 35%.", None),
    ("Brightwater, a customer since 2021, cut approval cycles by 35% with Acme Flow.", None),
    ("Legal teams go live on Acme in 6 weeks.", "go-live"),
    ("At Brightwater Legal, the legal team went live on Acme in 6 weeks.", None),
    # a named party in the present tense, or as a label with a verbless value
    ("Harbor Bank sees contract turnaround time fall by 40% with Acme Sign.", None),
    ("Legal teams see contract turnaround time fall by 40% with Acme Sign.", "turnaround"),
    ("Acme Sign cuts contract turnaround time by 40% for Brightwater Legal.", None),
    ("Acme Sign cuts contract turnaround time by 40% for legal teams.", "turnaround"),
    ("Brightwater Legal saves $1.8M per year with Acme.", None),
    ("Legal teams save $1.8M per year with Acme.", "savings"),
    ("Brightwater Legal: 40% faster contract turnaround with Acme Sign", None),
    ("Brightwater Legal | 40% faster contract turnaround", None),
    ("Harbor Bank — 40% faster contract turnaround", None),
    ("Contract Turnaround: 40% faster", "turnaround"),
    ("Contract turnaround | 40% faster", "turnaround"),
    ("Acme Sign — 40% faster contract turnaround", "turnaround"),
    # a testimonial: someone else's words
    ('"Acme Sign cut our contract turnaround time by 40%," says Maria Lopez of Brightwater.', None),
    ('"Acme saved our legal team $1.8M per year," said Dana Reyes, Harlow Biotech.', None),
    ('"We save $1.8M per year with Acme." — Dana Reyes, Harlow Biotech', None),
    ('"Acme saves legal teams $1.8M per year," says our CEO.', "savings"),
    # another action, by no one of ours; the opposite action
    ("Contract turnaround time falls by 40% with Acme Sign.", "turnaround"),
    ("Manual redlining adds 40% to contract turnaround time.", None),
    ("Without Acme Sign, manual redlining adds 40% to contract turnaround time.", None),
    ("Acme saves legal teams $1.8M per year in outside counsel costs.", "savings"),
    ("Contract delays cost legal teams $1.8M per year.", None),
    ("Without Acme, contract delays cost legal teams $1.8M per year.", None),
    ("Acme Insight flags nine out of ten risky clauses automatically.", "clauses"),
    ("Tired reviewers miss 90% of risky clauses on a Friday.", None),
    ("Without Acme Insight, reviewers miss 90% of risky clauses.", None),
    ("Most vendors flag 90% of risky clauses automatically.", None),
    # a one-word retired name of a two-word product, in its spellings
    ("ClauseCheck flags 95% of risky clauses automatically.", "clauses"),
    ("Clause-Check flags 95% of risky clauses automatically.", "clauses"),
    ("Clause Check flags 90% of risky clauses automatically.", "clauses"),
    ("ClauseChecks flag 95% of risky clauses automatically.", "clauses"),
    ("Inkwell cuts contract turnaround time by 60%.", "turnaround"),
    ("Clausewise flags 90% of risky clauses automatically.", None),
    # a retired name where the message names only us
    ("Inkwell saves legal teams $2.5M per year.", "savings"),
    ("Legal teams go live on Inkwell in 2 weeks.", "go-live"),
    ("Legal teams go live on Acme Sign (formerly Inkwell) in 2 weeks.", None),
    ("See acme.com/inkwell: Acme saves legal teams $2.5M per year.", None),
    ("Acme saves legal teams $2.5M per year.", None),
    # a message that names us only in the possessive ("Acme's") still names us
    ("Acme's help desk answers calls within 3 minutes.", "help-desk"),
    ("Help desks answer calls within 3 minutes on average, says Tandry Research.", None),
    ("Help desks answer calls within 3 minutes on average, says our support lead.", "help-desk"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_matcher_reads_whose_claim(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected


OURS = frozenset({"acme", "sign", "insight", "flow", "clausecheck", "inkwell", "tables", "till"})
LIBRARY = frozenset(["legal", "teams", "go", "live", "on", "acme", "in", "weeks", "customers"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One customer, Brightwater Legal, cut turnaround by 40%.", True),
        ("One of our customers cut turnaround by 40%.", True),
        ("A retailer saw 40% fewer declines.", True),
        ("Harlow Biotech's legal team saved $1.8M.", True),
        ("Ferro Logistics' IT team measured 99.9% uptime.", True),
        ("At Ferro Logistics, approvals took 35% less time.", True),
        ("Ferro Logistics saw approvals drop by 35%.", True),
        ("After switching to Acme Sign, Brightwater Legal cut turnaround by 40%.", True),
        ("Our customer Harlow Biotech saved $1.8M per year with Acme.", True),
        ("Ferro Logistics, which uses Acme Flow, cut approvals by 35%.", True),
        ("Customer story: Brightwater Legal cut turnaround by 40%.", True),
        ("Harlow Biotech | saved $1.8M per year", True),
        ("Brightwater Legal has cut turnaround by 40% with Acme Sign.", True),
        ("Acme Sign helped Brightwater Legal cut turnaround by 40%.", True),
        ("Thanks to Acme Sign, Brightwater Legal cuts turnaround by 40%.", True),
        ("Acme Sign cut turnaround by 40% at Brightwater Legal.", True),
        ("Acme Sign cut turnaround by 40% for Brightwater Legal last year.", True),
        ("For Northgate Mutual, Acme Bot deflected 40% of questions.", True),
        ("Acme Sign cuts turnaround by 40% at scale.", False),
        ("Acme Sync connects to 200+ apps, with a connector for Salesforce.", False),
        ("For legal teams, Acme Sign cuts turnaround by 40%.", False),
        ("Customer results | Brightwater Legal saw turnaround fall by 40%", True),
        ("Proof point: Harlow Biotech's legal team saved $1.8M per year.", True),
        ("1. One customer, Harlow Biotech, saved $1.8M per year.", True),
        ("Results | Acme saves legal teams $1.8M per year.", False),
        ("Turnaround reduction | 40%", False),
        ("The Copper Pot added 1 extra table turn per night on Acme Tables.", True),
        ("Servers at The Copper Pot earned 8% more in tips on Acme Till.", True),
        ("Harlow Biotech was live on Acme in 6 weeks.", True),
        ("The Acme team cut turnaround by 40%.", False),
        ("The team cut turnaround by 40% with Acme Sign.", False),
        ("As the study shows, Pricing for Enterprise licenses begins at $100,000.", False),
        ("As the study shows, Each month, the Acme API serves 800 million calls.", False),
        ("Acme helps legal teams save $1.8M per year.", False),
        ("For example, Acme Sign cuts turnaround by 40%.", False),
        ("With Acme Sign, legal teams cut turnaround by 40%.", False),
        ("Acme Sign cut turnaround by 40% for our customers.", False),
        ("Finance Teams cut turnaround by 40%.", False),
        ("Turnaround reduction | cut by 40%", False),
        ("Payback: paid back in 6 months", False),
        ("Customers cut turnaround by 40% with Acme Sign.", False),
        ("Customers' teams cut turnaround by 40%.", False),
        ("Acme's customers cut turnaround by 40%.", False),
        ("One platform cuts turnaround by 40%.", False),
        ("An enterprise plan costs $99 per user.", False),
        ("Dispatchers saw 30% fewer calls.", False),
        ("Legal Teams saw 30% fewer calls.", False),
        ("At Acme, we cut turnaround by 40%.", False),
        ("At launch, Acme Sign cut turnaround by 40%.", False),
        # a kind of organisation closing a name; present tense; a label without a verb
        ("Harbor Bank sees 40% faster close.", True),
        ("Lakeside School District saw 40% fewer tickets.", True),
        ("Finance Team saw 40% faster close.", False),
        ("Enterprise Customers see 40% faster close.", False),
        ("Acme Sign cuts turnaround by 40% for Brightwater Legal.", True),
        ("Acme saves $1.8M per year for Harlow Biotech.", True),
        ("Acme Sync connects to 200+ apps, with a connector for Microsoft Dynamics.", False),
        ("Acme Sign cuts turnaround by 40% for Enterprise Customers.", False),
        ("Acme Sign cuts turnaround by 40% for Salesforce.", False),  # one word: no name
        ("Brightwater Legal saves $1.8M per year with Acme.", True),
        ("Brightwater Legal saves $1.8M per year.", False),  # we are not named after it
        ("Legal Teams save $1.8M per year with Acme.", False),
        ("Harbor Bank — 40% faster onboarding", True),
        ("Harbor Bank: 40% faster onboarding with Acme", True),
        ("Brightwater Legal | 40% faster turnaround", True),
        ("Pelling & Co. | 95% of fraudulent transactions blocked", True),  # "Co." ends a name
        ("Pelling & Co. rolled out Acme Sign to staff in 18 countries in a month.", True),
        ("Harlow Inc. saved $1.8M per year with Acme.", True),
        ("Pinecrest Logistics now pays 10% less for insurance on Acme Flow.", True),
        ("Key Result: 40% faster turnaround", False),
        ("Proof Point — 40% faster turnaround", False),
        ("Legal Teams | 40% faster turnaround", False),
        ("Acme Sign — 40% faster turnaround", False),
    ],
)
def test_one_customers_result(text: str, expected: bool) -> None:
    assert one_customers_result(text, OURS, LIBRARY) is expected


@pytest.mark.parametrize(
    ("text", "after_us", "expected"),
    [
        ("Failed payments cost merchants $1.4M per year.", ("recover", "m"), True),
        ("Merchants recover $1.4M per year.", ("recover", "m"), False),
        ("Failed payments cost Acme merchants $1.4M per year.", ("recover", "m"), False),
        ("We found $1.4M in failed payments.", ("recover", "m"), False),
        ("Failed payments recovered | $1.4M", ("recover", "m"), False),
        ("Payments | $1.4M", ("recover", "m"), False),  # a label states no action
        ("Legal teams wait 6 weeks.", ("is", "rate"), False),  # no action in the message
        ("Legal teams wait 6 weeks.", (), False),
    ],
)
def test_without_our_action(text: str, after_us: tuple[str, ...], expected: bool) -> None:
    action = action_of(tuple(fold_word(word) for word in after_us))  # as words_after_us gives
    assert without_our_action(text, OURS, action) is expected


@pytest.mark.parametrize(
    ("claim", "message", "expected"),
    [
        ("delays cost legal teams $1.8M", "Acme saves legal teams $1.8M", True),
        ("saves $1.8M in outside counsel costs", "Acme saves legal teams $1.8M", False),
        ("reviewers miss 90% of risky clauses", "Acme flags 90% of risky clauses", True),
        ("Acme catches 90% of risky clauses", "Acme flags 90% of risky clauses", False),
        ("Acme saves 2.4% per transaction", "Acme costs 2.4% per transaction", True),
        ("cuts chargebacks by 45%", "cuts chargebacks by 60%", False),
        ("Acme Desk resolves tickets 30% slower", "Acme Desk resolves tickets 30% faster", True),
        ("Acme Desk resolves tickets 30% quicker", "Acme Desk resolves tickets 30% faster", False),
    ],
)
def test_opposed_actions(claim: str, message: str, expected: bool) -> None:
    message_words = frozenset(content_words(message, ()))
    assert opposes(content_words(claim, ()), message_words) is expected


POLICY = """version: 1
messaging:
  messages:
    - id: savings
      current: "Acme saves legal teams $2.5M per year."
      superseded: ["Acme saves legal teams $1.8M per year."]
    - id: clauses
      current: "Acme Insight flags 95% of risky clauses automatically."
      superseded: ["Acme Insight flags 90% of risky clauses automatically."]
  terms:
    - retired: ["ClauseCheck"]
      use: "Acme Insight"
"""
FILE_CASES: list[tuple[str, str | None]] = [
    ("Legal teams save $1.8M per year with Acme.", "savings"),
    ("Harlow Biotech's legal team saved $1.8M per year with Acme.", None),
    ("One customer, Harlow Biotech, saved $1.8M per year with Acme.", None),
    ("Contract delays cost legal teams $1.8M per year.", None),
    ("Clause-Check flags 95% of risky clauses automatically.", "clauses"),
    ("Tired reviewers miss 90% of risky clauses on a Friday.", None),
    ('"Acme saved our legal team $1.8M per year," says Dana Reyes of Harlow Biotech.', None),
    ("Acme Insight flagged 90% of risky clauses automatically at Tandem Health.", None),
    ("Acme saves legal teams $1.8M per year for Harlow Biotech.", None),
    ("Harlow Biotech: $1.8M saved per year with Acme", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("not-our-claim")
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
