"""Issue 19, point 5: precision. Only our claims about the same subject match.

A short message does not match a long sentence through one shared word; a figure a
competitor or analyst states in the same sentence is not ours; the current fact in another
format is in step; the same number for another metric is not a match. Positives and
look-alikes side by side, each a real file in every line format (pptx notes, docx, PDF
wrapped lines, Markdown, HTML, text).
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.attribution import (
    attributed_to_others,
    names_another_party,
    words_after_us,
)
from freshcheck.messaging.match import MessageIndex
from freshcheck.policy.model import Message, MessagingPolicy, Term
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

POLICY = """version: 1
messaging:
  messages:
    - id: revenue-at-risk
      current: "5 to 15 percent of revenue."
      superseded: ["3 to 10 percent of revenue."]
    - id: ramp-time
      current: "Acme cuts ramp time for new sellers by 30%."
      superseded: ["Acme cuts ramp time for new sellers by 25%."]
    - id: g2-rating
      current: "Acme is rated 4.8 out of 5 on G2."
      superseded: ["Acme is rated 4.6 out of 5 on G2."]
    - id: integrations
      current: "Acme connects to 350+ business applications."
      superseded: ["Acme connects to 200+ business applications."]
    - id: onboarding-hours
      current: "Onboarding with Acme takes 4 hours."
      superseded: ["Onboarding with Acme takes 6 hours."]
"""

# (sentence, the message it must be flagged against or None)
CASES: list[tuple[str, str | None]] = [
    ("Poor enablement puts 3 to 10 percent of revenue at risk.", "revenue-at-risk"),
    ("Acme is trusted by more than 2,000 revenue teams across Europe and the Americas.", None),
    ("Acme says it cuts ramp time for new sellers by 25%.", "ramp-time"),
    ("RouteMax claims it cuts ramp time for new sellers by 25%.", None),
    ("According to Gartner, tools like Acme cut ramp time for new sellers by 25%.", None),
    ("A competitor says it cuts ramp time for new sellers by 25%.", None),
    ("Acme is rated 4.6/5 on G2.", "g2-rating"),
    ("Acme is rated 4.8/5 on G2.", None),
    ("Acme is rated 4.8 out of 5 stars on G2.", None),
    # another party where the message names us, at the start of the sentence
    ("Paylode is rated 4.6 out of 5 on G2.", None),
    ("Paylode, a rival, is rated 4.6 out of 5 on G2.", None),
    ("Paylode's app is rated 4.6 out of 5 on G2.", None),
    ("Sellers rate Acme 4.6 out of 5 on G2.", "g2-rating"),
    # a named customer's own result, where the message names us
    ("Northwind Outfitters cut ramp time for new sellers by 25% with Acme.", None),
    ("Teams cut ramp time for new sellers by 25% with Acme.", "ramp-time"),
    ("Acme now connects to 200+ business applications.", "integrations"),
    ("Connects to 200+ business applications out of the box.", "integrations"),
    ("RouteMax connects to 200+ business applications.", None),  # someone else, no verb
    ("Dispatchers say RouteMax connects to 200+ business applications.", None),
    ("Onboarding with Acme takes just 6 hours.", "onboarding-hours"),
    ("Training takes 6 hours.", None),
    ("The Acme certification exam takes 6 hours.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("whose-claim")
    return scan_cases(root, POLICY, [text for text, _ in CASES])


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in CASES for fmt in LINE_FORMATS],
)
def test_only_our_claims_about_the_same_subject_match(
    scanned: dict[str, list[Hit]], index: int, fmt: str
) -> None:
    text, expected = CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text


OURS = frozenset({"acme", "analytics"})


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("RouteMax claims it cuts planning time by 25%.", True),
        ("According to Gartner, fleets spend 12% less on fuel.", True),
        ("A competitor says its app pays for itself in 10 months.", True),
        ("Industry analysts estimate fleets save 12%.", True),
        ("A Forrester study found fleets save 12%.", True),
        ("Acme says it cuts onboarding time by 30%.", False),
        ("Acme Analytics reports 30% faster onboarding.", False),
        ("According to our survey, Acme cuts onboarding by 30%.", False),
        ("We claim 30% faster onboarding.", False),
        ("The report found that Acme cuts onboarding by 30%.", False),
        ("Customers say Acme cuts onboarding time by 30%.", False),  # no one named
        ("Per IDC, fraud tools cut chargebacks by 45%.", True),
        ("Fraud tools cut chargebacks by 45%, per Gartner.", True),
        ("As per IDC, tools cut chargebacks by 45%.", True),
        ("Acme costs 1.9% per transaction.", False),  # "per" naming no one
        ("Per Acme Analytics data, onboarding is 30% faster.", False),  # ours
    ],
)
def test_who_states_the_figure(text: str, attributed: bool) -> None:
    assert attributed_to_others(text, OURS) is attributed


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("RouteMax Fleet costs $29 per vehicle per month.", True),  # a word of ours ends it
        ("RouteMax connects to 80+ telematics providers.", True),
        ("Tidewater Fleet costs $29 per vehicle per month.", False),
        ("Tidewater Fleet beats RouteMax Fleet on price.", False),
        ("Our RouteMax connector costs $29 per vehicle per month.", False),
        ("Fleets pay $29 per vehicle per month.", False),  # a capital that starts a sentence
    ],
)
def test_a_sentence_about_another_partys_product(text: str, other: bool) -> None:
    ours = frozenset({"tidewater", "fleet"})
    library = frozenset({"tidewater", "fleet", "costs", "per", "vehicle", "month"})
    assert names_another_party(text, ours, library) is other


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Paylode is rated 4.5 out of 5 on Capterra.", True),  # where the message names us
        ("Paylode Shield cuts chargebacks by 45%.", True),
        ("Paylode's checkout lifts conversion by 12%.", True),  # it owns what follows
        ("Paylode, a rival, is rated 4.5 out of 5.", True),  # a role says who it is
        ("Merchants are rated 4.5 out of 5 on Capterra.", False),  # a word the library has
        ("Shoppers can pick from 100 payment methods.", False),  # only starts the sentence
        # a customer in our place states its own result, though it names us after
        ("Northwind Outfitters cut chargebacks by 45% with Corvane Shield.", True),
        ("Harbor & Pine slashed chargebacks by 45% with Corvane Shield.", True),
        ("Customers cut chargebacks by 45% with Corvane Shield.", False),  # no one named
        ("We cut chargebacks by 45% with Corvane Shield.", False),  # "We" is us
        ("Corvane Shield cuts chargebacks for Northwind Outfitters by 45%.", False),
    ],
)
def test_a_name_that_starts_the_sentence(text: str, other: bool) -> None:
    ours = frozenset({"corvane", "shield"})
    library = frozenset({"corvane", "shield", "is", "rated", "on", "capterra", "merchants"})
    message = (
        "Corvane is rated 4.7 out of 5 on Capterra."
        if "rated" in text
        else "Corvane Shield cuts chargebacks by 60%."
    )
    after_us = words_after_us(message, ours)
    assert names_another_party(text, ours, library, after_us) is other


def test_the_words_that_follow_our_name() -> None:
    """Folded, as the sentence's are compared: "cut" and "slashed" read as "cuts"."""
    ours = frozenset({"corvane", "shield"})
    assert words_after_us("Corvane Shield cuts chargebacks by 60%.", ours) == (
        "reduce",
        "chargeback",
    )
    assert words_after_us("Corvane is rated 4.7 out of 5.", ours) == ("is", "rate")
    assert words_after_us("Merchants using Corvane Shield see 70% fewer.", ours) == (
        "see",
        "reduce",
    )
    assert words_after_us("Every plan has a 60-day money-back guarantee.", ours) == ()


CHECKOUT = MessagingPolicy(
    85,
    (
        Message(
            "conversion",
            "Corvane Checkout lifts checkout conversion by 18%.",
            ("Corvane Checkout lifts checkout conversion by 12%.",),
        ),
        Message("stores", "More than 12,000 online stores run on Corvane.", ()),
        Message("go-live", "Merchants go live on Corvane in 3 days.", ()),
        Message("methods", "Corvane supports 150+ payment methods.", ()),
        Message("fee", "Corvane Checkout costs 1.9% per transaction.", ()),
    ),
    terms=(Term(("QuickPay",), "Corvane Checkout"),),
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Paylode's checkout lifts checkout conversion by 12%.", False),
        ("QuickPay lifts checkout conversion by 18%.", True),  # a retired name is ours
        ("Corvane Checkout lifts checkout conversion by 12%.", True),
    ],
)
def test_a_product_word_the_messages_use_as_a_common_word(text: str, flagged: bool) -> None:
    """ "checkout" in "lifts checkout conversion" is a common word: it does not make
    another party's sentence ours."""
    index = MessageIndex.build(CHECKOUT)
    found = index.match(index.claim_for(text))
    assert (found is not None and found.status == "outdated") is flagged
