"""A blind held-out library for the matcher (issue 19): Varrow, warehouse management software.

    .venv/bin/python benchmarks/heldout_fourteenth_company.py --out /tmp/fc-varrow [--misses]

A fourteenth fictional company, generated like the ninth (``heldout_ninth_company``,
Meridel, whose writer and policy helpers it uses) with the shared writers
(``heldout_files``) and command line (``company_check``). It is a blind held-out library
for issue 19, written before any of its results were seen: its sentences were written from
SPEC §4 alone, while the matcher was being tuned by someone else, without reading the
matcher, its notes or its tests, and with other products, figures and wordings than the
earlier companies.

Varrow sells warehouse management and fulfilment software: picking and warehouse execution
(Varrow Pick), slotting optimisation (Varrow Slot), receiving and dock scheduling (Varrow
Dock), inventory control and cycle counting (Varrow Count) and parcel shipping (Varrow
Ship). Each topic has a current approved message, its superseded text(s), labelled
positives (verbatim, a table row, a "Label: value" line, a question with its answer, the
old fact in words, rewordings and synonyms that keep the subject, a possessive, a bullet, a
claim inside a longer sentence, a wrapped line, a presenter's note, a retired product name)
and look-alike negatives (the current fact in another format or wording, an analyst's,
survey's, regulator's, competitor's or one customer's figure, a quote, a case-study
heading, the same number for another metric, a share rather than a change, the figure
moving the other way, lengths of videos and courses, events, webinars, community and
newsletter counts, job postings and headcount, partner programme figures, prices of other
items), placed in every format: slide text, tables and speaker notes; Word paragraphs,
tables and comments; PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "pick-rate",
        "Varrow Pick raises picks per hour by 45%.",
        ("Varrow Pick raises picks per hour by 30%.",),
        (
            ("verbatim", "Varrow Pick raises picks per hour by 30%.", "T"),
            ("label-value", "Picks per hour uplift with Varrow Pick | +30%", "R"),
            ("label-colon", "Varrow Pick pick-rate uplift: 30%", "T"),
            (
                "question-answer",
                "Q: How much does Varrow Pick lift the pick rate?\n"
                "A: Around 30% more picks per hour.",
                "Q",
            ),
            ("in-words", "Varrow Pick raises picks per hour by thirty percent.", "T"),
            ("reworded", "With Varrow Pick, each picker completes 30% more picks an hour.", "T"),
            ("synonym", "Varrow Pick boosts pick rates by 30%.", "T"),
            (
                "speaker-note",
                "Tell them Varrow Pick lifts picks per hour by 30 percent, then open the live "
                "floor view.",
                "S",
            ),
            (
                "wrapped",
                "Varrow Pick raises picks per hour by 30%, which\nlets a site absorb peak "
                "without agency staff.",
                "W",
            ),
            ("retired-product", "PickLane raises picks per hour by 45%.", "T"),
        ),
        (
            ("current-words", "Varrow Pick raises picks per hour by forty-five percent.", "T"),
            (
                "current-reworded",
                "Pickers using Varrow Pick complete 45% more picks every hour.",
                "T",
            ),
            (
                "analyst",
                "Gartner puts the average pick-rate gain from warehouse execution software at 30%.",
                "T",
            ),
            ("competitor", "Kestrel WMS claims a 30% rise in picks per hour.", "T"),
            (
                "customer-quote",
                '"Our pick rate went up 30% before Christmas," says the site manager at '
                "Brindle Outdoor.",
                "T",
            ),
            (
                "share",
                "About 30% of the picks in a typical e-commerce site are single-unit orders.",
                "T",
            ),
            ("other-metric", "Varrow Pick cuts the time to train a new picker by 30%.", "T"),
            (
                "partner",
                "Varrow resellers earn a 30% margin on first-year Varrow Pick licences.",
                "T",
            ),
        ),
    ),
    S(
        "walk-distance",
        "Varrow Pick cuts picker walking distance by 60%.",
        ("Varrow Pick cuts picker walking distance by 40%.",),
        (
            ("verbatim", "Varrow Pick cuts picker walking distance by 40%.", "T"),
            ("label-value", "Picker walking distance (Varrow Pick) | 40% shorter", "R"),
            ("label-colon", "Walking distance saved with Varrow Pick: 40%", "T"),
            ("in-words", "Varrow Pick cuts picker walking distance by forty per cent.", "T"),
            ("in-words-fraction", "Varrow Pick cuts picker walking distance by two-fifths.", "T"),
            ("reworded", "Pickers on Varrow Pick walk 40% less per shift.", "T"),
            (
                "subject-shape",
                "The 40% reduction in picker walking distance is the headline Varrow Pick benefit.",
                "T",
            ),
            ("bullet", "• Varrow Pick: 40% less walking for every picker", "T"),
            (
                "speaker-note",
                "Mention that Varrow Pick trims walking distance by 40 percent on most layouts.",
                "S",
            ),
            (
                "mixed",
                "Varrow Pick raises picks per hour by 45% and cuts picker walking distance by 40%.",
                "T",
            ),
        ),
        (
            ("current-words", "Varrow Pick cuts picker walking distance by sixty percent.", "T"),
            ("current-row", "Picker walking distance (Varrow Pick) | 60% shorter", "R"),
            (
                "mixed-current",
                "Varrow Pick raises picks per hour by 45% and cuts picker walking distance by 60%.",
                "T",
            ),
            (
                "share",
                "Walking takes up to 40% of a picker's shift in a paper-based warehouse.",
                "T",
            ),
            (
                "competitor",
                "Orbis Fulfil advertises a 40% drop in walking distance for its pickers.",
                "T",
            ),
            ("video-length", "The Varrow Pick floor-map tutorial is 40 minutes long.", "T"),
            ("same-number", "Varrow Pick now runs in more than 40 countries.", "T"),
        ),
    ),
    S(
        "pick-accuracy",
        "Varrow Pick reaches 99.95% order picking accuracy.",
        (
            "Varrow Pick reaches 99.5% order picking accuracy.",
            "Varrow Pick reaches 99.8% order picking accuracy.",
        ),
        (
            ("verbatim", "Varrow Pick reaches 99.5% order picking accuracy.", "T"),
            ("verbatim-second", "Varrow Pick reaches 99.8% order picking accuracy.", "T"),
            ("label-value", "Order picking accuracy, Varrow Pick | 99.5%", "R"),
            ("label-colon", "Varrow Pick picking accuracy: 99.8%", "T"),
            ("possessive", "Varrow Pick's 99.5% picking accuracy keeps returns low.", "T"),
            (
                "question-answer",
                "Q: How accurate is picking on Varrow Pick?\nA: 99.8% of orders are picked "
                "correctly.",
                "Q",
            ),
            (
                "in-words",
                "Varrow Pick gets 995 out of every 1,000 orders picked right.",
                "T",
            ),
            ("reworded", "Orders picked with Varrow Pick are 99.8% accurate.", "T"),
            ("retired-product", "PickLane reaches 99.95% order picking accuracy.", "T"),
            (
                "speaker-note",
                "Quote the 99.5% picking accuracy for Varrow Pick when they ask about returns.",
                "S",
            ),
        ),
        (
            ("current-label-colon", "Order picking accuracy on Varrow Pick: 99.95%", "T"),
            ("current-row", "Order picking accuracy, Varrow Pick | 99.95%", "R"),
            (
                "current-words",
                "Varrow Pick gets 9,995 out of every 10,000 orders picked right.",
                "T",
            ),
            (
                "customer-requirement",
                "Halden Retail's supplier manual demands 99.5% shipment accuracy from its vendors.",
                "T",
            ),
            (
                "same-number",
                "Varrow Pick's service level agreement guarantees 99.5% availability.",
                "T",
            ),
            (
                "analyst",
                "Fennimore Research puts the industry's average picking accuracy at 99.5%.",
                "T",
            ),
            ("competitor", "Kestrel WMS quotes 99.8% picking accuracy in its brochure.", "T"),
            (
                "other-metric",
                "Varrow Pick gets 99.8% of orders to the dispatch bay before the carrier cut-off.",
                "T",
            ),
        ),
    ),
    S(
        "batch-speed",
        "Varrow Pick's zone batching fills orders 3x faster than paper pick lists.",
        ("Varrow Pick's zone batching fills orders 2x faster than paper pick lists.",),
        (
            (
                "verbatim",
                "Varrow Pick's zone batching fills orders 2x faster than paper pick lists.",
                "T",
            ),
            (
                "in-words",
                "Varrow Pick's zone batching fills orders twice as fast as paper pick lists.",
                "T",
            ),
            (
                "wrapped",
                "With zone batching in Varrow Pick, orders are filled two\ntimes faster than "
                "with paper pick lists.",
                "W",
            ),
            (
                "label-value",
                "Order filling speed vs paper lists (Varrow Pick zone batching) | 2x",
                "R",
            ),
            (
                "synonym",
                "Zone batching in Varrow Pick doubles order-filling speed compared with paper "
                "pick lists.",
                "T",
            ),
            (
                "speaker-note",
                "Zone batching is the big one: Varrow Pick fills orders 2x faster than paper.",
                "S",
            ),
            (
                "retired-product",
                "PickLane's zone batching fills orders 3x faster than paper pick lists.",
                "T",
            ),
            (
                "question-answer",
                "Q: How much faster is zone batching than paper pick lists?\nA: Varrow Pick "
                "fills orders twice as fast.",
                "Q",
            ),
        ),
        (
            (
                "current-words",
                "Varrow Pick's zone batching fills orders three times as fast as paper pick lists.",
                "T",
            ),
            (
                "current-reworded",
                "Zone batching in Varrow Pick triples order-filling speed compared with paper "
                "pick lists.",
                "T",
            ),
            (
                "other-metric",
                "The new Varrow Pick mobile app loads 2x faster than last year's release.",
                "T",
            ),
            (
                "competitor",
                "Orbis Fulfil says its wave planner fills orders 2x faster than paper.",
                "T",
            ),
            (
                "community",
                "The Varrow Pick user community doubled in size this year, to 2,400 members.",
                "T",
            ),
            (
                "webinar",
                "Our zone batching webinar ran twice in March, for 300 people in total.",
                "T",
            ),
        ),
    ),
    S(
        "slot-time",
        "Varrow Slot re-slots 50,000 SKUs in 20 minutes.",
        ("Varrow Slot re-slots 50,000 SKUs in 2 hours.",),
        (
            ("verbatim", "Varrow Slot re-slots 50,000 SKUs in 2 hours.", "T"),
            ("in-words", "Varrow Slot re-slots fifty thousand SKUs in two hours.", "T"),
            ("label-value", "Time to re-slot 50,000 SKUs (Varrow Slot) | 2 hours", "R"),
            ("label-colon-units", "Varrow Slot re-slotting run for 50k SKUs: 120 minutes", "T"),
            ("reworded", "A full re-slot of 50,000 SKUs takes Varrow Slot 2 hours.", "T"),
            (
                "wrapped",
                "Varrow Slot re-slots 50,000 SKUs in 2 hours, so the plan\nis ready before "
                "the night shift starts.",
                "W",
            ),
            ("retired-product", "SlotWise re-slots 50,000 SKUs in 20 minutes.", "T"),
            (
                "question-answer",
                "Q: How long does Varrow Slot need to re-slot 50,000 SKUs?\nA: About two hours.",
                "Q",
            ),
        ),
        (
            ("current-words", "Varrow Slot re-slots fifty thousand SKUs in twenty minutes.", "T"),
            ("current-row", "Time to re-slot 50,000 SKUs (Varrow Slot) | 20 min", "R"),
            ("course-length", "The Varrow Slot certification course takes 2 hours online.", "T"),
            ("video-length", "The Varrow Slot teaser video runs 2 minutes.", "T"),
            (
                "competitor",
                "Tallyman says its slotting engine handles 50,000 SKUs in 2 hours.",
                "T",
            ),
            (
                "workshop",
                "Two hours of slotting workshops are included with every Varrow Slot licence.",
                "T",
            ),
        ),
    ),
    S(
        "slot-space",
        "Varrow Slot frees up 18% of storage space.",
        ("Varrow Slot frees up 12% of storage space.",),
        (
            ("verbatim", "Varrow Slot frees up 12% of storage space.", "T"),
            ("label-value", "Storage space freed by Varrow Slot | 12%", "R"),
            ("label-colon", "Space recovered with Varrow Slot: 12%", "T"),
            ("in-words", "Varrow Slot frees up twelve percent of storage space.", "T"),
            ("reworded", "Sites running Varrow Slot recover 12% of their storage space.", "T"),
            ("synonym", "Varrow Slot gives back 12% of a warehouse's storage space.", "T"),
            (
                "mixed",
                "After the first re-slot, Varrow Slot frees up 12% of storage space, which "
                "often puts off the need for a new building.",
                "T",
            ),
            (
                "speaker-note",
                "Remind them Varrow Slot frees around 12 percent of storage space before they "
                "sign for overflow space.",
                "S",
            ),
        ),
        (
            ("current-words", "Varrow Slot frees up eighteen percent of storage space.", "T"),
            (
                "current-reworded",
                "Sites running Varrow Slot recover 18% of their storage space.",
                "T",
            ),
            (
                "share",
                "Slow movers fill 12% of the pick face in the average site we audit.",
                "T",
            ),
            ("analyst", "CBRE expects warehouse rents to rise 12% next year.", "T"),
            (
                "survey",
                "In our 2026 customer survey, 12% of respondents ran more than five sites.",
                "T",
            ),
            (
                "customer",
                "Greywell Pharma freed 12% of its cold-store space in the first month.",
                "T",
            ),
        ),
    ),
    S(
        "dock-to-stock",
        "Varrow Dock brings dock-to-stock time down to 4 hours.",
        (
            "Varrow Dock brings dock-to-stock time down to 12 hours.",
            "Varrow Dock brings dock-to-stock time down to 24 hours.",
        ),
        (
            ("verbatim", "Varrow Dock brings dock-to-stock time down to 12 hours.", "T"),
            ("verbatim-second", "Varrow Dock brings dock-to-stock time down to 24 hours.", "T"),
            ("in-words", "Varrow Dock brings dock-to-stock time down to half a day.", "T"),
            (
                "in-words-second",
                "Varrow Dock gets received goods from dock to stock within a day.",
                "T",
            ),
            ("label-value", "Dock-to-stock time with Varrow Dock | 12 h", "R"),
            ("label-colon", "Varrow Dock dock-to-stock: 24 hours", "T"),
            (
                "subject-shape",
                "A 12-hour dock-to-stock time is standard with Varrow Dock.",
                "T",
            ),
            (
                "question-answer",
                "Q: How quickly does inbound stock become available with Varrow Dock?\nA: "
                "Dock to stock in 12 hours.",
                "Q",
            ),
            (
                "speaker-note",
                "Make the point that Varrow Dock gets pallets from the dock to stock in 12 hours.",
                "S",
            ),
            ("retired-product", "DockLine brings dock-to-stock time down to 4 hours.", "T"),
        ),
        (
            ("current-words", "Varrow Dock brings dock-to-stock time down to four hours.", "T"),
            ("current-row", "Dock-to-stock time with Varrow Dock | 4 h", "R"),
            (
                "course-length",
                "The Varrow Dock receiving course is 12 hours of self-paced video.",
                "T",
            ),
            (
                "regulator",
                "The MHRA expects temperature logs for received medicines to be reviewed "
                "within 24 hours.",
                "T",
            ),
            (
                "customer",
                "Before the switch, Marlow Garden Centres took 24 hours to put inbound stock away.",
                "T",
            ),
            (
                "other-metric",
                "Varrow Dock support answers priority tickets within 12 hours.",
                "T",
            ),
            (
                "analyst",
                "The industry median dock-to-stock time is 12 hours, according to the WERC "
                "benchmark.",
                "T",
            ),
        ),
    ),
    S(
        "trailer-wait",
        "Varrow Dock cuts trailer waiting time in the yard by 35%.",
        ("Varrow Dock cuts trailer waiting time in the yard by 25%.",),
        (
            ("verbatim", "Varrow Dock cuts trailer waiting time in the yard by 25%.", "T"),
            ("in-words", "Varrow Dock cuts trailer waiting time in the yard by a quarter.", "T"),
            ("label-value", "Yard waiting time saved (Varrow Dock) | 25%", "R"),
            ("reworded", "Trucks spend 25% less time waiting in the yard with Varrow Dock.", "T"),
            ("synonym", "Varrow Dock shortens trailer dwell time in the yard by 25%.", "T"),
            (
                "wrapped",
                "Varrow Dock cuts trailer waiting time in the yard by\n25%, which carriers "
                "notice in their detention bills.",
                "W",
            ),
            ("bullet", "• Varrow Dock: 25% less trailer waiting in the yard", "T"),
            (
                "speaker-note",
                "Hauliers care about this one: Varrow Dock cuts their trailers' waiting time "
                "in the yard by a quarter.",
                "S",
            ),
        ),
        (
            (
                "current-words",
                "Varrow Dock cuts trailer waiting time in the yard by thirty-five percent.",
                "T",
            ),
            (
                "current-reworded",
                "Trucks spend 35% less time waiting in the yard with Varrow Dock.",
                "T",
            ),
            (
                "share",
                "A quarter of inbound trailers at a typical grocery DC arrive outside their "
                "booked slot.",
                "T",
            ),
            (
                "competitor",
                "Harbour Logic says its yard system cuts trailer waiting by 25%.",
                "T",
            ),
            (
                "other-way",
                "Detention charges rose 25% across UK hauliers last year, according to the "
                "Road Haulage Association.",
                "T",
            ),
            ("headcount", "The Varrow Dock engineering team grew by 25% this year.", "T"),
            (
                "newsletter",
                "The Varrow Dock newsletter reaches 25,000 logistics managers.",
                "T",
            ),
        ),
    ),
    S(
        "dock-appointments",
        "Varrow Dock schedules up to 400 dock appointments a day per site.",
        ("Varrow Dock schedules up to 150 dock appointments a day per site.",),
        (
            (
                "verbatim",
                "Varrow Dock schedules up to 150 dock appointments a day per site.",
                "T",
            ),
            ("label-value", "Dock appointments per site per day (Varrow Dock) | 150", "R"),
            ("label-colon", "Max daily dock appointments in Varrow Dock: 150 per site", "T"),
            (
                "in-words",
                "Varrow Dock schedules up to a hundred and fifty dock appointments a day per site.",
                "T",
            ),
            (
                "reworded",
                "Each site can book as many as 150 dock appointments a day in Varrow Dock.",
                "T",
            ),
            (
                "question-answer",
                "Q: How many dock appointments can Varrow Dock handle per site?\nA: Up to 150 "
                "a day.",
                "Q",
            ),
            (
                "retired-product",
                "DockLine schedules up to 400 dock appointments a day per site.",
                "T",
            ),
            (
                "mixed",
                "Varrow Dock schedules up to 150 dock appointments a day per site and texts "
                "each driver when the door is ready.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "Varrow Dock schedules up to four hundred dock appointments a day per site.",
                "T",
            ),
            ("current-row", "Dock appointments per site per day (Varrow Dock) | 400", "R"),
            ("webinar", "150 planners joined last month's Varrow Dock webinar.", "T"),
            ("user-group", "The Varrow Dock user group now has 150 member companies.", "T"),
            (
                "competitor",
                "Harbour Logic caps each site at 150 dock appointments a day.",
                "T",
            ),
            (
                "customer",
                "Tellis Beverages books about 150 dock appointments a day at its Bristol site.",
                "T",
            ),
            ("same-number", "A single Varrow Dock licence covers up to 150 dock doors.", "T"),
        ),
    ),
    S(
        "inventory-accuracy",
        "Varrow Count keeps inventory record accuracy at 99.7%.",
        ("Varrow Count keeps inventory record accuracy at 98%.",),
        (
            ("verbatim", "Varrow Count keeps inventory record accuracy at 98%.", "T"),
            ("label-value", "Inventory record accuracy (Varrow Count) | 98%", "R"),
            ("label-colon", "Varrow Count inventory accuracy: 98%", "T"),
            (
                "in-words",
                "Varrow Count keeps inventory record accuracy at ninety-eight percent.",
                "T",
            ),
            (
                "in-words-ratio",
                "With Varrow Count, 49 out of 50 inventory records are accurate.",
                "T",
            ),
            ("reworded", "Stock records kept with Varrow Count are 98% accurate.", "T"),
            (
                "possessive",
                "Varrow Count's 98% inventory record accuracy means fewer stock-outs at the "
                "pick face.",
                "T",
            ),
            (
                "wrapped",
                "Varrow Count keeps inventory record accuracy at 98% across\nevery location "
                "in the building.",
                "W",
            ),
            ("retired-product", "CountSure keeps inventory record accuracy at 99.7%.", "T"),
        ),
        (
            (
                "current-format",
                "Varrow Count keeps inventory record accuracy at 99.7 percent.",
                "T",
            ),
            ("current-reworded", "Stock records kept with Varrow Count are 99.7% accurate.", "T"),
            (
                "analyst",
                "Auburn Research finds the average warehouse runs at 98% inventory record "
                "accuracy.",
                "T",
            ),
            (
                "auditor",
                "KPMG's audit team expects 98% count accuracy before it signs off the "
                "year-end stock take.",
                "T",
            ),
            ("same-number", "Varrow Count has a 98% renewal rate among its customers.", "T"),
            (
                "share",
                "98% of our Varrow Count customers count at least one aisle every week.",
                "T",
            ),
            (
                "customer-quote",
                '"We went from 91% to 98% accuracy in a quarter," says the inventory lead at '
                "Ferris Tools.",
                "T",
            ),
        ),
    ),
    S(
        "count-labour",
        "Varrow Count reduces cycle-count labour by 50%.",
        ("Varrow Count reduces cycle-count labour by 30%.",),
        (
            ("verbatim", "Varrow Count reduces cycle-count labour by 30%.", "T"),
            ("label-value", "Cycle-count labour saved (Varrow Count) | 30%", "R"),
            ("in-words", "Varrow Count reduces cycle-count labour by thirty per cent.", "T"),
            (
                "reworded",
                "Cycle counting takes 30% fewer labour hours with Varrow Count.",
                "T",
            ),
            ("synonym", "Varrow Count trims cycle-count labour by 30%.", "T"),
            (
                "speaker-note",
                "Then say Varrow Count cuts the hours spent on cycle counts by 30 percent.",
                "S",
            ),
            (
                "question-answer",
                "Q: How much counting effort does Varrow Count save?\nA: Cycle counts need "
                "30% less labour.",
                "Q",
            ),
            (
                "mixed",
                "Varrow Count keeps inventory record accuracy at 99.7% and reduces cycle-count "
                "labour by 30%.",
                "T",
            ),
        ),
        (
            ("current-words", "Varrow Count halves cycle-count labour.", "T"),
            ("current-row", "Cycle-count labour saved (Varrow Count) | 50%", "R"),
            (
                "mixed-current",
                "Varrow Count keeps inventory record accuracy at 99.7% and reduces cycle-count "
                "labour by 50%.",
                "T",
            ),
            ("other-metric", "The new Varrow Count handheld app uses 30% less battery.", "T"),
            (
                "survey",
                "In the Logistics Manager survey, 30% of sites still count stock on paper.",
                "T",
            ),
            ("competitor", "Kestrel WMS promises 30% less cycle-count labour.", "T"),
            ("partner", "Partners get 30% off Varrow Count demo licences.", "T"),
        ),
    ),
    S(
        "count-rating",
        "Varrow Count is rated 4.7 out of 5 on G2.",
        ("Varrow Count is rated 4.4 out of 5 on G2.",),
        (
            ("verbatim", "Varrow Count is rated 4.4 out of 5 on G2.", "T"),
            ("label-value", "G2 rating, Varrow Count | 4.4/5", "R"),
            ("label-colon", "Varrow Count on G2: 4.4 stars", "T"),
            ("reworded", "G2 reviewers give Varrow Count 4.4 out of 5.", "T"),
            (
                "possessive",
                "Varrow Count's 4.4-star G2 rating leads its category.",
                "T",
            ),
            ("retired-product", "CountSure is rated 4.7 out of 5 on G2.", "T"),
            (
                "speaker-note",
                "If they ask about reviews, Varrow Count sits at 4.4 out of 5 on G2.",
                "S",
            ),
        ),
        (
            ("current-format", "Varrow Count: 4.7/5 on G2", "T"),
            ("current-row", "G2 rating, Varrow Count | 4.7 / 5", "R"),
            ("current-reworded", "Varrow Count holds a 4.7-star rating on G2.", "T"),
            ("competitor", "Tallyman is rated 4.4 out of 5 on G2.", "T"),
            (
                "other-product",
                "Capterra users rate the Varrow mobile scanner app 4.4 out of 5.",
                "T",
            ),
            ("event", "Attendees rated last year's Varrow Count user day 4.4 out of 5.", "T"),
        ),
    ),
    S(
        "label-speed",
        "Varrow Ship prints a carrier label in 0.8 seconds.",
        ("Varrow Ship prints a carrier label in 2 seconds.",),
        (
            ("verbatim", "Varrow Ship prints a carrier label in 2 seconds.", "T"),
            ("in-words", "Varrow Ship prints a carrier label in two seconds.", "T"),
            ("label-value", "Carrier label print time (Varrow Ship) | 2 s", "R"),
            ("label-colon", "Varrow Ship label time: 2 seconds", "T"),
            ("reworded", "With Varrow Ship, a packer has the carrier label in 2 seconds.", "T"),
            (
                "subject-shape",
                "A 2-second carrier label is what packers notice first about Varrow Ship.",
                "T",
            ),
            (
                "wrapped",
                "Varrow Ship prints a carrier label in 2 seconds, so packing\nbenches never "
                "wait on the printer.",
                "W",
            ),
            ("retired-product", "ShipKit prints a carrier label in 0.8 seconds.", "T"),
            (
                "question-answer",
                "Q: How long does Varrow Ship take to print a carrier label?\nA: Two seconds.",
                "Q",
            ),
        ),
        (
            ("current-units", "Varrow Ship prints a carrier label in 800 milliseconds.", "T"),
            ("current-row", "Carrier label print time (Varrow Ship) | 0.8 s", "R"),
            ("video-length", "The Varrow Ship packing-bench demo video is 2 minutes long.", "T"),
            ("competitor", "Orbis Fulfil says its labels print in 2 seconds.", "T"),
            ("warranty", "Varrow Ship label printers come with a 2-year warranty.", "T"),
        ),
    ),
    S(
        "shipping-cost",
        "Varrow Ship lowers parcel shipping costs by 14% through rate shopping.",
        ("Varrow Ship lowers parcel shipping costs by 9% through rate shopping.",),
        (
            (
                "verbatim",
                "Varrow Ship lowers parcel shipping costs by 9% through rate shopping.",
                "T",
            ),
            (
                "in-words",
                "Varrow Ship lowers parcel shipping costs by nine percent through rate shopping.",
                "T",
            ),
            (
                "label-value",
                "Parcel cost saving from rate shopping (Varrow Ship) | 9%",
                "R",
            ),
            ("label-colon", "Varrow Ship shipping savings: 9%", "T"),
            ("reworded", "Rate shopping in Varrow Ship saves 9% on parcel shipping.", "T"),
            ("synonym", "Varrow Ship cuts parcel postage spend by 9%.", "T"),
            (
                "speaker-note",
                "Finance will ask: Varrow Ship takes about 9 percent off the parcel bill.",
                "S",
            ),
            (
                "mixed",
                "Because Varrow Ship compares every carrier at the bench, it lowers parcel "
                "shipping costs by 9% without changing contracts.",
                "T",
            ),
            ("bullet", "• 9% lower parcel shipping costs with Varrow Ship rate shopping", "T"),
        ),
        (
            (
                "current-words",
                "Varrow Ship lowers parcel shipping costs by fourteen percent through rate "
                "shopping.",
                "T",
            ),
            (
                "current-reworded",
                "Rate shopping in Varrow Ship saves 14% on parcel shipping.",
                "T",
            ),
            (
                "analyst",
                "Transport Intelligence expects parcel rates to rise 9% in 2027.",
                "T",
            ),
            ("other-way", "Royal Mail raised its parcel prices by 9% in April.", "T"),
            (
                "case-study-heading",
                "Case study: how Pell & Daughters cut parcel costs by 9%",
                "T",
            ),
            (
                "share",
                "Parcel shipping makes up 9% of the average online retailer's revenue.",
                "T",
            ),
            (
                "other-price",
                "The Varrow Ship annual plan is 9% cheaper than paying monthly.",
                "T",
            ),
        ),
    ),
    S(
        "carriers",
        "Varrow Ship connects to 120 carriers out of the box.",
        ("Varrow Ship connects to 60 carriers out of the box.",),
        (
            ("verbatim", "Varrow Ship connects to 60 carriers out of the box.", "T"),
            ("label-value", "Carrier integrations in Varrow Ship | 60", "R"),
            ("label-colon", "Carriers supported by Varrow Ship: 60", "T"),
            ("in-words", "Varrow Ship connects to sixty carriers out of the box.", "T"),
            ("reworded", "Varrow Ship comes with ready-made connections to 60 carriers.", "T"),
            (
                "possessive",
                "Varrow Ship's 60 pre-built carrier connections cover every major parcel "
                "network in Europe.",
                "T",
            ),
            (
                "question-answer",
                "Q: How many carriers does Varrow Ship support?\nA: 60, with no custom work.",
                "Q",
            ),
            (
                "wrapped",
                "Varrow Ship connects to 60 carriers out of the box, from\nnational posts to "
                "same-day couriers.",
                "W",
            ),
            ("retired-product", "ShipKit connects to 120 carriers out of the box.", "T"),
        ),
        (
            (
                "current-words",
                "Varrow Ship connects to a hundred and twenty carriers out of the box.",
                "T",
            ),
            ("current-row", "Carrier integrations in Varrow Ship | 120", "R"),
            ("job-posting", "We are hiring 60 engineers across Leeds and Porto this year.", "T"),
            ("same-number", "Varrow Ship customers send parcels to 60 countries.", "T"),
            ("competitor", "Orbis Fulfil lists 60 carrier integrations on its website.", "T"),
            ("partner", "Our partner programme now counts 60 systems integrators.", "T"),
        ),
    ),
    S(
        "label-price",
        "Varrow Ship costs $0.04 per label.",
        ("Varrow Ship costs $0.06 per label.",),
        (
            ("verbatim", "Varrow Ship costs $0.06 per label.", "T"),
            ("in-words", "Varrow Ship costs six cents per label.", "T"),
            ("label-value", "Varrow Ship price per label | $0.06", "R"),
            ("label-colon", "Varrow Ship per-label price: 6¢", "T"),
            ("reworded", "Each label printed through Varrow Ship is billed at $0.06.", "T"),
            (
                "speaker-note",
                "On price, Varrow Ship is 6 cents a label with no minimum.",
                "S",
            ),
            ("retired-product", "ShipKit costs $0.04 per label.", "T"),
            (
                "question-answer",
                "Q: What does Varrow Ship cost?\nA: $0.06 per label.",
                "Q",
            ),
        ),
        (
            ("current-words", "Varrow Ship costs four cents per label.", "T"),
            ("current-row", "Varrow Ship price per label | 4¢", "R"),
            ("other-item-price", "Thermal label rolls from Papyra cost $0.06 per label.", "T"),
            ("seat-price", "Extra Varrow Ship user seats cost $60 a month.", "T"),
            ("competitor", "Kestrel WMS charges $0.06 per shipping label.", "T"),
        ),
    ),
)
MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "pick-rate": (("bullet", "• 30% more picks per hour with Varrow Pick", "T"),),
    "walk-distance": (
        (
            "question-answer",
            "Q: Will our pickers walk less with Varrow Pick?\nA: Yes, about 40% less.",
            "Q",
        ),
    ),
    "pick-accuracy": (
        (
            "wrapped",
            "Varrow Pick reaches 99.8% order picking\naccuracy on both piece and case picks.",
            "W",
        ),
    ),
    "batch-speed": (
        ("label-colon", "Varrow Pick zone batching vs paper pick lists: 2x faster", "T"),
    ),
    "slot-time": (
        (
            "possessive",
            "Varrow Slot's 2-hour re-slot of 50,000 SKUs fits inside a single night shift.",
            "T",
        ),
    ),
    "slot-space": (
        (
            "question-answer",
            "Q: How much storage space will Varrow Slot free up?\nA: Roughly 12%.",
            "Q",
        ),
    ),
    "dock-to-stock": (("bullet", "• Dock to stock in 12 hours with Varrow Dock", "T"),),
    "trailer-wait": (("label-colon", "Trailer waiting time cut by Varrow Dock: 25%", "T"),),
    "dock-appointments": (
        (
            "speaker-note",
            "Big sites ask about volume: Varrow Dock takes up to 150 dock appointments per "
            "site each day.",
            "S",
        ),
    ),
    "inventory-accuracy": (
        (
            "question-answer",
            "Q: How accurate are stock records with Varrow Count?\nA: 98% accurate.",
            "Q",
        ),
    ),
    "count-labour": (
        (
            "wrapped",
            "Varrow Count reduces cycle-count labour by 30%, freeing\ncounters for "
            "replenishment work.",
            "W",
        ),
        ("retired-product", "CountSure reduces cycle-count labour by 50%.", "T"),
    ),
    "count-rating": (
        (
            "question-answer",
            "Q: How do users rate Varrow Count?\nA: 4.4 out of 5 on G2.",
            "Q",
        ),
    ),
    "label-speed": (
        (
            "possessive",
            "Varrow Ship's 2-second label printing keeps packing benches moving.",
            "T",
        ),
    ),
    "shipping-cost": (
        (
            "retired-product",
            "ShipKit lowers parcel shipping costs by 14% through rate shopping.",
            "T",
        ),
    ),
    "carriers": (
        (
            "speaker-note",
            "Varrow Ship plugs into 60 carriers out of the box, so name the ones they use.",
            "S",
        ),
    ),
    "label-price": (("wrapped", "Varrow Ship costs $0.06 per\nlabel, billed monthly.", "W"),),
}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "pick-rate": (
        (
            "other-way",
            "Picks per hour usually fall by 30% on the first day of peak, as temporary "
            "staff join the shift.",
            "T",
        ),
        ("current-row", "Picks per hour uplift with Varrow Pick | +45%", "R"),
        (
            "event",
            "30 warehouse leaders toured our Varrow Pick demo site in Leeds last week.",
            "T",
        ),
        (
            "current-note",
            "Tell them Varrow Pick lifts picks per hour by 45 percent, then open the live "
            "floor view.",
            "S",
        ),
    ),
    "walk-distance": (
        ("job-posting", "Varrow is hiring 40 implementation leads for Varrow Pick sites.", "T"),
        ("current-label-colon", "Walking distance saved with Varrow Pick: 60%", "T"),
        (
            "analyst",
            "Fennimore Research estimates that optimised pick paths cut walking by 40% "
            "across the industry.",
            "T",
        ),
        (
            "current-note",
            "Mention that Varrow Pick trims walking distance by 60 percent on most layouts.",
            "S",
        ),
    ),
    "pick-accuracy": (
        (
            "current-question-answer",
            "Q: How accurate is picking on Varrow Pick?\nA: 99.95% of orders are picked correctly.",
            "Q",
        ),
        (
            "case-study-heading",
            "Case study: Ferris Tools reached 99.8% picking accuracy in its first peak",
            "T",
        ),
    ),
    "batch-speed": (
        (
            "current-row",
            "Order filling speed vs paper lists (Varrow Pick zone batching) | 3x",
            "R",
        ),
        (
            "training-length",
            "Pickers learn zone batching in Varrow Pick in 2 hours of floor training.",
            "T",
        ),
    ),
    "slot-time": (
        (
            "current-reworded",
            "A full re-slot of 50,000 SKUs takes Varrow Slot 20 minutes.",
            "T",
        ),
        (
            "current-wrapped",
            "Varrow Slot re-slots 50,000 SKUs in 20 minutes, so the plan\nis ready before "
            "the night shift starts.",
            "W",
        ),
        (
            "event",
            "The Varrow Slot masterclass at ProMat runs for 2 hours on the Tuesday.",
            "T",
        ),
    ),
    "slot-space": (
        ("current-row", "Storage space freed by Varrow Slot | 18%", "R"),
        (
            "newsletter",
            "The Varrow Slot newsletter grew 12% in subscribers this quarter.",
            "T",
        ),
        (
            "competitor",
            "Tallyman claims its slotting tool frees up 12% of storage space.",
            "T",
        ),
    ),
    "dock-to-stock": (
        (
            "current-question-answer",
            "Q: How quickly does inbound stock become available with Varrow Dock?\nA: Dock "
            "to stock in 4 hours.",
            "Q",
        ),
        (
            "customer-quote",
            '"Dock to stock used to take us 24 hours," says the inbound manager at Tellis '
            "Beverages.",
            "T",
        ),
    ),
    "trailer-wait": (
        ("current-row", "Yard waiting time saved (Varrow Dock) | 35%", "R"),
        (
            "current-note",
            "Hauliers care about this one: Varrow Dock cuts their trailers' waiting time "
            "in the yard by 35 percent.",
            "S",
        ),
        (
            "survey",
            "A Freight Transport survey found drivers spend 25% of their working day "
            "waiting at depots.",
            "T",
        ),
    ),
    "dock-appointments": (
        (
            "current-reworded",
            "Each site can book as many as 400 dock appointments a day in Varrow Dock.",
            "T",
        ),
        (
            "current-label-colon",
            "Max daily dock appointments in Varrow Dock: 400 per site",
            "T",
        ),
        ("headcount", "Varrow now employs 150 people in its Leeds office.", "T"),
    ),
    "inventory-accuracy": (
        ("current-row", "Inventory record accuracy (Varrow Count) | 99.7%", "R"),
        ("current-label-colon", "Varrow Count inventory accuracy: 99.7%", "T"),
        (
            "standard-body",
            "The Warehouse Standards Council recommends at least 98% inventory record accuracy.",
            "T",
        ),
    ),
    "count-labour": (
        (
            "current-question-answer",
            "Q: How much counting effort does Varrow Count save?\nA: Cycle counts need "
            "half the labour.",
            "Q",
        ),
        ("course-length", "The Varrow Count cycle-counting course lasts 30 minutes.", "T"),
    ),
    "count-rating": (
        (
            "current-note",
            "If they ask about reviews, Varrow Count sits at 4.7 out of 5 on G2.",
            "S",
        ),
        (
            "current-question-answer",
            "Q: How do users rate Varrow Count?\nA: 4.7 out of 5 on G2.",
            "Q",
        ),
        (
            "newsletter",
            "Readers gave the Varrow Count newsletter 4.4 out of 5 in our reader poll.",
            "T",
        ),
    ),
    "label-speed": (
        (
            "current-wrapped",
            "Varrow Ship prints a carrier label in 0.8 seconds, so packing\nbenches never "
            "wait on the printer.",
            "W",
        ),
        ("current-label-colon", "Varrow Ship label time: 0.8 seconds", "T"),
        (
            "analyst",
            "Fennimore Research found that printing a label at a typical packing bench "
            "takes 2 seconds.",
            "T",
        ),
        ("same-number", "Varrow Ship saves packers 2 clicks on every order.", "T"),
    ),
    "shipping-cost": (
        (
            "current-row",
            "Parcel cost saving from rate shopping (Varrow Ship) | 14%",
            "R",
        ),
        (
            "current-note",
            "Finance will ask: Varrow Ship takes about 14 percent off the parcel bill.",
            "S",
        ),
        (
            "customer-quote",
            '"Our parcel bill fell 9% in the first month," says the finance lead at Pell & '
            "Daughters.",
            "T",
        ),
    ),
    "carriers": (
        ("current-bullet", "• Ready-made connections to 120 carriers in Varrow Ship", "T"),
        ("current-label-colon", "Carriers supported by Varrow Ship: 120", "T"),
        ("event", "60 shippers joined our Varrow Ship roundtable in Rotterdam.", "T"),
    ),
    "label-price": (
        (
            "current-question-answer",
            "Q: What does Varrow Ship cost?\nA: $0.04 per label.",
            "Q",
        ),
        (
            "current-note",
            "On price, Varrow Ship is 4 cents a label with no minimum.",
            "S",
        ),
        (
            "carrier-surcharge",
            "DPD adds a $0.06 surcharge per parcel on Saturday collections.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("PickLane", "Varrow Pick"),
    ("SlotWise", "Varrow Slot"),
    ("DockLine", "Varrow Dock"),
    ("CountSure", "Varrow Count"),
    ("ShipKit", "Varrow Ship"),
)
FILLER = (
    "Start by walking the prospect's floor plan with them and asking where the queues form.",
    "Close with a pilot on one zone of their own building, using their order history.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Varrow", 141, SUBJECTS, TERMS, FILLER)
