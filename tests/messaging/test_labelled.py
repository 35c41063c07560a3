"""Precision and recall on the labelled set (tuning part and held-out part)."""

from __future__ import annotations

import pickle

import pytest

from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.match import MessageIndex
from freshcheck.model import Location, TextUnit
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.labelled import evaluate, load_cases, load_messaging, precision_recall


@pytest.fixture(scope="module")
def index() -> MessageIndex:
    return MessageIndex.build(load_messaging())


def test_tuning_set_meets_precision_and_recall(index: MessageIndex) -> None:
    messaging = load_messaging()
    cases = load_cases("labelled.yaml", messaging)
    assert len(messaging.messages) >= 30 and len(cases) >= 300
    tallies, misses = evaluate(index, cases)
    precision, recall = precision_recall(tallies)
    # The targets of the issue (see docs/matching.md for the figures).
    assert precision >= 0.98, misses
    assert recall >= 0.95, misses
    by_category = {t.category: t for t in tallies}
    for category in ("superseded_exact", "current_exact", "paraphrase_current", "unrelated"):
        tally = by_category[category]
        assert tally.correct == tally.total, (category, misses)


@pytest.mark.parametrize("name", ["heldout.yaml", "heldout2.yaml"])
def test_held_out_sets_meet_precision_and_recall(index: MessageIndex, name: str) -> None:
    tallies, misses = evaluate(index, load_cases(name, load_messaging()))
    precision, recall = precision_recall(tallies)
    assert precision >= 0.98, misses
    assert recall >= 0.95, misses


def test_index_pickles_and_matches_the_same(index: MessageIndex) -> None:
    copy = pickle.loads(pickle.dumps(index))
    claim = index.claim_for("We guarantee 99.9% uptime in our service level agreement.")
    original, shipped = index.match(claim), copy.match(claim)
    assert original is not None and shipped is not None
    assert (original.message.id, original.status, original.differences) == (
        shipped.message.id,
        shipped.status,
        shipped.differences,
    )


def test_finding_text_says_what_differs(index: MessageIndex) -> None:
    match = index.match(index.claim_for("Acme cuts new-hire onboarding time by 30%."))
    assert match is not None
    assert match.status == "outdated" and match.via_superseded
    assert match.message.id == "onboarding-time"
    assert match.differences == ("says 30%, current messaging says 45%",)
    assert match.summary == "Outdated claim: says 30%, current messaging says 45%"
    assert match.message.current == "Acme cuts new-hire onboarding time by 45%."
    assert 0 <= match.score <= 100


def test_retired_product_name_is_outdated(index: MessageIndex) -> None:
    match = index.match(index.claim_for("Forecast accuracy improves to 95% with Acme Insights."))
    assert match is not None and match.status == "outdated"
    assert "Acme Insights" in match.summary and "Acme Analytics" in match.summary


def test_a_markdown_faq_row_states_the_message_in_its_answer_cell() -> None:
    messaging = MessagingPolicy(
        85,
        (
            Message(
                "customer-count",
                "Trusted by more than 4,000 companies worldwide.",
                ("Trusted by more than 3,500 companies worldwide.",),
            ),
            Message("uptime", "99.95% uptime, backed by our SLA."),
        ),
    )
    index = MessageIndex.build(messaging)
    row = TextUnit(
        "| How many customers? | More than 3,500 companies trust Acme. |",
        Location(line=17, part="table"),
    )
    matches = index.match_many(segment_claims(row, index.products))
    assert [m.status if m else None for m in matches] == [None, "outdated"]


def test_match_many_equals_match(index: MessageIndex) -> None:
    texts = [
        "Acme cuts new-hire onboarding time by 30%.",
        "Block 30 minutes.",
        "Acme is SOC 2 Type II certified.",
    ]
    claims = [index.claim_for(t) for t in texts]
    assert index.match_many(claims) == [index.match(c) for c in claims]
