"""A blind held-out library for the matcher (issue 19): Cobaltline, fleet telematics.

    .venv/bin/python benchmarks/heldout_eighth_company.py --out /tmp/fc-cobaltline [--misses]

An eighth fictional company, generated like the sixth (``heldout_sixth_company``, Brindle)
with the shared writers (``heldout_files``) and command line (``company_check``). It was
written blind, for issue 19, while the matcher was being tuned by someone else: its
sentences were written from SPEC §4 alone, before any of its results were seen, without
reading the matcher, its notes or its tests, and with other products, figures and wordings
than the earlier companies (the seventh, Wrenfield, included).

Cobaltline sells trucking fleets dashcams and driver coaching (Cobaltline Drive), routing
(Cobaltline Route), fuel cards (Cobaltline Fuel), maintenance (Cobaltline Shop), trailer
trackers (Cobaltline Track) and electronic logs (Cobaltline ELD). Each topic has a current
approved message, its superseded text(s), labelled positives (verbatim, a table row with its
own label wording, a "Label: value" line, a question with its answer, the old fact in words
or another notation, rewordings and synonyms that keep the subject, an older figure still, a
retired product name) and look-alike negatives (the current fact in another format or
wording, an analyst's, competitor's, insurer's or customer's figure, a testimonial, the same
number for another metric, the figure moving the other way, our own offices rather than the
customers', the newsletter, events and community, a footnote, a job title, a price list for
something else), placed in every format: slide text, tables and speaker notes; Word
paragraphs, tables and comments; PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from blind_company import place_cases
from company_check import PlacedCase, policy_text, run_company
from heldout_files import COMMENT, NOTES, PARAGRAPH, Block, Label
from tuning_third_company import PROSE, QA, TABLE, Topic

# Where a case may be placed: prose also in a Word comment, a question and its answer also
# in a Word paragraph and on a web page; some lines only where a presenter keeps them.
TEXT = (*PROSE, ("docx", COMMENT))
ASKED = (*QA, ("docx", PARAGRAPH), ("html", PARAGRAPH))
SPOKEN = (("pptx", NOTES), ("docx", COMMENT))

TOPICS = (
    Topic(
        "collisions",
        "Cobaltline Drive cuts collisions by 40%.",
        "Cobaltline Drive cuts collisions by 22%.",
        (
            ("verbatim", "Cobaltline Drive cuts collisions by 22%.", TEXT),
            ("label-value", "Fewer collisions with Cobaltline Drive | 22%", TABLE),
            ("reworded", "Fleets running Cobaltline Drive have 22% fewer collisions.", TEXT),
            ("retired-product", "RoadWise cuts collisions by 40%.", TEXT),
            ("older-figure", "Cobaltline Drive cuts collisions by 18%.", TEXT),
            (
                "customers-general",
                "Our customers see collisions fall 22% once Cobaltline Drive is in the cab.",
                TEXT,
            ),
        ),
        (
            ("current", "Cobaltline Drive cuts collisions by forty percent.", TEXT),
            (
                "analyst",
                "The Highway Safety Council estimates that forward-collision warnings alone "
                "cut collisions by 22%.",
                TEXT,
            ),
            (
                "customer",
                "Dalton Freight cut collisions 22% in the year after it installed Cobaltline "
                "Drive.",
                TEXT,
            ),
            ("direction", "Rear-end collisions on interstates rose 22% last year.", TEXT),
            (
                "testimonial",
                '"Our collision rate is down more than a fifth," says Rosa Imbert, safety '
                "manager at Pinecrest Logistics.",
                TEXT,
            ),
            ("current", "Collision reduction | 40 percent", TABLE),
        ),
    ),
    Topic(
        "fuel-savings",
        "Cobaltline Fuel saves fleets 14 cents a gallon.",
        "Cobaltline Fuel saves fleets 9 cents a gallon.",
        (
            ("verbatim", "Cobaltline Fuel saves fleets 9 cents a gallon.", TEXT),
            ("other-notation", "Savings per gallon with Cobaltline Fuel | $0.09", TABLE),
            ("in-words", "Cobaltline Fuel saves a fleet nine cents on every gallon.", TEXT),
            ("retired-product", "FuelTrack saves fleets 14 cents a gallon.", TEXT),
        ),
        (
            ("current", "Cobaltline Fuel saves fleets $0.14 a gallon.", TEXT),
            ("direction", "Diesel rose 9 cents a gallon at the pump this week.", TEXT),
            ("attributed", "FleetCore says its fuel card saves fleets 9 cents a gallon.", TEXT),
            ("pricing", "Cobaltline Fuel card fee | $9 per card per month", TABLE),
        ),
    ),
    Topic(
        "idle-time",
        "Cobaltline cuts idle time by 35%.",
        "Cobaltline cuts idle time by 26%.",
        (
            ("verbatim", "Cobaltline cuts idle time by 26%.", TEXT),
            ("label-line", "Idle time reduction with Cobaltline: 26%", TEXT),
            ("synonym", "Trucks on Cobaltline spend 26% less time idling.", TEXT),
            (
                "q-and-a",
                "Q: How much idle time does Cobaltline take out?\nA: About 26 percent.",
                ASKED,
            ),
        ),
        (
            ("current", "Idle time reduction with Cobaltline: 35 percent", TEXT),
            ("other-metric", "26% of the fleet's tractors are more than ten years old.", TEXT),
            (
                "attributed",
                "The Clean Freight Alliance says idle-reduction devices cut idle time by 26%.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "fleets",
        "More than 18,000 fleets run on Cobaltline.",
        "More than 11,000 fleets run on Cobaltline.",
        (
            ("verbatim", "More than 11,000 fleets run on Cobaltline.", TEXT),
            ("label-value", "Fleets running Cobaltline | 11,000+", TABLE),
            ("reworded", "Over 11,000 fleets rely on Cobaltline every day.", TEXT),
            ("in-words", "More than eleven thousand fleets run on Cobaltline.", TEXT),
            (
                "q-and-a",
                "Q: How many fleets use Cobaltline?\nA: Upwards of 11,000.",
                ASKED,
            ),
        ),
        (
            ("current", "18K+ fleets run on Cobaltline.", TEXT),
            ("community", "The Cobaltline Drivers Club has 11,000 members.", TEXT),
            (
                "newsletter",
                "Over 11,000 fleet managers read the Cobaltline Road Report each month.",
                TEXT,
            ),
            ("event", "11,000 people tuned in to Cobaltline Connect Live in May.", TEXT),
            ("attributed", "FleetCore says more than 11,000 fleets run on its platform.", TEXT),
        ),
    ),
    Topic(
        "vehicles",
        "Cobaltline tracks 1.2 million vehicles.",
        "Cobaltline tracks 750,000 vehicles.",
        (
            ("verbatim", "Cobaltline tracks 750,000 vehicles.", TEXT),
            ("in-words", "Cobaltline tracks three quarters of a million vehicles.", TEXT),
            ("label-value", "Vehicles tracked by Cobaltline | 750K", TABLE),
        ),
        (
            ("current", "Cobaltline tracks 1,200,000 vehicles.", TEXT),
            (
                "other-metric",
                "About 750,000 new trucks are registered in the country each year.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "camera-install",
        "A Cobaltline Drive camera installs in 15 minutes.",
        "A Cobaltline Drive camera installs in 45 minutes.",
        (
            ("verbatim", "A Cobaltline Drive camera installs in 45 minutes.", TEXT),
            (
                "in-words",
                "A Cobaltline Drive camera installs in three quarters of an hour.",
                TEXT,
            ),
            ("label-value", "Camera install time | 45 min", TABLE),
            (
                "q-and-a",
                "Q: How long does it take to fit a Cobaltline Drive camera?\nA: 45 minutes.",
                ASKED,
            ),
        ),
        (
            (
                "current",
                "A Cobaltline Drive camera installs in a quarter of an hour.",
                TEXT,
            ),
            ("other-metric", "Driver coaching sessions run 45 minutes.", TEXT),
            (
                "customer",
                "Pinecrest's technicians fitted each Cobaltline Drive camera in 45 minutes on "
                "day one.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "route-miles",
        "Cobaltline Route cuts miles driven by 12%.",
        "Cobaltline Route cuts miles driven by 8%.",
        (
            ("verbatim", "Cobaltline Route cuts miles driven by 8%.", TEXT),
            ("label-value", "Miles saved with Cobaltline Route | 8%", TABLE),
            ("reworded", "Drivers cover 8% fewer miles once Cobaltline Route plans the day.", TEXT),
            ("retired-product", "Cobaltline Dispatch cuts miles driven by 12%.", TEXT),
        ),
        (
            ("current", "Cobaltline Route cuts miles driven by twelve percent.", TEXT),
            ("direction", "Fleet mileage went up 8% over the holiday peak.", TEXT),
            (
                "analyst",
                "Freightwise found that route optimization software cuts miles driven by 8% "
                "on average.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "on-time",
        "Cobaltline Route customers make 97% of deliveries on time.",
        "Cobaltline Route customers make 93% of deliveries on time.",
        (
            ("verbatim", "Cobaltline Route customers make 93% of deliveries on time.", TEXT),
            ("label-value", "On-time deliveries with Cobaltline Route | 93%", TABLE),
            ("reworded", "With Cobaltline Route, 93% of deliveries arrive on time.", TEXT),
        ),
        (
            (
                "current",
                "Cobaltline Route customers make ninety-seven percent of deliveries on time.",
                TEXT,
            ),
            (
                "analyst",
                "Freightwise puts the industry's on-time delivery rate at 93%.",
                TEXT,
            ),
            ("other-metric", "93% of drivers say they prefer the new Cobaltline app.", TEXT),
        ),
    ),
    Topic(
        "insurance",
        "Fleets on Cobaltline Drive pay up to 15% less for insurance.",
        "Fleets on Cobaltline Drive pay up to 10% less for insurance.",
        (
            ("verbatim", "Fleets on Cobaltline Drive pay up to 10% less for insurance.", TEXT),
            ("label-value", "Insurance premium savings | up to 10%", TABLE),
            ("in-words", "Fleets on Cobaltline Drive pay up to a tenth less for insurance.", TEXT),
        ),
        (
            (
                "current",
                "Fleets on Cobaltline Drive pay up to fifteen percent less for insurance.",
                TEXT,
            ),
            (
                "attributed",
                "Harbor Mutual offers up to 10% off premiums to any fleet with dashcams.",
                TEXT,
            ),
            ("direction", "Commercial auto premiums rose 10% last year.", TEXT),
        ),
    ),
    Topic(
        "downtime",
        "Cobaltline Shop cuts unplanned downtime by 45%.",
        "Cobaltline Shop cuts unplanned downtime by 30%.",
        (
            ("verbatim", "Cobaltline Shop cuts unplanned downtime by 30%.", TEXT),
            ("label-line", "Unplanned downtime with Cobaltline Shop: down 30%", TEXT),
            (
                "q-and-a",
                "Q: What does Cobaltline Shop do for unplanned downtime?\n"
                "A: Cuts it by thirty percent.",
                ASKED,
            ),
            ("synonym", "Cobaltline Shop reduces unscheduled downtime by 30%.", TEXT),
        ),
        (
            ("current", "Cobaltline Shop cuts unplanned downtime by forty-five percent.", TEXT),
            (
                "customer",
                "Cobaltline Shop helped Dalton Freight cut unplanned downtime by 30% in two "
                "quarters.",
                TEXT,
            ),
            (
                "other-metric",
                "Cobaltline Shop sends a service reminder 30 days before each inspection.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "hos-violations",
        "Cobaltline ELD cuts hours-of-service violations by 60%.",
        "Cobaltline ELD cuts hours-of-service violations by 50%.",
        (
            ("verbatim", "Cobaltline ELD cuts hours-of-service violations by 50%.", TEXT),
            ("in-words", "Cobaltline ELD cuts hours-of-service violations in half.", TEXT),
            ("label-value", "HOS violations avoided | 50%", TABLE),
        ),
        (
            ("current", "Cobaltline ELD cuts hours-of-service violations by sixty percent.", TEXT),
            (
                "other-metric",
                "Half of all hours-of-service violations happen in the last hour of a shift.",
                TEXT,
            ),
            (
                "attributed",
                "LogRight claims its ELD cuts hours-of-service violations by 50%.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "rating",
        "Cobaltline is rated 4.8 out of 5 on FleetReviews.",
        "Cobaltline is rated 4.5 out of 5 on FleetReviews.",
        (
            ("verbatim", "Cobaltline is rated 4.5 out of 5 on FleetReviews.", TEXT),
            ("other-format", "Cobaltline: 4.5/5 on FleetReviews", TEXT),
            ("label-value", "FleetReviews score | 4.5 / 5", TABLE),
        ),
        (
            ("current", "Cobaltline is rated 4.8/5 on FleetReviews.", TEXT),
            ("attributed", "FleetCore is rated 4.5 out of 5 on FleetReviews.", TEXT),
        ),
    ),
    Topic(
        "payback",
        "Fleets earn back their Cobaltline investment in 4 months.",
        "Fleets earn back their Cobaltline investment in 7 months.",
        (
            ("verbatim", "Fleets earn back their Cobaltline investment in 7 months.", TEXT),
            ("label-value", "Payback on Cobaltline | 7 months", TABLE),
            ("reworded", "Cobaltline pays for itself within seven months.", TEXT),
        ),
        (
            ("current", "Fleets earn back their Cobaltline investment in four months.", TEXT),
            ("other-metric", "The average Cobaltline customer has been with us 7 years.", TEXT),
            (
                "testimonial",
                '"We had our money back in seven months," says Omar Haddad, COO of Haddad '
                "Transport.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "support-response",
        "Cobaltline support answers in under 2 minutes, day or night.",
        "Cobaltline support answers in under 5 minutes, day or night.",
        (
            ("verbatim", "Cobaltline support answers in under 5 minutes, day or night.", TEXT),
            ("label-line", "Cobaltline support response time: under 5 minutes", TEXT),
            (
                "q-and-a",
                "Q: How fast does Cobaltline support pick up?\nA: In under five minutes, any hour.",
                ASKED,
            ),
        ),
        (
            ("current", "Cobaltline support answers in under two minutes, day or night.", TEXT),
            ("other-metric", "A driver's pre-trip check-in takes under 5 minutes.", TEXT),
            ("job-title", "Escalations: Lee Park, Night Shift Support Lead, ext. 5", TEXT),
        ),
    ),
    Topic(
        "trailer-battery",
        "Cobaltline Track trailer tags last 7 years on a battery.",
        "Cobaltline Track trailer tags last 5 years on a battery.",
        (
            ("verbatim", "Cobaltline Track trailer tags last 5 years on a battery.", TEXT),
            ("label-value", "Trailer tag battery life | 5 years", TABLE),
            ("retired-product", "TrailerTag units last 7 years on a battery.", TEXT),
            (
                "in-words",
                "One battery keeps a Cobaltline Track trailer tag going for five years.",
                TEXT,
            ),
        ),
        (
            ("current", "Cobaltline Track trailer tags last seven years on a battery.", TEXT),
            ("other-metric", "Cobaltline Track tags come with a 5-year warranty.", TEXT),
            ("attributed", "TrailIQ rates its tracker batteries at 5 years.", TEXT),
        ),
    ),
    Topic(
        "fuel-fraud",
        "Cobaltline Fuel blocks 98% of fraudulent fuel purchases.",
        "Cobaltline Fuel blocks 95% of fraudulent fuel purchases.",
        (
            ("verbatim", "Cobaltline Fuel blocks 95% of fraudulent fuel purchases.", TEXT),
            ("label-value", "Fraudulent fuel purchases blocked | 95%", TABLE),
            (
                "reworded",
                "Cobaltline Fuel stops 95% of fuel card fraud before the pump runs.",
                TEXT,
            ),
        ),
        (
            (
                "current",
                "Cobaltline Fuel blocks ninety-eight percent of fraudulent fuel purchases.",
                TEXT,
            ),
            (
                "other-metric",
                "95% of Cobaltline Fuel transactions settle the same day.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "driver-retention",
        "Fleets that coach with Cobaltline Drive keep 25% more drivers.",
        "Fleets that coach with Cobaltline Drive keep 15% more drivers.",
        (
            ("verbatim", "Fleets that coach with Cobaltline Drive keep 15% more drivers.", TEXT),
            ("label-value", "Driver retention lift from coaching | 15%", TABLE),
            (
                "reworded",
                "Coaching with Cobaltline Drive helps fleets hold on to 15% more of their drivers.",
                TEXT,
            ),
        ),
        (
            (
                "current",
                "Fleets that coach with Cobaltline Drive keep a quarter more of their drivers.",
                TEXT,
            ),
            (
                "other-subject",
                "Cobaltline grew its own driver-trainer team by 15% this year.",
                TEXT,
            ),
            (
                "analyst",
                "The Trucking Workforce Institute says sign-on bonuses keep 15% more drivers.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "drive-price",
        "Cobaltline Drive starts at $29 per vehicle per month.",
        "Cobaltline Drive starts at $35 per vehicle per month.",
        (
            ("verbatim", "Cobaltline Drive starts at $35 per vehicle per month.", TEXT),
            ("label-value", "Cobaltline Drive, per vehicle | from $35/month", TABLE),
            (
                "in-words",
                "Cobaltline Drive starts at thirty-five dollars a vehicle each month.",
                TEXT,
            ),
        ),
        (
            ("current", "Cobaltline Drive starts at $29 a vehicle a month.", TEXT),
            ("pricing", "Cobaltline Track, per trailer | $35 a year", TABLE),
            ("pricing", "Professional camera installation | $35 per vehicle", TABLE),
        ),
    ),
    Topic(
        "video-retention",
        "Cobaltline Drive keeps 90 days of video in the cloud.",
        "Cobaltline Drive keeps 30 days of video in the cloud.",
        (
            ("verbatim", "Cobaltline Drive keeps 30 days of video in the cloud.", TEXT),
            ("in-words", "Cobaltline Drive keeps a month of video in the cloud.", TEXT),
            ("label-value", "Cloud video retention | 30 days", TABLE),
        ),
        (
            ("current", "Cobaltline Drive keeps three months of video in the cloud.", TEXT),
            ("other-metric", "Drivers can dispute a coaching event within 30 days.", TEXT),
        ),
    ),
    Topic(
        "integrations",
        "Cobaltline integrates with 300 apps.",
        "Cobaltline integrates with 200 apps.",
        (
            ("verbatim", "Cobaltline integrates with 200 apps.", TEXT),
            ("in-words", "Cobaltline integrates with two hundred apps.", TEXT),
            ("label-value", "Cobaltline app integrations | 200+", TABLE),
        ),
        (
            ("current", "Cobaltline integrates with three hundred apps.", TEXT),
            ("event", "200 partners joined Cobaltline Connect in Denver.", TEXT),
            (
                "other-metric",
                "The Cobaltline API allows 200 requests per second per account.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "co2",
        "Cobaltline helps fleets cut CO2 emissions by 10%.",
        "Cobaltline helps fleets cut CO2 emissions by 6%.",
        (
            ("verbatim", "Cobaltline helps fleets cut CO2 emissions by 6%.", TEXT),
            ("label-value", "Fleet CO2 reduction | 6%", TABLE),
            ("reworded", "Fleets on Cobaltline emit 6% less CO2.", TEXT),
        ),
        (
            ("current", "Cobaltline helps fleets cut CO2 emissions by ten percent.", TEXT),
            ("other-subject", "Cobaltline cut CO2 emissions at its own offices by 6%.", TEXT),
            ("direction", "Freight CO2 emissions grew 6% nationwide last year.", TEXT),
        ),
    ),
    Topic(
        "countries",
        "Cobaltline operates in 20 countries.",
        "Cobaltline operates in 12 countries.",
        (
            ("verbatim", "Cobaltline operates in 12 countries.", TEXT),
            ("label-line", "Countries Cobaltline operates in: 12", TEXT),
            ("q-and-a", "Q: How many countries is Cobaltline in?\nA: Twelve.", ASKED),
        ),
        (
            ("current", "Cobaltline operates in twenty countries.", TEXT),
            ("other-metric", "Cobaltline has engineering offices in 12 cities.", TEXT),
            ("attributed", "FleetCore operates in 12 countries.", TEXT),
        ),
    ),
    Topic(
        "fatigue",
        "Cobaltline Drive flags driver fatigue 3x faster than manual review.",
        "Cobaltline Drive flags driver fatigue 2x faster than manual review.",
        (
            (
                "verbatim",
                "Cobaltline Drive flags driver fatigue 2x faster than manual review.",
                TEXT,
            ),
            (
                "in-words",
                "Cobaltline Drive flags driver fatigue twice as fast as manual review.",
                TEXT,
            ),
            ("label-value", "Fatigue flagged vs manual review | 2x faster", TABLE),
        ),
        (
            (
                "current",
                "Cobaltline Drive flags driver fatigue three times faster than manual review.",
                TEXT,
            ),
            (
                "other-metric",
                "Cobaltline Drive records at 2x the resolution of our older cameras.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "dispatcher-time",
        "Cobaltline saves dispatchers 6 hours a week.",
        "Cobaltline saves dispatchers 4 hours a week.",
        (
            ("verbatim", "Cobaltline saves dispatchers 4 hours a week.", TEXT),
            ("reworded", "Dispatchers get four hours a week back with Cobaltline.", TEXT),
            (
                "q-and-a",
                "Q: How much time does Cobaltline save a dispatcher?\nA: 4 hours a week.",
                ASKED,
            ),
            ("label-value", "Dispatcher hours saved weekly | 4", TABLE),
        ),
        (
            ("current", "Cobaltline saves dispatchers six hours a week.", TEXT),
            ("other-metric", "New dispatcher onboarding on Cobaltline takes 4 hours.", TEXT),
            (
                "testimonial",
                '"I got four hours of my week back," says Kim Alvarez, lead dispatcher at '
                "Haddad Transport.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "platform-uptime",
        "The Cobaltline platform runs at 99.99% uptime.",
        "The Cobaltline platform runs at 99.9% uptime.",
        (
            ("verbatim", "The Cobaltline platform runs at 99.9% uptime.", TEXT),
            ("in-words", "The Cobaltline platform runs at three nines of uptime.", TEXT),
            ("label-line", "Cobaltline platform uptime: 99.9%", TEXT),
        ),
        (
            ("current", "The Cobaltline platform runs at four nines of uptime.", TEXT),
            (
                "other-metric",
                "99.9% of Cobaltline Drive safety events are reviewed within a day.",
                TEXT,
            ),
            ("attributed", "FleetCore promises 99.9% uptime in its contracts.", TEXT),
        ),
    ),
    Topic(
        "exoneration",
        "Cobaltline Drive video clears the driver in 8 out of 10 disputed claims.",
        "Cobaltline Drive video clears the driver in 6 out of 10 disputed claims.",
        (
            (
                "verbatim",
                "Cobaltline Drive video clears the driver in 6 out of 10 disputed claims.",
                TEXT,
            ),
            (
                "other-format",
                "Cobaltline Drive video clears the driver in 60% of disputed claims.",
                TEXT,
            ),
            (
                "label-value",
                "Disputed claims where Cobaltline Drive video clears the driver | 6 in 10",
                TABLE,
            ),
        ),
        (
            (
                "current",
                "Cobaltline Drive video clears the driver in 80% of disputed claims.",
                TEXT,
            ),
            (
                "analyst",
                "Six out of ten fleet managers name the driver shortage as their top worry, "
                "according to Freightwise.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "claims-costs",
        "Cobaltline Drive saves a 100-truck fleet $1.2M a year in claims costs.",
        "Cobaltline Drive saves a 100-truck fleet $800K a year in claims costs.",
        (
            (
                "verbatim",
                "Cobaltline Drive saves a 100-truck fleet $800K a year in claims costs.",
                TEXT,
            ),
            (
                "other-notation",
                "A 100-truck fleet saves $800,000 a year in claims costs with Cobaltline Drive.",
                TEXT,
            ),
            ("label-value", "Claims costs saved per 100 trucks each year | $800K", TABLE),
        ),
        (
            (
                "current",
                "Cobaltline Drive saves a 100-truck fleet 1.2 million dollars a year in claims "
                "costs.",
                TEXT,
            ),
            (
                "customer",
                "Dalton Freight saved $800K in claims costs last year with Cobaltline Drive.",
                TEXT,
            ),
            (
                "analyst",
                "Freightwise puts the average cost of a serious trucking claim at $800,000.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "stops-per-day",
        "Cobaltline Route fits 24 stops into a driver's day.",
        "Cobaltline Route fits 18 stops into a driver's day.",
        (
            ("verbatim", "Cobaltline Route fits 18 stops into a driver's day.", TEXT),
            ("in-words", "Cobaltline Route fits eighteen stops into a driver's day.", TEXT),
            ("label-line", "Stops per driver per day with Cobaltline Route: 18", TEXT),
        ),
        (
            ("current", "Cobaltline Route fits two dozen stops into a driver's day.", TEXT),
            ("other-metric", "The Cobaltline Route driver app is available in 18 languages.", TEXT),
            (
                "attributed",
                "FleetCore says its planner fits 18 stops into a driver's day.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "trailer-pings",
        "Cobaltline Track reports a trailer's location 4 times an hour.",
        "Cobaltline Track reports a trailer's location twice an hour.",
        (
            ("verbatim", "Cobaltline Track reports a trailer's location twice an hour.", TEXT),
            (
                "other-format",
                "Cobaltline Track reports a trailer's location every 30 minutes.",
                TEXT,
            ),
            ("label-value", "Trailer location updates with Cobaltline Track | 2 per hour", TABLE),
            ("retired-product", "TrailerTag reports a trailer's location 4 times an hour.", TEXT),
        ),
        (
            (
                "current",
                "Cobaltline Track reports a trailer's location every 15 minutes.",
                TEXT,
            ),
            ("other-metric", "Drivers on long hauls stop twice a shift for a break.", TEXT),
            (
                "attributed",
                "TrailIQ's trackers report a trailer's location twice an hour.",
                TEXT,
            ),
        ),
    ),
)

# Older superseded texts of a topic, besides ``Topic.old``.
ALSO_SUPERSEDED = {"fleets": ("More than 8,000 fleets run on Cobaltline.",)}

# Lines wrapped inside one paragraph, where a wrapped line is kept in its paragraph.
WRAPPED = (("pdf", PARAGRAPH), ("txt", PARAGRAPH), ("md", PARAGRAPH))

Cases = tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]

# More cases per topic, written the way a deck's author or a rep's notes would put them.
MORE_POSITIVES: dict[str, Cases] = {
    "collisions": (
        ("label-line", "Collision reduction with Cobaltline Drive: 22%", TEXT),
        (
            "notes",
            "Lead with safety: Cobaltline Drive customers have 22% fewer collisions.",
            SPOKEN,
        ),
        (
            "wrapped",
            "Fleets that put Cobaltline Drive in every cab cut their\ncollisions by 22%.",
            WRAPPED,
        ),
    ),
    "fuel-savings": (
        ("reworded", "Fleets pay 9 cents less a gallon with Cobaltline Fuel.", TEXT),
        ("q-and-a", "Q: What does Cobaltline Fuel save per gallon?\nA: 9¢.", ASKED),
    ),
    "idle-time": (
        ("notes", "Idle time is the easy win: Cobaltline takes it down 26%.", SPOKEN),
        ("label-value", "Idle time cut by Cobaltline | 26%", TABLE),
    ),
    "fleets": (
        ("label-line", "Fleets on Cobaltline: 11,000+", TEXT),
        ("verbatim", "More than 8,000 fleets run on Cobaltline.", TEXT),
    ),
    "vehicles": (
        ("label-line", "Vehicles tracked on Cobaltline: 750,000", TEXT),
        ("reworded", "More than 750,000 vehicles are tracked by Cobaltline.", TEXT),
        (
            "q-and-a",
            "Q: How many vehicles does Cobaltline track?\nA: Around 750,000.",
            ASKED,
        ),
    ),
    "camera-install": (
        (
            "notes",
            "Tell them a Cobaltline Drive install is painless: 45 minutes a camera.",
            SPOKEN,
        ),
    ),
    "route-miles": (
        ("in-words", "Cobaltline Route cuts miles driven by eight percent.", TEXT),
        ("label-line", "Miles driven with Cobaltline Route: down 8%", TEXT),
    ),
    "on-time": (
        (
            "in-words",
            "Ninety-three percent of deliveries arrive on time for Cobaltline Route customers.",
            TEXT,
        ),
        (
            "q-and-a",
            "Q: What share of deliveries arrive on time with Cobaltline Route?\nA: 93%.",
            ASKED,
        ),
    ),
    "insurance": (
        (
            "q-and-a",
            "Q: How much can Cobaltline Drive save a fleet on insurance?\nA: Up to 10%.",
            ASKED,
        ),
        (
            "reworded",
            "Cobaltline Drive can take up to 10% off a fleet's insurance premium.",
            TEXT,
        ),
    ),
    "downtime": (
        (
            "wrapped",
            "Cobaltline Shop cuts unplanned downtime by 30%, which\nkeeps more trucks earning.",
            WRAPPED,
        ),
        ("label-value", "Unplanned downtime reduction | 30%", TABLE),
    ),
    "hos-violations": (
        (
            "q-and-a",
            "Q: What happens to HOS violations on Cobaltline ELD?\nA: They drop by half.",
            ASKED,
        ),
        (
            "in-words",
            "Fleets on Cobaltline ELD log half as many hours-of-service violations.",
            TEXT,
        ),
    ),
    "rating": (
        (
            "in-words",
            "Cobaltline is rated four and a half out of five on FleetReviews.",
            TEXT,
        ),
    ),
    "payback": (
        ("label-line", "Cobaltline payback period: 7 months", TEXT),
        (
            "q-and-a",
            "Q: How soon does Cobaltline pay for itself?\nA: Within seven months.",
            ASKED,
        ),
    ),
    "support-response": (("label-value", "Support response time | < 5 min", TABLE),),
    "trailer-battery": (
        ("label-line", "Battery life of a Cobaltline Track tag: 5 years", TEXT),
        (
            "q-and-a",
            "Q: How long does a Cobaltline Track tag battery last?\nA: Five years.",
            ASKED,
        ),
    ),
    "fuel-fraud": (
        (
            "in-words",
            "Cobaltline Fuel blocks ninety-five percent of fraudulent fuel purchases.",
            TEXT,
        ),
        ("label-line", "Fuel card fraud blocked by Cobaltline Fuel: 95%", TEXT),
    ),
    "driver-retention": (
        (
            "in-words",
            "Fleets that coach with Cobaltline Drive keep fifteen percent more drivers.",
            TEXT,
        ),
        (
            "notes",
            "Coaching matters: fleets that coach with Cobaltline Drive keep 15% more drivers.",
            SPOKEN,
        ),
    ),
    "drive-price": (
        ("label-line", "Cobaltline Drive pricing: $35/vehicle/month", TEXT),
        (
            "q-and-a",
            "Q: What does Cobaltline Drive cost?\nA: From $35 per vehicle per month.",
            ASKED,
        ),
    ),
    "video-retention": (
        (
            "q-and-a",
            "Q: How long does Cobaltline Drive keep video in the cloud?\nA: 30 days.",
            ASKED,
        ),
        ("synonym", "Cobaltline Drive stores 30 days of footage in the cloud.", TEXT),
    ),
    "integrations": (
        ("q-and-a", "Q: How many apps does Cobaltline integrate with?\nA: Two hundred.", ASKED),
        ("reworded", "More than 200 apps connect to Cobaltline.", TEXT),
    ),
    "co2": (
        ("q-and-a", "Q: How much do fleets cut CO2 emissions with Cobaltline?\nA: 6%.", ASKED),
        ("in-words", "Cobaltline helps fleets cut CO2 emissions by six percent.", TEXT),
    ),
    "countries": (
        ("label-value", "Countries Cobaltline operates in | 12", TABLE),
        ("in-words", "Cobaltline operates in a dozen countries.", TEXT),
    ),
    "fatigue": (
        (
            "notes",
            "Fatigue is where the AI shines: Cobaltline Drive flags it 2x faster than "
            "manual review of footage.",
            SPOKEN,
        ),
        (
            "label-line",
            "Fatigue detection with Cobaltline Drive vs manual review: twice as fast",
            TEXT,
        ),
    ),
    "dispatcher-time": (
        (
            "wrapped",
            "Cobaltline saves dispatchers 4 hours a week on paperwork\nand phone calls.",
            WRAPPED,
        ),
    ),
    "platform-uptime": (("label-value", "Cobaltline platform availability | 99.9%", TABLE),),
    "exoneration": (
        (
            "in-words",
            "Cobaltline Drive video clears the driver in six out of ten disputed claims.",
            TEXT,
        ),
        (
            "q-and-a",
            "Q: How often does Cobaltline Drive video clear the driver in a disputed claim?\n"
            "A: Six times out of ten.",
            ASKED,
        ),
    ),
}

MORE_NEGATIVES: dict[str, Cases] = {
    "collisions": (
        ("event", "Cobaltline Drive Safety Awards: 22 fleets honored this year.", TEXT),
        (
            "footnote",
            "¹ Collision figures compare each fleet's first 12 months on Cobaltline Drive with "
            "the 12 months before.",
            TEXT,
        ),
        (
            "job-title",
            "Questions? Ask Jordan Wells, VP of Safety Programs, who ran fleets for 22 years.",
            TEXT,
        ),
    ),
    "fuel-savings": (
        ("other-metric", "Cobaltline Fuel cards are accepted at 9 out of 10 truck stops.", TEXT),
        ("current", "Cobaltline Fuel: 14¢ saved on every gallon", TEXT),
    ),
    "fleets": (
        ("job-title", "Meet Dana Cho, who manages partnerships with our 11 largest fleets.", TEXT),
        ("current", "Fleets running Cobaltline | 18,000+", TABLE),
    ),
    "vehicles": (
        ("current", "Vehicles tracked by Cobaltline | 1.2M", TABLE),
        ("analyst", "Freightwise counts 750,000 connected trucks on the road today.", TEXT),
        ("newsletter", "The Cobaltline safety podcast has passed 750,000 downloads.", TEXT),
    ),
    "camera-install": (
        ("attributed", "FleetCore says its cameras take 45 minutes to install.", TEXT),
        ("pricing", "Spare camera mount kit | $45", TABLE),
    ),
    "on-time": (
        (
            "other-subject",
            "Cobaltline shipped 93% of hardware orders on schedule this quarter.",
            TEXT,
        ),
        ("current", "On-time deliveries with Cobaltline Route | 97%", TABLE),
    ),
    "insurance": (
        ("current", "Insurance premium savings | up to 15%", TABLE),
        (
            "customer",
            "Pinecrest Logistics now pays 10% less for insurance after two claim-free years "
            "on Cobaltline Drive.",
            TEXT,
        ),
    ),
    "downtime": (
        ("current", "Unplanned downtime reduction | 45%", TABLE),
        (
            "event",
            "Cobaltline Shop Days: 30 service partners, one weekend, free inspections.",
            TEXT,
        ),
    ),
    "hos-violations": (
        ("event", "Half-day workshop: staying on the right side of hours-of-service rules.", TEXT),
        ("current", "HOS violations avoided | 60%", TABLE),
    ),
    "payback": (
        ("other-metric", "Cobaltline pilots run 7 weeks from kickoff to review.", TEXT),
        ("current", "Payback on Cobaltline | 4 months", TABLE),
    ),
    "support-response": (
        ("current", "Cobaltline support response time: under 2 minutes", TEXT),
        ("attributed", "FleetCore's website says its support team answers within 5 minutes.", TEXT),
        (
            "footnote",
            "* Support by phone and chat every day of the year, holidays included.",
            TEXT,
        ),
    ),
    "trailer-battery": (
        ("current", "Trailer tag battery life | 7 years", TABLE),
        ("direction", "Tag failures fell 5% after the spring firmware update.", TEXT),
    ),
    "fuel-fraud": (
        ("current", "Fuel card fraud blocked by Cobaltline Fuel: 98%", TEXT),
        (
            "analyst",
            "Freightwise estimates that 95% of fuel card fraud happens at unattended pumps.",
            TEXT,
        ),
    ),
    "driver-retention": (
        (
            "testimonial",
            '"We kept 15% more of our drivers last year, and coaching was a big part of '
            'it," says Kim Alvarez.',
            TEXT,
        ),
        (
            "community",
            "15% of Cobaltline Drivers Club members have passed a million safe miles.",
            TEXT,
        ),
    ),
    "drive-price": (
        ("pricing", "Cobaltline Shop, per technician | $35 a month", TABLE),
        ("current", "Cobaltline Drive, per vehicle | from $29/month", TABLE),
    ),
    "video-retention": (
        ("current", "Cloud video retention | 90 days", TABLE),
        ("attributed", "FleetCore keeps 30 days of video in its cloud.", TEXT),
    ),
    "integrations": (
        ("current", "Cobaltline app integrations | 300+", TABLE),
        ("community", "The Cobaltline developer forum has 200 active contributors.", TEXT),
    ),
    "co2": (
        ("current", "Fleet CO2 reduction | 10%", TABLE),
        (
            "analyst",
            "The Clean Freight Alliance says tire-pressure monitoring cuts CO2 emissions by 6%.",
            TEXT,
        ),
    ),
    "countries": (
        ("current", "Countries Cobaltline operates in: 20", TEXT),
        (
            "event",
            "Drivers from 12 countries competed at this year's Cobaltline Safety Rodeo.",
            TEXT,
        ),
    ),
    "fatigue": (
        ("current", "Fatigue flagged vs manual review | 3x faster", TABLE),
        ("attributed", "LogRight says its cameras spot driver fatigue 2x faster.", TEXT),
    ),
    "dispatcher-time": (
        ("current", "Dispatcher hours saved weekly | 6", TABLE),
        ("job-title", "Now hiring: Senior Dispatcher, 4 days on and 3 days off.", TEXT),
    ),
    "platform-uptime": (
        ("footnote", "* Uptime excludes maintenance windows announced in advance.", TEXT),
        ("current", "Cobaltline platform availability | 99.99%", TABLE),
    ),
    "exoneration": (
        (
            "current",
            "Disputed claims where Cobaltline Drive video clears the driver | 8 in 10",
            TABLE,
        ),
        (
            "customer",
            "At Dalton Freight, Cobaltline Drive video cleared the driver in 6 of 10 disputed "
            "claims last year.",
            TEXT,
        ),
    ),
    "idle-time": (
        ("current", "Idle time cut by Cobaltline | 35%", TABLE),
        (
            "testimonial",
            '"Idling was our silent fuel leak, and we cut it by about a quarter," says Omar '
            "Haddad of Haddad Transport.",
            TEXT,
        ),
    ),
    "route-miles": (
        (
            "customer",
            "Haddad Transport drove 8% fewer miles in its first quarter on Cobaltline Route.",
            TEXT,
        ),
    ),
    "rating": (
        ("current", "FleetReviews score | 4.8 / 5", TABLE),
        ("attributed", "LogRight: 4.5/5 on FleetReviews", TEXT),
    ),
}

FILLER = (
    "Ask how many power units the fleet runs and who signs off on safety spend.",
    "Book the ride-along before you leave the yard.",
)

TERMS = (
    ("RoadWise", "Cobaltline Drive"),
    ("Cobaltline Dispatch", "Cobaltline Route"),
    ("FuelTrack", "Cobaltline Fuel"),
    ("TrailerTag", "Cobaltline Track"),
)


def cases(topic: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    positives = topic.positives + MORE_POSITIVES.get(topic.id, ())
    negatives = topic.negatives + MORE_NEGATIVES.get(topic.id, ())
    return [(True, *c) for c in positives] + [(False, *c) for c in negatives]


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    return place_cases(seed, "cobaltline", (c for t in TOPICS for c in cases(t)), FILLER)


def policy_yaml() -> str:
    messages = ((t.id, t.current, (t.old, *ALSO_SUPERSEDED.get(t.id, ()))) for t in TOPICS)
    return policy_text(messages, TERMS)


def main() -> None:
    run_company(__doc__, "Cobaltline", 83, build, policy_yaml)


if __name__ == "__main__":
    main()
