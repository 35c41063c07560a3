"""A seeded library of approved messages in English, and light paraphrases of them.

``message_library(seed, size)`` returns the ``MessagingPolicy`` and the ``Draft`` behind each
message: a form whose topic slots are filled but whose subject and numbers are not. The
current text names a product ("Acme Flow cuts ... by 42% for revenue teams."); about half
the messages have one or two superseded versions with older numbers. No two messages share a
wording once numbers and product are masked. ``restate(draft, rng)`` words one version the
way a deck would: subject "We" or "Our platform", a closing phrase moved to the front, an
optional phrase or the closing phrase dropped.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from enablement_words import PRODUCTS, SEGMENTS, TASKS, TEAMS

from freshcheck.policy.model import Message, MessagingPolicy


@dataclass(frozen=True, slots=True)
class Form:
    """A message shape: ``text`` has {S} (subject), {V} (its verb), {O} (the product as an
    object, "us" allowed), {P} (the product as an object, never "us"), {0}/{1} (numbers),
    topic slots and [an optional phrase]; ``tail`` is a closing phrase that may move."""

    text: str
    verb: tuple[str, str] = ("", "")  # singular, plural
    tail: str = ""
    kinds: tuple[str, ...] = ("pct",)  # kinds of {0}, {1}


FORMS = (
    Form("{S} {V} time spent on {task} by {0}%[ on average]", ("cuts", "cut"), "for {team}"),
    Form(
        "{S} {V} {bad} {task} by {0}%",
        ("reduces", "reduce"),
        "in the first {1} days",
        ("pct", "days"),
    ),
    Form(
        "{S} {V} a {0}x return on {spend} spend",
        ("delivers", "deliver"),
        "within {1} months",
        ("mult", "months"),
    ),
    Form("More than {0} {segment} {team} rely on {O} to {fix} {task}", kinds=("count",)),
    Form(
        "{segment_cap} customers save[ an average of] ${0}K a year on {task} with {O}",
        kinds=("amount",),
    ),
    Form("{segment_cap} {team} using {P} {outcome} {0}% faster"),
    Form(
        "{S} {V} to {0}+ {tools} out of the box",
        ("connects", "connect"),
        "for {segment} {team}",
        ("count_small",),
    ),
    Form(
        "Onboarding {P} takes {0} days instead of {1} weeks",
        tail="for {segment} {team}",
        kinds=("few_days", "weeks"),
    ),
    Form(
        "{S} {V} {0} million {events} a month",
        ("processes", "process"),
        "with {1}% uptime",
        ("millions", "uptime"),
    ),
    Form(
        "{team_cap} that adopt {P} see a {0}% lift in {metric}",
        tail="within {1} months",
        kinds=("pct", "months"),
    ),
    Form("{S} {V} {members} {0}% more time for {activity}", ("gives", "give"), "every week"),
    Form(
        "{S} {V} {team} {fix} {task} {0}x faster[ than with spreadsheets]",
        ("helps", "help"),
        kinds=("mult",),
    ),
    Form(
        "{S} {V} {0}% of at-risk {things}[ automatically]",
        ("flags", "flag"),
        "{1} days before the renewal date",
        ("pct", "days"),
    ),
    Form("{members_cap} using {P} log {0}% more {activities} each week"),
)
TOPICS: dict[str, tuple[str, ...]] = {
    "task": TASKS,
    "team": TEAMS,
    "segment": SEGMENTS,
    "bad": ("manual", "repetitive", "error-prone", "time-consuming", "duplicate", "late"),
    "spend": (
        "CRM",
        "sales tooling",
        "analytics",
        "reporting",
        "data",
        "enablement",
        "marketing automation",
        "BI",
        "billing",
        "support tooling",
        "forecasting",
    ),
    "fix": ("automate", "streamline", "speed up", "simplify", "standardise", "track"),
    "outcome": (
        "close deals",
        "ramp new reps",
        "resolve tickets",
        "approve quotes",
        "finish forecast calls",
        "onboard customers",
        "launch campaigns",
        "renew contracts",
        "build proposals",
        "answer security questionnaires",
    ),
    "tools": (
        "CRM and ERP systems",
        "data sources",
        "sales tools",
        "marketing platforms",
        "business apps",
        "billing systems",
        "support desks",
        "data warehouses",
    ),
    "events": (
        "API calls",
        "forecast updates",
        "CRM records",
        "billing events",
        "buyer signals",
        "emails",
        "calendar events",
        "usage events",
        "workflow runs",
        "alerts",
    ),
    "metric": (
        "win rates",
        "forecast accuracy",
        "renewal rates",
        "pipeline coverage",
        "rep productivity",
        "quota attainment",
        "net revenue retention",
        "customer satisfaction",
        "seat adoption",
        "lead conversion",
        "expansion bookings",
        "meeting conversion",
        "deal size",
        "first-call resolution",
    ),
    "members": (
        "reps",
        "managers",
        "analysts",
        "admins",
        "account executives",
        "SDRs",
        "customer success managers",
        "finance analysts",
        "RevOps analysts",
        "solutions engineers",
        "sales leaders",
    ),
    "activity": (
        "coaching",
        "selling",
        "customer calls",
        "account planning",
        "prospecting",
        "deal strategy",
        "renewal conversations",
        "analysis",
        "discovery",
    ),
    "things": ("renewals", "accounts", "deals", "subscriptions", "contracts", "customers"),
    "activities": ("calls", "meetings", "emails", "next steps", "notes", "demos", "touches"),
}
_NUMBERS = {  # kind: (low, high) of the current value; older values are lower
    "pct": (12, 85),
    "days": (5, 90),
    "few_days": (2, 20),
    "mult": (2, 9),
    "months": (3, 18),
    "count": (500, 25000),
    "amount": (20, 900),
    "count_small": (40, 400),
    "weeks": (3, 16),
    "millions": (2, 80),
    "uptime": (99, 99),
}
_SLOT = re.compile(r"\{([a-z_]+)\}")
_FILLED = re.compile(r"\{([A-Z]|\d)\}")  # what render fills: subject, verb, numbers
_OPTIONAL = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Draft:
    """One message before its subject and numbers are filled in."""

    id: str
    product: str
    text: str  # topic slots filled; {S} {V} {O} {P} {0} {1} and [optional] kept
    verb: tuple[str, str]
    tail: str
    versions: tuple[tuple[str, ...], ...]  # numbers of the current text, then older ones


def render(
    draft: Draft,
    version: int = 0,
    subject: str = "product",
    *,
    full: bool = True,
    tail: str = "end",
) -> str:
    """One version's text; ``subject`` is product/platform/we, ``tail`` end/front/none."""
    names = {
        "product": (draft.product, draft.verb[0], draft.product, draft.product),
        "platform": ("Our platform", draft.verb[0], "our platform", "our platform"),
        "we": ("We", draft.verb[1], "us", "our platform"),
    }[subject]
    text = draft.text + (" " + draft.tail if draft.tail and tail == "end" else "")
    text = _OPTIONAL.sub(lambda match: match.group(1) if full else "", text)
    numbers = draft.versions[version]
    values = {"S": names[0], "V": names[1], "O": names[2], "P": names[3]}
    values |= {str(n): number for n, number in enumerate(numbers)}
    text = _FILLED.sub(lambda match: values[match.group(1)], text)
    if tail == "front" and draft.tail:
        front = _FILLED.sub(lambda match: values[match.group(1)], draft.tail)
        front = _OPTIONAL.sub(lambda match: match.group(1) if full else "", front).strip()
        if front:
            first = text if text.startswith(draft.product) else text[:1].lower() + text[1:]
            text = front[:1].upper() + front[1:] + ", " + first
    return " ".join(text.split()) + "."


def restate(draft: Draft, rng: random.Random) -> str:
    """A light paraphrase of the current or a superseded version, as decks restate messages."""
    version = rng.randrange(len(draft.versions)) if rng.random() < 0.5 else 0
    subject = rng.choice(("product", "platform", "we"))
    tail = rng.choices(("end", "front", "none"), weights=(5, 3, 2))[0]
    return render(draft, version, subject, full=rng.random() < 0.5, tail=tail)


def message_library(seed: int, size: int) -> tuple[MessagingPolicy, list[Draft]]:
    """``size`` distinct messages (threshold 85) and the drafts they were rendered from."""
    rng = random.Random(seed)
    drafts: list[Draft] = []
    seen: set[str] = set()
    while len(drafts) < size:
        form = rng.choice(FORMS)
        text, tail = _fill_topics(form.text, rng), _fill_topics(form.tail, rng)
        key = re.sub(r"\d+", "#", text + " " + tail)
        if key in seen:
            continue
        seen.add(key)
        current = tuple(_number(kind, rng) for kind in form.kinds)
        versions = [current]
        for _ in range(rng.choice((0, 0, 1, 2))):
            older = tuple(
                _older(kind, value, rng) for kind, value in zip(form.kinds, current, strict=True)
            )
            if older not in versions:
                versions.append(older)
        product = rng.choice(PRODUCTS)
        drafts.append(Draft(f"m{len(drafts):04d}", product, text, form.verb, tail, tuple(versions)))
    messages = tuple(
        Message(d.id, render(d), tuple(render(d, n) for n in range(1, len(d.versions))))
        for d in drafts
    )
    return MessagingPolicy(85, messages), drafts


def _fill_topics(template: str, rng: random.Random) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.endswith("_cap"):
            word = rng.choice(TOPICS[name[:-4]])
            return word[:1].upper() + word[1:]
        return rng.choice(TOPICS[name]) if name in TOPICS else match.group(0)

    return _SLOT.sub(one, template)


def _number(kind: str, rng: random.Random) -> str:
    low, high = _NUMBERS[kind]
    if kind == "uptime":
        return rng.choice(("99.9", "99.95", "99.99"))
    value = rng.randint(low, high)
    if kind in ("count", "count_small"):
        value = round(value, -2 if value >= 1000 else -1)
    return f"{value:,}"


def _older(kind: str, value: str, rng: random.Random) -> str:
    if kind == "uptime":
        return rng.choice(("99.5", "99.8", "99.9"))
    number = int(value.replace(",", ""))
    older = max(1, int(number * rng.uniform(0.55, 0.9)))
    if kind in ("count", "count_small") and older >= 100:
        older = round(older, -2 if older >= 1000 else -1)
    return f"{older:,}" if older != number else f"{max(1, number - 1):,}"
