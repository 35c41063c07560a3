"""A blind held-out library for the matcher (issue 19): Kestrine, construction project software.

    .venv/bin/python benchmarks/heldout_sixteenth_company.py --out /tmp/fc-kestrine [--misses]

A sixteenth fictional company, generated like the ninth (``heldout_ninth_company``, Meridel,
whose writer and policy helpers it uses) with the shared writers (``heldout_files``) and
command line (``company_check``). It is a blind held-out library for issue 19, written
before any of its results were seen: its sentences were written from SPEC §4 alone, while
the matcher was being tuned by someone else, without reading the matcher, its notes or its
tests, and with other products, figures and wordings than the earlier companies.

Kestrine sells construction project management software: field management with daily
reports and punch lists (Kestrine Field), drawings, RFIs and document control (Kestrine
Plans), preconstruction and bid management (Kestrine Bid), budgets, change orders and pay
applications (Kestrine Cost) and site safety inspections and incidents (Kestrine Safety),
on one platform. Each topic has a current approved message, its superseded text(s),
labelled positives (verbatim, a table row, a "Label: value" line, a question with its
answer, the old fact in words, rewordings and synonyms that keep the subject, a possessive,
a bullet, a claim mixed into a longer sentence, a wrapped line, a presenter's note, a
retired product name) and look-alike negatives (the current fact in another format or
wording, an analyst's, survey's, regulator's, standard body's, competitor's or one
customer's figure, a customer's quote, a case-study heading, the same number for another
metric, the figure moving the other way, a share rather than a change, the length of a
video, a demo or a training, events, webinars, community, newsletter and headcount figures,
job postings, partner programme figures, prices of other items), placed in every format:
slide text, tables and speaker notes; Word paragraphs, tables and comments; PDF; Markdown;
HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "punch-closeout",
        "Kestrine Field closes out punch lists 40% faster.",
        ("Kestrine Field closes out punch lists 25% faster.",),
        (
            ("verbatim", "Kestrine Field closes out punch lists 25% faster.", "T"),
            ("label-value", "Punch-list closeout with Kestrine Field | 25% faster", "R"),
            ("in-words", "Kestrine Field closes out punch lists a quarter faster.", "T"),
            (
                "reworded",
                "Superintendents on Kestrine Field finish punch-list closeout 25% quicker.",
                "T",
            ),
            (
                "question",
                "Q: How much faster do punch lists close out on Kestrine Field?\n"
                "A: About 25% faster.",
                "Q",
            ),
            ("retired-product", "SiteLog closes out punch lists 40% faster.", "T"),
            (
                "notes",
                "Remind them Kestrine Field closes out punch lists 25% faster, then walk "
                "the punch list on the iPad.",
                "S",
            ),
            (
                "wrapped",
                "Owners notice it at handover: Kestrine Field closes out punch lists\n"
                "25% faster than a paper walk-through.",
                "W",
            ),
        ),
        (
            ("current", "Kestrine Field closes out punch lists forty percent faster.", "T"),
            ("current-row", "Punch-list closeout with Kestrine Field | 40% faster", "R"),
            (
                "share",
                "Paint touch-ups make up about 25% of the items on a typical punch list.",
                "T",
            ),
            (
                "customer",
                "Halloran Builders says it closed the Eastgate tower punch list 25% faster "
                "in its first year on Kestrine Field.",
                "T",
            ),
            (
                "competitor",
                "Fieldwise advertises punch lists that close 25% faster than paper.",
                "T",
            ),
            ("video-length", "The punch-list walk-through video runs 25 minutes.", "T"),
        ),
    ),
    S(
        "daily-report",
        "Kestrine Field cuts the time to file a daily report to 8 minutes.",
        (
            "Kestrine Field cuts the time to file a daily report to 15 minutes.",
            "Kestrine Field cuts the time to file a daily report to 20 minutes.",
        ),
        (
            (
                "verbatim",
                "Kestrine Field cuts the time to file a daily report to 15 minutes.",
                "T",
            ),
            (
                "verbatim-older",
                "Kestrine Field cuts the time to file a daily report to 20 minutes.",
                "T",
            ),
            ("label-value", "Time to file a daily report | 15 minutes", "R"),
            (
                "in-words",
                "Kestrine Field cuts the time to file a daily report to a quarter of an hour.",
                "T",
            ),
            (
                "reworded",
                "With Kestrine Field a foreman files the daily report in 15 minutes.",
                "T",
            ),
            (
                "question",
                "Q: How long does a daily report take in Kestrine Field?\n"
                "A: About 20 minutes, from the cab of the truck.",
                "Q",
            ),
            ("retired-product", "SiteLog cuts the time to file a daily report to 8 minutes.", "T"),
            (
                "notes",
                "Daily reports take 15 minutes on Kestrine Field; let the foreman in the room "
                "say it before you do.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Kestrine Field cuts the time to file a daily report to eight minutes.",
                "T",
            ),
            ("current-row", "Time to file a daily report | 8 min", "R"),
            ("video-length", "The daily-report demo video is 15 minutes long.", "T"),
            ("webinar", "Join our 20-minute webinar on daily logs every Thursday at noon.", "T"),
            (
                "other-metric",
                "Kestrine Field keeps every daily report for 15 years to meet "
                "records-retention rules.",
                "T",
            ),
            (
                "competitor",
                "Crewline claims its daily report takes 15 minutes to file.",
                "T",
            ),
        ),
    ),
    S(
        "rfi-turnaround",
        "Kestrine Plans shortens RFI turnaround by 60%.",
        ("Kestrine Plans shortens RFI turnaround by 35%.",),
        (
            ("verbatim", "Kestrine Plans shortens RFI turnaround by 35%.", "T"),
            ("label-value", "RFI turnaround reduction | 35%", "R"),
            ("in-words", "Kestrine Plans shortens RFI turnaround by thirty-five percent.", "T"),
            ("synonym", "Kestrine Plans cuts the time it takes to answer an RFI by 35%.", "T"),
            ("passive", "RFI turnaround is shortened by 35% with Kestrine Plans.", "T"),
            (
                "question",
                "Q: What does Kestrine Plans do for RFI turnaround?\nA: It shortens it by 35%.",
                "Q",
            ),
            ("retired-product", "PlanVault shortens RFI turnaround by 60%.", "T"),
            (
                "wrapped",
                "Design teams answer sooner because Kestrine Plans shortens RFI\n"
                "turnaround by 35%.",
                "W",
            ),
        ),
        (
            ("current", "Kestrine Plans shortens RFI turnaround by sixty percent.", "T"),
            ("current-row", "RFI turnaround reduction | 60 %", "R"),
            (
                "analyst",
                "Dodge-Fenwick Analytics puts the average RFI turnaround on commercial jobs "
                "at 9.7 days.",
                "T",
            ),
            (
                "share",
                "About 35% of RFIs on a typical job concern mechanical coordination.",
                "T",
            ),
            (
                "customer",
                "Brightwater Mechanical cut its RFI turnaround by 35% on the Lakeside "
                "hospital job, its project executive reports.",
                "T",
            ),
            ("competitor", "Blueprint Hub says its users shorten RFI turnaround by 35%.", "T"),
        ),
    ),
    S(
        "drawing-sync",
        "Kestrine Plans pushes drawing revisions to every device in under 2 minutes.",
        ("Kestrine Plans pushes drawing revisions to every device in under 10 minutes.",),
        (
            (
                "verbatim",
                "Kestrine Plans pushes drawing revisions to every device in under 10 minutes.",
                "T",
            ),
            ("label-value", "Drawing revision sync to every device | under 10 minutes", "R"),
            (
                "in-words",
                "Kestrine Plans pushes drawing revisions to every device in under ten minutes.",
                "T",
            ),
            (
                "reworded",
                "New drawing revisions reach every tablet on site within 10 minutes of upload "
                "in Kestrine Plans.",
                "T",
            ),
            (
                "question",
                "Q: How quickly do revised sheets show up in the field with Kestrine Plans?\n"
                "A: In under 10 minutes on every device.",
                "Q",
            ),
            (
                "retired-product",
                "PlanVault pushes drawing revisions to every device in under 2 minutes.",
                "T",
            ),
            (
                "notes",
                "Kestrine Plans gets a revised sheet onto every device in under 10 minutes; "
                "upload one live and let them watch.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Kestrine Plans pushes drawing revisions to every device in under two minutes.",
                "T",
            ),
            (
                "current-seconds",
                "Kestrine Plans pushes drawing revisions to every device in under 120 seconds.",
                "T",
            ),
            ("video-length", "The sheet-compare tutorial is 10 minutes long.", "T"),
            (
                "other-metric",
                "Kestrine Plans keeps every drawing revision for 10 years after closeout.",
                "T",
            ),
            (
                "competitor",
                "SheetSync Pro advertises revision sync in under 10 minutes.",
                "T",
            ),
        ),
    ),
    S(
        "rework",
        "Teams using Kestrine Plans cut rework by 30%.",
        ("Teams using Kestrine Plans cut rework by 20%.",),
        (
            ("verbatim", "Teams using Kestrine Plans cut rework by 20%.", "T"),
            ("label-value", "Rework reduction with Kestrine Plans | 20%", "R"),
            ("in-words", "Teams using Kestrine Plans cut rework by a fifth.", "T"),
            ("reworded", "Kestrine Plans reduces rework on site by 20%.", "T"),
            (
                "noun-phrase",
                "Expect a 20% drop in rework once crews build from Kestrine Plans.",
                "T",
            ),
            ("retired-product", "Teams using PlanVault cut rework by 30%.", "T"),
            (
                "wrapped",
                "Building from the latest sheet matters: teams using Kestrine Plans cut\n"
                "rework by 20%.",
                "W",
            ),
        ),
        (
            ("current", "Teams using Kestrine Plans cut rework by thirty percent.", "T"),
            ("current-row", "Rework reduction with Kestrine Plans | 30 percent", "R"),
            (
                "analyst",
                "The Construction Industry Institute estimates direct rework at 5% of total "
                "project cost.",
                "T",
            ),
            ("competitor", "Docuframe says its customers cut rework by 20%.", "T"),
            (
                "quote",
                "\u201cWe saw rework drop by a fifth on our first job,\u201d says Dev Patel, "
                "operations director at Norcastle Homes.",
                "T",
            ),
            (
                "partner",
                "Kestrine Plans partners earn a 20% referral fee on first-year subscriptions.",
                "T",
            ),
        ),
    ),
    S(
        "plan-storage",
        "Kestrine Plans stores up to 5 TB of drawings per project.",
        ("Kestrine Plans stores up to 1 TB of drawings per project.",),
        (
            ("verbatim", "Kestrine Plans stores up to 1 TB of drawings per project.", "T"),
            ("label-value", "Drawing storage per project | 1 TB", "R"),
            ("in-words", "Kestrine Plans stores up to one terabyte of drawings per project.", "T"),
            ("reworded", "Each project in Kestrine Plans holds up to 1 TB of drawings.", "T"),
            (
                "question",
                "Q: How much drawing storage comes with a Kestrine Plans project?\nA: Up to 1 TB.",
                "Q",
            ),
            ("retired-product", "PlanVault stores up to 5 TB of drawings per project.", "T"),
        ),
        (
            ("current", "Kestrine Plans stores up to five terabytes of drawings per project.", "T"),
            ("current-row", "Drawing storage per project | 5TB", "R"),
            (
                "other-metric",
                "Kestrine Plans accepts single drawing files of up to 1 GB.",
                "T",
            ),
            ("competitor", "Blueprint Hub caps drawing storage at 1 TB per project.", "T"),
            (
                "other-price",
                "Extra photo storage for Kestrine Field is $25 per 100 GB per month.",
                "T",
            ),
        ),
    ),
    S(
        "bid-leveling",
        "Kestrine Bid levels subcontractor bids 3x faster than spreadsheets.",
        ("Kestrine Bid levels subcontractor bids 2x faster than spreadsheets.",),
        (
            (
                "verbatim",
                "Kestrine Bid levels subcontractor bids 2x faster than spreadsheets.",
                "T",
            ),
            ("label-value", "Bid leveling speed vs spreadsheets | 2x", "R"),
            (
                "in-words",
                "Kestrine Bid levels subcontractor bids twice as fast as spreadsheets.",
                "T",
            ),
            (
                "reworded",
                "Estimators level sub bids in Kestrine Bid two times faster than in Excel.",
                "T",
            ),
            (
                "halves",
                "Kestrine Bid halves the time it takes to level subcontractor bids compared "
                "with spreadsheets.",
                "T",
            ),
            (
                "retired-product",
                "BidHarbor levels subcontractor bids 3x faster than spreadsheets.",
                "T",
            ),
            (
                "notes",
                "Open the leveling sheet here: Kestrine Bid levels sub bids 2x faster than "
                "their spreadsheet does.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Kestrine Bid levels subcontractor bids three times faster than spreadsheets.",
                "T",
            ),
            ("current-row", "Bid leveling speed vs spreadsheets | three-fold", "R"),
            (
                "other-metric",
                "Kestrine Bid reminds invited subcontractors twice before the bid due date.",
                "T",
            ),
            ("competitor", "Tenderly claims its leveling sheet is 2x faster than Excel.", "T"),
            (
                "customer",
                "Ashgrove Construction levels bids twice as fast on Kestrine Bid, says its "
                "chief estimator, Ruth Okafor.",
                "T",
            ),
            ("training-length", "Kestrine Bid certification takes 2 days.", "T"),
        ),
    ),
    S(
        "bidder-network",
        "Kestrine Bid reaches over 400,000 subcontractors in its bidder network.",
        ("Kestrine Bid reaches over 250,000 subcontractors in its bidder network.",),
        (
            (
                "verbatim",
                "Kestrine Bid reaches over 250,000 subcontractors in its bidder network.",
                "T",
            ),
            ("label-value", "Subcontractors in the Kestrine Bid network | 250,000+", "R"),
            (
                "abbreviated",
                "Kestrine Bid reaches over 250K subcontractors in its bidder network.",
                "T",
            ),
            (
                "in-words",
                "Kestrine Bid reaches over a quarter of a million subcontractors in its "
                "bidder network.",
                "T",
            ),
            (
                "reworded",
                "The Kestrine Bid network connects general contractors with more than "
                "250,000 subcontractors.",
                "T",
            ),
            (
                "retired-product",
                "BidHarbor reaches over 400,000 subcontractors in its bidder network.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Kestrine Bid reaches over 400K subcontractors in its bidder network.",
                "T",
            ),
            (
                "current-words",
                "Kestrine Bid reaches more than four hundred thousand subcontractors in its "
                "bidder network.",
                "T",
            ),
            ("competitor", "BuildConnect says its network lists 250,000 subcontractors.", "T"),
            ("newsletter", "Kestrine's precon newsletter goes to 25,000 estimators.", "T"),
            ("community", "The Kestrine Community forum passed 40,000 members in May.", "T"),
        ),
    ),
    S(
        "bid-win-rate",
        "Contractors on Kestrine Bid raise their bid win rate by 18%.",
        ("Contractors on Kestrine Bid raise their bid win rate by 12%.",),
        (
            ("verbatim", "Contractors on Kestrine Bid raise their bid win rate by 12%.", "T"),
            ("label-value", "Bid win rate increase with Kestrine Bid | 12%", "R"),
            (
                "in-words",
                "Contractors on Kestrine Bid raise their bid win rate by twelve percent.",
                "T",
            ),
            ("reworded", "Kestrine Bid lifts a contractor's win rate on bids by 12%.", "T"),
            ("retired-product", "Contractors on BidHarbor raise their bid win rate by 18%.", "T"),
            (
                "wrapped",
                "Better coverage means better numbers: contractors on Kestrine Bid raise\n"
                "their bid win rate by 12%.",
                "W",
            ),
        ),
        (
            (
                "current",
                "Contractors on Kestrine Bid raise their bid win rate by eighteen percent.",
                "T",
            ),
            ("current-row", "Bid win rate increase with Kestrine Bid | 18 %", "R"),
            (
                "analyst",
                "The average general contractor wins about 12% of the jobs it bids, "
                "according to the Halcroft Precon Survey.",
                "T",
            ),
            ("competitor", "Tenderly says its customers win 12% more bids.", "T"),
            ("job-posting", "Kestrine Bid is hiring 12 solutions engineers this year.", "T"),
            (
                "customer",
                "Ostrander Build raised its win rate by 12% in a year on Kestrine Bid, its "
                "president told the board.",
                "T",
            ),
        ),
    ),
    S(
        "change-order-approval",
        "Kestrine Cost approves change orders in 5 days on average.",
        (
            "Kestrine Cost approves change orders in 9 days on average.",
            "Kestrine Cost approves change orders in 2 weeks on average.",
        ),
        (
            ("verbatim", "Kestrine Cost approves change orders in 9 days on average.", "T"),
            ("verbatim-older", "Kestrine Cost approves change orders in 2 weeks on average.", "T"),
            ("label-value", "Average change order approval time | 9 days", "R"),
            ("in-words", "Kestrine Cost approves change orders in nine days on average.", "T"),
            ("units", "Kestrine Cost approves change orders in 14 days on average.", "T"),
            (
                "reworded",
                "On average a change order gets approved in 9 days with Kestrine Cost.",
                "T",
            ),
            ("retired-product", "CostKeel approves change orders in 5 days on average.", "T"),
        ),
        (
            ("current", "Kestrine Cost approves change orders in five days on average.", "T"),
            ("current-row", "Average change order approval time | 5 days", "R"),
            (
                "other-metric",
                "Kestrine Cost sends a reminder when a change order has sat unsigned for 9 days.",
                "T",
            ),
            (
                "analyst",
                "Corbel Research found change orders take 14 days to approve on the median "
                "commercial project.",
                "T",
            ),
            (
                "customer",
                "On the Millbrook school job, Penrose Builders got change orders approved in "
                "9 days, according to its CFO.",
                "T",
            ),
            ("event", "Change Order Week runs 5 days in March, with a session each morning.", "T"),
        ),
    ),
    S(
        "budget-overruns",
        "Kestrine Cost reduces budget overruns by 22%.",
        ("Kestrine Cost reduces budget overruns by 15%.",),
        (
            ("verbatim", "Kestrine Cost reduces budget overruns by 15%.", "T"),
            ("label-value", "Budget overrun reduction | 15%", "R"),
            ("synonym", "Kestrine Cost cuts cost overruns by 15%.", "T"),
            ("in-words", "Kestrine Cost reduces budget overruns by fifteen per cent.", "T"),
            ("retired-product", "CostKeel reduces budget overruns by 22%.", "T"),
            (
                "mixed",
                "Between the live forecast and the commitment log, Kestrine Cost reduces "
                "budget overruns by 15%, which is what CFOs ask about first.",
                "T",
            ),
        ),
        (
            ("current", "Kestrine Cost reduces budget overruns by twenty-two percent.", "T"),
            ("current-row", "Budget overrun reduction | 22 percent", "R"),
            ("other-direction", "Lumber prices rose 15% in the second quarter.", "T"),
            ("competitor", "Ledgerwise claims a 15% cut in budget overruns.", "T"),
            (
                "other-price",
                "The Kestrine Cost forecasting add-on costs $15 per project per month.",
                "T",
            ),
            (
                "quote",
                "\u201cWe brought overruns down 15% in year one,\u201d said Lena Fischer, CFO "
                "of Harwick Group.",
                "T",
            ),
        ),
    ),
    S(
        "pay-app-turnaround",
        "Kestrine Cost turns around subcontractor pay applications in 48 hours.",
        ("Kestrine Cost turns around subcontractor pay applications in 5 days.",),
        (
            (
                "verbatim",
                "Kestrine Cost turns around subcontractor pay applications in 5 days.",
                "T",
            ),
            ("label-value", "Subcontractor pay application turnaround | 5 days", "R"),
            (
                "in-words",
                "Kestrine Cost turns around subcontractor pay applications in five days.",
                "T",
            ),
            ("reworded", "Subs get their pay apps processed in 5 days with Kestrine Cost.", "T"),
            (
                "retired-product",
                "CostKeel turns around subcontractor pay applications in 48 hours.",
                "T",
            ),
            ("label-colon", "Sub pay app turnaround in Kestrine Cost: 5 days", "T"),
        ),
        (
            (
                "current-days",
                "Kestrine Cost turns around subcontractor pay applications in 2 days.",
                "T",
            ),
            (
                "current-words",
                "Kestrine Cost turns around subcontractor pay applications in forty-eight hours.",
                "T",
            ),
            (
                "regulator",
                "Prompt-payment laws in many states require a general contractor to pay its "
                "subcontractors within 7 days of being paid.",
                "T",
            ),
            (
                "other-metric",
                "Kestrine Cost collects lien waivers automatically 5 days before each pay date.",
                "T",
            ),
            ("webinar", "Our pay-app webinar runs 48 minutes, questions included.", "T"),
            ("competitor", "Paydirt Pro advertises pay-app turnaround in 5 days.", "T"),
        ),
    ),
    S(
        "incident-reduction",
        "Sites on Kestrine Safety record 35% fewer recordable incidents.",
        ("Sites on Kestrine Safety record 25% fewer recordable incidents.",),
        (
            ("verbatim", "Sites on Kestrine Safety record 25% fewer recordable incidents.", "T"),
            ("label-value", "Reduction in recordable incidents | 25%", "R"),
            (
                "in-words",
                "Sites on Kestrine Safety record twenty-five percent fewer recordable incidents.",
                "T",
            ),
            ("reworded", "Kestrine Safety cuts recordable incidents on site by 25%.", "T"),
            ("retired-product", "Sites on SafeYard record 35% fewer recordable incidents.", "T"),
            (
                "notes",
                "Safety directors lean in here: sites on Kestrine Safety record 25% fewer "
                "recordables.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Sites on Kestrine Safety record thirty-five percent fewer recordable incidents.",
                "T",
            ),
            ("current-row", "Reduction in recordable incidents | 35%", "R"),
            (
                "regulator",
                "The Bureau of Labor Statistics puts construction's recordable incident rate "
                "at 2.3 per 100 full-time workers.",
                "T",
            ),
            (
                "other-direction",
                "Sites on Kestrine Safety log 25% more near-miss reports, because reporting "
                "one takes a single tap.",
                "T",
            ),
            ("competitor", "Hardhat Hub says its sites record 25% fewer incidents.", "T"),
            (
                "customer",
                "Calder Roofing recorded 25% fewer incidents in its first year on Kestrine "
                "Safety, its safety director says.",
                "T",
            ),
        ),
    ),
    S(
        "inspection-time",
        "Kestrine Safety completes a site safety inspection in 12 minutes.",
        ("Kestrine Safety completes a site safety inspection in 30 minutes.",),
        (
            ("verbatim", "Kestrine Safety completes a site safety inspection in 30 minutes.", "T"),
            (
                "in-words",
                "Kestrine Safety completes a site safety inspection in half an hour.",
                "T",
            ),
            ("label-value", "Site safety inspection time | 30 min", "R"),
            ("reworded", "A site safety inspection takes 30 minutes on Kestrine Safety.", "T"),
            ("retired-product", "SafeYard completes a site safety inspection in 12 minutes.", "T"),
            (
                "question",
                "Q: How long is a site safety inspection with Kestrine Safety?\nA: 30 minutes.",
                "Q",
            ),
        ),
        (
            (
                "current",
                "Kestrine Safety completes a site safety inspection in twelve minutes.",
                "T",
            ),
            ("current-row", "Site safety inspection time | 12 minutes", "R"),
            ("video-length", "The inspection checklist tutorial is 30 minutes long.", "T"),
            ("other-count", "Kestrine Safety ships with 30 inspection templates.", "T"),
            ("competitor", "SiteGuard advertises 30-minute safety inspections.", "T"),
            ("demo-length", "Book a 30-minute demo of Kestrine Safety.", "T"),
        ),
    ),
    S(
        "app-rating",
        "Kestrine Field is rated 4.8 out of 5 on the App Store.",
        ("Kestrine Field is rated 4.5 out of 5 on the App Store.",),
        (
            ("verbatim", "Kestrine Field is rated 4.5 out of 5 on the App Store.", "T"),
            ("slash", "Kestrine Field is rated 4.5/5 on the App Store.", "T"),
            ("label-value", "Kestrine Field App Store rating | 4.5 / 5", "R"),
            ("stars", "Kestrine Field holds a 4.5-star rating on the App Store.", "T"),
            ("retired-product", "SiteLog is rated 4.8 out of 5 on the App Store.", "T"),
        ),
        (
            ("current-slash", "Kestrine Field is rated 4.8/5 on the App Store.", "T"),
            ("current-stars", "Kestrine Field holds a 4.8-star rating on the App Store.", "T"),
            (
                "review-site",
                "G2 reviewers rate Kestrine Cost 4.5 out of 5 for ease of setup.",
                "T",
            ),
            ("competitor", "Fieldwise sits at 4.5 stars on the App Store.", "T"),
            ("survey", "Attendees rated our Build Forum sessions 4.5 out of 5.", "T"),
        ),
    ),
    S(
        "uptime",
        "Kestrine guarantees 99.95% platform uptime.",
        ("Kestrine guarantees 99.9% platform uptime.",),
        (
            ("verbatim", "Kestrine guarantees 99.9% platform uptime.", "T"),
            ("in-words", "Kestrine guarantees three nines of platform uptime.", "T"),
            ("label-value", "Platform uptime SLA | 99.9%", "R"),
            ("reworded", "Our SLA commits to 99.9% uptime across the Kestrine platform.", "T"),
            ("label-colon", "Kestrine uptime guarantee: 99.9 %", "T"),
        ),
        (
            ("current", "Kestrine guarantees 99.95 percent platform uptime.", "T"),
            ("current-row", "Platform uptime SLA | 99.95%", "R"),
            (
                "other-party",
                "Our cloud host, Nimbus Compute, commits to 99.9% availability in each region.",
                "T",
            ),
            ("competitor", "Fieldwise promises 99.5% uptime.", "T"),
        ),
    ),
    S(
        "go-live",
        "Most Kestrine customers go live in 6 weeks.",
        ("Most Kestrine customers go live in 3 months.",),
        (
            ("verbatim", "Most Kestrine customers go live in 3 months.", "T"),
            ("units", "Most Kestrine customers go live in 90 days.", "T"),
            ("in-words", "Most Kestrine customers go live in three months.", "T"),
            ("label-value", "Typical time to go live on Kestrine | 3 months", "R"),
            ("reworded", "Most customers are up and running on Kestrine within 3 months.", "T"),
        ),
        (
            ("current", "Most Kestrine customers go live in six weeks.", "T"),
            ("current-days", "Most Kestrine customers go live in 42 days.", "T"),
            (
                "training-length",
                "The Kestrine Academy admin track takes 3 months, part-time.",
                "T",
            ),
            (
                "analyst",
                "Corbel Research finds construction software rollouts take 6 months on average.",
                "T",
            ),
            (
                "customer",
                "Redstone Civil went live on Kestrine in 3 months across 40 jobs, its CIO says.",
                "T",
            ),
        ),
    ),
    S(
        "field-price",
        "Kestrine Field costs $59 per user per month.",
        ("Kestrine Field costs $45 per user per month.",),
        (
            ("verbatim", "Kestrine Field costs $45 per user per month.", "T"),
            ("label-value", "Kestrine Field, per user per month | $45", "R"),
            ("currency-words", "Kestrine Field costs 45 dollars per user per month.", "T"),
            ("reworded", "Each Kestrine Field seat is $45 a month.", "T"),
            ("retired-product", "SiteLog costs $59 per user per month.", "T"),
        ),
        (
            ("current", "Kestrine Field costs 59 dollars per user per month.", "T"),
            ("current-row", "Kestrine Field, per user per month | USD 59", "R"),
            (
                "other-price",
                "Rugged tablets from our hardware partner lease from $45 per month.",
                "T",
            ),
            ("competitor", "Fieldwise lists its field app at $45 per user per month.", "T"),
            ("event-price", "Tickets to Kestrine Build Forum are $450.", "T"),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "punch-closeout": (
        ("label-colon", "Punch-list closeout speed-up with Kestrine Field: 25%", "T"),
        ("bullet", "• Punch lists closed out 25% faster with Kestrine Field", "T"),
        (
            "noun-phrase",
            "A 25% faster punch-list closeout is what Kestrine Field brings to handover.",
            "T",
        ),
        ("possessive", "Kestrine Field's punch-list closeout is 25% faster than paper.", "T"),
        ("retired-possessive", "SiteLog's punch lists close out 40% faster.", "T"),
    ),
    "daily-report": (
        ("label-colon", "Daily report filing time on Kestrine Field: 20 min", "T"),
        (
            "wrapped",
            "Kestrine Field cuts the time to file a daily report to 15\n"
            "minutes, weather and manpower included.",
            "W",
        ),
        (
            "mixed",
            "Foremen like the voice notes, the photo tagging and the fact that Kestrine Field "
            "cuts the time to file a daily report to 15 minutes.",
            "T",
        ),
        ("bullet", "- Daily reports filed in 20 minutes on Kestrine Field", "T"),
    ),
    "rfi-turnaround": (
        ("possessive", "Kestrine Plans' RFI routing takes 35% off turnaround.", "T"),
        (
            "notes",
            "Architects push back on this one; the line is that Kestrine Plans shortens RFI "
            "turnaround by 35%.",
            "S",
        ),
        ("label-colon", "RFI turnaround with Kestrine Plans: 35% shorter", "T"),
        ("bullet", "• 35% shorter RFI turnaround with Kestrine Plans", "T"),
    ),
    "drawing-sync": (
        ("label-colon", "Revision sync to field devices in Kestrine Plans: under 10 min", "T"),
        ("bullet", "- Drawing revisions on every device in under 10 minutes", "T"),
        (
            "wrapped",
            "No more crews building off a superseded sheet: Kestrine Plans pushes drawing\n"
            "revisions to every device in under 10 minutes.",
            "W",
        ),
        (
            "mixed",
            "When the architect issues an ASI late in the day, Kestrine Plans pushes the "
            "revised sheets to every device in under 10 minutes, so the morning crew builds "
            "it right.",
            "T",
        ),
    ),
    "rework": (
        (
            "question",
            "Q: What rework savings can we quote for Kestrine Plans?\nA: 20% less rework.",
            "Q",
        ),
        (
            "notes",
            "Quote 20% less rework with Kestrine Plans and move on to the sheet compare.",
            "S",
        ),
        ("label-colon", "Rework reduction with Kestrine Plans: 20 percent", "T"),
        ("retired-hyphen", "Teams using Plan-Vault cut rework by 30%.", "T"),
    ),
    "plan-storage": (
        ("notes", "If IT asks, Kestrine Plans stores up to 1 TB of drawings per project.", "S"),
        ("bullet", "• Up to 1 TB of drawing storage per project in Kestrine Plans", "T"),
        ("label-colon", "Drawing storage per project in Kestrine Plans: 1 terabyte", "T"),
        (
            "wrapped",
            "Kestrine Plans stores up to 1 TB of drawings per\nproject, with every revision kept.",
            "W",
        ),
    ),
    "bid-leveling": (
        (
            "question",
            "Q: How much faster is bid leveling in Kestrine Bid than in a spreadsheet?\n"
            "A: Twice as fast.",
            "Q",
        ),
        ("label-colon", "Bid leveling vs. spreadsheets in Kestrine Bid: 2× faster", "T"),
        (
            "wrapped",
            "Kestrine Bid levels subcontractor bids 2x faster than\n"
            "spreadsheets, with every scope gap highlighted.",
            "W",
        ),
        (
            "possessive",
            "Kestrine Bid's leveling sheet is two times faster than a spreadsheet.",
            "T",
        ),
    ),
    "bidder-network": (
        (
            "question",
            "Q: How many subcontractors can we reach through Kestrine Bid?\nA: Over 250,000.",
            "Q",
        ),
        (
            "notes",
            "Drop the network number early: over 250,000 subcontractors in Kestrine Bid.",
            "S",
        ),
        ("label-colon", "Kestrine Bid bidder network: 250,000+ subcontractors", "T"),
        (
            "possessive",
            "Kestrine Bid's bidder network of 250,000 subcontractors covers every trade.",
            "T",
        ),
        (
            "wrapped",
            "Kestrine Bid reaches over 250,000 subcontractors in its\nbidder network.",
            "W",
        ),
    ),
    "bid-win-rate": (
        (
            "question",
            "Q: What happens to win rates on Kestrine Bid?\nA: Contractors raise them by 12%.",
            "Q",
        ),
        (
            "notes",
            "Say contractors on Kestrine Bid raise their win rate by 12%, then show the "
            "coverage report.",
            "S",
        ),
        (
            "noun-phrase",
            "A 12% higher bid win rate is typical for Kestrine Bid customers.",
            "T",
        ),
        ("label-colon", "Win-rate lift on Kestrine Bid: 12%", "T"),
    ),
    "change-order-approval": (
        (
            "question",
            "Q: How long does change order approval take in Kestrine Cost?\nA: 9 days on average.",
            "Q",
        ),
        (
            "notes",
            "Owners' reps love this: Kestrine Cost gets change orders approved in 9 days on "
            "average.",
            "S",
        ),
        (
            "wrapped",
            "Kestrine Cost approves change orders in 9 days on\naverage, with every signature "
            "logged.",
            "W",
        ),
        (
            "in-words-older",
            "Kestrine Cost approves change orders in a fortnight on average.",
            "T",
        ),
        ("label-colon", "Average change order approval in Kestrine Cost: 9 days", "T"),
    ),
    "budget-overruns": (
        ("question", "Q: Does Kestrine Cost reduce budget overruns?\nA: Yes, by 15%.", "Q"),
        ("notes", "CFOs in the room? Kestrine Cost reduces budget overruns by 15%.", "S"),
        ("bullet", "• 15% fewer budget overruns with Kestrine Cost", "T"),
        ("label-colon", "Budget overrun reduction with Kestrine Cost: 15%", "T"),
        ("wrapped", "Kestrine Cost reduces budget\noverruns by 15%.", "W"),
    ),
    "pay-app-turnaround": (
        (
            "question",
            "Q: How fast does Kestrine Cost turn around a sub's pay application?\n"
            "A: Within 5 days.",
            "Q",
        ),
        (
            "notes",
            "Subs in the audience care about one number: pay apps turned around in 5 days on "
            "Kestrine Cost.",
            "S",
        ),
        (
            "wrapped",
            "Kestrine Cost turns around subcontractor pay\napplications in 5 days.",
            "W",
        ),
        (
            "possessive",
            "Kestrine Cost's pay-app workflow turns subcontractor pay applications around in "
            "5 days.",
            "T",
        ),
    ),
    "incident-reduction": (
        (
            "question",
            "Q: What safety results do sites see on Kestrine Safety?\n"
            "A: 25% fewer recordable incidents.",
            "Q",
        ),
        (
            "wrapped",
            "Sites on Kestrine Safety record 25% fewer\nrecordable incidents.",
            "W",
        ),
        ("label-colon", "Fewer recordable incidents with Kestrine Safety: 25%", "T"),
        ("noun-phrase", "Kestrine Safety brings a 25% drop in OSHA recordables.", "T"),
        (
            "in-words-fraction",
            "Sites on Kestrine Safety record a quarter fewer recordable incidents.",
            "T",
        ),
    ),
    "inspection-time": (
        (
            "notes",
            "Time the inspection live; Kestrine Safety completes a site safety inspection in "
            "30 minutes.",
            "S",
        ),
        ("bullet", "• Site safety inspections done in 30 minutes with Kestrine Safety", "T"),
        (
            "wrapped",
            "Kestrine Safety completes a site safety\ninspection in 30 minutes.",
            "W",
        ),
        ("label-colon", "Site safety inspection with Kestrine Safety: half an hour", "T"),
    ),
    "app-rating": (
        (
            "question",
            "Q: How is Kestrine Field rated on the App Store?\nA: 4.5 out of 5.",
            "Q",
        ),
        (
            "notes",
            "Mention the 4.5 out of 5 App Store rating for Kestrine Field when they ask about "
            "adoption.",
            "S",
        ),
        ("label-colon", "Kestrine Field App Store rating: 4.5 stars", "T"),
        (
            "mixed",
            "Crews actually open it, which is why Kestrine Field is rated 4.5 out of 5 on the "
            "App Store and why your supers will not fight the rollout.",
            "T",
        ),
    ),
    "uptime": (
        ("question", "Q: What uptime does Kestrine guarantee?\nA: 99.9%.", "Q"),
        (
            "notes",
            "If IT asks about reliability, Kestrine guarantees 99.9% platform uptime.",
            "S",
        ),
        (
            "wrapped",
            "Kestrine guarantees 99.9% platform\nuptime, backed by service credits.",
            "W",
        ),
        ("percent-word", "Kestrine guarantees 99.9 percent platform uptime.", "T"),
    ),
    "go-live": (
        (
            "question",
            "Q: How long until we are live on Kestrine?\nA: Most customers go live in 3 months.",
            "Q",
        ),
        ("notes", "Set expectations: most Kestrine customers go live in 90 days.", "S"),
        ("wrapped", "Most Kestrine customers go live\nin 3 months.", "W"),
        ("label-colon", "Time to go live on Kestrine: 90 days", "T"),
    ),
    "field-price": (
        ("question", "Q: What does Kestrine Field cost?\nA: $45 per user per month.", "Q"),
        ("notes", "Quote Kestrine Field at $45 per user per month before any discount.", "S"),
        ("label-colon", "Kestrine Field price: $45/user/month", "T"),
        ("wrapped", "Kestrine Field costs $45 per user\nper month, billed annually.", "W"),
    ),
}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "punch-closeout": (
        (
            "survey",
            "In the 2026 Builder Pulse survey, 25% of superintendents named the punch list as "
            "their biggest closeout delay.",
            "T",
        ),
        (
            "case-study",
            "Case study: how Ridgeline Contractors closed 400 punch items in one week",
            "T",
        ),
        (
            "other-metric",
            "Kestrine Field attaches 25% more photos to each punch item than the old paper "
            "forms did.",
            "T",
        ),
        ("training-length", "The Kestrine Field punch-list training takes 40 minutes.", "T"),
        (
            "current-notes",
            "Punch lists close out 40% faster on Kestrine Field; let the super show it.",
            "S",
        ),
    ),
    "daily-report": (
        (
            "regulator",
            "The state DOT requires contractors to submit daily reports within 24 hours of "
            "the shift's end.",
            "T",
        ),
        ("share", "15% of daily reports in Kestrine Field now include drone photos.", "T"),
        ("headcount", "Our Kestrine Field support team grew to 20 people this spring.", "T"),
        (
            "quote",
            "\u201cOur foremen used to lose 20 minutes on paperwork at the end of every "
            "shift,\u201d says Marta Ruiz of Coldbrook Civil.",
            "T",
        ),
        (
            "current-question",
            "Q: How long does a daily report take in Kestrine Field?\nA: Eight minutes.",
            "Q",
        ),
    ),
    "rfi-turnaround": (
        ("current-fraction", "Kestrine Plans shortens RFI turnaround by three fifths.", "T"),
        ("other-metric", "Kestrine Plans handled 35% more RFIs this year than last.", "T"),
        ("community", "The Kestrine Plans user group now has 35 local chapters.", "T"),
        ("newsletter", "Our RFI Corner newsletter reaches 60,000 readers every month.", "T"),
        (
            "current-notes",
            "Keep it to the approved line: Kestrine Plans shortens RFI turnaround by 60%.",
            "S",
        ),
    ),
    "drawing-sync": (
        ("training-length", "Plan reviewers get a 2-hour onboarding session.", "T"),
        ("event", "Plans Summit lightning talks run 10 minutes each.", "T"),
        (
            "contract",
            "Under the owner's contract, the architect has 10 days to answer each submittal.",
            "T",
        ),
        (
            "current-question",
            "Q: How quickly do revised sheets reach the field with Kestrine Plans?\n"
            "A: In under two minutes.",
            "Q",
        ),
        ("current-row", "Drawing revision sync to every device | under 2 min", "R"),
    ),
    "rework": (
        (
            "share",
            "Rework causes about 20% of schedule overruns, according to Corbel Research.",
            "T",
        ),
        ("other-metric", "Kestrine Plans users cut printing costs by 20%.", "T"),
        (
            "job-posting",
            "We're hiring 20 customer success managers for Kestrine Plans in Denver and Austin.",
            "T",
        ),
        (
            "case-study",
            "Customer story \u2014 Norcastle Homes: 20% less rework across 300 townhomes",
            "T",
        ),
        (
            "current-question",
            "Q: What rework savings can we quote for Kestrine Plans?\n"
            "A: Thirty percent less rework.",
            "Q",
        ),
    ),
    "plan-storage": (
        (
            "current-question",
            "Q: How much drawing storage comes with a Kestrine Plans project?\nA: Up to 5 TB.",
            "Q",
        ),
        ("other-count", "Kestrine Plans keeps up to 1,000 markups per sheet.", "T"),
        (
            "partner",
            "Our hosting partner runs 5 certified data centres in North America.",
            "T",
        ),
        (
            "current-notes",
            "If IT asks, each Kestrine Plans project holds up to 5 TB of drawings.",
            "S",
        ),
    ),
    "bid-leveling": (
        (
            "analyst",
            "Preconstruction teams spend 2 days leveling bids per trade on average, according "
            "to the Halcroft Precon Survey.",
            "T",
        ),
        ("event", "Bid Day Live runs twice a year, in Chicago and Phoenix.", "T"),
        (
            "current-question",
            "Q: How much faster is bid leveling in Kestrine Bid than in a spreadsheet?\n"
            "A: Three times faster.",
            "Q",
        ),
        ("current-x", "Kestrine Bid levels subcontractor bids 3× faster than spreadsheets.", "T"),
        ("other-price", "Kestrine Bid's takeoff add-on is $200 per estimator per month.", "T"),
    ),
    "bidder-network": (
        (
            "government",
            "The US has roughly 250,000 specialty trade contractor firms, according to the "
            "Census Bureau.",
            "T",
        ),
        ("other-metric", "Kestrine Bid sent 250,000 bid invitations last month.", "T"),
        ("partner", "Our partner programme counts 250 certified consultancies.", "T"),
        ("current-row", "Subcontractors in the Kestrine Bid network | 400,000+", "R"),
        (
            "current-question",
            "Q: How many subcontractors can we reach through Kestrine Bid?\nA: More than 400,000.",
            "Q",
        ),
    ),
    "bid-win-rate": (
        (
            "other-direction",
            "Steel package bids came in 12% higher this quarter, according to the Halcroft "
            "Cost Index.",
            "T",
        ),
        ("webinar", "Win-rate webinar: 12 tips from top estimators, in 45 minutes.", "T"),
        (
            "current-notes",
            "Contractors on Kestrine Bid raise their bid win rate by 18%; show the coverage "
            "report next.",
            "S",
        ),
        (
            "share",
            "Kestrine Bid customers submit 12% of their bids in the last hour before the deadline.",
            "T",
        ),
    ),
    "change-order-approval": (
        (
            "contract",
            "Many owner contracts give the general contractor 21 days to submit a claim for "
            "a change.",
            "T",
        ),
        ("training-length", "The Kestrine Cost admin course runs 2 weeks, two hours a day.", "T"),
        (
            "current-question",
            "Q: How long does change order approval take in Kestrine Cost?\n"
            "A: Five days on average.",
            "Q",
        ),
        ("other-count", "Kestrine Cost tracks up to 9 approval steps per change order.", "T"),
        (
            "current-notes",
            "Owners' reps love this: Kestrine Cost gets change orders approved in 5 days on "
            "average.",
            "S",
        ),
    ),
    "budget-overruns": (
        (
            "analyst",
            "Nine out of ten large construction projects run over budget, according to Corbel "
            "Research.",
            "T",
        ),
        ("other-metric", "Kestrine Cost users close their month-end books 15% sooner.", "T"),
        (
            "current-question",
            "Q: Does Kestrine Cost reduce budget overruns?\nA: Yes, by 22%.",
            "Q",
        ),
        ("headcount", "Kestrine's finance team added 15 analysts in 2026.", "T"),
        (
            "current-notes",
            "CFOs in the room? Kestrine Cost reduces budget overruns by 22 percent.",
            "S",
        ),
    ),
    "pay-app-turnaround": (
        ("retainage", "Retainage is typically 5% to 10% of each progress payment.", "T"),
        (
            "customer",
            "Dunmore Electric says it now gets paid within 5 days on jobs run on Kestrine Cost.",
            "T",
        ),
        (
            "current-question",
            "Q: How fast does Kestrine Cost turn around a sub's pay application?\n"
            "A: Within 48 hours.",
            "Q",
        ),
        ("current-row", "Subcontractor pay application turnaround | 48 hrs", "R"),
        ("other-price", "ACH payouts through Kestrine Cost cost $5 per transfer.", "T"),
    ),
    "incident-reduction": (
        (
            "share",
            "Falls account for about a third of construction fatalities, OSHA reports.",
            "T",
        ),
        (
            "content-count",
            "Kestrine Safety's toolbox-talk library holds 250 talks in English and Spanish.",
            "T",
        ),
        ("event", "Our Safety Week stand-downs drew 2,500 crews this year.", "T"),
        (
            "current-question",
            "Q: What safety results do sites see on Kestrine Safety?\n"
            "A: 35% fewer recordable incidents.",
            "Q",
        ),
        (
            "current-notes",
            "Safety directors lean in here: sites on Kestrine Safety record 35% fewer recordables.",
            "S",
        ),
    ),
    "inspection-time": (
        ("regulator", "OSHA gives employers 8 hours to report a workplace fatality.", "T"),
        (
            "other-duration",
            "Kestrine's toolbox talks are written to run 12 minutes before the shift starts.",
            "T",
        ),
        (
            "current-question",
            "Q: How long is a site safety inspection with Kestrine Safety?\nA: Twelve minutes.",
            "Q",
        ),
        ("webinar", "Our monthly safety webinar is 30 minutes, with a live Q&A after.", "T"),
        (
            "current-notes",
            "Time the inspection live: Kestrine Safety finishes a site safety inspection in "
            "12 minutes.",
            "S",
        ),
    ),
    "app-rating": (
        (
            "customer",
            "Supers at Trellis Homes gave Kestrine Field a 4.5 in their internal tools survey.",
            "T",
        ),
        ("other-metric", "Kestrine Field works offline for up to 5 days.", "T"),
        ("current-row", "Kestrine Field App Store rating | 4.8/5", "R"),
        (
            "current-question",
            "Q: How is Kestrine Field rated on the App Store?\nA: 4.8 out of 5.",
            "Q",
        ),
    ),
    "uptime": (
        (
            "other-metric",
            "99.9% of sync conflicts in Kestrine Field are resolved automatically.",
            "T",
        ),
        (
            "survey",
            "In our 2026 customer survey, 95% of admins said Kestrine was easy to roll out.",
            "T",
        ),
        ("current-question", "Q: What uptime does Kestrine guarantee?\nA: 99.95%.", "Q"),
        (
            "current-notes",
            "If IT asks about reliability, Kestrine guarantees 99.95% platform uptime.",
            "S",
        ),
        ("standard", "Our SOC 2 Type II report covers a 12-month observation period.", "T"),
    ),
    "go-live": (
        (
            "other-offer",
            "Every new Kestrine customer gets 90 days of premium support included.",
            "T",
        ),
        ("headcount", "Our implementation team grew to 90 people this year.", "T"),
        (
            "job-posting",
            "Now hiring: implementation consultants with 3+ years of construction experience.",
            "T",
        ),
        (
            "current-question",
            "Q: How long until we are live on Kestrine?\nA: Most customers go live in 6 weeks.",
            "Q",
        ),
        ("current-row", "Typical time to go live on Kestrine | 6 weeks", "R"),
    ),
    "field-price": (
        ("training-price", "Onsite Kestrine training is $1,500 per day.", "T"),
        ("other-seat", "Subcontractor guest seats in Kestrine Field cost $5 per month.", "T"),
        (
            "current-question",
            "Q: What does Kestrine Field cost?\nA: $59 per user per month.",
            "Q",
        ),
        (
            "current-notes",
            "Quote Kestrine Field at $59 per user per month before any discount.",
            "S",
        ),
        ("partner", "Certified partners get 45 days to register a deal.", "T"),
    ),
}
EXTRA_POSITIVES: dict[str, tuple[Case, ...]] = {
    "uptime": (
        ("synonym", "The Kestrine platform is available 99.9% of the time, guaranteed.", "T"),
    ),
    "pay-app-turnaround": (
        (
            "mixed",
            "Because lien waivers, retainage and approvals live in one place, Kestrine Cost "
            "turns around subcontractor pay applications in 5 days.",
            "T",
        ),
    ),
    "inspection-time": (
        ("synonym", "Supers finish a site safety walk in 30 minutes with Kestrine Safety.", "T"),
    ),
    "bid-win-rate": (
        ("synonym", "Kestrine Bid customers win 12% more of the bids they submit.", "T"),
    ),
}
EXTRA_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "budget-overruns": (
        (
            "current-wrapped",
            "Kestrine Cost reduces budget overruns by 22%, measured across\n"
            "projects in their first full year.",
            "W",
        ),
    ),
    "inspection-time": (
        (
            "current-wrapped",
            "Kestrine Safety completes a site safety inspection\nin 12 minutes.",
            "W",
        ),
    ),
    "daily-report": (
        (
            "competitor-wrapped",
            "Crewline's brochure says a daily report takes 15\nminutes to file in its app.",
            "W",
        ),
    ),
    "bid-leveling": (
        (
            "analyst-wrapped",
            "Corbel Research puts the typical bid-leveling effort at two\ndays per trade package.",
            "W",
        ),
    ),
    "bidder-network": (
        (
            "current-wrapped",
            "Kestrine Bid reaches over 400,000 subcontractors in its\nbidder network.",
            "W",
        ),
    ),
    "go-live": (
        ("current-wrapped", "Most Kestrine customers go live in 6\nweeks.", "W"),
        (
            "video-wrapped",
            "The go-live planning video runs 3 minutes and covers\nthe first 90 days of a rollout.",
            "W",
        ),
    ),
}
SUBJECTS = with_more(
    with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES), EXTRA_POSITIVES, EXTRA_NEGATIVES
)

TERMS = (
    ("SiteLog", "Kestrine Field"),
    ("PlanVault", "Kestrine Plans"),
    ("BidHarbor", "Kestrine Bid"),
    ("CostKeel", "Kestrine Cost"),
    ("SafeYard", "Kestrine Safety"),
)
FILLER = (
    "Start by asking the superintendent how the last job's closeout went and what slowed it.",
    "Close on a pilot project set up with the customer's own drawings and subcontractors.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Kestrine", 161, SUBJECTS, TERMS, FILLER)
