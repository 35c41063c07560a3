"""Someone else's figure in a sentence that names none of ours, told by a second cue
(``unnamed_party``): a party leading the sentence, a source after the figure, or an
obligation. Positives beside look-alikes: a product's own slide that drops our name, a
plain capitalised noun that only starts the sentence, and lines that are not sentences.
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.unnamed_party import unnamed_party
from freshcheck.policy.model import Message, MessagingPolicy, Term

OURS = frozenset(
    {"acme", "monitor", "capture", "trialpath", "cards"}
)  # "sites": a common word here
LIBRARY = frozenset(
    [
        "acme",
        "monitor",
        "sites",
        "capture",
        "pays",
        "research",
        "within",
        "days",
        "go",
        "live",
        "in",
        "weeks",
        "sponsors",
    ]
)

# (sentence, whether it is someone else's figure)
CASES: list[tuple[str, bool]] = [
    # another party leads: two capitalised words, or one written like a brand or acronym
    ("Caliptra Trials markets a 50% reduction in source data verification.", True),
    ("Caliptra Trials is rated 4.3 out of 5 by its sites.", True),
    ("Larchmont CRO pays its research sites within 45 days.", True),
    ("CRO partners pay research sites within 45 days.", True),
    ("RouteMax pays research sites within 45 days.", True),
    ("• Larchmont CRO pays its research sites within 45 days.", True),
    # a source after the figure; an obligation
    ("Industry help desks answer calls within 3 minutes, says Tandry Research.", True),
    ("Help desks answer calls within 3 minutes, according to IDC.", True),
    ("Sites must archive essential documents within 14 days of close-out.", True),
    ("Sponsors are required to report adverse events within 15 days.", True),
    # one capitalised word that reads as a name, before a verb in the third person
    ("Padwork lets students work offline for up to 7 days.", True),
    ("Spendara issues cards in 18 countries.", True),  # "cards" lower-case: no name of ours
    ("Setup takes 2 days.", False),  # common nouns
    ("Deployment takes 2 hours.", False),
    ("Onboarding takes 12 weeks.", False),
    ("Rollout takes 2 hours.", False),
    # look-alikes: no cue, so a product's own slide keeps its claim
    ("Go live in 12 weeks.", False),
    ("Sites paid within 45 days.", False),
    ("Sponsors spend 20% less on on-site monitoring.", False),  # a plain noun starts it
    ("Research sites get paid within 45 days.", False),
    ("The Sponsor Portal cuts setup by 20%.", False),  # "The" names no one
    ("Go Live Checklist: 12 weeks", False),  # a label line
    # look-alikes: a name of ours or we/our is there
    ("Sponsors spend 20% less on on-site monitoring with Acme Monitor.", False),
    ("Larchmont CRO pays research sites within 45 days on Acme Sites.", False),
    ("Acme's help desk answers calls within 3 minutes, says Tandry Research.", False),
    ("Our sites must be paid within 45 days.", False),
    ("Trial-Path must close out sites in 14 days.", False),  # a name of ours, respelt
    ("Help desks answer within 3 minutes, says our support lead.", False),
    # look-alikes: not a sentence
    ("Larchmont CRO | pays sites within 45 days", False),
    ("Q: Who pays sites within 45 days? A: Larchmont CRO", False),
    ("Larchmont CRO: 45 days to pay sites", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_figure_an_unnamed_sentence_states(text: str, expected: bool) -> None:
    assert (unnamed_party(text, OURS, LIBRARY) is not None) is expected


MESSAGING = MessagingPolicy(
    85,
    (
        Message(
            "site-payments",
            "Acme Sites pays research sites within 30 days.",
            ("Acme Sites pays research sites within 45 days.",),
        ),
        Message(
            "go-live",
            "Sponsors go live on Acme in 8 weeks.",
            ("Sponsors go live on Acme in 12 weeks.",),
        ),
        Message(
            "site-closeout",
            "Acme closes out a study site in 10 days.",
            ("Acme closes out a study site in 14 days.",),
        ),
        Message(
            "monitoring",
            "Sponsors spend 30% less on on-site monitoring with Acme Monitor.",
            ("Sponsors spend 20% less on on-site monitoring with Acme Monitor.",),
        ),
    ),
    terms=(Term(("TrialPath",), "Acme Sites"),),
)

# (sentence, the message it must be flagged against or None)
MATCH_CASES: list[tuple[str, str | None]] = [
    ("Larchmont CRO pays its research sites within 45 days.", None),
    ("Acme Sites pays research sites within 45 days.", "site-payments"),
    ("TrialPath pays research sites within 45 days.", "site-payments"),
    ("Sites must close out a study site within 14 days.", None),
    ("Acme closes out a study site in 14 days.", "site-closeout"),
    ("Go live on Acme in 12 weeks.", "go-live"),
    ("Sponsors spend 20% less on on-site monitoring with Acme Monitor.", "monitoring"),
    ("Sponsors spend 20% less on on-site monitoring, says Tandry Research.", None),
]


@pytest.mark.parametrize(("text", "expected"), MATCH_CASES)
def test_the_matcher_reads_unnamed_parties(text: str, expected: str | None) -> None:
    index = MessageIndex.build(MESSAGING)
    found = index.match(index.claim_for(text))
    flagged = found.message.id if found is not None and found.status == "outdated" else None
    assert flagged == expected
