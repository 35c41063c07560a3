"""Whose figure is it, before asking where the message names us? The checks that hold
whatever the message says: another party's attribution, one customer's result, an event's
count, and a count of a thing another message counts. Each lives in its own module; this
one only orders them and says why, for ``explain-match``."""

from __future__ import annotations

from freshcheck.messaging.attribution import attributed_to_others
from freshcheck.messaging.customer_result import one_customers_result
from freshcheck.messaging.event import at_an_event
from freshcheck.messaging.measured import counts_another_thing


def others_figure(
    text: str, message: str, ours: frozenset[str], library: frozenset[str]
) -> str | None:
    """Why ``text`` states a figure that is not ``message``'s (its current text), or None.
    ``ours``: the lower-case words of our names; ``library``: those of every message."""
    if attributed_to_others(text, ours):
        return "the figure is attributed to another party"
    if one_customers_result(text, ours, library):
        return "it is one customer's result"  # "One customer, Brightwater, cut …"
    if at_an_event(text):
        return "the figure is an event's"  # "Forty brands exhibited at the Acme summit"
    if counts_another_thing(text, message, library):
        return "its figure counts a thing another message counts"  # "1,500 acres" for farms
    return None
