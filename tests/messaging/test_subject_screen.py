"""The subject screen (``MessageIndex.may_state``) agrees with the full matcher.

The screen skips a sentence before its facts are found when no message's subject floor is
within reach of its words. It must never skip a sentence the matcher would match, unless
the older cue test (a correctly spelt cue word) would have skipped it too: sentences built
from message words with typos, dropped and foreign words, changed numbers and product
names, and the labelled sets, must get the same verdicts with the screen as without.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.messaging import scoring
from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.wording import raw_tokens, readings
from freshcheck.model import Location, TextUnit
from freshcheck.policy.model import Message, MessagingPolicy, Term
from tests.messaging.labelled import LABELLED_FILES, load_cases, load_messaging

LIBRARY = load_messaging()
INDEX = MessageIndex.build(LIBRARY)
FOREIGN = ["review", "workshop", "minutes", "pipeline", "quarterly", "the", "and", "with", "42"]


def _has_cue(index: MessageIndex, text: str) -> bool:
    assert index.screen is not None
    cues = index.screen.cues
    return any(not cues.isdisjoint(readings(token)) for token in raw_tokens(text))


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    how = rng.randrange(3)
    if how == 0:
        return word[:at] + word[at + 1 :]  # a dropped letter
    if how == 1:
        return word[:at] + word[at] + word[at:]  # a doubled letter
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]  # swapped letters


def _variation(rng: random.Random, text: str, typos: float = 0.15) -> str:
    words: list[str] = []
    for word in text.split():
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.15 + typos:
            words.append(_typo(rng, word))
        elif roll < 0.25 + typos:
            words.append(str(rng.randint(1, 500)) + rng.choice(("", "%", "x", "+")))
        else:
            words.append(word)
        if rng.random() < 0.15:
            words.append(rng.choice(FOREIGN))
    return " ".join(words)


def _assert_agrees(index: MessageIndex, text: str) -> None:
    if index.may_state(text):
        return
    found = index.match(index.claim_for(text))
    assert found is None or not _has_cue(index, text), text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LIBRARY.messages), st.integers(0, 2**32))
def test_the_screen_never_skips_a_sentence_the_matcher_matches(message: Message, seed: int) -> None:
    rng = random.Random(seed)
    for base in (message.current, *message.superseded):
        for _ in range(4):
            _assert_agrees(INDEX, _variation(rng, base))


def test_a_message_mixed_with_others_and_typos_agrees_on_a_larger_library() -> None:
    rng = random.Random(11)
    words = [f"{a}{b}{c}" for a in ("ka", "lo", "mi") for b in ("ne", "su", "ra") for c in "tpv"]
    messages = tuple(
        Message(
            f"m{n}",
            f"Acme {rng.choice(('cuts', 'lowers'))} {rng.choice(words)} {rng.choice(words)} "
            f"time by {rng.randint(10, 90)}% with Acme Insights.",
            (f"Acme Insights handles {rng.randint(2, 9)} million {rng.choice(words)} requests.",),
        )
        for n in range(120)
    )
    terms = (Term(("Acme Analytics",), "Acme Insights"),)
    index = MessageIndex.build(MessagingPolicy(85, messages, terms))
    texts = [m.current for m in messages] + [old for m in messages for old in m.superseded]
    for _ in range(1500):
        _assert_agrees(index, _variation(rng, rng.choice(texts)))


def test_segmenting_with_the_screen_keeps_every_matched_labelled_claim() -> None:
    for name in LABELLED_FILES:
        for case in load_cases(name, LIBRARY):
            every = segment_claims(case.unit, INDEX.products)
            kept = segment_claims(case.unit, INDEX.products, INDEX.may_state)
            verdicts = dict(zip((c.span for c in every), INDEX.match_many(every), strict=True))
            for claim, found in zip(kept, INDEX.match_many(kept), strict=True):
                assert verdicts[claim.span] == found
            skipped = [c for c in every if c.span not in {k.span for k in kept}]
            for claim in skipped:
                assert verdicts[claim.span] is None or not _has_cue(INDEX, claim.text)


def test_a_unit_is_screened_once_when_it_is_one_sentence() -> None:
    calls: list[str] = []

    def keep(text: str) -> bool:
        calls.append(text)
        return INDEX.may_state(text)

    unit = TextUnit("  Acme cuts new-hire onboarding time by 30%.  ", Location(slide=1))
    claims = segment_claims(unit, INDEX.products, keep)
    assert [c.text for c in claims] == ["Acme cuts new-hire onboarding time by 30%."]
    assert len(calls) == 1


def _without_numbers(text: str) -> str:
    return " ".join(w for w in text.split() if not any(c.isdigit() for c in w))


def test_typos_in_sentences_without_facts_and_sentences_met_twice_agree() -> None:
    # A fresh index: the first sentences meet every word for the first time (no cache);
    # without digits the screen looks typos up among the reached variants' words, with
    # digits it defers words met once and looks up the library for words met again.
    index = MessageIndex.build(LIBRARY)
    rng = random.Random(5)
    bases = [t for m in LIBRARY.messages for t in (m.current, *m.superseded)]
    for _ in range(3):
        for base in bases:
            for text in (_variation(rng, _without_numbers(base)), _variation(rng, base)):
                _assert_agrees(index, text)


def test_typos_in_messages_without_facts_agree() -> None:
    rng = random.Random(23)
    syllables = ["ka", "lo", "mi", "ne", "su", "ra", "ti", "po", "de", "va", "ze", "bu"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(4)) for _ in range(150)})
    messages = tuple(
        Message(
            f"m{n}",
            f"Acme {rng.choice(words)} {rng.choice(words)} connects every {rng.choice(words)} "
            f"team.",
            (f"Acme {rng.choice(words)} {rng.choice(words)} links each {rng.choice(words)}.",),
        )
        for n in range(80)
    )
    index = MessageIndex.build(MessagingPolicy(85, messages))
    texts = [t for m in messages for t in (m.current, *m.superseded)]
    for _ in range(3000):
        _assert_agrees(index, _without_numbers(_variation(rng, rng.choice(texts), typos=0.4)))


def test_a_screen_that_forgets_its_caches_still_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scoring, "MOST_TOKENS_KEPT", 12)
    index = MessageIndex.build(LIBRARY)
    rng = random.Random(8)
    for message in LIBRARY.messages:
        for base in (message.current, *message.superseded):
            for _ in range(3):
                _assert_agrees(index, _variation(rng, base, typos=0.3))
    assert index.screen is not None and len(index.screen.seen) <= 12 + 40


def _spellings(rng: random.Random, name: str) -> str:
    """``name`` as a text may write it: any case, hyphens or line breaks between its words,
    a possessive or plural, camel-case parts apart."""
    parts = [p for w in name.split() for p in ([w] if rng.random() < 0.5 else _camel(w))]
    joined = "".join(rng.choice((" ", "-", "\n", "  ", " - ")) + p for p in parts).strip(" -\n")
    cased = rng.choice((joined, joined.lower(), joined.upper()))
    return cased + rng.choice(("", "'s", "’s", "s"))


def _camel(word: str) -> list[str]:
    cuts = [i for i, c in enumerate(word) if c.isupper() and i > 0]
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def test_a_sentence_is_credited_with_the_products_it_names_and_no_other() -> None:
    messages = (
        Message("a", "Onboarding Acme Flow cuts ramp time by 30%."),
        Message("b", "Onboarding Acme Guard blocks 99% of fraud."),
        Message("c", "Acme Flow syncs 40 tools."),
        Message("d", "QuickPay settles invoices in 2 days."),
    )
    index = MessageIndex.build(MessagingPolicy(85, messages))
    screen = index.screen
    assert screen is not None
    rng = random.Random(3)
    names = ["Onboarding Acme Flow", "Onboarding Acme Guard", "Acme Flow", "QuickPay"]
    for _ in range(400):
        text = f"{rng.choice(('We', 'Now', 'See'))} {_spellings(rng, rng.choice(names))} today."
        index.may_state(text)  # learns the tokens
        tokens = raw_tokens(text) & screen.naming_tokens
        credited = set(screen._named(text, tokens))
        stated = {f"=product:{n.lower()}" for _, _, n in index.products.find(text)}
        assert stated & set(screen.spelled) <= credited, text
    # The cue word of a product ("onboarding") credits it only where the name is written.
    text = "Onboarding with the Acme guard app is fast."
    index.may_state(text)
    assert not screen._named(text, raw_tokens(text) & screen.naming_tokens)
