"""A blind held-out library for the matcher (issue 19): Pellmont, commercial-insurance claims.

    .venv/bin/python benchmarks/heldout_eleventh_company.py --out /tmp/fc-pellmont [--misses]

An eleventh fictional company, generated like the ninth (``heldout_ninth_company``, Meridel,
whose writer and policy helpers it uses) with the shared writers (``heldout_files``) and
command line (``company_check``). It is a blind held-out library for issue 19, written
before any of its results were seen: its sentences were written from SPEC §4 alone, while
the matcher was being tuned by someone else, without reading the matcher, its notes or its
tests, and with other products, figures and wordings than the earlier companies.

Pellmont sells claims software to commercial insurers: first notice of loss intake
(Pellmont Intake), fraud triage and claim routing (Pellmont Triage), the adjuster workbench
(Pellmont Adjust), subrogation and recovery (Pellmont Recover) and case reserving (Pellmont
Reserve). Each topic has a current approved message, its superseded text(s), labelled
positives (verbatim, a table row, a "Label: value" line, a question with its answer, the old
fact in words, rewordings and synonyms that keep the subject, the subject in another
grammatical shape, a possessive, a bullet, a claim inside a longer sentence, a wrapped line,
a presenter's note, a retired product name) and look-alike negatives (the current fact in
another format or wording, an analyst's, survey's, regulator's, standard body's,
competitor's or one customer's figure, a customer's quote, a case-study heading, the same
number for another metric, the figure moving the other way, a share rather than a change,
the length of other things, events, webinars, community and newsletter counts, headcount,
job postings, partner programme figures, prices of other items, a rename notice), placed in
every format: slide text, tables and speaker notes; Word paragraphs, tables and comments;
PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "fnol-time",
        "Pellmont Intake captures a first notice of loss in 6 minutes.",
        ("Pellmont Intake captures a first notice of loss in 11 minutes.",),
        (
            ("verbatim", "Pellmont Intake captures a first notice of loss in 11 minutes.", "T"),
            ("label-value", "First notice of loss capture time | 11 minutes", "R"),
            ("label-line", "Average FNOL capture time in Pellmont Intake: 11 min", "T"),
            (
                "q-and-a",
                "Q: How long does Pellmont Intake take to capture a first notice of loss?\n"
                "A: Eleven minutes.",
                "Q",
            ),
            ("in-words", "Pellmont Intake captures a first notice of loss in eleven minutes.", "T"),
            (
                "reworded",
                "With Pellmont Intake, a first notice of loss is taken in 11 minutes flat.",
                "T",
            ),
            (
                "notes",
                "Say that Intake gets a first notice of loss logged in about 11 minutes.",
                "S",
            ),
            ("retired-product", "ClaimDesk captures a first notice of loss in 6 minutes.", "T"),
            (
                "wrapped",
                "Pellmont Intake captures a first notice of loss in 11\nminutes, while the "
                "caller is still on the line.",
                "W",
            ),
        ),
        (
            ("current", "Pellmont Intake captures a first notice of loss in six minutes.", "T"),
            (
                "current-reworded",
                "A first notice of loss takes 6 minutes to capture in Pellmont Intake.",
                "T",
            ),
            (
                "competitor",
                "Harrowgate Claims says its intake tool captures a first notice of loss in 11 "
                "minutes.",
                "T",
            ),
            (
                "analyst",
                "Corliss Research puts the industry's average first-notice call at 11 minutes.",
                "T",
            ),
            ("other-duration", "The Pellmont Intake product tour video runs 11 minutes.", "T"),
            (
                "webinar",
                "Our 11-minute webinar recording shows a claims handler setting up Pellmont "
                "Intake's forms.",
                "T",
            ),
            ("lookalike-label", "Industry average call hold time | 11 minutes", "R"),
            (
                "other-metric",
                "The Pellmont Intake app reminds a policyholder after 11 minutes if a claim "
                "form is left unfinished.",
                "T",
            ),
            (
                "notes",
                "The intake demo itself takes about 11 minutes, so leave time for questions.",
                "S",
            ),
        ),
    ),
    S(
        "fnol-digital",
        "Pellmont Intake lets policyholders report 80% of claims without a phone call.",
        ("Pellmont Intake lets policyholders report 65% of claims without a phone call.",),
        (
            (
                "verbatim",
                "Pellmont Intake lets policyholders report 65% of claims without a phone call.",
                "T",
            ),
            ("label-value", "Claims reported without a phone call | 65%", "R"),
            (
                "in-words",
                "Pellmont Intake lets policyholders report sixty-five percent of claims without "
                "a phone call.",
                "T",
            ),
            (
                "reworded",
                "With Pellmont Intake, 65% of claims arrive digitally, with no call to the "
                "contact centre.",
                "T",
            ),
            (
                "synonym",
                "Policyholders file 65% of their claims online or in the app with Pellmont "
                "Intake, no phone call needed.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What share of claims can policyholders report without calling, using "
                "Pellmont Intake?\nA: 65%.",
                "Q",
            ),
            ("bullet", "• 65% of claims reported without a phone call (Pellmont Intake)", "T"),
            (
                "wrapped",
                "Pellmont Intake lets policyholders report 65% of claims\nwithout a phone "
                "call, day or night.",
                "W",
            ),
            (
                "retired-product",
                "ClaimDesk lets policyholders report 80% of claims without a phone call.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Pellmont Intake lets policyholders report four in five claims without a phone "
                "call.",
                "T",
            ),
            ("current", "Claims reported without a phone call | 80%", "R"),
            (
                "survey",
                "In the Fenwright policyholder survey, 65% of respondents said they would "
                "rather report a claim online.",
                "T",
            ),
            (
                "share",
                "65% of the claims our customers handle are commercial property claims.",
                "T",
            ),
            (
                "analyst",
                "Phone-reported claims at the average carrier fell 65% over ten years, "
                "according to Corliss Research.",
                "T",
            ),
            (
                "newsletter",
                "The Pellmont claims newsletter reached 65% more readers than last year.",
                "T",
            ),
            (
                "customer",
                "Ostrava Re reports that 65% of its marine claims arrive without a phone call.",
                "T",
            ),
            (
                "headcount",
                "80% of Pellmont's support staff work in the policyholder's time zone.",
                "T",
            ),
            ("notes", "Ask what share of their claims still come in by phone today.", "S"),
        ),
    ),
    S(
        "intake-languages",
        "Pellmont Intake takes claims in 24 languages.",
        ("Pellmont Intake takes claims in 12 languages.",),
        (
            ("verbatim", "Pellmont Intake takes claims in 12 languages.", "T"),
            ("label-line", "Languages supported by Pellmont Intake: 12", "T"),
            ("label-value", "Claim intake languages | 12", "R"),
            ("in-words", "Pellmont Intake takes claims in a dozen languages.", "T"),
            (
                "reworded",
                "Policyholders can report a loss in any of 12 languages through Pellmont Intake.",
                "T",
            ),
            (
                "q-and-a",
                "Q: In how many languages can a claim be reported through Pellmont Intake?\n"
                "A: Twelve.",
                "Q",
            ),
            (
                "possessive",
                "Pellmont Intake's 12 claim languages cover nearly every policyholder a "
                "European carrier has.",
                "T",
            ),
        ),
        (
            ("current", "Pellmont Intake takes claims in two dozen languages.", "T"),
            (
                "current-reworded",
                "Claims can be reported in 24 languages through Pellmont Intake.",
                "T",
            ),
            ("other-metric", "Pellmont Intake is sold in 12 countries.", "T"),
            ("partner", "Our partner programme has 12 certified implementation firms.", "T"),
            ("event", "The Pellmont user conference runs 12 breakout sessions this year.", "T"),
            ("competitor", "Tallisk Claims says its portal handles claims in 12 languages.", "T"),
        ),
    ),
    S(
        "fraud-flags",
        "Pellmont Triage flags 3x more suspicious claims than manual referral.",
        ("Pellmont Triage flags 2x more suspicious claims than manual referral.",),
        (
            (
                "verbatim",
                "Pellmont Triage flags 2x more suspicious claims than manual referral.",
                "T",
            ),
            (
                "in-words",
                "Pellmont Triage flags twice as many suspicious claims as manual referral.",
                "T",
            ),
            ("label-value", "Suspicious claims flagged vs manual referral | 2x", "R"),
            (
                "reworded",
                "Compared with manual referral, Pellmont Triage surfaces double the suspicious "
                "claims.",
                "T",
            ),
            (
                "synonym",
                "Pellmont Triage catches 2x more potentially fraudulent claims than manual "
                "referral.",
                "T",
            ),
            (
                "notes",
                "Stress that Triage finds two times as many suspicious claims as adjusters "
                "referring by hand.",
                "S",
            ),
            (
                "wrapped",
                "Pellmont Triage flags 2x more suspicious claims than\nmanual referral, before "
                "the first payment goes out.",
                "W",
            ),
            (
                "retired-product",
                "FraudLens flags 3x more suspicious claims than manual referral.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How many more suspicious claims does Pellmont Triage flag than manual "
                "referral?\nA: Twice as many.",
                "Q",
            ),
        ),
        (
            (
                "current",
                "Pellmont Triage flags three times as many suspicious claims as manual referral.",
                "T",
            ),
            (
                "current-reworded",
                "Compared with manual referral, Pellmont Triage surfaces triple the suspicious "
                "claims.",
                "T",
            ),
            (
                "regulator",
                "The state fraud bureau received 2x more referrals from insurers than it did "
                "five years ago.",
                "T",
            ),
            (
                "analyst",
                "Corliss Research estimates that soft fraud costs commercial carriers 2x more "
                "than hard fraud.",
                "T",
            ),
            (
                "other-metric",
                "Pellmont Triage scores claims 2x faster on the new model servers.",
                "T",
            ),
            (
                "community",
                "Our fraud analytics community doubled to 2,000 members this year.",
                "T",
            ),
            (
                "customer",
                "Brannock Specialty says Pellmont Triage helped its SIU flag 2x more suspicious "
                "claims.",
                "T",
            ),
            ("case-study", "Case study: how Brannock Specialty doubled its SIU referrals", "T"),
        ),
    ),
    S(
        "false-referrals",
        "Pellmont Triage cuts false fraud referrals by 40%.",
        ("Pellmont Triage cuts false fraud referrals by 25%.",),
        (
            ("verbatim", "Pellmont Triage cuts false fraud referrals by 25%.", "T"),
            ("label-value", "Reduction in false fraud referrals | 25%", "R"),
            ("in-words", "Pellmont Triage cuts false fraud referrals by a quarter.", "T"),
            ("reworded", "False fraud referrals drop 25% with Pellmont Triage.", "T"),
            ("synonym", "Pellmont Triage reduces false-positive fraud alerts by 25%.", "T"),
            ("label-line", "False fraud referrals with Pellmont Triage: down 25%", "T"),
            ("bullet", "- 25% fewer false fraud referrals with Pellmont Triage", "T"),
            (
                "mixed",
                "Because Pellmont Triage cuts false fraud referrals by 25%, honest "
                "policyholders are paid without an investigator's call.",
                "T",
            ),
            (
                "notes",
                "If SIU leads are in the room, say Triage trims false fraud referrals by one in "
                "four.",
                "S",
            ),
        ),
        (
            ("current", "Pellmont Triage cuts false fraud referrals by forty percent.", "T"),
            (
                "current-reworded",
                "With Pellmont Triage, 40% fewer honest claims are sent to fraud review.",
                "T",
            ),
            (
                "standard-body",
                "The Insurance Fraud Standards Board recommends a second review of 25% of "
                "closed referrals.",
                "T",
            ),
            (
                "other-way",
                "Fraud referrals across the market rose 25% last year, Corliss Research reports.",
                "T",
            ),
            (
                "share",
                "About 25% of the claims our customers investigate involve commercial auto.",
                "T",
            ),
            (
                "partner",
                "Partners who certify on Pellmont Triage get 25% off their training fees.",
                "T",
            ),
            (
                "competitor",
                "Vantry Claims advertises a 25% cut in false fraud referrals.",
                "T",
            ),
            ("lookalike-label", "Webinar attendance growth | 25%", "R"),
            ("other-metric", "Our fraud-modelling course is 40% hands-on labs.", "T"),
        ),
    ),
    S(
        "routing-time",
        "Pellmont Triage routes a new claim to the right adjuster in under 90 seconds.",
        ("Pellmont Triage routes a new claim to the right adjuster in under 5 minutes.",),
        (
            (
                "verbatim",
                "Pellmont Triage routes a new claim to the right adjuster in under 5 minutes.",
                "T",
            ),
            ("label-value", "Time to route a new claim to an adjuster | under 5 minutes", "R"),
            (
                "in-words",
                "Pellmont Triage routes a new claim to the right adjuster in under five minutes.",
                "T",
            ),
            (
                "reworded",
                "Every new claim reaches the right adjuster in less than 5 minutes with "
                "Pellmont Triage.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How quickly does Pellmont Triage assign a new claim to an adjuster?\n"
                "A: In under 5 minutes.",
                "Q",
            ),
            (
                "wrapped",
                "Pellmont Triage routes a new claim to the right adjuster in\nunder 5 minutes, "
                "day or night.",
                "W",
            ),
            (
                "notes",
                "Point out that Triage gets each new claim to the right adjuster inside five "
                "minutes.",
                "S",
            ),
            (
                "retired-product",
                "FraudLens routes a new claim to the right adjuster in under 90 seconds.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Pellmont Triage routes a new claim to the right adjuster in under a minute and "
                "a half.",
                "T",
            ),
            ("current", "Claim routing with Pellmont Triage: under 90 sec", "T"),
            ("other-duration", "The Pellmont Triage demo video is under 5 minutes long.", "T"),
            (
                "training",
                "Each Pellmont Triage training module takes under 5 minutes to complete.",
                "T",
            ),
            (
                "customer",
                "Kessling Mutual aims to call every injured worker within 5 minutes of a report.",
                "T",
            ),
            ("event", "Lightning talks at Pellmont Connect are held to under 5 minutes.", "T"),
            ("notes", "Keep the Triage routing demo to under five minutes.", "S"),
            (
                "competitor",
                "Harrowgate Claims says its router assigns a claim in under 5 minutes.",
                "T",
            ),
        ),
    ),
    S(
        "cycle-time",
        "Pellmont Adjust shortens average claim cycle time by 35%.",
        (
            "Pellmont Adjust shortens average claim cycle time by 20%.",
            "Pellmont Adjust shortens average claim cycle time by 30%.",
        ),
        (
            ("verbatim", "Pellmont Adjust shortens average claim cycle time by 20%.", "T"),
            ("verbatim", "Pellmont Adjust shortens average claim cycle time by 30%.", "T"),
            ("label-value", "Claim cycle time reduction | 30%", "R"),
            ("in-words", "Pellmont Adjust shortens average claim cycle time by a fifth.", "T"),
            ("reworded", "Claims close 20% faster on Pellmont Adjust.", "T"),
            ("synonym", "Pellmont Adjust cuts the average time to close a claim by 30%.", "T"),
            (
                "grammar",
                "A 30% shorter claim cycle is what Pellmont Adjust delivers on average.",
                "T",
            ),
            (
                "possessive",
                "Pellmont Adjust's 20% cut in average claim cycle time pays for the licence in "
                "a year.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How much does Pellmont Adjust shorten the claim cycle?\n"
                "A: By thirty percent on average.",
                "Q",
            ),
            ("retired-product", "AdjusterHub shortens average claim cycle time by 35%.", "T"),
            ("notes", "Lead with cycle time: Adjust takes 30% off the average claim.", "S"),
        ),
        (
            (
                "current",
                "Pellmont Adjust shortens average claim cycle time by thirty-five percent.",
                "T",
            ),
            ("current-reworded", "Claims close 35% faster on average with Pellmont Adjust.", "T"),
            (
                "quote",
                "“We took 30% out of our cycle time in the first year,” says the claims "
                "director at Norrby Mutual.",
                "T",
            ),
            ("case-study", "Case study: Norrby Mutual shortens claim cycle time by 30%", "T"),
            (
                "analyst",
                "Corliss Research expects average commercial claim cycle times to lengthen by "
                "20% as repair costs climb.",
                "T",
            ),
            ("share", "Roughly 30% of Pellmont Adjust users are independent adjusters.", "T"),
            ("other-metric", "Pellmont Adjust renewals grew 20% last year.", "T"),
            ("headcount", "Our claims consulting team grew 30% this year.", "T"),
            ("lookalike-label", "Adjuster onboarding course length | 35 minutes", "R"),
        ),
    ),
    S(
        "adjuster-capacity",
        "Pellmont Adjust lets each adjuster handle 20% more open claims.",
        ("Pellmont Adjust lets each adjuster handle 15% more open claims.",),
        (
            ("verbatim", "Pellmont Adjust lets each adjuster handle 15% more open claims.", "T"),
            ("label-value", "Extra open claims per adjuster | 15%", "R"),
            ("reworded", "Adjusters on Pellmont Adjust carry 15% more open claims each.", "T"),
            ("synonym", "Pellmont Adjust raises each adjuster's caseload capacity by 15%.", "T"),
            (
                "in-words",
                "Pellmont Adjust lets each adjuster handle fifteen percent more open claims.",
                "T",
            ),
            (
                "wrapped",
                "Pellmont Adjust lets each adjuster handle 15% more open\nclaims without overtime.",
                "W",
            ),
            ("bullet", "• 15% more open claims per adjuster (Pellmont Adjust)", "T"),
            (
                "notes",
                "Tell the claims VP each adjuster can take on fifteen percent more open files "
                "with Adjust.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Pellmont Adjust lets each adjuster handle a fifth more open claims.",
                "T",
            ),
            (
                "current-reworded",
                "With Pellmont Adjust, each adjuster can carry 20% more open claims.",
                "T",
            ),
            (
                "survey",
                "Adjusters in the Fenwright workforce survey said their caseloads grew 15% in "
                "two years.",
                "T",
            ),
            ("other-metric", "Pellmont Adjust is used by 15% more carriers than a year ago.", "T"),
            (
                "other-price",
                "Adding the Pellmont Adjust mobile app costs 15% of the base licence.",
                "T",
            ),
            ("competitor", "Tallisk Claims promises adjusters 15% more capacity.", "T"),
            ("job-posting", "Pellmont is hiring 15 claims consultants this quarter.", "T"),
        ),
    ),
    S(
        "settlement-days",
        "Pellmont Adjust settles straight-through property claims in 2 days.",
        ("Pellmont Adjust settles straight-through property claims in 5 days.",),
        (
            (
                "verbatim",
                "Pellmont Adjust settles straight-through property claims in 5 days.",
                "T",
            ),
            ("label-value", "Straight-through property claim settlement | 5 days", "R"),
            (
                "in-words",
                "Pellmont Adjust settles straight-through property claims in five days.",
                "T",
            ),
            (
                "reworded",
                "Straight-through property claims are paid within 5 days on Pellmont Adjust.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How long does Pellmont Adjust take to settle a straight-through property "
                "claim?\nA: Five days.",
                "Q",
            ),
            (
                "label-line",
                "Settlement time for straight-through property claims in Pellmont Adjust: 5 days",
                "T",
            ),
            (
                "mixed",
                "Policyholders notice the difference when Pellmont Adjust settles "
                "straight-through property claims in 5 days rather than the weeks they expect.",
                "T",
            ),
            (
                "retired-product",
                "AdjusterHub settles straight-through property claims in 2 days.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Pellmont Adjust settles straight-through property claims in two days.",
                "T",
            ),
            (
                "current-reworded",
                "Straight-through property claims are settled within 48 hours on Pellmont Adjust.",
                "T",
            ),
            (
                "regulator",
                "Some state prompt-payment laws give carriers 5 business days to pay an "
                "accepted claim.",
                "T",
            ),
            ("training", "The Pellmont Adjust certification course lasts 5 days.", "T"),
            ("event", "Pellmont Connect runs for 2 days in Chicago.", "T"),
            (
                "customer",
                "Halloway Farm Mutual settles hail claims in 5 days, its annual report says.",
                "T",
            ),
            ("lookalike-label", "Free trial of Pellmont Adjust | 14 days", "R"),
            (
                "other-metric",
                "Pellmont Adjust keeps a closed property claim open for edits for 5 days.",
                "T",
            ),
        ),
    ),
    S(
        "recovery-lift",
        "Pellmont Recover lifts subrogation recoveries by 18%.",
        ("Pellmont Recover lifts subrogation recoveries by 12%.",),
        (
            ("verbatim", "Pellmont Recover lifts subrogation recoveries by 12%.", "T"),
            ("label-value", "Subrogation recovery lift | 12%", "R"),
            ("in-words", "Pellmont Recover lifts subrogation recoveries by twelve percent.", "T"),
            (
                "reworded",
                "Carriers recover 12% more through subrogation with Pellmont Recover.",
                "T",
            ),
            ("synonym", "Pellmont Recover increases subro recoveries by 12%.", "T"),
            (
                "possessive",
                "Pellmont Recover's 12% lift in subrogation recoveries goes straight to the "
                "loss ratio.",
                "T",
            ),
            (
                "wrapped",
                "Pellmont Recover lifts subrogation recoveries by 12%, money\nthat used to be "
                "written off.",
                "W",
            ),
            ("retired-product", "SubroTrack lifts subrogation recoveries by 18%.", "T"),
            (
                "notes",
                "Mention that Recover brings in twelve percent more from subrogation.",
                "S",
            ),
        ),
        (
            ("current", "Pellmont Recover lifts subrogation recoveries by eighteen percent.", "T"),
            ("current", "Subrogation recovery lift | 18 %", "R"),
            (
                "analyst",
                "Corliss Research estimates that carriers leave 12% of subrogation value "
                "uncollected.",
                "T",
            ),
            ("share", "Commercial auto accounts for 12% of the claims in Pellmont Recover.", "T"),
            (
                "other-way",
                "Subrogation demand volumes fell 12% across the industry last year, the "
                "Fenwright survey found.",
                "T",
            ),
            (
                "partner",
                "Law firms in the Pellmont Recover partner network earn a 12% referral fee.",
                "T",
            ),
            ("newsletter", "Our subrogation newsletter's open rate rose 18%.", "T"),
            (
                "rename-notice",
                "Pellmont Recover (formerly SubroTrack) lifts subrogation recoveries by 18%.",
                "T",
            ),
        ),
    ),
    S(
        "subro-spotted",
        "Pellmont Recover spots 95% of subrogation opportunities at first notice of loss.",
        ("Pellmont Recover spots 90% of subrogation opportunities at first notice of loss.",),
        (
            (
                "verbatim",
                "Pellmont Recover spots 90% of subrogation opportunities at first notice of loss.",
                "T",
            ),
            (
                "in-words",
                "Pellmont Recover spots nine out of ten subrogation opportunities at first "
                "notice of loss.",
                "T",
            ),
            ("label-value", "Subrogation opportunities found at FNOL | 90%", "R"),
            (
                "reworded",
                "At first notice of loss, Pellmont Recover identifies 90% of subrogation "
                "opportunities.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What share of subrogation opportunities does Pellmont Recover catch at "
                "first notice of loss?\nA: 90%.",
                "Q",
            ),
            (
                "bullet",
                "- Pellmont Recover: 90% of subrogation opportunities spotted at FNOL",
                "T",
            ),
            ("notes", "Say Recover catches nine in ten subro opportunities at FNOL.", "S"),
        ),
        (
            (
                "current",
                "Pellmont Recover spots ninety-five percent of subrogation opportunities at "
                "first notice of loss.",
                "T",
            ),
            (
                "current-reworded",
                "Only 1 in 20 subrogation opportunities slips past Pellmont Recover at first "
                "notice of loss.",
                "T",
            ),
            (
                "survey",
                "90% of claims leaders in the Fenwright survey say subrogation is under-worked.",
                "T",
            ),
            (
                "customer",
                "Kessling Mutual recovered 90% of its subrogated auto losses last year.",
                "T",
            ),
            (
                "other-metric",
                "90% of Pellmont Recover customers renew after their first term.",
                "T",
            ),
            (
                "community",
                "The Pellmont subrogation forum answers 90% of questions within a day.",
                "T",
            ),
            ("lookalike-label", "Survey response rate | 90%", "R"),
        ),
    ),
    S(
        "reserve-accuracy",
        "Pellmont Reserve sets initial case reserves within 5% of final paid loss.",
        ("Pellmont Reserve sets initial case reserves within 10% of final paid loss.",),
        (
            (
                "verbatim",
                "Pellmont Reserve sets initial case reserves within 10% of final paid loss.",
                "T",
            ),
            ("label-value", "Initial reserve accuracy vs final paid loss | within 10%", "R"),
            (
                "in-words",
                "Pellmont Reserve sets initial case reserves within ten percent of final paid "
                "loss.",
                "T",
            ),
            (
                "reworded",
                "Initial case reserves set with Pellmont Reserve land within 10% of the final "
                "paid loss.",
                "T",
            ),
            (
                "label-line",
                "Initial case reserve vs final paid loss with Pellmont Reserve: within 10%",
                "T",
            ),
            (
                "q-and-a",
                "Q: How close are Pellmont Reserve's initial case reserves to the final paid "
                "loss?\nA: Within 10 percent.",
                "Q",
            ),
            (
                "retired-product",
                "ReserveIQ sets initial case reserves within 5% of final paid loss.",
                "T",
            ),
            (
                "wrapped",
                "Pellmont Reserve sets initial case reserves within 10% of final\npaid loss, "
                "so fewer reserve changes reach the actuaries.",
                "W",
            ),
        ),
        (
            (
                "current",
                "Pellmont Reserve sets initial case reserves within five percent of final paid "
                "loss.",
                "T",
            ),
            (
                "current-reworded",
                "Initial case reserves from Pellmont Reserve come within 5% of what is finally "
                "paid.",
                "T",
            ),
            (
                "regulator",
                "The regulator's guidance asks carriers to explain reserve swings above 10%.",
                "T",
            ),
            (
                "other-way",
                "Adverse reserve development at the average carrier worsened 10% over three "
                "years, Corliss Research says.",
                "T",
            ),
            (
                "other-price",
                "The Pellmont Reserve analytics add-on is 10% off for Adjust customers.",
                "T",
            ),
            ("job-posting", "Our reserving team in Dublin is hiring 5 actuarial analysts.", "T"),
            (
                "notes",
                "Ask their chief actuary how far initial reserves drift from final paid today.",
                "S",
            ),
        ),
    ),
    S(
        "leakage",
        "Pellmont Reserve cuts claims leakage by 33%.",
        ("Pellmont Reserve cuts claims leakage by 25%.",),
        (
            ("verbatim", "Pellmont Reserve cuts claims leakage by 25%.", "T"),
            ("in-words", "Pellmont Reserve cuts claims leakage by a quarter.", "T"),
            ("label-value", "Claims leakage reduction | 25%", "R"),
            ("reworded", "Claims leakage falls 25% with Pellmont Reserve.", "T"),
            ("synonym", "Pellmont Reserve reduces claims overpayment leakage by 25%.", "T"),
            ("notes", "Say Reserve takes a quarter out of claims leakage.", "S"),
            (
                "mixed",
                "Most CFOs care about one number, and Pellmont Reserve cuts claims leakage by 25%.",
                "T",
            ),
            ("retired-product", "ReserveIQ cuts claims leakage by 33%.", "T"),
        ),
        (
            ("current", "Pellmont Reserve cuts claims leakage by thirty-three percent.", "T"),
            ("current-reworded", "Claims leakage drops 33% with Pellmont Reserve.", "T"),
            (
                "analyst",
                "Corliss Research says 25% of carriers do not measure claims leakage at all.",
                "T",
            ),
            ("share", "25% of Pellmont Reserve customers also run Pellmont Recover.", "T"),
            ("competitor", "Vantry Claims says its audit tool cuts claims leakage by 25%.", "T"),
            (
                "survey",
                "Claims leakage grew 25% at carriers that froze adjuster hiring, the Fenwright "
                "survey found.",
                "T",
            ),
            ("webinar", "Our leakage webinar drew 25% more attendees than the last one.", "T"),
        ),
    ),
    S(
        "go-live",
        "Pellmont Adjust goes live in 90 days.",
        ("Pellmont Adjust goes live in 6 months.",),
        (
            ("verbatim", "Pellmont Adjust goes live in 6 months.", "T"),
            ("in-words", "Pellmont Adjust goes live in half a year.", "T"),
            ("label-value", "Time to go live with Pellmont Adjust | 6 months", "R"),
            ("reworded", "Carriers are up and running on Pellmont Adjust within six months.", "T"),
            (
                "q-and-a",
                "Q: How long does a Pellmont Adjust implementation take?\nA: Six months.",
                "Q",
            ),
            ("label-line", "Pellmont Adjust implementation: 6 months", "T"),
            ("notes", "Tell them a typical Adjust rollout takes half a year.", "S"),
            (
                "wrapped",
                "Pellmont Adjust goes live in 6 months, including data\nmigration from the old "
                "claims system.",
                "W",
            ),
        ),
        (
            ("current", "Pellmont Adjust goes live in three months.", "T"),
            ("current-reworded", "Carriers are live on Pellmont Adjust within 90 days.", "T"),
            (
                "other-duration",
                "Pellmont Adjust customers get 6 months of free sandbox access for testing.",
                "T",
            ),
            (
                "customer",
                "Norrby Mutual spent 6 months cleaning its legacy claims data before it chose a "
                "new system.",
                "T",
            ),
            (
                "analyst",
                "Corliss Research says core claims replacements usually take 18 months.",
                "T",
            ),
            ("training", "New adjusters finish Pellmont Adjust training in half a day.", "T"),
            ("job-posting", "The implementation consultant role is a 6-month contract.", "T"),
            ("lookalike-label", "Pellmont Adjust release cadence | every 6 weeks", "R"),
        ),
    ),
    S(
        "uptime",
        "The Pellmont platform is available 99.95% of the time.",
        ("The Pellmont platform is available 99.9% of the time.",),
        (
            ("verbatim", "The Pellmont platform is available 99.9% of the time.", "T"),
            ("in-words", "The Pellmont platform runs at three nines of availability.", "T"),
            ("label-value", "Pellmont platform availability | 99.9%", "R"),
            ("label-line", "Pellmont platform uptime: 99.9%", "T"),
            ("reworded", "The Pellmont platform stays up 99.9% of the time.", "T"),
            ("q-and-a", "Q: How available is the Pellmont platform?\nA: 99.9% of the time.", "Q"),
            ("bullet", "• 99.9% availability for the Pellmont platform", "T"),
        ),
        (
            ("current", "Pellmont platform availability | 99.95 %", "R"),
            ("current-reworded", "The Pellmont platform is up 99.95% of the time.", "T"),
            (
                "other-metric",
                "99.9% of Pellmont Intake claim photos upload on the first try.",
                "T",
            ),
            ("competitor", "Harrowgate Claims promises 99.9% uptime.", "T"),
            ("customer", "Kessling Mutual requires 99.9% availability from every vendor.", "T"),
            ("unrelated-figure", "Pellmont's data centres run on 99% renewable power.", "T"),
        ),
    ),
    S(
        "rating",
        "Pellmont is rated 4.7 out of 5 by claims teams on G2.",
        ("Pellmont is rated 4.5 out of 5 by claims teams on G2.",),
        (
            ("verbatim", "Pellmont is rated 4.5 out of 5 by claims teams on G2.", "T"),
            ("label-value", "Pellmont rating on G2 | 4.5/5", "R"),
            ("reworded", "Claims teams give Pellmont 4.5 stars out of 5 on G2.", "T"),
            (
                "in-words",
                "Pellmont is rated four and a half out of five by claims teams on G2.",
                "T",
            ),
            ("label-line", "Pellmont's rating on G2: 4.5 out of 5", "T"),
            (
                "possessive",
                "Pellmont's 4.5/5 rating on G2 comes from claims teams at carriers of every size.",
                "T",
            ),
        ),
        (
            ("current", "Pellmont is rated 4.7/5 on G2.", "T"),
            ("current", "Pellmont rating on G2 | 4.7 / 5", "R"),
            ("competitor", "Tallisk Claims is rated 4.5 out of 5 on G2.", "T"),
            (
                "other-metric",
                "Our support team scores 4.5 out of 5 in post-ticket surveys.",
                "T",
            ),
            (
                "event",
                "Pellmont Connect sessions averaged 4.5 out of 5 in attendee feedback.",
                "T",
            ),
            ("training", "Our adjuster training course is rated 4.5 out of 5 by attendees.", "T"),
        ),
    ),
    S(
        "insurers",
        "More than 140 insurers run their claims on Pellmont.",
        ("More than 100 insurers run their claims on Pellmont.",),
        (
            ("verbatim", "More than 100 insurers run their claims on Pellmont.", "T"),
            ("label-line", "Insurers running their claims on Pellmont: 100+", "T"),
            ("reworded", "Over 100 carriers handle their claims on Pellmont.", "T"),
            ("in-words", "More than a hundred insurers run their claims on Pellmont.", "T"),
            ("label-value", "Insurers running claims on Pellmont | 100+", "R"),
            (
                "notes",
                "Open with the fact that over a hundred insurers run claims on Pellmont.",
                "S",
            ),
            (
                "mixed",
                "Pellmont runs the claims of more than 100 insurers, from regional mutuals to "
                "global specialty carriers.",
                "T",
            ),
        ),
        (
            (
                "current",
                "More than one hundred and forty insurers run their claims on Pellmont.",
                "T",
            ),
            ("current", "Insurers running claims on Pellmont | 140+", "R"),
            ("headcount", "Pellmont employs more than 100 claims specialists.", "T"),
            ("partner", "More than 100 TPAs are members of the Pellmont partner programme.", "T"),
            ("event", "More than 100 insurers sent delegates to Pellmont Connect.", "T"),
            ("community", "The Pellmont community has more than 100 local user groups.", "T"),
            ("regulator", "The state regulator licenses more than 100 commercial insurers.", "T"),
            (
                "newsletter",
                "More than 100,000 claims professionals read the Pellmont newsletter.",
                "T",
            ),
        ),
    ),
)
MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "fnol-time": (
        ("bullet", "• First notice of loss captured in 11 minutes with Pellmont Intake", "T"),
        ("grammar", "An 11-minute first notice of loss is standard with Pellmont Intake.", "T"),
    ),
    "fnol-digital": (
        ("possessive", "Pellmont Intake's phone-free reporting covers 65% of claims.", "T"),
    ),
    "intake-languages": (
        ("notes", "Mention that Intake takes claims in twelve languages.", "S"),
        ("retired-product", "ClaimDesk takes claims in 24 languages.", "T"),
    ),
    "fraud-flags": (
        ("label-line", "Suspicious claims flagged by Pellmont Triage vs manual referral: 2x", "T"),
    ),
    "false-referrals": (
        (
            "q-and-a",
            "Q: By how much does Pellmont Triage cut false fraud referrals?\nA: By a quarter.",
            "Q",
        ),
    ),
    "routing-time": (
        (
            "mixed",
            "Claims managers like that Pellmont Triage routes a new claim to the right adjuster "
            "in under 5 minutes, even at month end.",
            "T",
        ),
    ),
    "settlement-days": (
        (
            "wrapped",
            "Pellmont Adjust settles straight-through property\nclaims in 5 days, start to finish.",
            "W",
        ),
        ("notes", "Say Adjust pays straight-through property claims in five days.", "S"),
    ),
    "recovery-lift": (
        (
            "q-and-a",
            "Q: How much more does Pellmont Recover bring back through subrogation?\nA: 12% more.",
            "Q",
        ),
    ),
    "subro-spotted": (
        (
            "wrapped",
            "Pellmont Recover spots 90% of subrogation opportunities at\nfirst notice of loss, "
            "before evidence is lost.",
            "W",
        ),
        (
            "retired-product",
            "SubroTrack spots 95% of subrogation opportunities at first notice of loss.",
            "T",
        ),
    ),
    "reserve-accuracy": (
        (
            "notes",
            "Tell the actuaries that Reserve's first case reserve lands within ten percent of "
            "final paid loss.",
            "S",
        ),
    ),
    "leakage": (
        (
            "q-and-a",
            "Q: How much claims leakage does Pellmont Reserve remove?\nA: A quarter of it.",
            "Q",
        ),
    ),
    "go-live": (("retired-product", "AdjusterHub goes live in 90 days.", "T"),),
    "uptime": (
        (
            "wrapped",
            "The Pellmont platform is available 99.9% of the\ntime, backed by service credits.",
            "W",
        ),
        ("notes", "If IT asks, the Pellmont platform is up three nines.", "S"),
    ),
    "rating": (
        ("q-and-a", "Q: How do claims teams rate Pellmont on G2?\nA: 4.5 out of 5.", "Q"),
        ("bullet", "- Pellmont: rated 4.5/5 on G2 by claims teams", "T"),
    ),
    "insurers": (
        ("q-and-a", "Q: How many insurers run their claims on Pellmont?\nA: More than 100.", "Q"),
        (
            "wrapped",
            "More than 100 insurers run their claims on\nPellmont, from regional mutuals to "
            "Lloyd's syndicates.",
            "W",
        ),
    ),
}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "fnol-time": (
        (
            "current-q-and-a",
            "Q: How long does Pellmont Intake take to capture a first notice of loss?\n"
            "A: Six minutes.",
            "Q",
        ),
        ("current", "First notice of loss capture time | 6 min", "R"),
    ),
    "fnol-digital": (
        (
            "regulator",
            "The regulator's complaint data show 65% of claim complaints concern delays, not "
            "the reporting channel.",
            "T",
        ),
    ),
    "intake-languages": (
        ("current", "Claim intake languages | 24", "R"),
        (
            "job-posting",
            "We are hiring 12 engineers for the Pellmont Intake team in Lisbon.",
            "T",
        ),
    ),
    "fraud-flags": (
        ("current", "Suspicious claims flagged vs manual referral | 3x", "R"),
        ("webinar", "Our SIU webinar series doubled its audience in a year.", "T"),
    ),
    "false-referrals": (
        (
            "current-q-and-a",
            "Q: By how much does Pellmont Triage cut false fraud referrals?\nA: By 40%.",
            "Q",
        ),
    ),
    "routing-time": (
        ("current", "Time to route a new claim to an adjuster | under 90 seconds", "R"),
    ),
    "cycle-time": (
        ("current", "Claim cycle time reduction | 35%", "R"),
        (
            "survey",
            "Claim cycle times grew 20% at carriers without automated triage, the Fenwright "
            "survey found.",
            "T",
        ),
    ),
    "adjuster-capacity": (
        ("current", "Extra open claims per adjuster | 20%", "R"),
        ("headcount", "Our adjuster-experience design team is 15 people strong.", "T"),
    ),
    "settlement-days": (
        (
            "current-q-and-a",
            "Q: How long does Pellmont Adjust take to settle a straight-through property "
            "claim?\nA: Two days.",
            "Q",
        ),
    ),
    "recovery-lift": (
        (
            "current-reworded",
            "Carriers recover 18% more through subrogation with Pellmont Recover.",
            "T",
        ),
    ),
    "subro-spotted": (("current", "Subrogation opportunities found at FNOL | 95%", "R"),),
    "reserve-accuracy": (
        ("current", "Initial reserve accuracy vs final paid loss | within 5%", "R"),
        (
            "standard-body",
            "The actuarial standards board's exposure draft proposes a 10% materiality "
            "threshold for reserve changes.",
            "T",
        ),
    ),
    "leakage": (
        ("current", "Claims leakage reduction | 33%", "R"),
        (
            "other-price",
            "Pellmont Reserve's leakage audit service costs 25% less when bought with Recover.",
            "T",
        ),
    ),
    "go-live": (
        (
            "current-q-and-a",
            "Q: How long does a Pellmont Adjust implementation take?\nA: Ninety days.",
            "Q",
        ),
        ("other-duration", "The Pellmont Adjust contract term is 36 months.", "T"),
    ),
    "uptime": (
        ("other-metric", "Pellmont Recover matches 99.9% of payments to the right claim.", "T"),
    ),
    "rating": (
        (
            "customer",
            "Norrby Mutual's adjusters rated the new Pellmont Adjust screens 4.5 out of 5 in a "
            "pilot.",
            "T",
        ),
    ),
    "insurers": (
        ("current-reworded", "Over 140 carriers handle their claims on Pellmont.", "T"),
        (
            "other-metric",
            "Pellmont processed more than 100 million claim documents last year.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("ClaimDesk", "Pellmont Intake"),
    ("FraudLens", "Pellmont Triage"),
    ("AdjusterHub", "Pellmont Adjust"),
    ("SubroTrack", "Pellmont Recover"),
    ("ReserveIQ", "Pellmont Reserve"),
)
FILLER = (
    "Start by asking how the carrier takes a first notice of loss today and who touches it.",
    "Close with a sandbox built on the carrier's own claim types and authority limits.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Pellmont", 111, SUBJECTS, TERMS, FILLER)
