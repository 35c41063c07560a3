"""A blind held-out library for the matcher (issue 19): Wrenfield, precision agriculture.

    .venv/bin/python benchmarks/heldout_seventh_company.py --out /tmp/fc-wrenfield [--misses]

A seventh fictional company, generated like the sixth (``heldout_sixth_company``, Brindle)
with the shared writers (``heldout_files``) and command line (``company_check``). It was
written blind, for issue 19, while the matcher was being tuned by someone else: its
sentences were written from SPEC §4 alone, before any of its results were seen, without
reading the matcher, its notes or its tests, and with other products, figures and wordings
than the earlier companies.

Wrenfield sells irrigation control (Wrenfield Flow), soil probes (Wrenfield Soil), yield
analytics (Wrenfield Yield), drone scouting (Wrenfield Scout) and field weather (Wrenfield
Weather). Each topic has a current approved message, its superseded text(s), labelled
positives (verbatim, a table row with its own label wording, a "Label: value" line, a
question with its answer, the old fact in words, rewordings and synonyms that keep the
subject, an older figure still, a retired product name) and look-alike negatives (the
current fact in another format or wording, an analyst's, competitor's or customer's figure,
a testimonial, the same number for another metric, the figure moving the other way, the
newsletter, events and community, a footnote, a price list for something else), placed in
every format: slide text, tables and speaker notes; Word paragraphs, tables and comments;
PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from blind_company import place_cases
from company_check import PlacedCase, policy_text, run_company
from heldout_files import COMMENT, NOTES, PARAGRAPH, Block, Label
from tuning_third_company import PROSE, QA, TABLE, Topic

# Where a case may be placed: prose also in a Word comment, a question and its answer also
# in a Word paragraph and on a web page; some lines only in notes, some wrapped.
TEXT = (*PROSE, ("docx", COMMENT))
ASKED = (*QA, ("docx", PARAGRAPH), ("html", PARAGRAPH))
SPOKEN = (("pptx", NOTES), ("docx", COMMENT))  # what a presenter keeps to themself
WRAPPED = (
    ("pdf", PARAGRAPH),
    ("txt", PARAGRAPH),
    ("md", PARAGRAPH),
)  # a line wrapped in its paragraph

TOPICS = (
    Topic(
        "water-use",
        "Wrenfield Flow cuts irrigation water use by 35%.",
        "Wrenfield Flow cuts irrigation water use by 25%.",
        (
            ("verbatim", "Wrenfield Flow cuts irrigation water use by 25%.", TEXT),
            ("label-value", "Irrigation water saved | 25%", TABLE),
            (
                "reworded",
                "Growers pump 25% less irrigation water once Wrenfield Flow runs the schedule.",
                TEXT,
            ),
            ("in-words", "Wrenfield Flow trims irrigation water use by a quarter.", TEXT),
            ("retired-product", "AquaPilot cuts irrigation water use by 35%.", TEXT),
            (
                "synonym",
                "Wrenfield Flow reduces the water used for irrigation by 25 percent.",
                TEXT,
            ),
        ),
        (
            ("current", "Wrenfield Flow cuts irrigation water use by thirty-five percent.", TEXT),
            ("current-reworded", "Growers irrigate with 35% less water on Wrenfield Flow.", TEXT),
            (
                "analyst",
                "The state extension service estimates that drip lines alone cut irrigation "
                "water use by 25%.",
                TEXT,
            ),
            (
                "customer",
                "Hollis Orchards cut its irrigation water use by 25% in its first season on "
                "Wrenfield Flow.",
                TEXT,
            ),
            (
                "direction",
                "Irrigation water use across the valley rose 25% during the drought summer.",
                TEXT,
            ),
            (
                "other-metric",
                "About 25% of a typical Wrenfield Flow farm sits under center-pivot irrigation.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "corn-yield",
        "Wrenfield Yield adds 9 bushels an acre to corn yields.",
        "Wrenfield Yield adds 6 bushels an acre to corn yields.",
        (
            ("verbatim", "Wrenfield Yield adds 6 bushels an acre to corn yields.", TEXT),
            ("label-line", "Average corn yield gain with Wrenfield Yield: 6 bu/acre", TEXT),
            (
                "q-and-a",
                "Q: What does Wrenfield Yield do for corn yields?\n"
                "A: Growers average six more bushels an acre.",
                ASKED,
            ),
            (
                "reworded",
                "Corn growers on Wrenfield Yield harvest 6 more bushels per acre.",
                TEXT,
            ),
            ("retired-product", "Harvest IQ adds 9 bushels an acre to corn yields.", TEXT),
        ),
        (
            ("current", "Wrenfield Yield adds nine bushels an acre to corn yields.", TEXT),
            (
                "direction",
                "The county's average corn yield fell 6 bushels an acre after the July hailstorm.",
                TEXT,
            ),
            (
                "attributed",
                "AgriNova claims its scouting app adds 6 bushels an acre to corn.",
                TEXT,
            ),
            (
                "testimonial",
                '"We picked up six bushels an acre on the river ground," says Dale Ferris of '
                "Ferris Family Farms.",
                TEXT,
            ),
            ("lookalike-label", "Corn price assumption | $6 per bushel", TABLE),
        ),
    ),
    Topic(
        "probe-battery",
        "Wrenfield Soil probes run for 5 years on one battery.",
        "Wrenfield Soil probes run for 3 years on one battery.",
        (
            ("verbatim", "Wrenfield Soil probes run for 3 years on one battery.", TEXT),
            ("label-value", "Soil probe battery life | 3 years", TABLE),
            (
                "in-words",
                "A single battery keeps a Wrenfield Soil probe running for three years.",
                TEXT,
            ),
            ("retired-product", "FieldSense probes run for 5 years on one battery.", TEXT),
            (
                "q-and-a",
                "Q: How often does a Wrenfield Soil probe need a new battery?\nA: Every 3 years.",
                ASKED,
            ),
        ),
        (
            ("current", "Soil probe battery life | five years", TABLE),
            ("other-metric", "Wrenfield Soil probes carry a 3-year hardware warranty.", TEXT),
            (
                "other-metric",
                "Swap the rubber seal on each Wrenfield Soil probe every 3 years.",
                TEXT,
            ),
            ("attributed", "Terralink rates its moisture probes at 3 years on one battery.", TEXT),
        ),
    ),
    Topic(
        "install",
        "Wrenfield installs a full sensor network in 10 days.",
        "Wrenfield installs a full sensor network in 21 days.",
        (
            ("verbatim", "Wrenfield installs a full sensor network in 21 days.", TEXT),
            ("in-words", "Wrenfield installs a full sensor network in three weeks.", TEXT),
            ("label-value", "Time to install a full sensor network | 21 days", TABLE),
            (
                "reworded",
                "A complete Wrenfield sensor network goes in the ground within 21 days.",
                TEXT,
            ),
        ),
        (
            ("current", "Wrenfield installs a full sensor network in ten days.", TEXT),
            (
                "other-metric",
                "The spring planting window runs about 21 days in most of the county.",
                TEXT,
            ),
            (
                "customer",
                "Crews at Bramley Farms installed their Wrenfield network in 21 days, working "
                "around harvest.",
                TEXT,
            ),
            ("other-metric", "Wrenfield sensor orders ship within 21 days of signing.", TEXT),
        ),
    ),
    Topic(
        "farms",
        "More than 4,000 farms use Wrenfield.",
        "More than 2,500 farms use Wrenfield.",
        (
            ("verbatim", "More than 2,500 farms use Wrenfield.", TEXT),
            ("verbatim", "More than 1,500 farms use Wrenfield.", TEXT),
            ("label-value", "Farms on Wrenfield | 2,500+", TABLE),
            ("reworded", "Wrenfield is in use on over 2,500 farms.", TEXT),
            ("q-and-a", "Q: How many farms use Wrenfield today?\nA: More than 2,500.", ASKED),
            ("in-words", "More than two thousand five hundred farms use Wrenfield.", TEXT),
        ),
        (
            (
                "newsletter",
                "More than 2,500 growers read Wrenfield Field Notes, our weekly newsletter.",
                TEXT,
            ),
            ("event", "Wrenfield Field Day drew 2,500 growers to Ames this August.", TEXT),
            ("community", "The Wrenfield grower forum passed 2,500 members in March.", TEXT),
            ("current", "Wrenfield is in use on more than four thousand farms.", TEXT),
            ("attributed", "AgriNova says more than 2,500 farms use its scouting app.", TEXT),
        ),
    ),
    Topic(
        "acres",
        "Wrenfield monitors 12 million acres of cropland.",
        "Wrenfield monitors 8 million acres of cropland.",
        (
            ("verbatim", "Wrenfield monitors 8 million acres of cropland.", TEXT),
            ("label-line", "Acres monitored by Wrenfield: 8 million", TEXT),
            ("in-words", "Wrenfield keeps watch over eight million acres of cropland.", TEXT),
            ("label-value", "Cropland under Wrenfield monitoring | 8M acres", TABLE),
        ),
        (
            ("current", "Wrenfield monitors 12M acres of cropland.", TEXT),
            ("other-metric", "The state planted 8 million acres of soybeans this year.", TEXT),
            (
                "analyst",
                "Furrow Research counts 8 million acres under digital monitoring nationwide.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "frost-alerts",
        "Wrenfield sends frost alerts 6 hours before temperatures drop.",
        "Wrenfield sends frost alerts 3 hours before temperatures drop.",
        (
            ("verbatim", "Wrenfield sends frost alerts 3 hours before temperatures drop.", TEXT),
            ("label-value", "Frost alert lead time | 3 hours", TABLE),
            ("reworded", "Growers get 3 hours' warning of frost from Wrenfield.", TEXT),
            (
                "in-words",
                "Wrenfield warns growers of frost three hours before the temperature falls.",
                TEXT,
            ),
        ),
        (
            ("current", "Frost alert lead time | six hours", TABLE),
            (
                "other-metric",
                "Wind machines need about 3 hours of run time on a frost night.",
                TEXT,
            ),
            (
                "customer",
                "At Linden Vineyards, a Wrenfield frost alert three hours ahead saved the Pinot "
                "block in April.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "pumping-energy",
        "Wrenfield Flow lowers pumping energy costs by 30%.",
        "Wrenfield Flow lowers pumping energy costs by 20%.",
        (
            ("verbatim", "Wrenfield Flow lowers pumping energy costs by 20%.", TEXT),
            ("label-value", "Pumping energy savings | 20%", TABLE),
            ("in-words", "Wrenfield Flow takes a fifth off pumping energy costs.", TEXT),
            ("synonym", "Pumping electricity bills drop 20% with Wrenfield Flow.", TEXT),
            ("retired-product", "AquaPilot lowers pumping energy costs by 30%.", TEXT),
        ),
        (
            ("current", "Wrenfield Flow lowers pumping energy costs by thirty percent.", TEXT),
            (
                "attributed",
                "The utility's efficiency program says variable-speed drives lower pumping "
                "energy costs by 20%.",
                TEXT,
            ),
            (
                "direction",
                "Pumping energy costs went up 20% after the co-op's rate change.",
                TEXT,
            ),
            ("pricing", "Multi-year Wrenfield Flow contracts | 20% off list", TABLE),
        ),
    ),
    Topic(
        "uptime",
        "Wrenfield's field network delivers 99.9% sensor uptime.",
        "Wrenfield's field network delivers 99.5% sensor uptime.",
        (
            ("verbatim", "Wrenfield's field network delivers 99.5% sensor uptime.", TEXT),
            ("label-line", "Sensor uptime: 99.5%", TEXT),
            ("reworded", "Wrenfield sensors stay online 99.5% of the time.", TEXT),
        ),
        (
            (
                "current",
                "Wrenfield's field network delivers three nines of sensor uptime.",
                TEXT,
            ),
            (
                "other-metric",
                "The Wrenfield support portal was available 99.5% of the time last quarter.",
                TEXT,
            ),
            ("attributed", "Terralink advertises 99.5% sensor uptime on its network.", TEXT),
        ),
    ),
    Topic(
        "rating",
        "Wrenfield is rated 4.7 out of 5 by growers on AgReviews.",
        "Wrenfield is rated 4.4 out of 5 by growers on AgReviews.",
        (
            ("verbatim", "Wrenfield is rated 4.4 out of 5 by growers on AgReviews.", TEXT),
            ("other-format", "Wrenfield: 4.4/5 from growers on AgReviews.", TEXT),
            ("label-value", "AgReviews grower rating | 4.4 out of 5", TABLE),
        ),
        (
            ("current", "Wrenfield is rated 4.7/5 by growers on AgReviews.", TEXT),
            ("attributed", "AgriNova is rated 4.4 out of 5 by growers on AgReviews.", TEXT),
            ("current", "AgReviews grower rating | 4.7/5", TABLE),
        ),
    ),
    Topic(
        "payback",
        "Wrenfield pays for itself in one growing season.",
        "Wrenfield pays for itself in two growing seasons.",
        (
            ("verbatim", "Wrenfield pays for itself in two growing seasons.", TEXT),
            ("label-value", "Payback | 2 growing seasons", TABLE),
            (
                "reworded",
                "Most growers earn back what they spend on Wrenfield within two growing seasons.",
                TEXT,
            ),
            ("digits", "Wrenfield pays for itself in 2 growing seasons.", TEXT),
        ),
        (
            ("current", "Wrenfield pays for itself in a single growing season.", TEXT),
            (
                "other-metric",
                "The free Wrenfield plan keeps two growing seasons of field history.",
                TEXT,
            ),
            (
                "testimonial",
                '"It paid for itself in two seasons on our ground," says Marta Keane of Keane '
                "Ridge Farms.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "nitrogen",
        "Wrenfield Yield cuts nitrogen use by 18% without losing yield.",
        "Wrenfield Yield cuts nitrogen use by 12% without losing yield.",
        (
            ("verbatim", "Wrenfield Yield cuts nitrogen use by 12% without losing yield.", TEXT),
            ("label-value", "Nitrogen use reduction | 12%", TABLE),
            (
                "reworded",
                "Growers on Wrenfield Yield apply 12% less nitrogen and keep their yields.",
                TEXT,
            ),
            (
                "older-figure",
                "Wrenfield Yield cuts nitrogen use by 15% without losing yield.",
                TEXT,
            ),
        ),
        (
            (
                "current",
                "Wrenfield Yield cuts nitrogen use by eighteen percent without losing yield.",
                TEXT,
            ),
            (
                "analyst",
                "A university trial found that split application cuts nitrogen use by 12%.",
                TEXT,
            ),
            ("direction", "Nitrogen prices rose 12% this spring.", TEXT),
            (
                "footnote",
                "¹ Nitrogen results from 212 fields across 12 states, 2025 season.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "moisture-interval",
        "Wrenfield Soil reports soil moisture every 15 minutes.",
        "Wrenfield Soil reports soil moisture every hour.",
        (
            ("verbatim", "Wrenfield Soil reports soil moisture every hour.", TEXT),
            ("label-value", "Moisture reading interval | 60 minutes", TABLE),
            ("in-words", "Wrenfield Soil sends a soil moisture reading once an hour.", TEXT),
        ),
        (
            (
                "current",
                "Wrenfield Soil reports soil moisture every quarter of an hour.",
                TEXT,
            ),
            (
                "other-metric",
                "Wrenfield support answers growers' calls within an hour in season.",
                TEXT,
            ),
            ("attributed", "Terralink probes report soil moisture every hour.", TEXT),
        ),
    ),
    Topic(
        "agronomist-support",
        "Wrenfield agronomists take calls 7 days a week in season.",
        "Wrenfield agronomists take calls 5 days a week in season.",
        (
            ("verbatim", "Wrenfield agronomists take calls 5 days a week in season.", TEXT),
            ("label-value", "Agronomist phone support | 5 days a week", TABLE),
            (
                "reworded",
                "In season, growers can reach a Wrenfield agronomist by phone five days a week.",
                TEXT,
            ),
        ),
        (
            ("current", "Wrenfield agronomists take calls seven days a week in season.", TEXT),
            (
                "other-metric",
                "The Wrenfield warehouse ships replacement probes 5 days a week.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "gateway-range",
        "One Wrenfield gateway covers 4 square miles.",
        "One Wrenfield gateway covers 2 square miles.",
        (
            ("verbatim", "One Wrenfield gateway covers 2 square miles.", TEXT),
            ("label-value", "Coverage per gateway | 2 sq mi", TABLE),
            ("in-words", "A single Wrenfield gateway covers two square miles.", TEXT),
        ),
        (
            ("current", "A single Wrenfield gateway covers four square miles.", TEXT),
            ("attributed", "Terralink says one of its gateways covers 2 square miles.", TEXT),
            ("other-metric", "Keep each Wrenfield gateway within 2 miles of a power drop.", TEXT),
        ),
    ),
    Topic(
        "herbicide",
        "Wrenfield Scout cuts herbicide spend by 40%.",
        "Wrenfield Scout cuts herbicide spend by 28%.",
        (
            ("verbatim", "Wrenfield Scout cuts herbicide spend by 28%.", TEXT),
            ("label-line", "Herbicide spend reduction: 28%", TEXT),
            (
                "synonym",
                "Wrenfield Scout lowers what growers spend on herbicide by 28%.",
                TEXT,
            ),
            ("retired-product", "WeedWatch cuts herbicide spend by 40%.", TEXT),
        ),
        (
            ("current", "Wrenfield Scout cuts herbicide spend by forty percent.", TEXT),
            (
                "customer",
                "Wrenfield Scout cut herbicide spend at Ferris Family Farms by 28% on its "
                "soybean ground.",
                TEXT,
            ),
            (
                "other-metric",
                "Herbicide makes up 28% of a typical soybean input budget.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "disease-detection",
        "Wrenfield Scout spots crop disease 10 days sooner than walking the field.",
        "Wrenfield Scout spots crop disease 7 days sooner than walking the field.",
        (
            (
                "verbatim",
                "Wrenfield Scout spots crop disease 7 days sooner than walking the field.",
                TEXT,
            ),
            (
                "in-words",
                "Wrenfield Scout spots crop disease a week sooner than walking the field.",
                TEXT,
            ),
            (
                "q-and-a",
                "Q: How much earlier does Wrenfield Scout find crop disease?\n"
                "A: Seven days before a field walk would.",
                ASKED,
            ),
            ("label-value", "Earlier disease detection | 7 days", TABLE),
        ),
        (
            (
                "current",
                "Wrenfield Scout spots crop disease ten days sooner than walking the field.",
                TEXT,
            ),
            ("other-metric", "Scouting crews walk each field every 7 days in July.", TEXT),
            ("attributed", "AgriNova says its drones find crop disease 7 days sooner.", TEXT),
        ),
    ),
    Topic(
        "yield-price",
        "Wrenfield Yield costs $3.50 per acre per year.",
        "Wrenfield Yield costs $5 per acre per year.",
        (
            ("verbatim", "Wrenfield Yield costs $5 per acre per year.", TEXT),
            ("label-value", "Wrenfield Yield subscription | $5/acre/year", TABLE),
            ("in-words", "Wrenfield Yield costs five dollars an acre per year.", TEXT),
        ),
        (
            ("current", "Wrenfield Yield costs $3.50 an acre each year.", TEXT),
            ("pricing", "Soil probe rental | $5 per probe per month", TABLE),
        ),
    ),
    Topic(
        "equipment-brands",
        "Wrenfield connects to 60 equipment brands.",
        "Wrenfield connects to 40 equipment brands.",
        (
            ("verbatim", "Wrenfield connects to 40 equipment brands.", TEXT),
            ("in-words", "Wrenfield connects to forty equipment brands.", TEXT),
            ("label-value", "Equipment brands supported | 40", TABLE),
            ("reworded", "Machinery from 40 brands plugs straight into Wrenfield.", TEXT),
        ),
        (
            ("current", "Wrenfield connects to sixty equipment brands.", TEXT),
            ("event", "Forty equipment brands exhibited at the Wrenfield partner summit.", TEXT),
            ("other-metric", "The Wrenfield API has 40 documented endpoints.", TEXT),
        ),
    ),
    Topic(
        "hours-saved",
        "Wrenfield saves growers 11 hours a week.",
        "Wrenfield saves growers 8 hours a week.",
        (
            ("verbatim", "Wrenfield saves growers 8 hours a week.", TEXT),
            ("label-value", "Hours saved per grower each week | 8", TABLE),
            ("reworded", "Growers get 8 hours back every week with Wrenfield.", TEXT),
            (
                "q-and-a",
                "Q: How much time does Wrenfield save a grower?\nA: Eight hours a week.",
                ASKED,
            ),
        ),
        (
            ("current", "Wrenfield saves growers eleven hours a week.", TEXT),
            ("other-metric", "The Wrenfield certification course takes 8 hours.", TEXT),
            (
                "testimonial",
                '"Wrenfield gives me eight hours a week back in planting season," says Tom '
                "Okafor of Okafor Grain.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "renewal",
        "94% of growers renew Wrenfield every year.",
        "89% of growers renew Wrenfield every year.",
        (
            ("verbatim", "89% of growers renew Wrenfield every year.", TEXT),
            ("label-value", "Annual grower renewal rate | 89%", TABLE),
            ("reworded", "Wrenfield keeps 89% of its growers year after year.", TEXT),
        ),
        (
            ("current", "Ninety-four percent of growers renew Wrenfield every year.", TEXT),
            (
                "analyst",
                "Furrow Research puts the average ag-software renewal rate at 89%.",
                TEXT,
            ),
            ("footnote", "* 89% of survey respondents farm more than 500 acres.", TEXT),
        ),
    ),
    Topic(
        "spray-windows",
        "Wrenfield Weather forecasts spray windows 48 hours ahead.",
        "Wrenfield Weather forecasts spray windows 24 hours ahead.",
        (
            ("verbatim", "Wrenfield Weather forecasts spray windows 24 hours ahead.", TEXT),
            ("in-words", "Wrenfield Weather forecasts spray windows a day ahead.", TEXT),
            ("label-line", "Spray window forecast: 24 hours out", TEXT),
        ),
        (
            ("current", "Wrenfield Weather forecasts spray windows two days ahead.", TEXT),
            ("other-metric", "Wait 24 hours after a rain before spraying.", TEXT),
            (
                "attributed",
                "The National Weather Service issues its spray advisories 24 hours ahead.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "drone-coverage",
        "Wrenfield Scout drones map 600 acres per flight.",
        "Wrenfield Scout drones map 400 acres per flight.",
        (
            ("verbatim", "Wrenfield Scout drones map 400 acres per flight.", TEXT),
            ("label-value", "Acres mapped per drone flight | 400", TABLE),
            ("reworded", "Each Wrenfield Scout flight maps 400 acres.", TEXT),
            ("retired-product", "WeedWatch drones map 600 acres per flight.", TEXT),
        ),
        (
            ("current", "Wrenfield Scout drones map six hundred acres per flight.", TEXT),
            ("other-metric", "Bramley Farms grows 400 acres of soybeans along the river.", TEXT),
        ),
    ),
    Topic(
        "emissions",
        "Growers on Wrenfield cut on-farm emissions by 15%.",
        "Growers on Wrenfield cut on-farm emissions by 10%.",
        (
            ("verbatim", "Growers on Wrenfield cut on-farm emissions by 10%.", TEXT),
            ("label-value", "On-farm emissions reduction | 10%", TABLE),
            ("in-words", "Growers on Wrenfield cut on-farm emissions by a tenth.", TEXT),
        ),
        (
            ("current", "Growers on Wrenfield cut on-farm emissions by fifteen percent.", TEXT),
            (
                "other-subject",
                "Wrenfield cut emissions at its own offices by 10% last year.",
                TEXT,
            ),
            ("direction", "On-farm diesel use rose 10% during the wet harvest.", TEXT),
        ),
    ),
    Topic(
        "countries",
        "Wrenfield is available in 14 countries.",
        "Wrenfield is available in 9 countries.",
        (
            ("verbatim", "Wrenfield is available in 9 countries.", TEXT),
            ("label-line", "Countries where Wrenfield is sold: 9", TEXT),
            (
                "q-and-a",
                "Q: In how many countries can growers buy Wrenfield?\nA: Nine.",
                ASKED,
            ),
        ),
        (
            ("current", "Wrenfield is available in fourteen countries.", TEXT),
            (
                "event",
                "The Wrenfield user conference brought growers from 9 countries to Ames.",
                TEXT,
            ),
            ("attributed", "AgriNova is sold in 9 countries.", TEXT),
        ),
    ),
    Topic(
        "rain-forecast",
        "Wrenfield Weather forecasts field rainfall with 92% accuracy.",
        "Wrenfield Weather forecasts field rainfall with 85% accuracy.",
        (
            ("verbatim", "Wrenfield Weather forecasts field rainfall with 85% accuracy.", TEXT),
            ("label-value", "Field rainfall forecast accuracy | 85%", TABLE),
            (
                "synonym",
                "Wrenfield Weather's field rainfall forecasts are right 85% of the time.",
                TEXT,
            ),
        ),
        (
            (
                "current",
                "Wrenfield Weather forecasts field rainfall with ninety-two percent accuracy.",
                TEXT,
            ),
            ("other-metric", "85% of Wrenfield growers open the mobile app every day.", TEXT),
            (
                "attributed",
                "The regional forecast office reports 85% accuracy for its rainfall forecasts.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "grower-savings",
        "Wrenfield growers save an average of $18,000 a season.",
        "Wrenfield growers save an average of $12,000 a season.",
        (
            ("verbatim", "Wrenfield growers save an average of $12,000 a season.", TEXT),
            ("other-notation", "Wrenfield growers save an average of $12K a season.", TEXT),
            (
                "in-words",
                "The average Wrenfield grower saves twelve thousand dollars a season.",
                TEXT,
            ),
            ("label-value", "Average savings per Wrenfield grower, per season | $12,000", TABLE),
        ),
        (
            ("current", "Wrenfield growers save an average of $18K a season.", TEXT),
            (
                "customer",
                "Keane Ridge Farms saved $12,000 on water and power last season with Wrenfield.",
                TEXT,
            ),
            (
                "other-metric",
                "State grants of up to $12,000 cover part of a Wrenfield sensor install.",
                TEXT,
            ),
            ("current", "Average savings per Wrenfield grower, per season | $18,000", TABLE),
        ),
    ),
    Topic(
        "agronomist-reach",
        "Wrenfield Yield lets one agronomist cover 3x as many fields.",
        "Wrenfield Yield lets one agronomist cover 2x as many fields.",
        (
            ("verbatim", "Wrenfield Yield lets one agronomist cover 2x as many fields.", TEXT),
            (
                "in-words",
                "With Wrenfield Yield, one agronomist can cover twice as many fields.",
                TEXT,
            ),
            ("synonym", "Wrenfield Yield doubles the number of fields an agronomist covers.", TEXT),
            ("label-value", "Fields per agronomist with Wrenfield Yield | 2x", TABLE),
        ),
        (
            (
                "current",
                "Wrenfield Yield lets one agronomist cover three times as many fields.",
                TEXT,
            ),
            (
                "other-metric",
                "Field maps load twice as fast in the Wrenfield app since the June update.",
                TEXT,
            ),
            (
                "attributed",
                "AgriNova says its app lets an agronomist cover twice as many fields.",
                TEXT,
            ),
        ),
    ),
    Topic(
        "recommend",
        "9 out of 10 growers would recommend Wrenfield to a neighbor.",
        "8 out of 10 growers would recommend Wrenfield to a neighbor.",
        (
            ("verbatim", "8 out of 10 growers would recommend Wrenfield to a neighbor.", TEXT),
            ("other-format", "80% of growers would recommend Wrenfield to a neighbor.", TEXT),
            ("in-words", "Eight in ten growers would recommend Wrenfield to a neighbor.", TEXT),
            ("label-value", "Growers who would recommend Wrenfield | 80%", TABLE),
        ),
        (
            ("current", "90% of growers would recommend Wrenfield to a neighbor.", TEXT),
            (
                "analyst",
                "8 out of 10 growers name water as their biggest worry, according to Furrow "
                "Research.",
                TEXT,
            ),
            (
                "attributed",
                "AgriNova's own survey says 8 out of 10 of its growers would recommend it.",
                TEXT,
            ),
        ),
    ),
)

# Older superseded texts of a topic, besides ``Topic.old``.
ALSO_SUPERSEDED = {"farms": ("More than 1,500 farms use Wrenfield.",)}

# More cases per topic, written the way a deck's author or a rep's notes would put them.
MORE_POSITIVES: dict[str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]] = {
    "water-use": (
        (
            "wrapped",
            "Wrenfield Flow cuts irrigation water use by 25%, so\nthe pond lasts into August.",
            WRAPPED,
        ),
        (
            "customers-general",
            "Our growers typically cut irrigation water use by 25% once Wrenfield Flow is in.",
            TEXT,
        ),
    ),
    "corn-yield": (
        (
            "notes",
            "If they ask about yield, the number is 6 extra bushels an acre of corn with "
            "Wrenfield Yield.",
            SPOKEN,
        ),
        ("label-value", "Corn yield uplift | +6 bu/ac", TABLE),
    ),
    "probe-battery": (
        (
            "notes",
            "Remind them the Wrenfield Soil probes are low maintenance: three years on a battery.",
            (("pptx", NOTES),),
        ),
    ),
    "install": (
        (
            "q-and-a",
            "Q: How long does a full Wrenfield sensor network take to install?\nA: 21 days.",
            ASKED,
        ),
        ("label-line", "Full sensor network install: three weeks", TEXT),
    ),
    "farms": (),
    "acres": (
        ("q-and-a", "Q: How much cropland does Wrenfield monitor?\nA: 8 million acres.", ASKED),
        ("reworded", "Wrenfield now watches over 8 million acres of cropland.", TEXT),
    ),
    "frost-alerts": (
        ("reworded", "Frost warnings from Wrenfield arrive 3 hours ahead of the drop.", TEXT),
    ),
    "pumping-energy": (
        (
            "reworded",
            "Because Wrenfield Flow runs the pumps off-peak, growers pay 20% less for "
            "pumping energy.",
            TEXT,
        ),
        (
            "q-and-a",
            "Q: How much does Wrenfield Flow save on pumping energy?\nA: About 20%.",
            ASKED,
        ),
    ),
    "uptime": (
        (
            "in-words",
            "Wrenfield's field network delivers ninety-nine and a half percent sensor uptime.",
            TEXT,
        ),
        ("label-value", "Sensor uptime on the Wrenfield network | 99.5%", TABLE),
    ),
    "rating": (
        ("q-and-a", "Q: How do growers rate Wrenfield on AgReviews?\nA: 4.4 out of 5.", ASKED),
        ("reworded", "Growers give Wrenfield 4.4 out of 5 on AgReviews.", TEXT),
    ),
    "payback": (("label-line", "Wrenfield payback period: two growing seasons", TEXT),),
    "nitrogen": (
        (
            "label-line",
            "Nitrogen savings with Wrenfield Yield: 12%, with yields held",
            TEXT,
        ),
    ),
    "moisture-interval": (
        (
            "q-and-a",
            "Q: How often does Wrenfield Soil report soil moisture?\nA: Hourly.",
            ASKED,
        ),
    ),
    "agronomist-support": (
        (
            "reworded",
            "During the season, Wrenfield agronomists answer the phone 5 days a week.",
            TEXT,
        ),
    ),
    "gateway-range": (
        (
            "q-and-a",
            "Q: How much ground does one Wrenfield gateway cover?\nA: 2 square miles.",
            ASKED,
        ),
        ("reworded", "Each Wrenfield gateway reaches two square miles of field.", TEXT),
    ),
    "herbicide": (
        ("in-words", "Wrenfield Scout cuts herbicide spend by twenty-eight percent.", TEXT),
        ("label-value", "Herbicide spend with Wrenfield Scout | down 28%", TABLE),
    ),
    "disease-detection": (
        (
            "notes",
            "Scout's headline: Wrenfield Scout spots crop disease seven days sooner than a "
            "field walk.",
            SPOKEN,
        ),
        ("reworded", "Wrenfield Scout finds crop disease 7 days before a field walk does.", TEXT),
    ),
    "yield-price": (
        ("q-and-a", "Q: What does Wrenfield Yield cost?\nA: $5 an acre a year.", ASKED),
    ),
    "equipment-brands": (("label-line", "Equipment brands Wrenfield connects to: 40", TEXT),),
    "hours-saved": (("label-value", "Time Wrenfield saves a grower | 8 hours a week", TABLE),),
    "renewal": (
        ("label-line", "Grower renewal rate for Wrenfield: 89%", TEXT),
        ("in-words", "Eighty-nine percent of growers renew Wrenfield every year.", TEXT),
    ),
    "spray-windows": (
        (
            "wrapped",
            "Wrenfield Weather forecasts spray windows 24 hours ahead, so\ncrews can plan "
            "the next day's pass.",
            WRAPPED,
        ),
        (
            "q-and-a",
            "Q: How far ahead does Wrenfield Weather forecast spray windows?\nA: 24 hours.",
            ASKED,
        ),
    ),
    "drone-coverage": (
        ("in-words", "A single Wrenfield Scout drone flight maps four hundred acres.", TEXT),
    ),
    "emissions": (
        ("label-line", "Cut in on-farm emissions for Wrenfield growers: 10%", TEXT),
        ("reworded", "On Wrenfield, growers' on-farm emissions fall by 10%.", TEXT),
    ),
    "countries": (
        ("label-value", "Countries where Wrenfield is sold | 9", TABLE),
        ("in-words", "Growers can buy Wrenfield in nine countries.", TEXT),
    ),
    "rain-forecast": (("label-line", "Wrenfield Weather rainfall forecast accuracy: 85%", TEXT),),
}

MORE_NEGATIVES: dict[str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]] = {
    "water-use": (
        (
            "other-metric",
            "Hollis Orchards' water district caps each farm at 25 acre-inches a season.",
            TEXT,
        ),
        ("pricing", "Wrenfield Flow valve controller | $350 each", TABLE),
        (
            "testimonial",
            '"Our water bill dropped by a quarter the first summer," says Jenna Hollis of '
            "Hollis Orchards.",
            TEXT,
        ),
        (
            "competitor",
            "Terralink's sales deck says its controllers cut irrigation water use by 25%.",
            TEXT,
        ),
        ("current", "Wrenfield Flow: 35% less irrigation water", TEXT),
        (
            "job-title",
            "Ana Ruiz, Director of Irrigation Science, leads a 25-person agronomy team.",
            TEXT,
        ),
    ),
    "corn-yield": (
        (
            "other-metric",
            "Wrenfield Yield's models were trained on 6 seasons of harvest data.",
            TEXT,
        ),
        (
            "newsletter",
            "The corn issue of Wrenfield Field Notes lists 6 ways to protect yield in a dry "
            "August.",
            TEXT,
        ),
        (
            "footnote",
            "² Yield figures are averages from on-farm trials; individual results vary.",
            TEXT,
        ),
    ),
    "probe-battery": (
        (
            "customer",
            "Linden Vineyards changed its first Wrenfield Soil probe batteries after 3 years.",
            TEXT,
        ),
        ("other-metric", "Wrenfield Soil probes sit 3 feet deep, in the root zone.", TEXT),
    ),
    "install": (
        ("other-metric", "Wrenfield install crews work in 21 states.", TEXT),
        ("other-metric", "Plan 10 days for a pilot on a single field.", TEXT),
    ),
    "farms": (
        ("footnote", "† Survey of 2,500 growers, conducted by Furrow Research.", TEXT),
        ("current", "Farms on Wrenfield | 4,000+", TABLE),
        ("lookalike-label", "Average farm size on Wrenfield | 1,500 acres", TABLE),
    ),
    "frost-alerts": (
        ("event", "Frost season webinar: 3 sessions, starting October 2.", TEXT),
        ("current", "Frost alerts from Wrenfield: six hours' notice", TEXT),
    ),
    "hours-saved": (
        ("current", "Time Wrenfield saves a grower | 11 hours a week", TABLE),
        (
            "event",
            "Join us at the Wrenfield Growers Summit on March 3 for 8 hours of hands-on workshops.",
            TEXT,
        ),
        (
            "analyst",
            "Ridgeway Analytics reports that growers using any farm software save 8 hours a week.",
            TEXT,
        ),
    ),
    "renewal": (
        ("other-metric", "89 growers joined the Wrenfield beta this spring.", TEXT),
        ("newsletter", "Wrenfield Field Notes has published 89 issues since it launched.", TEXT),
        ("current", "Annual grower renewal rate | 94%", TABLE),
        (
            "community",
            "Questions on the Wrenfield grower forum get an answer within a day 94% of the time.",
            TEXT,
        ),
    ),
    "drone-coverage": (
        ("current", "Acres mapped per drone flight | 600", TABLE),
        ("pricing", "Extra gateway hardware | $400 each", TABLE),
    ),
    "spray-windows": (
        (
            "customer",
            "Okafor Grain planned its fungicide pass 24 hours ahead with Wrenfield Weather.",
            TEXT,
        ),
        ("other-metric", "The Wrenfield mobile app works offline for up to 48 hours.", TEXT),
    ),
    "gateway-range": (
        ("current", "Coverage per gateway | 4 sq mi", TABLE),
        (
            "customer",
            "Keane Ridge Farms irrigates 4 square miles of alfalfa from a single pump station.",
            TEXT,
        ),
    ),
    "countries": (
        ("job-title", "Our 9-person team in Brazil supports growers across Latin America.", TEXT),
        ("lookalike-label", "Soil probes per quarter section | 9", TABLE),
    ),
    "equipment-brands": (
        ("current", "Equipment brands Wrenfield connects to: 60", TEXT),
        ("lookalike-label", "Drone flight time | 40 minutes", TABLE),
    ),
    "moisture-interval": (
        ("other-metric", "Wrenfield Soil probes read moisture at 6, 12 and 18 inches.", TEXT),
        ("other-metric", "Wrenfield Weather refreshes its radar layer every 5 minutes.", TEXT),
    ),
    "uptime": (
        ("current", "Sensor uptime on the Wrenfield network | 99.9%", TABLE),
        (
            "job-title",
            "Questions about the network go to Sam Whitlow, Head of Field Reliability.",
            TEXT,
        ),
    ),
    "emissions": (
        ("footnote", "‡ Emissions figures follow the GHG Protocol's agriculture guidance.", TEXT),
        (
            "analyst",
            "The ag ministry estimates cover crops cut on-farm emissions by 10%.",
            TEXT,
        ),
    ),
    "pumping-energy": (
        ("other-metric", "Pumps make up 20% of a typical grower's electricity bill.", TEXT),
        ("current", "Pumping energy savings | thirty percent", TABLE),
    ),
    "nitrogen": (
        ("current", "Nitrogen use reduction | 18%", TABLE),
        (
            "customer",
            "Okafor Grain applied 12% less nitrogen on its Wrenfield Yield fields last season.",
            TEXT,
        ),
    ),
    "acres": (
        ("customer", "Hollis Orchards manages 8 thousand acres of almonds on Wrenfield.", TEXT),
    ),
    "rating": (
        ("attributed", "AgriNova: 4.4/5 on AgReviews", TEXT),
        ("other-metric", "Visitors rated the Wrenfield booth at Farm Progress 4.4 out of 5.", TEXT),
    ),
    "payback": (("other-metric", "Most Wrenfield pilots run for two growing seasons.", TEXT),),
    "agronomist-support": (
        ("current", "Agronomist phone support in season: 7 days a week", TEXT),
        ("job-title", "Hiring: Field Agronomist, 5 days a week, travel across the region.", TEXT),
    ),
    "herbicide": (
        ("analyst", "Furrow Research says see-and-spray rigs cut herbicide spend by 28%.", TEXT),
    ),
    "disease-detection": (
        (
            "testimonial",
            '"Scout caught the rust a full week before we\'d have walked that field," says '
            "Dale Ferris.",
            TEXT,
        ),
    ),
    "yield-price": (("pricing", "Wrenfield Weather | $5 per user per month", TABLE),),
    "rain-forecast": (("current", "Wrenfield Weather rainfall forecast accuracy: 92%", TEXT),),
}

FILLER = (
    "Start by asking how the grower decides when to irrigate today.",
    "Close with a walk through the grower's own fields on the map.",
)

TERMS = (
    ("AquaPilot", "Wrenfield Flow"),
    ("FieldSense", "Wrenfield Soil"),
    ("Harvest IQ", "Wrenfield Yield"),
    ("WeedWatch", "Wrenfield Scout"),
)


def cases(topic: Topic) -> list[PlacedCase]:
    """A topic's labelled cases: (positive, form, text, places)."""
    positives = topic.positives + MORE_POSITIVES.get(topic.id, ())
    negatives = topic.negatives + MORE_NEGATIVES.get(topic.id, ())
    return [(True, *c) for c in positives] + [(False, *c) for c in negatives]


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    return place_cases(seed, "wrenfield", (c for t in TOPICS for c in cases(t)), FILLER)


def policy_yaml() -> str:
    messages = ((t.id, t.current, (t.old, *ALSO_SUPERSEDED.get(t.id, ()))) for t in TOPICS)
    return policy_text(messages, TERMS)


def main() -> None:
    run_company(__doc__, "Wrenfield", 71, build, policy_yaml)


if __name__ == "__main__":
    main()
