"""Messaging: the claims a document makes and whether they are in step with the approved
messages.

Sentences become claims (``claims``) with normalised facts (``facts``, ``fact_words``,
``numbers``, ``products``); the message index (``match``) finds which approved message a
claim talks about (``wording``, ``subject_filter``, ``scoring``) and the facts decide
whether it is in step (``drift``). ``inventory`` lists a library's claims for
``freshcheck claims``. Pure. May import ``policy``, ``text`` and the ground floor; ``engine``
and ``cli`` import it.
"""

from freshcheck.messaging.claims import document_claims, segment_claims
from freshcheck.messaging.explain import Explanation, explain, explanation_json, render_explanation
from freshcheck.messaging.inventory import FORMATS as INVENTORY_FORMATS
from freshcheck.messaging.inventory import VIEWS as INVENTORY_VIEWS
from freshcheck.messaging.inventory import Inventory, build_inventory, render_inventory
from freshcheck.messaging.match import ClaimMatch, MessageIndex

__all__ = [
    "INVENTORY_FORMATS",
    "INVENTORY_VIEWS",
    "ClaimMatch",
    "Explanation",
    "Inventory",
    "MessageIndex",
    "build_inventory",
    "document_claims",
    "explain",
    "explanation_json",
    "render_explanation",
    "render_inventory",
    "segment_claims",
]
