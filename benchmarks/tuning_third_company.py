"""A tuning library for the matcher's precision (issue 19, point 5): Corvane, a payments vendor.

    .venv/bin/python benchmarks/tuning_third_company.py --out /tmp/fc-corvane [--seed 5] [--misses]

A third fictional company, generated like the held-out libraries (``heldout_files``): about
50 files in every format (decks with slide text, tables and notes; Word paragraphs, tables
and comments; PDFs with wrapped lines; Markdown, HTML and text), ``policy.yaml`` and
``labels.json``. It scans ``lib/`` and prints precision and recall of
``messaging/outdated-claim``, overall and per form.

Unlike the held-out sets, this one is *for tuning*: the precision work of issue 19 was done
against it, so its figures are not blind. Larkspur (``heldout_second_company.py``) stays the
blind measure. Each topic has labelled positives (verbatim, label and value, Q/A, facts in
words, rewordings, a retired product name) and look-alike negatives:

- ``current``: the current fact in another format ("4.7/5" for "4.7 out of 5");
- ``attributed``: the old figure in a competitor's or analyst's mouth, same sentence;
- ``other-metric``: the same number for an unrelated metric ("the bootcamp takes 10 days");
- ``one-word``: a long sentence sharing one subject word with a short message;
- ``direction``: the old figure with the change going the other way ("chargebacks rose");
- ``product-slot``: the same wording about another of our products or a competitor's;
- ``lookalike-label``: a table row or label line about another metric with the old value.
"""

from __future__ import annotations

from dataclasses import dataclass

from company_check import PlacedCase, policy_text, run_company, scatter_cases
from heldout_files import NOTES, PARAGRAPH, ROW, Block, Label

PROSE = (
    ("pptx", PARAGRAPH),
    ("pptx", NOTES),
    ("docx", PARAGRAPH),
    ("pdf", PARAGRAPH),
    ("md", PARAGRAPH),
    ("html", PARAGRAPH),
    ("txt", PARAGRAPH),
)
TABLE = (("pptx", ROW), ("docx", ROW), ("md", ROW), ("html", ROW))
QA = (("txt", PARAGRAPH), ("md", PARAGRAPH), ("pptx", NOTES), ("pdf", PARAGRAPH))

Case = tuple[str, str, tuple[tuple[str, str], ...]]  # form, text, places


@dataclass(frozen=True)
class Topic:
    id: str
    current: str
    old: str
    positives: tuple[Case, ...]
    negatives: tuple[Case, ...]


TOPICS = (
    Topic(
        "payout-speed",
        "Payouts in 1 business day.",
        "Payouts in 2 business days.",
        (
            ("verbatim", "Payouts in 2 business days.", PROSE),
            ("reworded", "Corvane Payouts pays merchants out in 2 business days.", PROSE),
            ("label-value", "Payout time | 2 business days", TABLE),
        ),
        (
            ("current", "Payouts in one business day.", PROSE),
            ("other-metric", "Plan 2 business days for the pilot review.", PROSE),
            (
                "one-word",
                "Payouts are the first thing a finance lead asks about, so bring the 2 "
                "customer stories we prepared for the business review.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "conversion",
        "Corvane Checkout lifts checkout conversion by 18%.",
        "Corvane Checkout lifts checkout conversion by 12%.",
        (
            ("verbatim", "Corvane Checkout lifts checkout conversion by 12%.", PROSE),
            ("label-value", "Checkout conversion lift | 12%", TABLE),
            ("reworded", "With Corvane Checkout, checkout conversion improves by 12%.", PROSE),
            ("q-and-a", "Q: How much does Corvane Checkout lift conversion?\nA: By 12%.", QA),
            ("retired-product", "QuickPay lifts checkout conversion by 18%.", PROSE),
        ),
        (
            ("current", "Corvane Checkout lifts checkout conversion by eighteen percent.", PROSE),
            ("attributed", "Paylode claims its checkout lifts checkout conversion by 12%.", PROSE),
            ("direction", "Without a one-page flow, checkout conversion drops by 12%.", PROSE),
            ("lookalike-label", "Newsletter signup lift | 12%", TABLE),
            ("attributed", "Paylode's checkout lifts checkout conversion by 12%.", PROSE),
            ("direction", "Checkout conversion fell by 12% during the outage.", PROSE),
            (
                "one-word",
                "Our checkout redesign workshop hosted 12 merchants from the Nordics, and every "
                "one of them left with a plan for the holiday season.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "chargebacks",
        "Corvane Shield cuts chargebacks by 60%.",
        "Corvane Shield cuts chargebacks by 45%.",
        (
            ("verbatim", "Corvane Shield cuts chargebacks by 45%.", PROSE),
            ("label-value", "Chargeback reduction | 45%", TABLE),
            ("in-words", "Corvane Shield cuts chargebacks by forty-five percent.", PROSE),
            ("reworded", "Merchants see chargebacks fall by 45% with Corvane Shield.", PROSE),
            ("retired-product", "Corvane Guard cuts chargebacks by 45%.", PROSE),
        ),
        (
            ("current", "Corvane Shield cuts chargebacks by 60 percent.", PROSE),
            ("attributed", "Fraudex says its rules engine cuts chargebacks by 45%.", PROSE),
            (
                "attributed",
                "According to Forrester, machine-learning tools cut chargebacks by 45%.",
                PROSE,
            ),
            ("direction", "Chargebacks rose by 45% across the industry last year.", PROSE),
            ("product-slot", "Paylode Shield cuts chargebacks by 45%.", PROSE),
            ("direction", "Without Corvane Shield, chargebacks increase by 45%.", PROSE),
            ("attributed", "Competitors like Fraudex cut chargebacks by 45%.", PROSE),
        ),
    ),
    Topic(
        "false-declines",
        "Merchants using Corvane Shield see 70% fewer false declines.",
        "Merchants using Corvane Shield see 50% fewer false declines.",
        (
            ("verbatim", "Merchants using Corvane Shield see 50% fewer false declines.", PROSE),
            ("label-value", "False decline reduction | 50%", TABLE),
            ("q-and-a", "Q: How many fewer false declines do merchants see?\nA: 50% fewer.", QA),
            ("reworded", "Corvane Shield reduces false declines by 50%.", PROSE),
        ),
        (
            ("current", "False decline reduction | seventy percent", TABLE),
            (
                "attributed",
                "Analysts estimate that better scoring means 50% fewer false declines.",
                PROSE,
            ),
            ("direction", "False declines rose 50% during the holiday peak.", PROSE),
            ("lookalike-label", "False alarm rate in the warehouse | 50%", TABLE),
            (
                "one-word",
                "Half of all shoppers who abandon a cart never return, and 50% of them blame "
                "slow pages, which is why every decline hurts.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "stores",
        "More than 12,000 online stores run on Corvane.",
        "More than 8,000 online stores run on Corvane.",
        (
            ("verbatim", "More than 8,000 online stores run on Corvane.", PROSE),
            ("label-value", "Online stores on Corvane | 8,000+", TABLE),
            ("reworded", "Over 8,000 online stores now run on Corvane.", PROSE),
            ("q-and-a", "Q: How many online stores run on Corvane?\nA: More than 8,000.", QA),
        ),
        (
            ("current", "Online stores on Corvane | 12K+", TABLE),
            (
                "attributed",
                "Paylode says more than 8,000 online stores run on its platform.",
                PROSE,
            ),
            ("other-metric", "More than 8,000 people read our engineering blog.", PROSE),
            ("other-metric", "Corvane handled 8,000 orders a minute on Black Friday.", PROSE),
        ),
    ),
    Topic(
        "uptime",
        "Corvane Checkout has 99.99% uptime.",
        "Corvane Checkout has 99.95% uptime.",
        (
            ("verbatim", "Corvane Checkout has 99.95% uptime.", PROSE),
            ("label-line", "Checkout uptime: 99.95%", PROSE),
            ("label-value", "Corvane Checkout uptime | 99.95%", TABLE),
            ("reworded", "Corvane Checkout is available 99.95% of the time.", PROSE),
        ),
        (
            ("current", "Corvane Checkout has four nines of uptime.", PROSE),
            ("current", "Corvane Checkout has 99.99 percent uptime.", PROSE),
            ("attributed", "Paylode advertises 99.95% uptime for its checkout.", PROSE),
            ("lookalike-label", "Warehouse scanner uptime | 99.95%", TABLE),
            ("product-slot", "Corvane Insights has 99.95% uptime.", PROSE),
            ("other-metric", "Corvane Checkout has 99.95% test coverage.", PROSE),
        ),
    ),
    Topic(
        "go-live",
        "Merchants go live on Corvane in 3 days.",
        "Merchants go live on Corvane in 10 days.",
        (
            ("verbatim", "Merchants go live on Corvane in 10 days.", PROSE),
            ("label-value", "Time to go live | 10 days", TABLE),
            ("reworded", "Merchants are live on Corvane within 10 days.", PROSE),
            ("q-and-a", "Q: How fast can a merchant go live on Corvane?\nA: In 10 days.", QA),
            ("in-words", "Merchants go live on Corvane in ten days.", PROSE),
        ),
        (
            ("current", "Merchants go live on Corvane in three days.", PROSE),
            ("current", "Time to go live | 72 hours", TABLE),
            ("other-metric", "The Corvane partner bootcamp takes 10 days.", PROSE),
            ("other-metric", "Onboarding a new fraud analyst takes 10 days.", PROSE),
            ("attributed", "Paylode says merchants go live on its platform in 10 days.", PROSE),
        ),
    ),
    Topic(
        "payment-methods",
        "Corvane supports 150+ payment methods.",
        "Corvane supports 100+ payment methods.",
        (
            ("verbatim", "Corvane supports 100+ payment methods.", PROSE),
            ("label-value", "Payment methods supported | 100+", TABLE),
            ("label-line", "Payment methods: 100+", PROSE),
            (
                "reworded",
                "Shoppers can choose from more than 100 payment methods on Corvane.",
                PROSE,
            ),
        ),
        (
            ("current", "Corvane supports more than 150 payment methods.", PROSE),
            (
                "attributed",
                "Forrester found that leading vendors support 100+ payment methods.",
                PROSE,
            ),
            (
                "one-word",
                "Every payment team we met at the 100 Retail Leaders summit asked how refunds "
                "reach the shopper's bank and how long that takes.",
                PROSE,
            ),
            ("other-metric", "Corvane supports 100+ languages in its help center.", PROSE),
        ),
    ),
    Topic(
        "rating",
        "Corvane is rated 4.7 out of 5 on Capterra.",
        "Corvane is rated 4.5 out of 5 on Capterra.",
        (
            ("verbatim", "Corvane is rated 4.5 out of 5 on Capterra.", PROSE),
            ("other-format", "Corvane is rated 4.5/5 on Capterra.", PROSE),
            ("label-value", "Capterra rating | 4.5/5", TABLE),
            ("q-and-a", "Q: How do merchants rate Corvane on Capterra?\nA: 4.5 out of 5.", QA),
        ),
        (
            ("current", "Corvane is rated 4.7/5 on Capterra.", PROSE),
            ("current", "Capterra rating | 4.7 stars", TABLE),
            ("attributed", "Paylode is rated 4.5 out of 5 on Capterra.", PROSE),
            ("attributed", "Paylode, a rival, is rated 4.5 out of 5 on Capterra.", PROSE),
            ("other-metric", "Corvane answered 45 reviews on Capterra this quarter.", PROSE),
        ),
    ),
    Topic(
        "fee",
        "Corvane Checkout costs 1.9% per transaction.",
        "Corvane Checkout costs 2.4% per transaction.",
        (
            ("verbatim", "Corvane Checkout costs 2.4% per transaction.", PROSE),
            ("label-value", "Checkout fee per transaction | 2.4%", TABLE),
            ("reworded", "Each transaction on Corvane Checkout costs just 2.4%.", PROSE),
        ),
        (
            ("current", "Corvane Checkout costs 1.9 percent per transaction.", PROSE),
            ("attributed", "Paylode charges 2.4% per transaction.", PROSE),
            ("other-metric", "Cross-border transactions grew 2.4% last quarter.", PROSE),
            ("lookalike-label", "Refund rate per transaction | 2.4%", TABLE),
        ),
    ),
    Topic(
        "review-time",
        "Fraud analysts spend 40% less time on manual reviews with Corvane Shield.",
        "Fraud analysts spend 30% less time on manual reviews with Corvane Shield.",
        (
            (
                "verbatim",
                "Fraud analysts spend 30% less time on manual reviews with Corvane Shield.",
                PROSE,
            ),
            ("label-value", "Manual review time reduction | 30%", TABLE),
            (
                "reworded",
                "Corvane Shield cuts manual review time for fraud analysts by 30%.",
                PROSE,
            ),
        ),
        (
            ("current", "Corvane Shield cuts manual review time for fraud analysts by 40%.", PROSE),
            (
                "attributed",
                "IDC estimates fraud analysts spend 30% less time on manual reviews with "
                "automation.",
                PROSE,
            ),
            ("lookalike-label", "Manual invoice entry time reduction | 30%", TABLE),
            (
                "one-word",
                "Our fraud analysts will take 30 minutes of questions at the end of the session.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "payback",
        "Corvane pays for itself in 4 months.",
        "Corvane pays for itself in 6 months.",
        (
            ("verbatim", "Corvane pays for itself in 6 months.", PROSE),
            ("label-line", "Payback period: 6 months", PROSE),
            ("label-value", "Payback | 6 months", TABLE),
            ("in-words", "Corvane pays for itself in six months.", PROSE),
        ),
        (
            ("current", "Corvane pays for itself in four months.", PROSE),
            ("current", "Payback | 120 days", TABLE),
            ("other-metric", "Office lease: 6 months", PROSE),
            ("other-metric", "The Corvane certification is valid for 6 months.", PROSE),
            ("attributed", "Paylode claims it pays for itself in 6 months.", PROSE),
        ),
    ),
    Topic(
        "currencies",
        "Corvane Payouts settles funds in 45 currencies.",
        "Corvane Payouts settles funds in 30 currencies.",
        (
            ("verbatim", "Corvane Payouts settles funds in 30 currencies.", PROSE),
            ("label-value", "Payout currencies | 30", TABLE),
            ("q-and-a", "Q: How many currencies does Corvane Payouts settle in?\nA: 30.", QA),
            ("reworded", "Corvane Payouts settles merchant funds in 30 currencies.", PROSE),
        ),
        (
            ("current", "Corvane Payouts settles funds in forty-five currencies.", PROSE),
            (
                "one-word",
                "Finance leaders told us that currencies were the hardest part of going "
                "international, and 30 of them joined our advisory board this spring.",
                PROSE,
            ),
            ("lookalike-label", "Countries with local sales offices | 30", TABLE),
            (
                "attributed",
                "According to Forrester, leading payout providers settle funds in 30 currencies.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "recovered",
        "Corvane recovers $2.1M in failed payments per year for the average enterprise merchant.",
        "Corvane recovers $1.4M in failed payments per year for the average enterprise merchant.",
        (
            (
                "verbatim",
                "Corvane recovers $1.4M in failed payments per year for the average enterprise "
                "merchant.",
                PROSE,
            ),
            (
                "in-words",
                "Corvane recovers 1.4 million dollars in failed payments per year for the "
                "average enterprise merchant.",
                PROSE,
            ),
            ("label-value", "Failed payments recovered per year | $1.4M", TABLE),
            (
                "reworded",
                "With Corvane, the average enterprise merchant recovers $1.4M in failed "
                "payments per year.",
                PROSE,
            ),
        ),
        (
            (
                "current",
                "Corvane recovers $2,100,000 in failed payments per year for the average "
                "enterprise merchant.",
                PROSE,
            ),
            (
                "other-metric",
                "The average enterprise merchant spends $1.4M per year on marketing.",
                PROSE,
            ),
            (
                "attributed",
                "Analysts estimate failed payments cost the average enterprise merchant $1.4M "
                "per year.",
                PROSE,
            ),
            (
                "direction",
                "Failed payments cost the average enterprise merchant $1.4M per year.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "support",
        "Corvane support answers merchants within 15 minutes, 24/7.",
        "Corvane support answers merchants within 30 minutes, 24/7.",
        (
            ("verbatim", "Corvane support answers merchants within 30 minutes, 24/7.", PROSE),
            ("label-value", "Support first response time | 30 minutes", TABLE),
            (
                "reworded",
                "Corvane support answers every merchant within 30 minutes, day or night.",
                PROSE,
            ),
        ),
        (
            ("current", "Corvane support answers merchants within fifteen minutes, 24/7.", PROSE),
            ("other-metric", "Our support team's onboarding call lasts 30 minutes.", PROSE),
            ("other-metric", "Block 30 minutes for the support role-play.", PROSE),
            ("attributed", "Paylode says its support answers merchants within 30 minutes.", PROSE),
        ),
    ),
    Topic(
        "countries",
        "Corvane Checkout is live in 40 countries.",
        "Corvane Checkout is live in 25 countries.",
        (
            ("verbatim", "Corvane Checkout is live in 25 countries.", PROSE),
            ("label-value", "Countries where Corvane Checkout is live | 25", TABLE),
            ("q-and-a", "Q: In how many countries is Corvane Checkout live?\nA: 25.", QA),
        ),
        (
            ("current", "Corvane Checkout is live in forty countries.", PROSE),
            ("other-metric", "Corvane has sales offices in 25 countries.", PROSE),
            ("attributed", "Paylode says its checkout is live in 25 countries.", PROSE),
            ("product-slot", "Corvane Payouts is live in 25 countries.", PROSE),
        ),
    ),
    Topic(
        "reconciliation",
        "Corvane Insights cuts month-end reconciliation time by 40%.",
        "Corvane Insights cuts month-end reconciliation time by 25%.",
        (
            ("verbatim", "Corvane Insights cuts month-end reconciliation time by 25%.", PROSE),
            ("label-value", "Reconciliation time reduction | 25%", TABLE),
            (
                "in-words",
                "Corvane Insights cuts month-end reconciliation time by a quarter.",
                PROSE,
            ),
            (
                "reworded",
                "Month-end reconciliation time falls by 25% with Corvane Insights.",
                PROSE,
            ),
        ),
        (
            (
                "current",
                "Month-end reconciliation time falls by 40 percent with Corvane Insights.",
                PROSE,
            ),
            ("lookalike-label", "Month-end travel booking time reduction | 25%", TABLE),
            (
                "attributed",
                "A rival vendor says it cuts month-end reconciliation time by 25%.",
                PROSE,
            ),
            (
                "direction",
                "Month-end reconciliation time grew by 25% after the ERP migration.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "guarantee",
        "Every plan has a 60-day money-back guarantee.",
        "Every plan has a 30-day money-back guarantee.",
        (
            ("verbatim", "Every plan has a 30-day money-back guarantee.", PROSE),
            ("label-value", "Money-back guarantee | 30 days", TABLE),
            ("reworded", "Each Corvane plan comes with a 30-day money-back guarantee.", PROSE),
        ),
        (
            ("current", "Every plan has a sixty-day money-back guarantee.", PROSE),
            (
                "one-word",
                "Money laundering checks run on every plan within 30 days of signup.",
                PROSE,
            ),
            ("other-metric", "Money-back requests spiked 30% in December.", PROSE),
        ),
    ),
)


# A second batch of look-alikes, written after the first round of fixes to look for classes
# the first batch missed (topic id -> negatives); the two "customer" ones (a named
# customer's own result) after the second round.
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "stores": (
        ("current", "Over 12,000 online stores run on Corvane.", PROSE),
        ("current", "Twelve thousand online stores run on Corvane.", PROSE),
        ("attributed", "Our competitor Paylode says 8,000 online stores run on it.", PROSE),
    ),
    "chargebacks": (
        ("customer", "Northwind Outfitters cut chargebacks by 45% with Corvane Shield.", PROSE),
        ("attributed", "Per IDC, fraud tools cut chargebacks by 45%.", PROSE),
        ("attributed", "Paylode reports that it cuts chargebacks by 45%.", PROSE),
        ("current", "Chargeback reduction | 60 percent", TABLE),
    ),
    "recovered": (
        (
            "current",
            "Corvane recovers 2.1 million dollars in failed payments per year for the average "
            "enterprise merchant.",
            PROSE,
        ),
        ("current", "Failed payments recovered per year | $2.1 million", TABLE),
    ),
    "support": (
        ("current", "Support first response time | 15 mins", TABLE),
        ("current", "Corvane support answers merchants within a quarter of an hour, 24/7.", PROSE),
    ),
    "payback": (
        ("other-metric", "The Corvane implementation backlog is 6 months long.", PROSE),
        ("other-metric", "Training new Corvane admins takes 6 months.", PROSE),
    ),
    "conversion": (
        (
            "customer",
            "Harbor & Pine lifted checkout conversion by 12% with Corvane Checkout.",
            PROSE,
        ),
        ("current", "Checkout conversion lift | 18 percent", TABLE),
        ("current", "Corvane Checkout lifts checkout conversion by 18 per cent.", PROSE),
    ),
    "uptime": (
        ("current", "Corvane Checkout uptime | four nines", TABLE),
        ("other-metric", "Corvane Checkout passed 99.95% of its load tests.", PROSE),
    ),
    "go-live": (
        ("current", "Merchants go live on Corvane in under 3 days.", PROSE),
        ("other-metric", "Merchants wait 10 days for a new card terminal.", PROSE),
    ),
    "false-declines": (
        (
            "current",
            "Merchants using Corvane Shield see seventy percent fewer false declines.",
            PROSE,
        ),
        ("other-metric", "Merchants using Corvane Shield see 50% fewer support tickets.", PROSE),
    ),
}

FILES_PER_FORMAT = {"pptx": 9, "docx": 8, "pdf": 8, "md": 9, "html": 8, "txt": 8}
FILLER = (
    "Start with the merchant's current checkout flow.",
    "Ask which payment service provider they use today.",
)
TERMS = (
    ("Corvane Guard", "Corvane Shield"),
    ("QuickPay", "Corvane Checkout"),
)


def cases(t: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    return [(True, *c) for c in t.positives] + [
        (False, *c) for c in t.negatives + MORE_NEGATIVES.get(t.id, ())
    ]


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    every = (c for t in TOPICS for c in cases(t))
    return scatter_cases(seed, "corvane", every, FILLER, FILES_PER_FORMAT)


def policy_yaml() -> str:
    return policy_text(((t.id, t.current, (t.old,)) for t in TOPICS), TERMS)


def main() -> None:
    run_company(__doc__, "Corvane", 5, build, policy_yaml)


if __name__ == "__main__":
    main()
