"""Seeded English enablement text: the ordinary sentences of decks, playbooks and wikis.

``EnablementText(rng).sentence(kind)`` fills a template of that kind (value propositions,
customer stories, discovery questions, objection handling, agenda items, process steps,
pricing notes, competitive positioning, speaker notes) from the word lists in
``enablement_words``; ``heading()`` and ``cell()`` give slide titles and table cells. Each
``{slot}`` is drawn afresh, so "{noun} and {noun}" names two things. Sentences run 4-35 words.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from enablement_words import (
    ADJECTIVES,
    BAD_ADJECTIVES,
    CELLS,
    COMPETITORS,
    CUSTOMERS,
    GOOD_ADJECTIVES,
    NOUNS,
    PRODUCTS,
    ROLES,
    SEGMENTS,
    TASKS,
    TEAMS,
    TIERS,
    VERBS,
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "value": (
        "{product} brings {noun} and {noun} data into one {good} workspace.",
        "Replace {bad} spreadsheets with a {good} view of every {noun}.",
        "Your {team} spend less time on {task} and more time with customers.",
        "With {product}, {team} see every {noun} and {noun} in one place.",
        "{product} helps {team} {verb} {task} without adding headcount.",
        "Built for {segment} teams that need {good} {noun} without {bad} {noun}.",
        "Connect {product} to the tools your {team} already use.",
        "One {good} source of truth for {noun}, {noun} and {noun}.",
        "Give every {role} a {good} view of {noun} and {noun}.",
        "Stop chasing {noun} updates in email and chat.",
        "Turn {bad} {noun} data into {good} next steps for every rep.",
        "{product} makes {task} {good} and {good}.",
    ),
    "story": (
        "{customer_cap} moved {task} into {product} and retired three {bad} tools.",
        "Their {role} now runs the weekly {noun} review straight from {product}.",
        "Before {product}, the team tracked {task} in {bad} spreadsheets.",
        "Within one quarter, {customer} rolled {product} out to {n} reps in {k} regions.",
        "The {role} at {customer} says the {good} {noun} view changed how they plan.",
        "They started with a {n}-seat pilot in one region and expanded after {k} weeks.",
        "{customer_cap} cut {task} from {k} days to a few hours after the rollout.",
        "The biggest win was not speed but a {good} {noun} everyone trusted.",
        "Ask {customer} about their {noun} rollout; they are a happy reference.",
    ),
    "question": (
        "How does your team handle {task} today?",
        "Who owns the {noun} process, and who signs off on changes?",
        "What happens when a {noun} slips past its due date?",
        "Which tools does your {role} use to {verb} {noun} data?",
        "How many hours a week do reps spend on {task}?",
        "What would it mean for the business if {task} took half the time?",
        "Where do things get stuck between {team} and {team}?",
        "What does a good quarter look like for your {role}?",
        "How do you measure {noun} accuracy today?",
        "If you could fix one thing about {task}, what would it be?",
        "Who else should we talk to before we scope the {noun}?",
        "What has stopped you from fixing {task} before?",
    ),
    "objection": (
        "If they say the price is too high, anchor on the cost of {bad} {task}.",
        "When they say they already use {competitor}, ask what they would change about {task}.",
        "When security comes up, offer the {noun} overview and a call with our security team.",
        "If timing is the concern, propose a {k}-week pilot with one team.",
        "Acknowledge the concern, then ask what a {good} {noun} would be worth to them.",
        "Do not discount to answer a {noun} objection; trade price for a longer term.",
        "If they worry about change management, walk through the {adj} rollout plan.",
        "Budget objections usually mean the {role} has not seen the business case yet.",
        "If the {role} pushes back on {noun}, share the {noun} checklist and a reference call.",
    ),
    "agenda": (
        "Introductions and goals for the session",
        "Demo of {noun} and {noun} in {product}",
        "Review of the {adj} {noun} plan and open questions",
        "Next steps, owners and dates",
        "Break, then {task} workshop",
        "Questions and answers with the {role}",
        "Recap of what we heard in discovery about {task}",
    ),
    "step": (
        "{verb_cap} the {noun} in the {noun} tab before the call.",
        "Log the {noun} in the CRM before the end of the day.",
        "Open {product}, select the {noun}, and choose the {adj} view.",
        "Send the recap email within {k} hours of the meeting.",
        "Book the technical review once the {role} confirms budget.",
        "Update the opportunity stage and add a next step with a date.",
        "Attach the signed order form to the opportunity.",
        "Ask the {role} to bring the {role} to the next meeting.",
        "Check the {noun} against the {adj} {noun} checklist.",
        "Hand the account to customer success with notes on {task}.",
    ),
    "pricing": (
        "{tier} includes {n} seats and {support} support.",
        "Seats are billed annually; monthly billing costs more.",
        "Pricing starts at ${price} per user per month on the {tier} plan.",
        "Multi-year terms can include a discount with deal desk approval.",
        "{product} is an add-on to {tier} and above.",
        "Overages are billed at the {tier} list price at the end of each quarter.",
        "Discounts above {k}% need approval from the {role}.",
        "Nonprofit and education customers get {tier} pricing on request.",
        "Quote {product} with {tier} when the customer needs {adj} {noun}.",
    ),
    "competitive": (
        "{competitor} focuses on {noun}; we win on {good} {noun} and time to value.",
        "Unlike {competitor}, {product} does not charge extra for {noun} features.",
        "When {competitor} is the incumbent, lead with the {adj} {noun} story.",
        "{competitor} customers often struggle with {bad} {noun} and {task}.",
        "Do not criticise {competitor}; show the {noun} workflow side by side.",
        "We win against {competitor} when the {role} joins the demo.",
        "{competitor} needs a services project for {task}; {product} does it out of the box.",
    ),
    "note": (
        "Pause here and ask how they handle {task} today.",
        "Spend about {k} minutes on this slide.",
        "Tell the story of {customer} here if the audience is {segment}.",
        "Skip this slide for {segment} prospects.",
        "Let the {role} drive the demo from here.",
        "Check the room: does this match what they told us in discovery?",
        "Keep it short; the next slide has the details.",
        "If anyone asks about {noun}, park it for the questions at the end.",
        "Now that we have seen the {noun} problem, show how {product} solves it.",
        "Remind them this is the {adj} part of the rollout.",
        "Ask the {role} what {good} {noun} would change for their team.",
    ),
}
HEADINGS = (
    "{noun_cap} overview",
    "Why {product}",
    "How {product} works",
    "{adj_cap} {noun} in practice",
    "Discovery questions",
    "Handling objections",
    "Pricing and packaging",
    "Customer story: {customer}",
    "Next steps",
    "Agenda",
    "{noun_cap} and {noun}",
    "Competitive landscape",
    "The {noun} problem",
    "Rollout plan",
    "Key takeaways",
    "{product} for {segment} teams",
)
CELL_TEMPLATES = ("{cell}", "{cell}", "{tier}", "{n} seats", "${price}/user/month", "{k}%")
# Clauses that lengthen a plain statement, as writers do.
EXTENSIONS = (
    ", so {team} can focus on {noun}",
    ", especially for {segment} accounts",
    " before the {adj} {noun} review",
    ", and the {role} gets a {good} view of {noun}",
    " without another {bad} tool to maintain",
)
_SLOT = re.compile(r"\{(\w+)\}")
# "an" before a vowel sound: "an update", "an unsigned"; "a unified", "a user" keep "a".
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeioAEIO]|u[pm]|un(?!i))")


class EnablementText:
    """Ordinary enablement sentences, drawn from one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        choice = rng.choice
        self._slots: dict[str, Callable[[], str]] = {
            "noun": lambda: choice(NOUNS),
            "noun_cap": lambda: _capitalised(choice(NOUNS)),
            "verb": lambda: choice(VERBS),
            "verb_cap": lambda: _capitalised(choice(VERBS)),
            "adj": lambda: choice(ADJECTIVES),
            "adj_cap": lambda: _capitalised(choice(ADJECTIVES)),
            "good": lambda: choice(GOOD_ADJECTIVES),
            "bad": lambda: choice(BAD_ADJECTIVES),
            "support": lambda: choice(("standard", "priority", "24/7", "business-hours")),
            "product": lambda: choice(PRODUCTS),
            "role": lambda: choice(ROLES),
            "team": lambda: choice(TEAMS),
            "task": lambda: choice(TASKS),
            "segment": lambda: choice(SEGMENTS),
            "competitor": lambda: choice(COMPETITORS),
            "customer": lambda: choice(CUSTOMERS),
            "customer_cap": lambda: _capitalised(choice(CUSTOMERS)),
            "tier": lambda: choice(TIERS),
            "cell": lambda: choice(CELLS),
            "n": lambda: str(choice((5, 10, 12, 20, 25, 40, 50, 75, 100, 150, 200, 250))),
            "k": lambda: str(rng.randint(2, 12)),
            "price": lambda: str(choice((15, 25, 29, 35, 45, 49, 60, 75, 90, 120))),
        }

    def fill(self, template: str) -> str:
        """The template with every ``{slot}`` replaced by a fresh draw."""
        text = _SLOT.sub(lambda match: self._slots[match.group(1)](), template)
        return _ARTICLE.sub(lambda match: match.group(1) + "n ", text)

    def sentence(self, kind: str) -> str:
        """One sentence of ``kind`` (a key of ``TEMPLATES``), sometimes with a clause added."""
        text = self.fill(self._rng.choice(TEMPLATES[kind]))
        if text.endswith(".") and kind != "note" and self._rng.random() < 0.25:
            text = text[:-1] + self.fill(self._rng.choice(EXTENSIONS)) + "."
        return text

    def heading(self) -> str:
        return self.fill(self._rng.choice(HEADINGS))

    def cell(self) -> str:
        return self.fill(self._rng.choice(CELL_TEMPLATES))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
