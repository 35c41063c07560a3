"""A second fresh held-out library for the matcher's precision (issue 19): Brindle, restaurants.

    .venv/bin/python benchmarks/heldout_sixth_company.py --out /tmp/fc-brindle [--misses]

Written like ``heldout_fifth_company`` (Tessaly) after the last round of matcher changes,
because Tessaly had been run once by then and one of its shapes ("For X, …") had been
written into it by the engineer who then made the matcher read that shape: Brindle is the
blind measure of the final code. Its sentences were written before any of its results were
seen, with other products, figures and wordings; labelled positives (verbatim, label and
value, rewordings, facts in words, a question with its answer, a retired product name,
claims about customers in general) sit beside look-alikes (the current fact in another
format, another party's figure, another metric, the figure moving the other way, another
action, one customer's result, a testimonial), in every format.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from company_check import PlacedCase, policy_text, run_company, scatter_cases
from heldout_files import Block, Label
from tuning_third_company import PROSE, QA, TABLE, Topic

TOPICS = (
    Topic(
        "table-turns",
        "Brindle Tables adds 2 extra table turns per night.",
        "Brindle Tables adds 1 extra table turn per night.",
        (
            ("verbatim", "Brindle Tables adds 1 extra table turn per night.", PROSE),
            ("label-value", "Extra table turns per night | 1", TABLE),
            ("retired-product", "SeatSmart adds 2 extra table turns per night.", PROSE),
        ),
        (
            ("current", "Brindle Tables adds two extra table turns per night.", PROSE),
            (
                "customer",
                "The Copper Pot added 1 extra table turn per night in its first month on "
                "Brindle Tables.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "no-shows",
        "Brindle Tables cuts no-shows by 45%.",
        "Brindle Tables cuts no-shows by 30%.",
        (
            ("verbatim", "Brindle Tables cuts no-shows by 30%.", PROSE),
            ("label-value", "No-show reduction | 30%", TABLE),
            ("reworded", "Restaurants see 30% fewer no-shows with Brindle Tables.", PROSE),
            ("in-words", "Brindle Tables cuts no-shows by nearly a third, 30 percent.", PROSE),
            ("retired-product", "SeatSmart cuts no-shows by 30%.", PROSE),
        ),
        (
            ("current", "Brindle Tables cuts no-shows by forty-five percent.", PROSE),
            ("direction", "No-shows climbed 30% across the city over the holidays.", PROSE),
            ("attributed", "OpenSeat claims its reminders cut no-shows by 30%.", PROSE),
            (
                "testimonial",
                '"Brindle Tables cut our no-shows by 30% in a season," says Priya Nair, owner '
                "of Saffron Lane.",
                PROSE,
            ),
            (
                "customer",
                "Saffron Lane cut no-shows by 30% after switching to Brindle Tables.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "ticket-times",
        "Brindle Kitchen gets orders to the pass 25% faster.",
        "Brindle Kitchen gets orders to the pass 15% faster.",
        (
            ("verbatim", "Brindle Kitchen gets orders to the pass 15% faster.", PROSE),
            ("label-value", "Faster orders to the pass | 15%", TABLE),
            ("retired-product", "Tabulo gets orders to the pass 15% faster.", PROSE),
            ("reworded", "With Brindle Kitchen, orders reach the pass 15% faster.", PROSE),
        ),
        (
            ("current", "Brindle Kitchen gets orders to the pass 25 percent faster.", PROSE),
            ("verb-swap", "Paper tickets get orders to the pass 15% slower.", PROSE),
            (
                "customer",
                "At Harbor Street Diner, Brindle Kitchen got orders to the pass 15% faster.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "checkout",
        "Guests pay at the table in under 60 seconds with Brindle Till.",
        "Guests pay at the table in under 90 seconds with Brindle Till.",
        (
            ("verbatim", "Guests pay at the table in under 90 seconds with Brindle Till.", PROSE),
            ("label-line", "Time to pay at the table: under 90 seconds", PROSE),
            (
                "retired-product",
                "Guests pay at the table in under 90 seconds with Brindle Register.",
                PROSE,
            ),
            (
                "q-and-a",
                "Q: How long does it take guests to pay at the table with Brindle Till?\n"
                "A: Under 90 seconds.",
                QA,
            ),
        ),
        (
            ("current", "Guests pay at the table in under a minute with Brindle Till.", PROSE),
            ("other-metric", "Guests wait under 90 seconds for a table at the bar.", PROSE),
        ),
    ),
    Topic(
        "tips",
        "Servers on Brindle Till earn 12% more in tips.",
        "Servers on Brindle Till earn 8% more in tips.",
        (
            ("verbatim", "Servers on Brindle Till earn 8% more in tips.", PROSE),
            ("label-value", "Tip increase for servers | 8%", TABLE),
            ("reworded", "Brindle Till lifts server tips by 8%.", PROSE),
        ),
        (
            ("current", "Servers on Brindle Till earn twelve percent more in tips.", PROSE),
            ("verb-swap", "Servers lose 8% of their tips to card fees on old terminals.", PROSE),
            (
                "customer",
                "Servers at The Copper Pot earned 8% more in tips after moving to Brindle Till.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "restaurants",
        "More than 7,000 restaurants run on Brindle.",
        "More than 5,000 restaurants run on Brindle.",
        (
            ("verbatim", "More than 5,000 restaurants run on Brindle.", PROSE),
            ("label-value", "Restaurants on Brindle | 5,000+", TABLE),
            ("reworded", "Over 5,000 restaurants now run on Brindle.", PROSE),
            ("q-and-a", "Q: How many restaurants run on Brindle?\nA: Over 5,000.", QA),
        ),
        (
            ("current", "Seven thousand restaurants run on Brindle.", PROSE),
            ("attributed", "OpenSeat says more than 5,000 restaurants run on its app.", PROSE),
            ("other-metric", "More than 5,000 chefs follow the Brindle kitchen blog.", PROSE),
        ),
    ),
    Topic(
        "food-waste",
        "Brindle Kitchen cuts food waste by 20%.",
        "Brindle Kitchen cuts food waste by 14%.",
        (
            ("verbatim", "Brindle Kitchen cuts food waste by 14%.", PROSE),
            ("label-value", "Food waste reduction | 14%", TABLE),
            ("reworded", "Kitchens throw away 14% less food with Brindle Kitchen.", PROSE),
        ),
        (
            ("current", "Food waste reduction | 20 percent", TABLE),
            ("direction", "Food waste rose 14% when the menu doubled.", PROSE),
            (
                "customer",
                "Brindle Kitchen helped Saffron Lane cut food waste by 14% in six months.",
                PROSE,
            ),
            (
                "attributed",
                "A study by the Restaurant Council found that prep lists cut food waste by 14%.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "rating",
        "Brindle Till is rated 4.6 out of 5 on Capterra.",
        "Brindle Till is rated 4.3 out of 5 on Capterra.",
        (
            ("verbatim", "Brindle Till is rated 4.3 out of 5 on Capterra.", PROSE),
            ("other-format", "Brindle Till: 4.3/5 on Capterra.", PROSE),
            ("label-value", "Capterra rating for Brindle Till | 4.3/5", TABLE),
        ),
        (
            ("current", "Brindle Till is rated 4.6/5 on Capterra.", PROSE),
            ("attributed", "OpenSeat is rated 4.3 out of 5 on Capterra.", PROSE),
        ),
    ),
    Topic(
        "setup",
        "Restaurants are up and running on Brindle in 3 days.",
        "Restaurants are up and running on Brindle in 7 days.",
        (
            ("verbatim", "Restaurants are up and running on Brindle in 7 days.", PROSE),
            ("label-value", "Time to get up and running | 7 days", TABLE),
            ("in-words", "Restaurants are up and running on Brindle in a week.", PROSE),
        ),
        (
            ("current", "Restaurants are up and running on Brindle in three days.", PROSE),
            ("other-metric", "Restaurants wait 7 days for a liquor license renewal.", PROSE),
            (
                "customer",
                "Harbor Street Diner was up and running on Brindle in 7 days, a week before "
                "its reopening.",
                PROSE,
            ),
        ),
    ),
    Topic(
        "loyalty",
        "Brindle Loyalty brings guests back 2.5x as often.",
        "Brindle Loyalty brings guests back 2x as often.",
        (
            ("verbatim", "Brindle Loyalty brings guests back 2x as often.", PROSE),
            ("in-words", "Brindle Loyalty brings guests back twice as often.", PROSE),
            ("label-value", "Repeat visits with Brindle Loyalty | 2x", TABLE),
        ),
        (
            ("current", "Brindle Loyalty brings guests back two and a half times as often.", PROSE),
            ("product-slot", "Brindle Kitchen brings cooks in 2x as often for training.", PROSE),
            (
                "testimonial",
                '"Our regulars come back 2x as often since Brindle Loyalty." — Marco Bellini, '
                "Bellini's Trattoria",
                PROSE,
            ),
        ),
    ),
)

FILES_PER_FORMAT = {"pptx": 7, "docx": 6, "pdf": 7, "md": 6, "html": 6, "txt": 6}
FILLER = (
    "Open with how the restaurant takes bookings today.",
    "Ask who closes out the till at night.",
)
TERMS = (
    ("SeatSmart", "Brindle Tables"),
    ("Brindle Register", "Brindle Till"),
    ("Tabulo", "Brindle Kitchen"),
)


def cases(t: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    return [(True, *c) for c in t.positives] + [(False, *c) for c in t.negatives]


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    every = (c for t in TOPICS for c in cases(t))
    return scatter_cases(seed, "brindle", every, FILLER, FILES_PER_FORMAT)


def policy_yaml() -> str:
    return policy_text(((t.id, t.current, (t.old,)) for t in TOPICS), TERMS)


def main() -> None:
    run_company(__doc__, "Brindle", 17, build, policy_yaml)


if __name__ == "__main__":
    main()
