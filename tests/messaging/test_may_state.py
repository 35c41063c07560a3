"""The cheap pre-check: sentences that cannot state a message are skipped before their facts."""

from __future__ import annotations

import pickle

import pytest

from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.match import MessageIndex
from freshcheck.model import Location, TextUnit
from tests.messaging.labelled import LABELLED_FILES, load_cases, load_messaging


@pytest.fixture(scope="module")
def index() -> MessageIndex:
    return MessageIndex.build(load_messaging())


def test_no_labelled_sentence_that_matches_is_skipped(index: MessageIndex) -> None:
    messaging = load_messaging()
    skipped = 0
    for name in LABELLED_FILES:
        for case in load_cases(name, messaging):
            every = segment_claims(case.unit, index.products)
            kept = {c.span for c in segment_claims(case.unit, index.products, index.may_state)}
            for claim, found in zip(every, index.match_many(every), strict=True):
                if claim.span not in kept:
                    skipped += 1
                    assert found is None, claim.text
    assert skipped > 0  # the unrelated sentences and preambles are skipped


def test_sentences_without_a_subject_word_are_skipped(index: MessageIndex) -> None:
    assert not index.may_state("Block 30 minutes for this exercise.")
    assert not index.may_state("Pause here and ask a question.")
    assert index.may_state("With Acme, new hires onboard in 30% less time.")
    assert index.may_state("Most teams roll out Acme in less than 6 weeks.")  # a phrase
    assert index.may_state("Our NPS is 64.")  # an acronym read as its expansion


def test_keep_drops_pieces_before_facts_and_keeps_spans(index: MessageIndex) -> None:
    unit = TextUnit(
        "Block 30 minutes. Acme cuts new-hire onboarding time by 30%.", Location(slide=2)
    )
    claims = segment_claims(unit, index.products, index.may_state)
    assert [c.text for c in claims] == ["Acme cuts new-hire onboarding time by 30%."]
    assert unit.text[claims[0].span[0] : claims[0].span[1]] == claims[0].text


def test_the_cue_cache_survives_pickling(index: MessageIndex) -> None:
    index.may_state("Acme cuts onboarding time.")
    copy = pickle.loads(pickle.dumps(index))
    assert copy.may_state("Acme cuts onboarding time.")
    assert not copy.may_state("Lunch is at noon.")
