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

from company_check import run_company
from heldout_files import Block, Label
from heldout_ninth_company import Case, Subject, build_library, policy_text, with_more

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

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

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


def build(seed: int) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    """Files (relative path → format and blocks) and labels, drawn with ``seed``."""
    return build_library(seed, "kestrine", SUBJECTS, FILLER)


def policy_yaml() -> str:
    return policy_text(SUBJECTS, TERMS)


def main() -> None:
    run_company(__doc__, "Kestrine", 161, build, policy_yaml)


if __name__ == "__main__":
    main()
