"""Another of our products in the product's place is another claim, not a stale name.

"Acme Ledger has 99.95% uptime" reads like "Acme Checkout has 99.99% uptime" but for the
product name and the figure. When the name is an old one (a retired term, or a name only the
message's superseded texts use), the claim is outdated: "says Acme Pay, current messaging
says Acme Checkout". When it is a name our current messaging uses for another product (the
current text of another message, or a term's ``use``), the sentence is about that product:
it states nothing about this message, in step or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from freshcheck.model import Claim, Fact
from freshcheck.policy import MessagingPolicy


@dataclass(frozen=True, slots=True)
class ProductSlots:
    """The product names each message uses, and those our current messaging uses."""

    of_message: tuple[frozenset[str], ...]  # lower-case names in any text of each message
    current: frozenset[str]  # lower-case names in current texts and terms' ``use``, not retired
    retired: dict[str, str] = field(default_factory=dict)  # lower-case retired name -> use

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
        retired = {name.lower(): term.use for term in messaging.terms for name in term.retired}
        return cls(
            tuple(frozenset(s) for s in of_message), frozenset(current - retired.keys()), retired
        )

    def another_product(self, claim: tuple[Fact, ...], message: int) -> bool:
        """Whether ``claim`` names only products of ours that message ``message`` never
        names: it talks about another product."""
        said = {f.value.lower() for f in claim if f.kind == "product"}
        return bool(said) and said.isdisjoint(self.of_message[message]) and said <= self.current

    def retired_in_our_place(self, claim: Claim, message: tuple[Fact, ...]) -> str | None:
        """The difference to report when ``claim`` names us only by a retired name and the
        message (its current ``message`` facts) names no product, only us: "Inkwell saves
        legal teams $2.5M per year" for "Acme saves legal teams $2.5M per year" (retired:
        Inkwell, use: Acme Sign). None otherwise, and for a name inside a URL, an e-mail
        address, a path or a code span ("acme.com/inkwell")."""
        if any(f.kind == "product" for f in message):
            return None  # a product against a product: ``fact_differences`` compares them
        names = [f for f in claim.facts if f.kind == "product"]
        if not names or any(f.value.lower() not in self.retired for f in names):
            return None  # no product, or a current one too ("Acme Sign (formerly Inkwell)")
        old = names[0]
        start, end = old.span
        if _inside_a_token(claim.text[max(start - 2, 0) : start], claim.text[end : end + 2]):
            return None
        use = self.retired[old.value.lower()]
        return f"says {old.text}, current messaging says {use} (product name differs)"


def _inside_a_token(before: str, after: str) -> bool:
    """Whether the characters around a name put it inside a URL, an e-mail address, a path
    or a code span: a slash, "@", a backtick, an underscore or a hyphen next to it, or a dot
    between it and a letter ("acme.com/inkwell", "inkwell.io"); a full stop is not."""
    edge = "/@`_-\\"
    if (before and before[-1] in edge) or (after and after[0] in edge):
        return True
    return (before[-1:] == "." and before[:1].isalnum()) or (
        after[:1] == "." and after[1:2].isalnum()
    )
