"""A second tuning library for the matcher's precision (issue 19): Quillmark, contract software.

    .venv/bin/python benchmarks/tuning_fourth_company.py --out /tmp/fc-quillmark [--misses]

Written like ``tuning_third_company`` (Corvane) after the classes of wrong findings that
Corvane's fixes left: each topic puts labelled positives beside the look-alikes of those
classes, in every format (deck slide text, tables and speaker notes; Word paragraphs and
tables; PDF lines; Markdown, HTML and text):

- ``verb-swap``: the old figure and the message's subject words, but another action than the
  message's ("Contract delays cost legal teams $1.8M per year" for "Quillmark saves legal
  teams $1.8M per year");
- ``customer``: one customer's result, named or not ("One customer, Brightwater Legal, cut
  …", "Harlow Biotech's legal team saved …", "At Halden Freight, …", "Ferro Logistics saw
  …");
- ``retired-one-word`` (positive): a one-word retired name in place of a two-word product
  ("Inkwell cuts contract turnaround time by 40%" for "Quillmark Sign cuts …"), also split
  at its capital or hyphenated ("Clause Check", "Clause-Check" for "ClauseCheck");
- the usual ``current``, ``direction`` and ``other-metric`` look-alikes, and positives that
  stay ours ("Customers cut …", "Legal teams save …").

Like Corvane, this set is for tuning: its figures are not blind. The held-out measures are
Larkspur (``heldout_second_company.py``) and Ostrava (``heldout_fifth_company.py``).
"""

from __future__ import annotations

from company_check import PlacedCase, policy_text, run_company, scatter_cases
from heldout_files import Block, Label
from tuning_third_company import PROSE, QA, TABLE, Topic

TOPICS = (
    Topic(
        "turnaround",
        "Quillmark Sign cuts contract turnaround time by 60%.",
        "Quillmark Sign cuts contract turnaround time by 40%.",
        (
            ("verbatim", "Quillmark Sign cuts contract turnaround time by 40%.", PROSE),
            ("label-value", "Contract turnaround time reduction | 40%", TABLE),
            ("reworded", "Contract turnaround time falls by 40% with Quillmark Sign.", PROSE),
            ("retired-one-word", "Inkwell cuts contract turnaround time by 60%.", PROSE),
            ("retired-one-word", "Inkwell cuts contract turnaround time by 40%.", PROSE),
            ("ours", "Customers cut contract turnaround time by 40% with Quillmark Sign.", PROSE),
        ),
        (
            ("current", "Quillmark Sign cuts contract turnaround time by sixty percent.", PROSE),
            ("verb-swap", "Manual redlining adds 40% to contract turnaround time.", PROSE),
            ("verb-swap", "Paper signatures stretch contract turnaround time by 40%.", PROSE),
            (
                "verb-swap",
                "Without Quillmark Sign, manual redlining adds 40% to contract turnaround time.",
                PROSE,
            ),
            (
                "customer",
                "One customer, Brightwater Legal, cut contract turnaround time by 40% with "
                "Quillmark Sign.",
                PROSE,
            ),
            (
                "customer",
                "Brightwater Legal's team saw contract turnaround time fall by 40%.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "savings",
        "Quillmark saves legal teams $2.5M per year.",
        "Quillmark saves legal teams $1.8M per year.",
        (
            ("verbatim", "Quillmark saves legal teams $1.8M per year.", PROSE),
            ("label-value", "Annual savings for legal teams | $1.8M", TABLE),
            ("reworded", "Legal teams save $1.8M per year with Quillmark.", PROSE),
            ("in-words", "Quillmark saves legal teams 1.8 million dollars per year.", PROSE),
        ),
        (
            ("current", "Quillmark saves legal teams 2.5 million dollars per year.", PROSE),
            ("verb-swap", "Contract delays cost legal teams $1.8M per year.", PROSE),
            ("verb-swap", "Outside counsel bills legal teams $1.8M per year.", PROSE),
            (
                "verb-swap",
                "Without Quillmark, contract delays cost legal teams $1.8M per year.",
                PROSE,
            ),
            (
                "customer",
                "Harlow Biotech's legal team saved $1.8M per year with Quillmark.",
                PROSE,
            ),
            ("customer", "One customer saved $1.8M per year with Quillmark.", PROSE),
        ),
    ),
    Topic(
        "approvals",
        "Quillmark Flow cuts approval cycles by 50%.",
        "Quillmark Flow cuts approval cycles by 35%.",
        (
            ("verbatim", "Quillmark Flow cuts approval cycles by 35%.", PROSE),
            ("label-value", "Approval cycle reduction | 35%", TABLE),
            ("reworded", "Approval cycles drop by 35% with Quillmark Flow.", PROSE),
            ("retired-product", "Quillmark Route cuts approval cycles by 35%.", PROSE),
            ("retired-one-word", "Routely cuts approval cycles by 50%.", PROSE),
        ),
        (
            ("current", "Quillmark Flow cuts approval cycles by half.", PROSE),
            ("verb-swap", "Unclear ownership lengthens approval cycles by 35%.", PROSE),
            ("direction", "Approval cycles grew by 35% after the reorganisation.", PROSE),
            (
                "customer",
                "Ferro Logistics saw approval cycles drop by 35% after moving to Quillmark Flow.",
                PROSE,
            ),
            (
                "customer",
                "At Ferro Logistics, Quillmark Flow cut approval cycles by 35%.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "clauses",
        "Quillmark Insight flags 95% of risky clauses automatically.",
        "Quillmark Insight flags 90% of risky clauses automatically.",
        (
            ("verbatim", "Quillmark Insight flags 90% of risky clauses automatically.", PROSE),
            ("label-value", "Risky clauses flagged automatically | 90%", TABLE),
            ("retired-one-word", "ClauseCheck flags 95% of risky clauses automatically.", PROSE),
            ("retired-one-word", "Clause-Check flags 90% of risky clauses automatically.", PROSE),
            ("retired-one-word", "Clause Check flags 95% of risky clauses automatically.", PROSE),
            (
                "in-words",
                "Quillmark Insight flags nine out of ten risky clauses automatically.",
                PROSE,
            ),
        ),
        (
            (
                "current",
                "Quillmark Insight flags 95 percent of risky clauses automatically.",
                PROSE,
            ),
            ("verb-swap", "Tired reviewers miss 90% of risky clauses on a Friday.", PROSE),
            ("verb-swap", "Without Quillmark Insight, reviewers miss 90% of risky clauses.", PROSE),
            ("attributed", "Clausewise flags 90% of risky clauses automatically.", PROSE),
            (
                "customer",
                "Tandem Health's reviewers saw 90% of risky clauses flagged automatically.",
                PROSE,
            ),
            ("lookalike-label", "Risky vendors onboarded | 90%", TABLE),
        ),
    ),
    Topic(
        "legal-teams",
        "More than 4,000 legal teams rely on Quillmark.",
        "More than 2,500 legal teams rely on Quillmark.",
        (
            ("verbatim", "More than 2,500 legal teams rely on Quillmark.", PROSE),
            ("reworded", "Over 2,500 legal teams trust Quillmark.", PROSE),
            ("q-and-a", "Q: How many legal teams rely on Quillmark?\nA: More than 2,500.", QA),
        ),
        (
            ("current", "Over 4,000 legal teams rely on Quillmark.", PROSE),
            ("attributed", "Clausewise says more than 2,500 legal teams rely on it.", PROSE),
            ("other-metric", "More than 2,500 people attended the Quillmark summit.", PROSE),
        ),
    ),
    Topic(
        "rating",
        "Quillmark Sign is rated 4.8 out of 5 on G2.",
        "Quillmark Sign is rated 4.6 out of 5 on G2.",
        (
            ("verbatim", "Quillmark Sign is rated 4.6 out of 5 on G2.", PROSE),
            ("other-format", "Quillmark Sign is rated 4.6/5 on G2.", PROSE),
            ("label-value", "G2 rating | 4.6/5", TABLE),
            ("retired-one-word", "Inkwell is rated 4.6 out of 5 on G2.", PROSE),
        ),
        (
            ("current", "Quillmark Sign is rated 4.8/5 on G2.", PROSE),
            ("attributed", "Clausewise is rated 4.6 out of 5 on G2.", PROSE),
        ),
    ),
    Topic(
        "go-live",
        "Legal teams go live on Quillmark in 2 weeks.",
        "Legal teams go live on Quillmark in 6 weeks.",
        (
            ("verbatim", "Legal teams go live on Quillmark in 6 weeks.", PROSE),
            ("label-value", "Time to go live | 6 weeks", TABLE),
            ("in-words", "Legal teams go live on Quillmark in six weeks.", PROSE),
        ),
        (
            ("current", "Legal teams go live on Quillmark in two weeks.", PROSE),
            (
                "customer",
                "At Brightwater Legal, the legal team went live on Quillmark in 6 weeks.",
                PROSE,
            ),
            ("other-metric", "Legal teams wait 6 weeks for a new contract template.", PROSE),
        ),
    ),
    Topic(
        "search",
        "Quillmark Vault finds any signed contract in under 5 seconds.",
        "Quillmark Vault finds any signed contract in under 10 seconds.",
        (
            (
                "verbatim",
                "Quillmark Vault finds any signed contract in under 10 seconds.",
                PROSE,
            ),
            ("retired-one-word", "Vaultly finds any signed contract in under 10 seconds.", PROSE),
            ("label-line", "Time to find a signed contract: under 10 seconds", PROSE),
        ),
        (
            ("current", "Quillmark Vault finds any signed contract in under five seconds.", PROSE),
            (
                "customer",
                "One customer, Halden Freight, found any signed contract in under 10 seconds "
                "with Quillmark Vault.",
                PROSE,
            ),
            (
                "verb-swap",
                "Shared drives lose any signed contract in under 10 seconds of careless filing.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "audit",
        "Quillmark cuts audit preparation time by 70%.",
        "Quillmark cuts audit preparation time by 50%.",
        (
            ("verbatim", "Quillmark cuts audit preparation time by 50%.", PROSE),
            ("label-value", "Audit preparation time reduction | 50%", TABLE),
            ("ours", "Customers cut audit preparation time by 50% with Quillmark.", PROSE),
            ("reworded", "With Quillmark, audit preparation time falls by 50%.", PROSE),
        ),
        (
            ("current", "Quillmark cuts audit preparation time by seventy percent.", PROSE),
            (
                "customer",
                "Halden Freight's compliance team cut audit preparation time by 50%.",
                PROSE,
            ),
            ("customer", "One customer cut audit preparation time by 50% with Quillmark.", PROSE),
            ("verb-swap", "Scattered files add 50% to audit preparation time.", PROSE),
        ),
    ),
    Topic(
        "uptime",
        "Quillmark Sign has 99.99% uptime.",
        "Quillmark Sign has 99.9% uptime.",
        (
            ("verbatim", "Quillmark Sign has 99.9% uptime.", PROSE),
            ("label-value", "Quillmark Sign uptime | 99.9%", TABLE),
            ("retired-one-word", "Inkwell has 99.9% uptime.", PROSE),
        ),
        (
            ("current", "Quillmark Sign has four nines of uptime.", PROSE),
            (
                "customer",
                "Ferro Logistics' IT team measured 99.9% uptime on Quillmark Sign.",
                PROSE,
            ),
            ("product-slot", "Quillmark Vault has 99.9% uptime.", PROSE),
        ),
    ),
    Topic(
        "renewals",
        "Quillmark Flow sends renewal alerts 120 days before a contract expires.",
        "Quillmark Flow sends renewal alerts 90 days before a contract expires.",
        (
            (
                "verbatim",
                "Quillmark Flow sends renewal alerts 90 days before a contract expires.",
                PROSE,
            ),
            ("label-value", "Renewal alert lead time | 90 days", TABLE),
            (
                "reworded",
                "Quillmark Flow alerts you to a renewal 90 days before the contract expires.",
                PROSE,
            ),
        ),
        (
            (
                "current",
                "Quillmark Flow sends renewal alerts four months before a contract expires.",
                PROSE,
            ),
            (
                "verb-swap",
                "Most vendors send renewal invoices 90 days before a contract expires.",
                PROSE,
            ),
            (
                "customer",
                "Tandem Health's procurement team got renewal alerts 90 days before each "
                "contract expired.",
                PROSE,
            ),
        ),
    ),
)

# A second batch, written after the first round of fixes to look for customer-story shapes
# the first batch missed (the last three of "approvals" after the second round; the
# testimonials, "at"/"for" a named party and "clauses" after the third; the rows and
# "Label: value" lines holding a story, and "Results | …", after the fourth; "go-live" after
# the fifth, once the blind Brindle set had shown "The X …", "… at X earned …" and "X was
# …"; a retired name where the message names only the company, after the sixth): topic id
# -> labelled cases (positive, form, text, places).
MORE: dict[str, tuple[tuple[bool, str, str, tuple[tuple[str, str], ...]], ...]] = {
    "turnaround": (
        (
            False,
            "customer",
            "Quillmark Sign cut contract turnaround time by 40% at Brightwater Legal.",
            PROSE,
        ),
        (
            False,
            "testimonial",
            '"Quillmark Sign cut our contract turnaround time by 40%," says Maria Lopez, '
            "general counsel at Brightwater Legal.",
            PROSE,
        ),
        (
            False,
            "customer",
            "For Brightwater Legal, Quillmark Sign cut contract turnaround time by 40%.",
            PROSE,
        ),
        (False, "customer", "Brightwater Legal | contract turnaround time cut by 40%", TABLE),
        (
            False,
            "customer",
            "Customer story: Brightwater Legal cut contract turnaround time by 40%.",
            PROSE,
        ),
        (
            False,
            "customer",
            "After switching to Quillmark Sign, Brightwater Legal cut contract turnaround "
            "time by 40%.",
            PROSE,
        ),
        (
            True,
            "ours",
            "With Quillmark Sign, legal teams cut contract turnaround time by 40%.",
            PROSE,
        ),
    ),
    "savings": (
        (True, "retired-one-word", "Inkwell saves legal teams $2.5M per year.", PROSE),
        (
            False,
            "current",
            "See quillmark.com/inkwell: Quillmark saves legal teams $2.5M per year.",
            PROSE,
        ),
        (
            False,
            "customer",
            "Case study | One customer, Harlow Biotech, saved $1.8M per year with Quillmark.",
            TABLE,
        ),
        (True, "ours", "Results | Quillmark saves legal teams $1.8M per year.", TABLE),
        (
            False,
            "testimonial",
            '"We save $1.8M per year with Quillmark." — Dana Reyes, Harlow Biotech',
            PROSE,
        ),
        (False, "customer", "Harlow Biotech | saved $1.8M per year", TABLE),
        (
            False,
            "customer",
            "Our customer Harlow Biotech saved $1.8M per year with Quillmark.",
            PROSE,
        ),
        (True, "ours", "Quillmark saved legal teams $1.8M per year on average.", PROSE),
    ),
    "legal-teams": (
        (True, "retired-one-word", "More than 4,000 legal teams rely on Inkwell.", PROSE),
        (
            False,
            "current",
            "More than 4,000 legal teams rely on Quillmark Sign (formerly Inkwell).",
            PROSE,
        ),
    ),
    "go-live": (
        (True, "retired-one-word", "Legal teams go live on Inkwell in 2 weeks.", PROSE),
        (
            False,
            "customer",
            "Harlow Biotech was live on Quillmark in 6 weeks, ahead of its audit.",
            PROSE,
        ),
        (
            False,
            "customer",
            "The Brightwater Group went live on Quillmark in 6 weeks.",
            PROSE,
        ),
        (
            False,
            "customer",
            "Lawyers at The Brightwater Group went live on Quillmark in 6 weeks.",
            PROSE,
        ),
    ),
    "clauses": (
        (
            False,
            "customer",
            "Customer results | Tandem Health saw 90% of risky clauses flagged automatically",
            TABLE,
        ),
        (
            False,
            "customer",
            "Proof point: Tandem Health's reviewers saw 90% of risky clauses flagged "
            "automatically.",
            PROSE,
        ),
        (
            True,
            "ours",
            "Quillmark Insight flags 90% of risky clauses automatically for legal teams.",
            PROSE,
        ),
    ),
    "approvals": (
        (
            False,
            "customer",
            "Ferro Logistics, which uses Quillmark Flow, cut approval cycles by 35%.",
            PROSE,
        ),
        (True, "ours", "Approval cycle reduction with Quillmark Flow | 35%", TABLE),
        (
            False,
            "customer",
            "Quillmark Flow let Ferro Logistics cut approval cycles by 35%.",
            PROSE,
        ),
        (
            False,
            "customer",
            "Thanks to Quillmark Flow, Ferro Logistics cuts approval cycles by 35%.",
            PROSE,
        ),
        (True, "ours", "Quillmark Flow helps legal teams cut approval cycles by 35%.", PROSE),
    ),
}

FILES_PER_FORMAT = {"pptx": 8, "docx": 8, "pdf": 8, "md": 8, "html": 6, "txt": 6}
FILLER = (
    "Start with how the legal team handles contracts today.",
    "Ask who signs off on a new vendor agreement.",
)
TERMS = (
    ("Inkwell", "Quillmark Sign"),
    ("Vaultly", "Quillmark Vault"),
    ("ClauseCheck", "Quillmark Insight"),
    (("Routely", "Quillmark Route"), "Quillmark Flow"),
)


def cases(t: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    return (
        [(True, *c) for c in t.positives]
        + [(False, *c) for c in t.negatives]
        + list(MORE.get(t.id, ()))
    )


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    every = (c for t in TOPICS for c in cases(t))
    return scatter_cases(seed, "quillmark", every, FILLER, FILES_PER_FORMAT)


def policy_yaml() -> str:
    return policy_text(((t.id, t.current, (t.old,)) for t in TOPICS), TERMS)


def main() -> None:
    run_company(__doc__, "Quillmark", 8, build, policy_yaml)


if __name__ == "__main__":
    main()
