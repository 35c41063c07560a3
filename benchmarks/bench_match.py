"""Benchmark: segment and match N synthetic sentences against M synthetic messages, in parallel.

    .venv/bin/python benchmarks/bench_match.py                 # 1,000,000 claims, 2,000 messages
    .venv/bin/python benchmarks/bench_match.py --claims 100000 --jobs 2

Each sentence is a text unit that goes through the scan's own path: ``segment_claims``
(sentences, facts, kind) and then ``MessageIndex.match_many``, in worker processes that
receive the pickled index once (as the scan's workers do). Prints: index build time and
pickle size; wall time and claims/s over all processes; CPU per claim for segmentation with
facts and for matching; and brute force (every claim scored against every message
variant with the same scorer, and a plain rapidfuzz extractOne over all message texts)
measured on a sample and extrapolated to N — brute force is far too slow to run in full.
"""

from __future__ import annotations

import argparse
import multiprocessing
import pickle
import random
import time

from rapidfuzz import fuzz, process

from freshcheck.messaging.claims import classify, segment_claims
from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.wording import content_words
from freshcheck.model import Claim, Location, TextUnit
from freshcheck.policy.model import Message, MessagingPolicy

SYLLABLES = tuple("ka lo mi ne su ra ti po de va ze bu fi go le ma no pe ri sa to vu".split(" "))  # noqa: SIM905
TEMPLATES = (
    "Acme {verb} {a} {b} time by {n}%.",
    "More than {n},000 {a} teams rely on Acme {b}.",
    "Acme delivers a {n}x return on {a} {b} {c} spend.",
    "{A} {b} leaders close {c} deals {n}% faster with Acme.",
    "Acme {a} {b} handles {n} million {c} requests a month.",
    "Customers save ${n}K a year on {a} {b} {c}.",
)
VERBS = ("cuts", "reduces", "lowers", "shrinks")
FILLER = (
    "Block {n} minutes for the {a} exercise.",
    "Pick {n} accounts and review their {a} {b}.",
    "The {a} {b} workshop runs for {n} hours.",
    "Ask about {a} and {b} in the discovery call.",
)
UNIT = TextUnit("", Location())
BODY = Location(slide=1, part="body")
_INDEX: MessageIndex | None = None


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def fill(rng: random.Random, template: str, words: list[str], n: int) -> str:
    a, b, c = (rng.choice(words) for _ in range(3))
    text = template.format(verb=rng.choice(VERBS), a=a, b=b, c=c, A=a.title(), n=n)
    return text


def library(seed: int, size: int) -> tuple[MessagingPolicy, list[str]]:
    rng = random.Random(seed)
    words = vocabulary(rng, 3000)
    messages = []
    for number in range(size):
        template = rng.choice(TEMPLATES)
        new_n, old_n = rng.randint(10, 99), rng.randint(10, 99)
        state = rng.getstate()
        current = fill(rng, template, words, new_n)
        rng.setstate(state)
        old = fill(rng, template, words, old_n)
        messages.append(Message(f"m{number}", current, (old,) if old != current else ()))
    return MessagingPolicy(85, tuple(messages)), words


def claim_texts(seed: int, count: int, messaging: MessagingPolicy, words: list[str]) -> list[str]:
    """A third restate a message (old, new or random numbers), the rest are other sentences."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        if rng.random() < 0.33:
            message = rng.choice(messaging.messages)
            base = rng.choice((message.current, *message.superseded))
            texts.append(base.replace("Acme", rng.choice(("Acme", "We", "Our platform")), 1))
        else:
            texts.append(fill(rng, rng.choice(FILLER), words, rng.randint(1, 120)))
    return texts


def make_claims(texts: list[str], index: MessageIndex) -> list[Claim]:
    claims = []
    for text in texts:
        facts = extract_facts(text, index.products)
        claims.append(Claim(UNIT, text, (0, len(text)), classify(text, facts), facts))
    return claims


def _init(blob: bytes) -> None:
    global _INDEX
    _INDEX = pickle.loads(blob)


def _work(job: tuple[int, int, MessagingPolicy, list[str], bool]) -> tuple[int, float, float, int]:
    seed, count, messaging, words, skip = job
    assert _INDEX is not None
    units = [TextUnit(text, BODY) for text in claim_texts(seed, count, messaging, words)]
    started = time.process_time()
    products, keep = _INDEX.products, (_INDEX.may_state if skip else None)
    claims = [claim for unit in units for claim in segment_claims(unit, products, keep)]
    extracted = time.process_time()
    results = _INDEX.match_many(claims)
    matched = time.process_time()
    outdated = sum(1 for r in results if r is not None and r.status == "outdated")
    return count, extracted - started, matched - extracted, outdated


def brute_force(index: MessageIndex, claims: list[Claim]) -> tuple[float, float]:
    """Seconds per claim: our scorer over every variant; rapidfuzz extractOne over all texts."""
    started = time.perf_counter()
    for claim in claims:
        words = content_words(claim.text, claim.facts)
        for variant in index.variants:
            index._score(words, variant)  # the same scorer, no index
    ours = (time.perf_counter() - started) / len(claims)
    choices = [" ".join(content_words(v.plain, ())) for v in index.variants]
    started = time.perf_counter()
    for claim in claims:
        process.extractOne(
            " ".join(content_words(claim.text, claim.facts)), choices, scorer=fuzz.token_set_ratio
        )
    plain = (time.perf_counter() - started) / len(claims)
    return ours, plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=2_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample", type=int, default=300, help="claims for brute force")
    parser.add_argument(
        "--keep", action="store_true", help="skip sentences with MessageIndex.may_state"
    )
    args = parser.parse_args()

    messaging, words = library(args.seed, args.messages)
    started = time.perf_counter()
    index = MessageIndex.build(messaging)
    build = time.perf_counter() - started
    blob = pickle.dumps(index)
    print(f"messages: {args.messages}  variants: {len(index.variants)}  claims: {args.claims:,}")
    print(f"index build: {build:.2f} s  pickled: {len(blob) / 1e6:.1f} MB")

    jobs = [
        (args.seed + 1 + n, min(args.chunk, args.claims - start), messaging, words, args.keep)
        for n, start in enumerate(range(0, args.claims, args.chunk))
    ]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.jobs, _init, (blob,)) as pool:
        results = pool.map(_work, jobs)
    wall = time.perf_counter() - started
    done = sum(r[0] for r in results)
    extract_cpu = sum(r[1] for r in results)
    match_cpu = sum(r[2] for r in results)
    outdated = sum(r[3] for r in results)
    # Worker times are CPU time (process_time), so other jobs on the box do not inflate them;
    # CPU / jobs is the wall time the same work needs on idle cores.
    how = "with may_state" if args.keep else "every sentence"
    print(f"indexed ({how}), {args.jobs} processes: wall {wall:.1f} s = {done / wall:,.0f}/s")
    print(
        f"  matching CPU: {match_cpu:.1f} s ({done / match_cpu:,.0f} claims/s per process, "
        f"{match_cpu / done * 1e3:.3f} ms/claim)"
    )
    print(
        f"  segmentation + facts CPU: {extract_cpu:.1f} s ({done / extract_cpu:,.0f} claims/s, "
        f"{extract_cpu / done * 1e3:.3f} ms/claim)"
    )
    print(f"  flagged outdated: {outdated:,}")
    cpu = match_cpu + extract_cpu
    print(f"  worker CPU total: {cpu:.1f} s -> {cpu / args.jobs:.1f} s on {args.jobs} idle cores")

    sample = make_claims(claim_texts(args.seed + 999, args.sample, messaging, words), index)
    ours, plain = brute_force(index, sample)
    print(f"brute force, measured on {args.sample} claims and extrapolated to {args.claims:,}:")
    print(
        f"  same scorer, every variant: {ours * 1e3:.2f} ms/claim -> "
        f"{ours * args.claims / args.jobs:,.0f} s wall on {args.jobs} processes"
    )
    print(
        f"  rapidfuzz extractOne(token_set_ratio) over all messages: {plain * 1e3:.2f} ms/claim "
        f"-> {plain * args.claims / args.jobs:,.0f} s wall on {args.jobs} processes"
    )
    indexed = match_cpu / done
    print(
        f"  indexed matching: {indexed * 1e3:.3f} ms/claim "
        f"({ours / indexed:,.0f}x faster than the same scorer by brute force)"
    )


if __name__ == "__main__":
    main()
