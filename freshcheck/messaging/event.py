"""An event's figure is the event's, not our product claim.

"Forty equipment brands exhibited at the Acme partner summit", "2,500 growers came to Acme
Field Day", "The Acme user conference brought growers from 9 countries to Ames": the
figure counts who took part in a gathering, even when its words are a message's ("Acme
connects to 40 equipment brands") and it names us (SPEC §4, "Whose claim"). A sentence is
an event's when a word for a gathering follows "at", "during", "to" or "for" within a few
words, or is the subject of a verb of drawing people ("… summit drew 2,500 growers").
"Acme connects to 60 equipment brands" and "Acme's forum answers …" name no gathering; a
trade show is one, a bare "show" is not ("as the figures show").

Those who take part name a gathering too, when its name is not a gathering word: "9 of the
top 20 pharma companies sent speakers to Meridel Connect", "Acme Live had 4,000
registrants". Attendees, exhibitors, delegates, registrants and panellists always do;
speakers only when sent or coming to something ("speakers to", "speakers at"), since a
speaker is also a device.
"""

from __future__ import annotations

import re

_GATHERING = (
    r"(?:summit|conference|expo|exhibition|trade\s+show|roadshow|fair|webinar|meetup|"
    r"convention|symposium|hackathon|keynote|field\s+day|open\s+house|user\s+group\s+meeting)s?"
)
_PARTICIPANTS = (
    r"attendees|exhibitors|delegates|registrants|panell?ists|keynote\s+speakers"
    r"|speakers\s+(?:to|at|for)"
)
_ANY_GATHERING = re.compile(rf"\b(?:{_GATHERING}|{_PARTICIPANTS})\b", re.IGNORECASE)
_TAKING_PART = re.compile(rf"\b(?:{_PARTICIPANTS})\b", re.IGNORECASE)
# "at the Acme partner summit", "during Acme Field Day", "to the 2025 expo".
_AT_GATHERING = re.compile(
    rf"\b(?:at|during|to|for)\s+(?:[\w'’&-]+\s+){{0,4}}?{_GATHERING}\b", re.IGNORECASE
)
# "The Acme user conference brought growers …", "Acme Field Day drew 2,500 growers".
_GATHERING_DREW = re.compile(
    rf"^\W*(?:[\w'’&-]+\s+){{0,4}}?{_GATHERING}\s+(?:drew|draws|brought|brings|attracted|"
    r"attracts|welcomed|welcomes|hosted|hosts|gathered|gathers|sold\s+out)\b",
    re.IGNORECASE,
)


def at_an_event(text: str) -> bool:
    """Whether ``text`` places its figure at a gathering (see module doc)."""
    if _ANY_GATHERING.search(text) is None:
        return False  # most sentences name no gathering: the dearer patterns are not run
    return bool(
        _AT_GATHERING.search(text) or _GATHERING_DREW.search(text) or _TAKING_PART.search(text)
    )
