"""Another of our products in the product's place is another claim, not a stale name.

"Acme Ledger has 99.95% uptime" reads like "Acme Checkout has 99.99% uptime" but for the
product name and the figure. When the name is an old one (a retired term, or a name only the
message's superseded texts use), the claim is outdated: "says Acme Pay, current messaging
says Acme Checkout". When it is a name our current messaging uses for another product (the
current text of another message, or a term's ``use``), the sentence is about that product:
it states nothing about this message, in step or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from freshcheck.model import Fact
from freshcheck.policy import MessagingPolicy


@dataclass(frozen=True, slots=True)
class ProductSlots:
    """The product names each message uses, and those our current messaging uses."""

    of_message: tuple[frozenset[str], ...]  # lower-case names in any text of each message
    current: frozenset[str]  # lower-case names in current texts and terms' ``use``, not retired

    @classmethod
    def build(
        cls, messaging: MessagingPolicy, facts: list[tuple[int, bool, tuple[Fact, ...]]]
    ) -> ProductSlots:
        """From the facts of every variant: (message number, is current, facts)."""
        of_message: list[set[str]] = [set() for _ in messaging.messages]
        current: set[str] = {term.use.lower() for term in messaging.terms}
        for number, is_current, found in facts:
            names = {f.value.lower() for f in found if f.kind == "product"}
            of_message[number].update(names)
            if is_current:
                current.update(names)
        retired = {name.lower() for term in messaging.terms for name in term.retired}
        return cls(tuple(frozenset(s) for s in of_message), frozenset(current - retired))

    def another_product(self, claim: tuple[Fact, ...], message: int) -> bool:
        """Whether ``claim`` names only products of ours that message ``message`` never
        names: it talks about another product."""
        said = {f.value.lower() for f in claim if f.kind == "product"}
        return bool(said) and said.isdisjoint(self.of_message[message]) and said <= self.current
