"""A blind held-out library for the matcher (issue 19): Thistlewood, email and endpoint security.

    .venv/bin/python benchmarks/heldout_twelfth_company.py --out /tmp/fc-thistlewood [--misses]

A twelfth fictional company, generated like the ninth (``heldout_ninth_company``, Meridel,
whose writer and policy helpers it uses) with the shared writers (``heldout_files``) and
command line (``company_check``). It is a blind held-out library for issue 19, written
before any of its results were seen: its sentences were written from SPEC §4 alone, while
the matcher was being tuned by someone else, without reading the matcher, its notes or its
tests, and with other products, figures and wordings than the earlier companies.

Thistlewood sells an email security gateway (Thistlewood Mail), endpoint detection and
response (Thistlewood Endpoint), security awareness training (Thistlewood Phish Coach),
ransomware backup and rollback (Thistlewood Recover) and managed detection and response
(Thistlewood Watch). Several messages share a product and some share figures with another
message's old or current text (15 minutes, 30 minutes, 99.9%), so near-confusions exist.
Each topic has a current approved message, its superseded text(s), labelled positives
(verbatim, a table row, a "Label: value" line, a question with its answer, the old fact in
words, rewordings and synonyms that keep the subject, a possessive, a bullet, a wrapped
line, a presenter's note, a claim inside a longer sentence, a retired product name) and
look-alike negatives (the current fact in another format or wording, an analyst's, survey's,
regulator's, standard body's, test lab's, competitor's or one customer's figure, a quote, a
case-study heading, the same number for another metric, the figure moving the other way, a
share rather than a change, the length of a video, course or event, community, newsletter,
headcount and partner figures, job postings, prices of other items), placed in every
format: slide text, tables and speaker notes; Word paragraphs, tables and comments; PDF;
Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "phishing-block",
        "Thistlewood Mail blocks 99.7% of phishing emails before they reach the inbox.",
        ("Thistlewood Mail blocks 99.2% of phishing emails before they reach the inbox.",),
        (
            (
                "verbatim",
                "Thistlewood Mail blocks 99.2% of phishing emails before they reach the inbox.",
                "T",
            ),
            ("label-value", "Phishing emails blocked by Thistlewood Mail | 99.2%", "R"),
            ("label-colon", "Phishing block rate (Thistlewood Mail): 99.2%", "T"),
            (
                "question",
                "Q: How much phishing does Thistlewood Mail stop? A: It blocks 99.2% of "
                "phishing emails before they reach the inbox.",
                "Q",
            ),
            (
                "reworded",
                "Thistlewood Mail stops 99.2% of phishing emails before they land in the inbox.",
                "T",
            ),
            ("possessive", "Thistlewood Mail's phishing block rate is 99.2%.", "T"),
            (
                "wrapped",
                "Thistlewood Mail blocks 99.2% of phishing\nemails before they reach the "
                "inbox, so users rarely see a lure.",
                "W",
            ),
            (
                "notes",
                "Tell them Thistlewood Mail blocks 99.2% of phishing emails before anyone "
                "can click.",
                "S",
            ),
            (
                "retired-product",
                "MailMoat blocks 99.7% of phishing emails before they reach the inbox.",
                "T",
            ),
            (
                "in-sentence",
                "Connected to Microsoft 365 by API, Thistlewood Mail blocks 99.2% of "
                "phishing emails and leaves the helpdesk free for real work.",
                "T",
            ),
            (
                "bullet",
                "- Blocks 99.2% of phishing emails before the inbox (Thistlewood Mail)",
                "T",
            ),
        ),
        (
            (
                "current",
                "Thistlewood Mail blocks 99.7 percent of phishing emails before they reach "
                "the inbox.",
                "T",
            ),
            (
                "current-reworded",
                "Thistlewood Mail stops 99.7% of phishing messages before they hit the inbox.",
                "T",
            ),
            (
                "analyst",
                "Analysts at Fennick Research put the average gateway's phishing block rate "
                "at 99.2%.",
                "T",
            ),
            (
                "competitor",
                "Harrowgate Secure claims its gateway blocks 99.2% of phishing emails.",
                "T",
            ),
            (
                "customer",
                "Brindle Foods reports that 99.2% of the phishing emails aimed at its staff "
                "were blocked in the first month.",
                "T",
            ),
            (
                "quote",
                "\u201cOur own count was 99.2% of phishing blocked in month one,\u201d says "
                "Aine Gallagher, IT manager at Corran Dairy.",
                "T",
            ),
            (
                "other-metric",
                "Thistlewood Mail scans 99.2% of inbound attachments in under a second.",
                "T",
            ),
            ("share", "Phishing makes up 92% of the malicious email Thistlewood Mail sees.", "T"),
            (
                "webinar",
                "Join the 45-minute webinar on this year's phishing trends on 12 March.",
                "T",
            ),
        ),
    ),
    S(
        "false-quarantine",
        "Thistlewood Mail wrongly quarantines fewer than 0.01% of legitimate emails.",
        ("Thistlewood Mail wrongly quarantines fewer than 0.05% of legitimate emails.",),
        (
            (
                "verbatim",
                "Thistlewood Mail wrongly quarantines fewer than 0.05% of legitimate emails.",
                "T",
            ),
            (
                "label-value",
                "Legitimate emails wrongly quarantined, Thistlewood Mail | < 0.05%",
                "R",
            ),
            ("label-colon", "Thistlewood Mail false quarantine rate: under 0.05%", "T"),
            (
                "in-words",
                "Thistlewood Mail wrongly quarantines fewer than one in every 2,000 "
                "legitimate emails.",
                "T",
            ),
            (
                "synonym",
                "Thistlewood Mail's false positive rate on legitimate email is below 0.05%.",
                "T",
            ),
            (
                "passive",
                "Fewer than 0.05% of legitimate emails are quarantined by Thistlewood Mail "
                "by mistake.",
                "T",
            ),
            (
                "question",
                "Q: How often does Thistlewood Mail quarantine a good email? A: It wrongly "
                "quarantines fewer than 0.05% of legitimate emails.",
                "Q",
            ),
            (
                "notes",
                "If finance worries about lost invoices, say Thistlewood Mail wrongly "
                "quarantines under 0.05% of legitimate email.",
                "S",
            ),
            (
                "retired-product",
                "MailMoat wrongly quarantines fewer than 0.01% of legitimate emails.",
                "T",
            ),
            (
                "wrapped",
                "Thistlewood Mail wrongly quarantines fewer than\n0.05% of legitimate emails.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Mail wrongly quarantines fewer than one in ten thousand "
                "legitimate emails.",
                "T",
            ),
            (
                "current",
                "Thistlewood Mail wrongly quarantines fewer than 0.01 percent of legitimate "
                "emails.",
                "T",
            ),
            (
                "competitor",
                "Harrowgate Secure says it wrongly quarantines fewer than 0.05% of "
                "legitimate emails.",
                "T",
            ),
            (
                "standard-body",
                "The Email Trust Alliance recommends that gateways keep false positives "
                "below 0.05%.",
                "T",
            ),
            (
                "other-metric",
                "Bounce-backs from Thistlewood Mail's outbound relay stayed at 0.05% of "
                "sent mail in the spring.",
                "T",
            ),
            (
                "quote",
                "\u201cIn a year we had two good emails quarantined out of 40,000,\u201d "
                "says the CIO of Hadley Freight.",
                "T",
            ),
            (
                "job-posting",
                "We're hiring an email threat analyst in Leeds; applications close on 30 June.",
                "T",
            ),
        ),
    ),
    S(
        "mail-deploy",
        "Thistlewood Mail deploys in under 30 minutes with no MX record change.",
        ("Thistlewood Mail deploys in under 2 hours with no MX record change.",),
        (
            (
                "verbatim",
                "Thistlewood Mail deploys in under 2 hours with no MX record change.",
                "T",
            ),
            ("label-value", "Thistlewood Mail deployment time | under 2 hours", "R"),
            ("label-colon", "Time to deploy Thistlewood Mail: < 2 hrs", "T"),
            (
                "in-words",
                "Thistlewood Mail deploys in under two hours, with no change to your MX records.",
                "T",
            ),
            (
                "other-unit",
                "Thistlewood Mail is up and running in under 120 minutes with no MX record change.",
                "T",
            ),
            (
                "reworded",
                "You can roll out Thistlewood Mail in less than 2 hours without touching "
                "your MX records.",
                "T",
            ),
            (
                "question",
                "Q: How long does a Thistlewood Mail rollout take? A: Under 2 hours, and "
                "the MX records stay as they are.",
                "Q",
            ),
            (
                "notes",
                "Stress that Thistlewood Mail goes live in under two hours with no MX change.",
                "S",
            ),
            (
                "retired-product",
                "MailMoat deploys in under 30 minutes with no MX record change.",
                "T",
            ),
            (
                "in-sentence",
                "Because it connects by API, Thistlewood Mail deploys in under 2 hours with "
                "no MX record change, so mail keeps flowing.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Mail deploys in under half an hour with no MX record change.",
                "T",
            ),
            (
                "current",
                "Thistlewood Mail deploys in under 30 mins, and the MX records stay untouched.",
                "T",
            ),
            ("course-length", "The Thistlewood Mail administrator course takes 2 hours.", "T"),
            (
                "competitor",
                "Harrowgate Secure quotes two hours to deploy and needs an MX record change.",
                "T",
            ),
            ("video-length", "Watch the 2-minute video of a Thistlewood Mail deployment.", "T"),
            (
                "other-metric",
                "Thistlewood support answers Thistlewood Mail deployment tickets within 2 hours.",
                "T",
            ),
            (
                "customer",
                "Hadley Freight had Thistlewood Mail live across 900 mailboxes in 20 minutes.",
                "T",
            ),
        ),
    ),
    S(
        "mail-price",
        "Thistlewood Mail costs $3 per user per month.",
        ("Thistlewood Mail costs $4 per user per month.",),
        (
            ("verbatim", "Thistlewood Mail costs $4 per user per month.", "T"),
            ("label-value", "Thistlewood Mail, per user per month | $4", "R"),
            ("label-colon", "Thistlewood Mail price: $4/user/month", "T"),
            ("in-words", "Thistlewood Mail costs four dollars per user per month.", "T"),
            ("reworded", "Thistlewood Mail is priced at $4 a user a month.", "T"),
            ("possessive", "Thistlewood Mail's list price is $4 per user per month.", "T"),
            (
                "question",
                "Q: What does Thistlewood Mail cost? A: $4 per user per month.",
                "Q",
            ),
            ("notes", "Quote Thistlewood Mail at $4 per user per month before discounts.", "S"),
            ("retired-product", "MailMoat costs $3 per user per month.", "T"),
            ("bullet", "- Thistlewood Mail: $4 per user, per month", "T"),
            ("currency-code", "Thistlewood Mail costs USD 4.00 per user per month.", "T"),
        ),
        (
            ("current", "Thistlewood Mail costs $3.00 per user per month.", "T"),
            ("current-words", "Thistlewood Mail costs three dollars a user a month.", "T"),
            (
                "other-item",
                "The Thistlewood Phish Coach add-on costs $4 per user per month.",
                "T",
            ),
            ("other-price", "The Thistlewood Mail onboarding workshop is $400 per seat.", "T"),
            (
                "competitor",
                "Harrowgate Secure charges $4 per user per month for its gateway.",
                "T",
            ),
            (
                "analyst",
                "Fennick Research puts the average email security price at $4 per user per month.",
                "T",
            ),
            ("event", "Tickets for Thistlewood Connect are $40 until the end of May.", "T"),
            ("partner", "Resellers earn a 20% margin on Thistlewood Mail renewals.", "T"),
        ),
    ),
    S(
        "ransomware-detect",
        "Thistlewood Endpoint detects ransomware in under 2 seconds.",
        ("Thistlewood Endpoint detects ransomware in under 10 seconds.",),
        (
            ("verbatim", "Thistlewood Endpoint detects ransomware in under 10 seconds.", "T"),
            ("label-value", "Ransomware detection time, Thistlewood Endpoint | < 10 s", "R"),
            (
                "label-colon",
                "Time to detect ransomware (Thistlewood Endpoint): under 10 seconds",
                "T",
            ),
            ("in-words", "Thistlewood Endpoint detects ransomware in under ten seconds.", "T"),
            ("reworded", "Thistlewood Endpoint spots ransomware in less than 10 seconds.", "T"),
            (
                "passive",
                "Ransomware is detected by Thistlewood Endpoint in under 10 seconds.",
                "T",
            ),
            (
                "question",
                "Q: How fast does Thistlewood Endpoint catch ransomware? A: In under 10 seconds.",
                "Q",
            ),
            (
                "notes",
                "Pause here and say Thistlewood Endpoint detects ransomware in under ten seconds.",
                "S",
            ),
            ("retired-product", "Sentrybox detects ransomware in under 2 seconds.", "T"),
            (
                "wrapped",
                "Thistlewood Endpoint detects ransomware in under\n10 seconds.",
                "W",
            ),
            (
                "in-sentence",
                "Thistlewood Endpoint detects ransomware in under 10 seconds and kills the "
                "process before the first share is encrypted.",
                "T",
            ),
        ),
        (
            ("current-words", "Thistlewood Endpoint detects ransomware in under two seconds.", "T"),
            ("current", "Thistlewood Endpoint detects ransomware in < 2 s.", "T"),
            (
                "competitor",
                "Carrick EDR advertises ransomware detection in under 10 seconds.",
                "T",
            ),
            (
                "test-lab",
                "In the AV-Bench 2026 test, the median product detected ransomware in 10 seconds.",
                "T",
            ),
            (
                "other-metric",
                "The Thistlewood Endpoint agent checks for new detection rules every 10 minutes.",
                "T",
            ),
            (
                "video-length",
                "Watch a 10-second clip of Thistlewood Endpoint stopping a live ransomware sample.",
                "T",
            ),
        ),
    ),
    S(
        "agent-cpu",
        "The Thistlewood Endpoint agent uses less than 1% of CPU.",
        ("The Thistlewood Endpoint agent uses less than 3% of CPU.",),
        (
            ("verbatim", "The Thistlewood Endpoint agent uses less than 3% of CPU.", "T"),
            ("label-value", "CPU use of the Thistlewood Endpoint agent | < 3%", "R"),
            ("label-colon", "Thistlewood Endpoint agent CPU overhead: under 3%", "T"),
            (
                "in-words",
                "The Thistlewood Endpoint agent uses less than three percent of CPU.",
                "T",
            ),
            (
                "synonym",
                "The Thistlewood Endpoint agent takes under 3% of the processor.",
                "T",
            ),
            ("possessive", "Thistlewood Endpoint's agent consumes less than 3% CPU.", "T"),
            (
                "question",
                "Q: Will the Thistlewood Endpoint agent slow down laptops? A: No, it uses "
                "less than 3% of CPU.",
                "Q",
            ),
            (
                "notes",
                "Developers will ask about overhead: the Thistlewood Endpoint agent uses "
                "less than 3% of CPU.",
                "S",
            ),
            ("retired-product", "The Sentrybox agent uses less than 1% of CPU.", "T"),
            (
                "bullet",
                "- Lightweight: the Thistlewood Endpoint agent needs less than 3% of CPU",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "The Thistlewood Endpoint agent uses less than one percent of CPU.",
                "T",
            ),
            ("current", "The Thistlewood Endpoint agent uses < 1 % CPU.", "T"),
            (
                "other-metric",
                "The Thistlewood Endpoint agent needs less than 300 MB of memory.",
                "T",
            ),
            ("competitor", "Carrick EDR says its agent uses under 3% of CPU.", "T"),
            (
                "survey",
                "In a 2025 survey of IT admins, 3% named agent CPU use as their top complaint.",
                "T",
            ),
            (
                "community",
                "3,000 admins swap agent tuning tips in the Thistlewood community.",
                "T",
            ),
            ("headcount", "Our endpoint research team has grown to 30 people.", "T"),
        ),
    ),
    S(
        "endpoint-rating",
        "Thistlewood Endpoint is rated 4.8 out of 5 by IT administrators on G2.",
        ("Thistlewood Endpoint is rated 4.6 out of 5 by IT administrators on G2.",),
        (
            (
                "verbatim",
                "Thistlewood Endpoint is rated 4.6 out of 5 by IT administrators on G2.",
                "T",
            ),
            ("label-value", "Thistlewood Endpoint rating on G2 | 4.6/5", "R"),
            ("label-colon", "G2 rating (Thistlewood Endpoint): 4.6 / 5", "T"),
            (
                "active",
                "IT administrators on G2 rate Thistlewood Endpoint 4.6 out of 5.",
                "T",
            ),
            (
                "stars",
                "Thistlewood Endpoint holds a 4.6-star rating from IT admins on G2.",
                "T",
            ),
            (
                "question",
                "Q: How do admins rate Thistlewood Endpoint? A: 4.6 out of 5 on G2.",
                "Q",
            ),
            (
                "notes",
                "Mention that IT administrators on G2 give Thistlewood Endpoint 4.6 out of 5.",
                "S",
            ),
            (
                "retired-product",
                "Sentrybox is rated 4.8 out of 5 by IT administrators on G2.",
                "T",
            ),
            (
                "in-sentence",
                "Rated 4.6 out of 5 by IT administrators on G2, Thistlewood Endpoint is the "
                "agent people stop complaining about.",
                "T",
            ),
            (
                "possessive",
                "Thistlewood Endpoint's G2 rating from IT administrators is 4.6 out of 5.",
                "T",
            ),
        ),
        (
            ("current", "Thistlewood Endpoint is rated 4.8/5 by IT administrators on G2.", "T"),
            ("current-stars", "IT admins on G2 give Thistlewood Endpoint 4.8 stars out of 5.", "T"),
            ("competitor", "Carrick EDR is rated 4.6 out of 5 on G2.", "T"),
            (
                "other-metric",
                "Learners rate Thistlewood Phish Coach lessons 4.6 out of 5.",
                "T",
            ),
            ("event", "Attendees rated last year's Thistlewood Connect 4.6 out of 5.", "T"),
            (
                "quote",
                "\u201cI'd give it ten out of ten,\u201d says the IT manager at Pellow Homes.",
                "T",
            ),
        ),
    ),
    S(
        "click-rate",
        "Thistlewood Phish Coach cuts phishing click rates by 70% within a year.",
        ("Thistlewood Phish Coach cuts phishing click rates by 50% within a year.",),
        (
            (
                "verbatim",
                "Thistlewood Phish Coach cuts phishing click rates by 50% within a year.",
                "T",
            ),
            (
                "label-value",
                "Drop in phishing click rate, Thistlewood Phish Coach, year one | 50%",
                "R",
            ),
            (
                "half",
                "Thistlewood Phish Coach cuts phishing click rates in half within a year.",
                "T",
            ),
            ("halves", "Thistlewood Phish Coach halves phishing click rates within a year.", "T"),
            (
                "months",
                "Thistlewood Phish Coach cuts phishing click rates by 50% within 12 months.",
                "T",
            ),
            (
                "synonym",
                "Thistlewood Phish Coach reduces phishing click rates by 50% in the first year.",
                "T",
            ),
            (
                "noun",
                "A 50% drop in phishing click rates within a year is what Thistlewood Phish "
                "Coach delivers.",
                "T",
            ),
            (
                "question",
                "Q: What does Thistlewood Phish Coach do to click rates? A: It cuts phishing "
                "click rates by 50% within a year.",
                "Q",
            ),
            (
                "notes",
                "Land the outcome: Thistlewood Phish Coach cuts phishing click rates by half "
                "in a year.",
                "S",
            ),
            (
                "retired-product",
                "BaitWise cuts phishing click rates by 70% within a year.",
                "T",
            ),
            (
                "wrapped",
                "Thistlewood Phish Coach cuts phishing click\nrates by 50% within a year.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Phish Coach cuts phishing click rates by seventy percent within "
                "a year.",
                "T",
            ),
            (
                "current",
                "Thistlewood Phish Coach cuts phishing click rates by 70 per cent in 12 months.",
                "T",
            ),
            (
                "analyst",
                "Fennick Research found that awareness training cuts click rates by 50% on "
                "average.",
                "T",
            ),
            (
                "share",
                "Half of all breaches at small firms start with a phishing click, Fennick "
                "Research says.",
                "T",
            ),
            (
                "other-way",
                "The Email Trust Alliance reports that click rates among untrained staff rose "
                "by 50% in 2025.",
                "T",
            ),
            (
                "competitor",
                "Lure Labs promises a 50% cut in click rates within a year.",
                "T",
            ),
            (
                "customer",
                "Orrin Bank cut its phishing click rate by 50% in six months with Thistlewood "
                "Phish Coach.",
                "T",
            ),
            (
                "newsletter",
                "The Phish Coach newsletter reaches 50,000 security leaders each month.",
                "T",
            ),
        ),
    ),
    S(
        "report-rate",
        "Employees trained with Thistlewood Phish Coach report 3x more suspicious emails.",
        ("Employees trained with Thistlewood Phish Coach report 2x more suspicious emails.",),
        (
            (
                "verbatim",
                "Employees trained with Thistlewood Phish Coach report 2x more suspicious emails.",
                "T",
            ),
            (
                "in-words",
                "Employees trained with Thistlewood Phish Coach report twice as many "
                "suspicious emails.",
                "T",
            ),
            (
                "times",
                "Staff trained with Thistlewood Phish Coach report two times more suspicious "
                "emails.",
                "T",
            ),
            (
                "doubles",
                "Thistlewood Phish Coach doubles the number of suspicious emails employees report.",
                "T",
            ),
            (
                "label-value",
                "Suspicious emails reported after Thistlewood Phish Coach training | 2x",
                "R",
            ),
            (
                "label-colon",
                "Suspicious-email reporting uplift (Thistlewood Phish Coach): 2x",
                "T",
            ),
            (
                "question",
                "Q: Do trained employees report more phishing? A: Yes, staff trained with "
                "Thistlewood Phish Coach report 2x more suspicious emails.",
                "Q",
            ),
            (
                "notes",
                "Point out that employees trained with Thistlewood Phish Coach report twice "
                "as many suspicious emails.",
                "S",
            ),
            (
                "retired-product",
                "Employees trained with BaitWise report 3x more suspicious emails.",
                "T",
            ),
            (
                "wrapped",
                "Employees trained with Thistlewood Phish Coach report 2x more\nsuspicious emails.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Employees trained with Thistlewood Phish Coach report three times as many "
                "suspicious emails.",
                "T",
            ),
            (
                "current-verb",
                "Thistlewood Phish Coach triples the number of suspicious emails employees report.",
                "T",
            ),
            (
                "other-metric",
                "Thistlewood Phish Coach sends 2 simulated phishing emails a month.",
                "T",
            ),
            (
                "competitor",
                "Lure Labs says staff trained on its platform report twice as many suspicious "
                "emails.",
                "T",
            ),
            (
                "survey",
                "Fennick Research found trained staff were 2x more likely to report phishing.",
                "T",
            ),
            (
                "customer",
                "At Orrin Bank, staff reported twice as many suspicious emails after the "
                "first term of training.",
                "T",
            ),
        ),
    ),
    S(
        "lesson-length",
        "Thistlewood Phish Coach lessons take 5 minutes a month.",
        ("Thistlewood Phish Coach lessons take 15 minutes a month.",),
        (
            ("verbatim", "Thistlewood Phish Coach lessons take 15 minutes a month.", "T"),
            (
                "in-words",
                "Thistlewood Phish Coach lessons take a quarter of an hour a month.",
                "T",
            ),
            (
                "number-words",
                "Thistlewood Phish Coach lessons take fifteen minutes each month.",
                "T",
            ),
            ("label-value", "Monthly lesson time, Thistlewood Phish Coach | 15 min", "R"),
            (
                "label-colon",
                "Time per month on Thistlewood Phish Coach lessons: 15 minutes",
                "T",
            ),
            (
                "reworded",
                "Staff spend just 15 minutes a month on Thistlewood Phish Coach lessons.",
                "T",
            ),
            (
                "question",
                "Q: How much time do Thistlewood Phish Coach lessons take? A: 15 minutes a month.",
                "Q",
            ),
            (
                "notes",
                "HR will ask about time away from work: Thistlewood Phish Coach lessons take "
                "15 minutes a month.",
                "S",
            ),
            ("retired-product", "BaitWise lessons take 5 minutes a month.", "T"),
            (
                "possessive",
                "Thistlewood Phish Coach's monthly lessons last 15 minutes.",
                "T",
            ),
        ),
        (
            ("current-words", "Thistlewood Phish Coach lessons take five minutes a month.", "T"),
            ("current", "Thistlewood Phish Coach lessons take 5 min per month.", "T"),
            (
                "video-length",
                "The Thistlewood Phish Coach overview video is 15 minutes long.",
                "T",
            ),
            (
                "course-length",
                "Setting up Thistlewood Phish Coach for a new tenant takes an admin 15 minutes.",
                "T",
            ),
            ("competitor", "Lure Labs lessons run 15 minutes a month.", "T"),
            (
                "regulator",
                "The Data Care Board expects staff to complete 15 minutes of security "
                "training a month.",
                "T",
            ),
            ("event", "Drop-in office hours for Phish Coach admins last 15 minutes.", "T"),
        ),
    ),
    S(
        "restore-time",
        "Thistlewood Recover restores an encrypted laptop in 15 minutes.",
        (
            "Thistlewood Recover restores an encrypted laptop in 1 hour.",
            "Thistlewood Recover restores an encrypted laptop in 12 hours.",
        ),
        (
            ("verbatim", "Thistlewood Recover restores an encrypted laptop in 1 hour.", "T"),
            (
                "verbatim-older",
                "Thistlewood Recover restores an encrypted laptop in 12 hours.",
                "T",
            ),
            ("in-words", "Thistlewood Recover restores an encrypted laptop in an hour.", "T"),
            (
                "half-day",
                "Thistlewood Recover brings an encrypted laptop back in half a day.",
                "T",
            ),
            (
                "other-unit",
                "Thistlewood Recover restores an encrypted laptop in 60 minutes.",
                "T",
            ),
            ("label-value", "Encrypted laptop restore time, Thistlewood Recover | 1 hour", "R"),
            (
                "label-colon",
                "Restore time for an encrypted laptop (Thistlewood Recover): 12 h",
                "T",
            ),
            (
                "question",
                "Q: How long does Thistlewood Recover take to restore an encrypted laptop? "
                "A: About an hour.",
                "Q",
            ),
            (
                "notes",
                "After the demo, say Thistlewood Recover restores an encrypted laptop in one hour.",
                "S",
            ),
            (
                "retired-product",
                "Rewindr restores an encrypted laptop in 15 minutes.",
                "T",
            ),
            (
                "wrapped",
                "Thistlewood Recover restores an encrypted\nlaptop in 1 hour.",
                "W",
            ),
            (
                "reworded",
                "With Thistlewood Recover, an encrypted laptop is back in service within an hour.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Recover restores an encrypted laptop in a quarter of an hour.",
                "T",
            ),
            ("current", "Thistlewood Recover restores an encrypted laptop in 15 mins.", "T"),
            (
                "customer",
                "Tamsin Hotels restored 40 laptops in one hour with Thistlewood Recover.",
                "T",
            ),
            (
                "other-metric",
                "Thistlewood Recover backs up changed files every hour.",
                "T",
            ),
            (
                "competitor",
                "Carrick Backup says it restores an encrypted laptop in an hour.",
                "T",
            ),
            (
                "analyst",
                "Fennick Research puts the average ransomware recovery at 12 hours per device.",
                "T",
            ),
            (
                "course-length",
                "The Thistlewood Recover certification course takes 12 hours.",
                "T",
            ),
        ),
    ),
    S(
        "snapshot-retention",
        "Thistlewood Recover keeps immutable snapshots for 90 days.",
        ("Thistlewood Recover keeps immutable snapshots for 30 days.",),
        (
            ("verbatim", "Thistlewood Recover keeps immutable snapshots for 30 days.", "T"),
            ("in-words", "Thistlewood Recover keeps immutable snapshots for thirty days.", "T"),
            ("month", "Thistlewood Recover keeps immutable snapshots for one month.", "T"),
            (
                "label-value",
                "Immutable snapshot retention, Thistlewood Recover | 30 days",
                "R",
            ),
            (
                "label-colon",
                "Thistlewood Recover snapshot retention: 30 days, immutable",
                "T",
            ),
            (
                "synonym",
                "Thistlewood Recover retains immutable snapshots for 30 days.",
                "T",
            ),
            (
                "possessive",
                "Thistlewood Recover's immutable snapshots are kept for 30 days.",
                "T",
            ),
            (
                "question",
                "Q: How long does Thistlewood Recover keep immutable snapshots? A: 30 days.",
                "Q",
            ),
            (
                "notes",
                "Auditors like this: Thistlewood Recover keeps immutable snapshots for 30 days.",
                "S",
            ),
            (
                "retired-product",
                "Rewindr keeps immutable snapshots for 90 days.",
                "T",
            ),
            ("bullet", "- Immutable snapshots kept for 30 days (Thistlewood Recover)", "T"),
        ),
        (
            (
                "current-words",
                "Thistlewood Recover keeps immutable snapshots for three months.",
                "T",
            ),
            ("current", "Thistlewood Recover keeps 90 days of immutable snapshots.", "T"),
            ("trial", "Try Thistlewood Recover free for 30 days.", "T"),
            (
                "regulator",
                "The Data Care Board requires backups to be kept for at least 30 days.",
                "T",
            ),
            ("competitor", "Carrick Backup keeps immutable snapshots for 30 days.", "T"),
            ("other-terms", "Thistlewood Recover invoices are payable within 30 days.", "T"),
            (
                "other-metric",
                "Thistlewood Watch keeps raw log data for 30 days.",
                "T",
            ),
        ),
    ),
    S(
        "appliance-scale",
        "One Thistlewood Recover appliance protects up to 5,000 endpoints.",
        ("One Thistlewood Recover appliance protects up to 2,000 endpoints.",),
        (
            ("verbatim", "One Thistlewood Recover appliance protects up to 2,000 endpoints.", "T"),
            (
                "in-words",
                "One Thistlewood Recover appliance protects up to two thousand endpoints.",
                "T",
            ),
            ("abbrev", "One Thistlewood Recover appliance protects up to 2k endpoints.", "T"),
            ("label-value", "Endpoints per Thistlewood Recover appliance | 2,000", "R"),
            (
                "label-colon",
                "Max endpoints per Thistlewood Recover appliance: 2000",
                "T",
            ),
            (
                "reworded",
                "A single Thistlewood Recover appliance covers as many as 2,000 endpoints.",
                "T",
            ),
            (
                "question",
                "Q: How many endpoints can one Thistlewood Recover appliance protect? A: Up "
                "to 2,000.",
                "Q",
            ),
            (
                "notes",
                "For sizing, one Thistlewood Recover appliance protects up to 2,000 endpoints.",
                "S",
            ),
            (
                "retired-product",
                "One Rewindr appliance protects up to 5,000 endpoints.",
                "T",
            ),
            (
                "wrapped",
                "One Thistlewood Recover appliance protects\nup to 2,000 endpoints.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "One Thistlewood Recover appliance protects up to five thousand endpoints.",
                "T",
            ),
            ("current", "One Thistlewood Recover appliance protects up to 5k endpoints.", "T"),
            (
                "customer",
                "Tamsin Hotels runs its 2,000 endpoints on a single Thistlewood Recover appliance.",
                "T",
            ),
            (
                "community",
                "More than 2,000 admins have joined the Thistlewood community forum.",
                "T",
            ),
            (
                "partner",
                "Our partner programme has grown to 2,000 members.",
                "T",
            ),
            (
                "competitor",
                "Carrick Backup supports up to 2,000 endpoints per appliance.",
                "T",
            ),
        ),
    ),
    S(
        "response-time",
        "Thistlewood Watch analysts respond to critical alerts within 10 minutes, around "
        "the clock.",
        (
            "Thistlewood Watch analysts respond to critical alerts within 30 minutes, around "
            "the clock.",
        ),
        (
            (
                "verbatim",
                "Thistlewood Watch analysts respond to critical alerts within 30 minutes, "
                "around the clock.",
                "T",
            ),
            (
                "in-words",
                "Thistlewood Watch analysts respond to critical alerts within half an hour, "
                "around the clock.",
                "T",
            ),
            (
                "number-words",
                "Thistlewood Watch analysts respond to critical alerts within thirty minutes, "
                "day and night.",
                "T",
            ),
            ("label-value", "Critical alert response, Thistlewood Watch | 30 min", "R"),
            (
                "label-colon",
                "Thistlewood Watch response time for critical alerts: 30 minutes, 24/7",
                "T",
            ),
            (
                "reworded",
                "Thistlewood Watch analysts act on critical alerts in under 30 minutes, 24/7.",
                "T",
            ),
            (
                "question",
                "Q: How quickly does Thistlewood Watch respond to a critical alert? A: Within "
                "30 minutes, at any hour.",
                "Q",
            ),
            (
                "notes",
                "Remind them Thistlewood Watch analysts respond to critical alerts within 30 "
                "minutes, around the clock.",
                "S",
            ),
            (
                "retired-product",
                "Vigil analysts respond to critical alerts within 10 minutes, around the clock.",
                "T",
            ),
            (
                "wrapped",
                "Thistlewood Watch analysts respond to critical\nalerts within 30 minutes, "
                "around the clock.",
                "W",
            ),
            (
                "possessive",
                "Thistlewood Watch's response time for critical alerts is 30 minutes, day "
                "or night.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Watch analysts respond to critical alerts within ten minutes, "
                "around the clock.",
                "T",
            ),
            (
                "current",
                "Thistlewood Watch analysts respond to critical alerts in 10 min or less, 24/7.",
                "T",
            ),
            (
                "other-current",
                "Thistlewood Mail goes live in under 30 minutes, with no MX record change.",
                "T",
            ),
            (
                "competitor",
                "Carrick MDR promises a 30-minute response to critical alerts.",
                "T",
            ),
            (
                "regulator",
                "The Data Care Board expects critical incidents to be escalated within 30 minutes.",
                "T",
            ),
            ("webinar", "A 30-minute Thistlewood Watch demo runs every Tuesday at 3 pm.", "T"),
            (
                "headcount",
                "Thistlewood Watch has 120 analysts across three time zones.",
                "T",
            ),
            (
                "job-posting",
                "Thistlewood Watch is hiring night-shift analysts in Dundee.",
                "T",
            ),
        ),
    ),
    S(
        "watch-uptime",
        "The Thistlewood Watch platform has a 99.99% uptime SLA.",
        ("The Thistlewood Watch platform has a 99.9% uptime SLA.",),
        (
            ("verbatim", "The Thistlewood Watch platform has a 99.9% uptime SLA.", "T"),
            (
                "nines",
                "The Thistlewood Watch platform has a three-nines uptime SLA.",
                "T",
            ),
            ("label-value", "Thistlewood Watch uptime SLA | 99.9%", "R"),
            ("label-colon", "Uptime SLA (Thistlewood Watch): 99.9 %", "T"),
            (
                "reworded",
                "Thistlewood Watch is backed by a 99.9% uptime service level agreement.",
                "T",
            ),
            ("possessive", "Thistlewood Watch's SLA guarantees 99.9% uptime.", "T"),
            (
                "question",
                "Q: What uptime does the Thistlewood Watch SLA promise? A: 99.9%.",
                "Q",
            ),
            (
                "notes",
                "If procurement asks, the Thistlewood Watch platform has a 99.9% uptime SLA.",
                "S",
            ),
            ("retired-product", "The Vigil platform has a 99.99% uptime SLA.", "T"),
            ("bullet", "- 99.9% uptime SLA on the Thistlewood Watch platform", "T"),
        ),
        (
            ("current-words", "The Thistlewood Watch platform has a four-nines uptime SLA.", "T"),
            ("current", "The Thistlewood Watch platform has a 99.99 per cent uptime SLA.", "T"),
            ("competitor", "Carrick MDR offers a 99.9% uptime SLA.", "T"),
            (
                "other-metric",
                "Thistlewood Mail blocks 99.9% of known malware attachments.",
                "T",
            ),
            (
                "provider",
                "Our hosting provider, Norrow Cloud, commits to 99.9% availability.",
                "T",
            ),
            (
                "analyst",
                "Fennick Research says most MDR platforms manage 99.9% uptime.",
                "T",
            ),
        ),
    ),
    S(
        "alert-noise",
        "Thistlewood Watch cuts alert noise for in-house teams by 85%.",
        ("Thistlewood Watch cuts alert noise for in-house teams by 60%.",),
        (
            ("verbatim", "Thistlewood Watch cuts alert noise for in-house teams by 60%.", "T"),
            (
                "in-words",
                "Thistlewood Watch cuts alert noise for in-house teams by sixty percent.",
                "T",
            ),
            (
                "label-value",
                "Alert noise reduction for in-house teams, Thistlewood Watch | 60%",
                "R",
            ),
            ("label-colon", "Thistlewood Watch alert noise reduction: 60%", "T"),
            (
                "synonym",
                "Thistlewood Watch reduces alert noise for in-house security teams by 60%.",
                "T",
            ),
            (
                "noun",
                "In-house teams see a 60% cut in alert noise with Thistlewood Watch.",
                "T",
            ),
            (
                "question",
                "Q: How much quieter does Thistlewood Watch make the queue? A: It cuts alert "
                "noise for in-house teams by 60%.",
                "Q",
            ),
            (
                "notes",
                "Say it plainly: Thistlewood Watch cuts alert noise for in-house teams by 60%.",
                "S",
            ),
            ("retired-product", "Vigil cuts alert noise for in-house teams by 85%.", "T"),
            (
                "wrapped",
                "Thistlewood Watch cuts alert noise for\nin-house teams by 60%.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Thistlewood Watch cuts alert noise for in-house teams by eighty-five percent.",
                "T",
            ),
            (
                "current",
                "Thistlewood Watch reduces alert noise for in-house teams by 85 per cent.",
                "T",
            ),
            (
                "other-way",
                "Alert volumes at mid-size firms grew by 60% last year, Fennick Research reports.",
                "T",
            ),
            (
                "share",
                "Endpoints raise 60% of the alerts that Thistlewood Watch triages.",
                "T",
            ),
            ("competitor", "Carrick MDR claims a 60% cut in alert noise.", "T"),
            (
                "customer",
                "Orrin Bank's security team cut alert noise by 60% in its first quarter on "
                "Thistlewood Watch.",
                "T",
            ),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "phishing-block": (
        ("current-row", "Phishing emails blocked by Thistlewood Mail | 99.7%", "R"),
        (
            "case-study",
            "Case study: how Lisle Council's mail team stopped 99.2% of phishing at the gateway",
            "T",
        ),
        (
            "survey",
            "In our 2026 survey, 99% of IT leaders named phishing as their top email worry.",
            "T",
        ),
    ),
    "false-quarantine": (
        ("current-colon", "Thistlewood Mail false quarantine rate: under 0.01%", "T"),
        (
            "current-fraction",
            "Thistlewood Mail wrongly quarantines under 1 in 10,000 legitimate emails.",
            "T",
        ),
        (
            "analyst",
            "Fennick Research found that the typical gateway wrongly quarantines 0.05% of "
            "legitimate email.",
            "T",
        ),
    ),
    "mail-deploy": (
        ("current-colon", "Time to deploy Thistlewood Mail: < 30 min", "T"),
        (
            "current-reworded",
            "No MX record change is needed, and Thistlewood Mail is deployed in less than 30 "
            "minutes.",
            "T",
        ),
        (
            "partner",
            "Thistlewood Mail partners get two hours of free pre-sales engineering per deal.",
            "T",
        ),
    ),
    "mail-price": (
        ("current-bullet", "- Thistlewood Mail: $3 per user, per month", "T"),
        (
            "other-item",
            "Extra archive storage for Thistlewood Mail costs $4 per 100 GB per month.",
            "T",
        ),
        ("discount", "Charities get Thistlewood Mail at 40% off the list price.", "T"),
    ),
    "ransomware-detect": (
        ("current-row", "Ransomware detection time, Thistlewood Endpoint | < 2 s", "R"),
        (
            "current-question",
            "Q: How fast does Thistlewood Endpoint catch ransomware? A: In under 2 seconds.",
            "Q",
        ),
        (
            "standard-body",
            "The Endpoint Assurance Standard asks vendors to detect ransomware within 10 seconds.",
            "T",
        ),
    ),
    "agent-cpu": (
        ("current-row", "CPU use of the Thistlewood Endpoint agent | < 1%", "R"),
        (
            "other-product",
            "The Thistlewood Recover backup agent uses less than 3% of disk bandwidth during "
            "office hours.",
            "T",
        ),
        ("job-posting", "Join our endpoint team: we're hiring a kernel engineer in Cork.", "T"),
    ),
    "endpoint-rating": (
        ("current-row", "Thistlewood Endpoint rating on G2 | 4.8/5", "R"),
        (
            "other-metric",
            "Our 2026 customer survey gave Thistlewood support a satisfaction score of 4.6 "
            "out of 5.",
            "T",
        ),
        (
            "analyst",
            "Fennick Research ranks Thistlewood Endpoint among the top 3 EDR tools for "
            "mid-size firms.",
            "T",
        ),
    ),
    "click-rate": (
        (
            "current-row",
            "Drop in phishing click rate, Thistlewood Phish Coach, year one | 70%",
            "R",
        ),
        ("case-study", "Case study: Orrin Bank halves its phishing click rate", "T"),
        ("event", "The Phish Coach user day in Bristol drew 500 admins.", "T"),
    ),
    "report-rate": (
        (
            "current-row",
            "Suspicious emails reported after Thistlewood Phish Coach training | 3x",
            "R",
        ),
        (
            "other-way",
            "Staff who skip training are twice as likely to click a lure, Fennick Research says.",
            "T",
        ),
        (
            "other-metric",
            "The Thistlewood Phish Coach template library doubled to 800 simulations this year.",
            "T",
        ),
    ),
    "lesson-length": (
        ("current-row", "Monthly lesson time, Thistlewood Phish Coach | 5 min", "R"),
        (
            "podcast-length",
            "Each episode of the Thistlewood security podcast runs about 15 minutes.",
            "T",
        ),
    ),
    "restore-time": (
        (
            "current-notes",
            "Tell them Thistlewood Recover restores an encrypted laptop in 15 minutes.",
            "S",
        ),
        (
            "analyst-cost",
            "One hour of downtime costs a mid-size retailer \u00a340,000, Fennick Research "
            "estimates.",
            "T",
        ),
        (
            "other-metric",
            "Thistlewood Recover support picks up priority-one calls within 1 hour.",
            "T",
        ),
    ),
    "snapshot-retention": (
        (
            "current-question",
            "Q: How long does Thistlewood Recover keep immutable snapshots? A: 90 days.",
            "Q",
        ),
        (
            "case-study",
            "Case study: Tamsin Hotels keeps 30 days of guest-system backups offsite",
            "T",
        ),
        ("event", "Thistlewood Connect runs for 3 days in Manchester this October.", "T"),
    ),
    "appliance-scale": (
        ("current-row", "Endpoints per Thistlewood Recover appliance | 5,000", "R"),
        ("headcount", "Thistlewood now employs 2,000 people in nine countries.", "T"),
        (
            "other-metric",
            "A Thistlewood Recover appliance holds up to 2,000 TB of snapshots.",
            "T",
        ),
    ),
    "response-time": (
        ("current-row", "Critical alert response, Thistlewood Watch | 10 min", "R"),
        (
            "customer",
            "Hadley Freight's own SOC used to take 30 minutes to triage a critical alert.",
            "T",
        ),
    ),
    "watch-uptime": (
        ("current-row", "Thistlewood Watch uptime SLA | 99.99%", "R"),
        (
            "standard-body",
            "The MDR Buyers' Guide asks for at least 99.9% platform availability.",
            "T",
        ),
    ),
    "alert-noise": (
        (
            "current-wrapped",
            "Thistlewood Watch cuts alert noise for\nin-house teams by 85%.",
            "W",
        ),
        (
            "survey",
            "In our 2026 survey, 60% of security leaders said alert fatigue was their top problem.",
            "T",
        ),
        ("partner", "MSSP partners resell Thistlewood Watch in 60 countries.", "T"),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("MailMoat", "Thistlewood Mail"),
    ("Sentrybox", "Thistlewood Endpoint"),
    ("BaitWise", "Thistlewood Phish Coach"),
    ("Rewindr", "Thistlewood Recover"),
    ("Vigil", "Thistlewood Watch"),
)
FILLER = (
    "Open by asking how the customer's staff report a suspicious email today.",
    "Finish with a trial tenant connected to the customer's own mailboxes and laptops.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Thistlewood", 121, SUBJECTS, TERMS, FILLER)
