"""Do a claim's facts agree with a message's? And if not, say what differs, in plain words.

Facts are compared per dimension: percentages with percentages, dollars with dollars,
durations with durations, counts and plain numbers together, product names with product
names. A dimension differs when the claim *replaced* a value: it states a value the message
does not, and the message states a value the claim does not. So extra detail ("300+ apps in
2 clicks") and omitted facts ("cuts onboarding time") are not drift; "200+ apps" against
"300+ apps" is. Qualifiers are ignored for the comparison ("over 4,000" agrees with
"4,000"), because the number is what goes stale.
"""

from __future__ import annotations

from freshcheck.model import Fact


def dimension(fact: Fact) -> str:
    """Which facts are comparable: money compares within one currency, counts with numbers."""
    if fact.kind == "money":
        return "money:" + fact.value.split(" ", 1)[0]
    if fact.kind in ("count", "number", "rating"):
        return "quantity"  # a rating compares by its score: "4.6 out | of 5" split in a table
    return fact.kind


def magnitude(fact: Fact) -> str:
    """The value without its qualifier: "4000+" and "~4000" are both 4000."""
    if fact.kind == "product":
        return fact.value.lower()
    if fact.kind == "rating":
        return fact.value.split("/", 1)[0]
    return fact.value.strip("+<>~")


def fact_differences(claim: tuple[Fact, ...], message: tuple[Fact, ...]) -> tuple[str, ...]:
    """Human sentences for each dimension where the claim replaced the message's value."""
    out: list[str] = []
    for dim in _dimensions(message):
        said = [f for f in claim if dimension(f) == dim]
        expected = [f for f in message if dimension(f) == dim]
        if not said:
            continue
        said_values = {magnitude(f) for f in said}
        expected_values = {magnitude(f) for f in expected}
        extra = [f for f in said if magnitude(f) not in expected_values]
        missing = [f for f in expected if magnitude(f) not in said_values]
        if extra and missing:
            out.append(
                f"says {_texts(extra)}, current messaging says {_texts(missing)}"
                + (" (product name differs)" if dim == "product" else "")
            )
    return tuple(out)


def _dimensions(facts: tuple[Fact, ...]) -> list[str]:
    seen: list[str] = []
    for fact in facts:
        dim = dimension(fact)
        if dim not in seen:
            seen.append(dim)
    return seen


def _texts(facts: list[Fact]) -> str:
    unique: list[str] = []
    for fact in facts:
        text = " ".join(fact.text.split())
        if text not in unique:
            unique.append(text)
    return " and ".join(unique)
