"""A held-out library for the matcher's precision (issue 19): Tessaly, customer-support software.

    .venv/bin/python benchmarks/heldout_fifth_company.py --out /tmp/fc-tessaly [--misses]

A fifth fictional company, written after the precision work on Quillmark
(``tuning_fourth_company.py``) and before any of its results were seen: its sentences are
drawn the way the other sets draw theirs (every format: deck slide text, tables and speaker
notes; Word paragraphs and tables; PDF lines; Markdown, HTML and text) but written anew,
with other products, figures and wordings. Each topic has labelled positives (verbatim,
label and value, rewordings, facts in words, a question with its answer, a retired product
name, a claim about customers in general) and look-alikes: the current fact in another
format, another party's figure, another metric, the figure moving the other way, another
action, and one customer's result in the shapes a case study takes.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from company_check import PlacedCase, policy_text, run_company, scatter_cases
from heldout_files import Block, Label
from tuning_third_company import PROSE, QA, TABLE, Topic

TOPICS = (
    Topic(
        "resolution",
        "Tessaly Desk resolves tickets 45% faster.",
        "Tessaly Desk resolves tickets 30% faster.",
        (
            ("verbatim", "Tessaly Desk resolves tickets 30% faster.", PROSE),
            ("label-value", "Faster ticket resolution | 30%", TABLE),
            ("reworded", "Agents on Tessaly Desk resolve tickets 30% faster.", PROSE),
            ("retired-product", "HelpHive resolves tickets 30% faster.", PROSE),
            ("retired-product", "HelpHive resolves tickets 45% faster.", PROSE),
        ),
        (
            ("current", "Tessaly Desk resolves tickets 45 percent faster.", PROSE),
            (
                "customer",
                "Kestrel Airlines resolved tickets 30% faster after rolling out Tessaly Desk.",
                PROSE,
            ),
            ("verb-swap", "Email-only teams take 30% longer to resolve tickets.", PROSE),
            ("attributed", "Supportly says its inbox resolves tickets 30% faster.", PROSE),
        ),
    ),
    Topic(
        "deflection",
        "Tessaly Bot deflects 60% of routine questions.",
        "Tessaly Bot deflects 40% of routine questions.",
        (
            ("verbatim", "Tessaly Bot deflects 40% of routine questions.", PROSE),
            ("label-value", "Routine questions deflected | 40%", TABLE),
            ("in-words", "Tessaly Bot deflects two in five routine questions.", PROSE),
            ("retired-product", "Tessaly Chat deflects 40% of routine questions.", PROSE),
            (
                "q-and-a",
                "Q: How many routine questions does Tessaly Bot deflect?\nA: 40%.",
                QA,
            ),
        ),
        (
            ("current", "Tessaly Bot deflects three in five routine questions.", PROSE),
            (
                "customer",
                "For Northgate Mutual, Tessaly Bot deflected 40% of routine questions.",
                PROSE,
            ),
            (
                "customer",
                "A mid-size insurer deflected 40% of routine questions with Tessaly Bot.",
                PROSE,
            ),
            ("verb-swap", "Chatbots without context escalate 40% of routine questions.", PROSE),
            (
                "attributed",
                "According to Gartner, AI agents deflect 40% of routine questions.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "satisfaction",
        "Tessaly lifts customer satisfaction scores by 18%.",
        "Tessaly lifts customer satisfaction scores by 11%.",
        (
            ("verbatim", "Tessaly lifts customer satisfaction scores by 11%.", PROSE),
            ("label-value", "Customer satisfaction lift | 11%", TABLE),
            (
                "reworded",
                "Customer satisfaction scores improve by 11% with Tessaly.",
                PROSE,
            ),
            (
                "ours",
                "Support teams raise customer satisfaction scores by 11% with Tessaly.",
                PROSE,
            ),
        ),
        (
            ("current", "Tessaly lifts customer satisfaction scores by eighteen percent.", PROSE),
            (
                "customer",
                "We helped Alder & Finch lift customer satisfaction scores by 11%.",
                PROSE,
            ),
            ("direction", "Customer satisfaction scores dropped 11% during the outage.", PROSE),
            ("other-metric", "Tessaly lifts newsletter open rates by 11%.", PROSE),
        ),
    ),
    Topic(
        "teams",
        "More than 9,000 support teams use Tessaly.",
        "More than 6,500 support teams use Tessaly.",
        (
            ("verbatim", "More than 6,500 support teams use Tessaly.", PROSE),
            ("label-value", "Support teams on Tessaly | 6,500+", TABLE),
            ("reworded", "Over 6,500 support teams run on Tessaly.", PROSE),
        ),
        (
            ("current", "Support teams on Tessaly | 9K+", TABLE),
            ("attributed", "Supportly claims more than 6,500 support teams use it.", PROSE),
            (
                "other-metric",
                "More than 6,500 support leaders subscribe to the Tessaly newsletter.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "rating",
        "Tessaly Desk is rated 4.7 out of 5 on G2.",
        "Tessaly Desk is rated 4.4 out of 5 on G2.",
        (
            ("verbatim", "Tessaly Desk is rated 4.4 out of 5 on G2.", PROSE),
            ("other-format", "Tessaly Desk is rated 4.4/5 on G2.", PROSE),
            ("q-and-a", "Q: How is Tessaly Desk rated on G2?\nA: 4.4 out of 5.", QA),
        ),
        (
            ("current", "Tessaly Desk is rated 4.7/5 on G2.", PROSE),
            ("attributed", "Supportly is rated 4.4 out of 5 on G2.", PROSE),
            (
                "customer",
                "Pinecrest Outdoor's agents rated Tessaly Desk 4.4 out of 5 in our survey.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "languages",
        "Tessaly Bot answers customers in 50 languages.",
        "Tessaly Bot answers customers in 35 languages.",
        (
            ("verbatim", "Tessaly Bot answers customers in 35 languages.", PROSE),
            ("label-value", "Languages Tessaly Bot answers in | 35", TABLE),
            ("in-words", "Tessaly Bot answers customers in thirty-five languages.", PROSE),
        ),
        (
            ("current", "Tessaly Bot answers customers in fifty languages.", PROSE),
            ("other-metric", "Our support staff speak 35 languages between them.", PROSE),
            ("product-slot", "Tessaly Voice answers customers in 35 languages.", PROSE),
        ),
    ),
    Topic(
        "handle-time",
        "Tessaly Voice cuts average handle time by 3 minutes.",
        "Tessaly Voice cuts average handle time by 2 minutes.",
        (
            ("verbatim", "Tessaly Voice cuts average handle time by 2 minutes.", PROSE),
            ("label-value", "Average handle time saved | 2 minutes", TABLE),
            ("reworded", "With Tessaly Voice, average handle time drops by 2 minutes.", PROSE),
            ("retired-product", "Echoline cuts average handle time by 2 minutes.", PROSE),
            ("retired-product", "Echoline cuts average handle time by 3 minutes.", PROSE),
        ),
        (
            ("current", "Tessaly Voice cuts average handle time by three minutes.", PROSE),
            ("verb-swap", "Manual note-taking adds 2 minutes to average handle time.", PROSE),
            (
                "customer",
                "In a 2025 pilot, Kestrel Airlines cut average handle time by 2 minutes.",
                PROSE,
            ),
            ("customer", "Kestrel Airlines | average handle time cut by 2 minutes", TABLE),
        ),
    ),
    Topic(
        "savings",
        "Tessaly saves a 50-agent team $400K per year.",
        "Tessaly saves a 50-agent team $250K per year.",
        (
            ("verbatim", "Tessaly saves a 50-agent team $250K per year.", PROSE),
            ("label-value", "Yearly savings for a 50-agent team | $250K", TABLE),
            ("in-words", "Tessaly saves a 50-agent team 250 thousand dollars per year.", PROSE),
        ),
        (
            ("current", "Tessaly saves a 50-agent team $400,000 per year.", PROSE),
            ("verb-swap", "Ticket backlogs cost a 50-agent team $250K per year.", PROSE),
            (
                "customer",
                "One of our customers, a 50-agent team at Northgate Mutual, saved $250K per "
                "year with Tessaly.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "launch",
        "Support teams launch Tessaly in 5 days.",
        "Support teams launch Tessaly in 14 days.",
        (
            ("verbatim", "Support teams launch Tessaly in 14 days.", PROSE),
            ("label-value", "Time to launch | 14 days", TABLE),
            ("reworded", "Support teams are live on Tessaly within 14 days.", PROSE),
            ("in-words", "Support teams launch Tessaly in two weeks.", PROSE),
        ),
        (
            ("current", "Support teams launch Tessaly in five days.", PROSE),
            ("other-metric", "Support teams wait 14 days for a new phone number.", PROSE),
            (
                "customer",
                "Alder & Finch launched Tessaly in 14 days, ahead of the holiday rush.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "uptime",
        "Tessaly Desk has 99.98% uptime.",
        "Tessaly Desk has 99.9% uptime.",
        (
            ("verbatim", "Tessaly Desk has 99.9% uptime.", PROSE),
            ("label-value", "Tessaly Desk uptime | 99.9%", TABLE),
            ("label-line", "Desk uptime: 99.9%", PROSE),
        ),
        (
            ("current", "Tessaly Desk has 99.98 percent uptime.", PROSE),
            ("attributed", "Supportly advertises 99.9% uptime for its desk.", PROSE),
            ("product-slot", "Tessaly Pulse has 99.9% uptime.", PROSE),
        ),
    ),
    Topic(
        "backlog",
        "Tessaly Pulse shrinks ticket backlogs by 35%.",
        "Tessaly Pulse shrinks ticket backlogs by 25%.",
        (
            ("verbatim", "Tessaly Pulse shrinks ticket backlogs by 25%.", PROSE),
            ("label-value", "Ticket backlog reduction | 25%", TABLE),
            ("reworded", "Ticket backlogs shrink by a quarter with Tessaly Pulse.", PROSE),
        ),
        (
            ("current", "Ticket backlog reduction | 35 percent", TABLE),
            ("direction", "Holiday peaks grow ticket backlogs by 25%.", PROSE),
            (
                "customer",
                "Pinecrest Outdoor's support desk shrank its ticket backlog by 25% in a quarter.",
                PROSE,
            ),
            (
                "attributed",
                "Forrester found that analytics tools shrink ticket backlogs by 25%.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "first-reply",
        "Tessaly Bot replies to customers within 30 seconds.",
        "Tessaly Bot replies to customers within 2 minutes.",
        (
            ("verbatim", "Tessaly Bot replies to customers within 2 minutes.", PROSE),
            ("label-value", "Bot first reply time | 2 minutes", TABLE),
            ("reworded", "Customers hear back from Tessaly Bot within 2 minutes.", PROSE),
        ),
        (
            ("current", "Tessaly Bot replies to customers within half a minute.", PROSE),
            ("verb-swap", "Most customers give up within 2 minutes of waiting.", PROSE),
            (
                "customer",
                "At Kestrel Airlines, Tessaly Bot replied to customers within 2 minutes.",
                PROSE,
            ),
        ),
    ),
)

FILES_PER_FORMAT = {"pptx": 7, "docx": 7, "pdf": 7, "md": 7, "html": 6, "txt": 6}
FILLER = (
    "Begin with the support leader's busiest channel.",
    "Ask how many agents cover weekends.",
)
TERMS = (
    ("HelpHive", "Tessaly Desk"),
    ("Tessaly Chat", "Tessaly Bot"),
    ("Echoline", "Tessaly Voice"),
)


def cases(t: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    return [(True, *c) for c in t.positives] + [(False, *c) for c in t.negatives]


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    every = (c for t in TOPICS for c in cases(t))
    return scatter_cases(seed, "tessaly", every, FILLER, FILES_PER_FORMAT)


def policy_yaml() -> str:
    return policy_text(((t.id, t.current, (t.old,)) for t in TOPICS), TERMS)


def main() -> None:
    run_company(__doc__, "Tessaly", 13, build, policy_yaml)


if __name__ == "__main__":
    main()
