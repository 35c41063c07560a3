"""A blind held-out library for the matcher (issue 19): Halvard, B2B spend management.

    .venv/bin/python benchmarks/heldout_tenth_company.py --out /tmp/fc-halvard [--misses]

A tenth fictional company, generated like the ninth (``heldout_ninth_company``, Meridel,
whose writer and policy helpers it uses) with the shared writers (``heldout_files``) and
command line (``company_check``). It is a blind held-out library for issue 19, written
before any of its results were seen: its sentences were written from SPEC §4 alone, while
the matcher was being tuned by someone else, without reading the matcher, its notes or its
tests, and with other products, figures and wordings than the earlier companies.

Halvard sells corporate cards (Halvard Cards), expense management (Halvard Expense),
accounts payable (Halvard Payables), business travel (Halvard Travel) and month-end close
(Halvard Close). Each topic has a current approved message, its superseded text(s),
labelled positives (verbatim, a table row, a "Label: value" line, a question with its
answer, the old fact in words, rewordings and synonyms that keep the subject, a wrapped
line, a presenter's note, a retired product name) and look-alike negatives (the current fact
in another format or wording, an analyst's, survey's, regulator's, competitor's or one
customer's figure, in a case-study heading, a caption, a quote or a customer table, the same
number for another metric, the figure moving the other way, events, webinars, community and
newsletter counts, job postings, partner programme figures, prices of other items), placed
in every format: slide text, tables and speaker notes; Word paragraphs, tables and comments;
PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "close-days",
        "Halvard Close shortens the month-end close to 4 days.",
        ("Halvard Close shortens the month-end close to 9 days.",),
        (
            ("verbatim", "Halvard Close shortens the month-end close to 9 days.", "T"),
            ("label-value", "Month-end close with Halvard Close | 9 days", "R"),
            ("in-words", "Halvard Close shortens the month-end close to nine days.", "T"),
            (
                "reworded",
                "Controllers on Halvard Close finish the month-end close in 9 days.",
                "T",
            ),
            ("retired-product", "Ledgerly shortens the month-end close to 4 days.", "T"),
            (
                "wrapped",
                "Halvard Close shortens the month-end close to 9 days, so the board\npack "
                "goes out in the second week.",
                "W",
            ),
        ),
        (
            ("current", "Halvard Close shortens the month-end close to four days.", "T"),
            (
                "analyst",
                "The median finance team needs 9 days to close the books — Finch & Moor CFO "
                "Survey 2026.",
                "T",
            ),
            (
                "customer",
                "Customer spotlight: how Brackwater Logistics closed its books in 9 days.",
                "T",
            ),
            (
                "other-metric",
                "Halvard Close keeps a reopened period unlocked for 9 days by default.",
                "T",
            ),
            (
                "direction",
                "The month-end close stretched by 9 days for teams that migrated ledgers "
                "mid-year, Finch & Moor found.",
                "T",
            ),
        ),
    ),
    S(
        "customers",
        "Over 12,000 finance teams use Halvard.",
        ("Over 7,500 finance teams use Halvard.", "Over 4,000 finance teams use Halvard."),
        (
            ("verbatim", "Over 7,500 finance teams use Halvard.", "T"),
            ("older-figure", "Over 4,000 finance teams use Halvard.", "T"),
            ("label-value", "Finance teams on Halvard | 7,500+", "R"),
            ("reworded", "More than 7,500 finance departments run their spend on Halvard.", "T"),
            ("label-line", "Finance teams using Halvard: 7,500 and counting", "T"),
            ("q-and-a", "Q: How many finance teams use Halvard?\nA: Over 7,500.", "Q"),
        ),
        (
            ("current", "Over twelve thousand finance teams use Halvard.", "T"),
            (
                "community",
                "Over 7,500 controllers swap tips in the Halvard Finance Circle community.",
                "T",
            ),
            (
                "newsletter",
                "The Halvard Ledger Notes newsletter goes to over 7,500 subscribers each week.",
                "T",
            ),
            ("competitor", "Spendara says over 7,500 finance teams use its cards.", "T"),
            (
                "event",
                "Over 7,500 people signed up for Halvard's year-end close webinar series.",
                "T",
            ),
        ),
    ),
    S(
        "expense-time",
        "Halvard Expense cuts time spent on expense reports by 75%.",
        ("Halvard Expense cuts time spent on expense reports by 50%.",),
        (
            ("verbatim", "Halvard Expense cuts time spent on expense reports by 50%.", "T"),
            ("label-value", "Time saved on expense reports | 50%", "R"),
            ("in-words", "Halvard Expense halves the time spent on expense reports.", "T"),
            (
                "synonym",
                "Employees on Halvard Expense spend 50 percent less time on expense claims.",
                "T",
            ),
            ("retired-product", "SpendKit cuts time spent on expense reports by 75%.", "T"),
            (
                "notes",
                "If the CFO asks, the headline is that expense reports take half the time "
                "with Halvard Expense.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Halvard Expense cuts time spent on expense reports by three quarters.",
                "T",
            ),
            (
                "customer",
                "Brackwater Logistics' finance team halved the time it spends on expense reports.",
                "T",
            ),
            (
                "analyst",
                "Per Finch & Moor, mobile receipt capture alone cuts expense report time by 50%.",
                "T",
            ),
            (
                "other-metric",
                "50% of Halvard Expense reports are submitted from a phone.",
                "T",
            ),
            (
                "testimonial",
                '"Our people spend half the time on expenses they used to," says Mara Lind, '
                "controller at Pelling & Co.",
                "T",
            ),
        ),
    ),
    S(
        "cashback",
        "Halvard Cards pay 1.5% cashback on every purchase.",
        ("Halvard Cards pay 1% cashback on every purchase.",),
        (
            ("verbatim", "Halvard Cards pay 1% cashback on every purchase.", "T"),
            ("label-value", "Halvard Cards cashback | 1%", "R"),
            ("label-line", "Cashback on Halvard Cards: 1% on all spend", "T"),
            ("reworded", "Every purchase on a Halvard Card earns 1% cashback.", "T"),
            ("in-words", "Halvard Cards pay one percent cashback on every purchase.", "T"),
        ),
        (
            ("current", "Halvard Cards cashback | 1.5 percent", "R"),
            ("competitor", "Spendara's cards pay 1% cashback on every purchase.", "T"),
            ("pricing", "Halvard Cards foreign transaction fee | 1%", "R"),
            (
                "regulatory",
                "Interchange on consumer debit cards is capped at 1% in some markets.",
                "T",
            ),
            (
                "other-metric",
                "Halvard Cards decline about 1% of purchases for a missing receipt.",
                "T",
            ),
        ),
    ),
    S(
        "invoice-time",
        "Halvard Payables processes an invoice in 2 minutes.",
        ("Halvard Payables processes an invoice in 10 minutes.",),
        (
            ("verbatim", "Halvard Payables processes an invoice in 10 minutes.", "T"),
            ("label-value", "Invoice processing time | 10 minutes", "R"),
            ("in-words", "Halvard Payables processes an invoice in ten minutes.", "T"),
            (
                "reworded",
                "An invoice goes from inbox to approved in 10 minutes on Halvard Payables.",
                "T",
            ),
            ("retired-product", "PayRail processes an invoice in 2 minutes.", "T"),
        ),
        (
            ("current", "Halvard Payables processes an invoice in two minutes.", "T"),
            (
                "analyst",
                "Manual teams take 10 minutes per invoice (Finch & Moor AP Benchmark, 2025).",
                "T",
            ),
            (
                "other-metric",
                "Halvard Payables sends approvers a reminder 10 minutes before a payment run.",
                "T",
            ),
            (
                "event",
                "Join our 10-minute demo of Halvard Payables every Tuesday.",
                "T",
            ),
        ),
    ),
    S(
        "invoice-cost",
        "Halvard Payables lowers the cost of processing an invoice to $2.",
        ("Halvard Payables lowers the cost of processing an invoice to $5.",),
        (
            ("verbatim", "Halvard Payables lowers the cost of processing an invoice to $5.", "T"),
            ("label-value", "Cost per invoice on Halvard Payables | $5", "R"),
            (
                "in-words",
                "Halvard Payables lowers the cost of processing an invoice to five dollars.",
                "T",
            ),
            ("label-line", "Cost to process one invoice with Halvard Payables: $5.00", "T"),
        ),
        (
            ("current", "Halvard Payables lowers the cost of processing an invoice to $2.00.", "T"),
            (
                "analyst",
                "An invoice costs $5 to process in a best-in-class AP team, Finch & Moor "
                "estimates.",
                "T",
            ),
            ("pricing", "Halvard Payables same-day payment | $5 per payment", "R"),
            (
                "competitor",
                "Spendara claims a $5 cost per invoice on its payables module.",
                "T",
            ),
        ),
    ),
    S(
        "currencies",
        "Halvard pays suppliers in 140 currencies.",
        ("Halvard pays suppliers in 90 currencies.",),
        (
            ("verbatim", "Halvard pays suppliers in 90 currencies.", "T"),
            ("label-value", "Supplier payment currencies | 90", "R"),
            ("reworded", "Suppliers can be paid in 90 currencies through Halvard.", "T"),
            ("in-words", "Halvard pays suppliers in ninety currencies.", "T"),
            ("retired-product", "PayRail pays suppliers in 140 currencies.", "T"),
        ),
        (
            (
                "current",
                "Suppliers can be paid in one hundred and forty currencies through Halvard.",
                "T",
            ),
            ("other-metric", "Halvard pays suppliers within 90 minutes on its instant rail.", "T"),
            (
                "competitor",
                "Spendara's website lists 90 currencies for international supplier payments.",
                "T",
            ),
            (
                "partner",
                "90 banks take part in the Halvard Partner Programme.",
                "T",
            ),
        ),
    ),
    S(
        "card-countries",
        "Halvard Cards are issued in 30 countries.",
        ("Halvard Cards are issued in 18 countries.",),
        (
            ("verbatim", "Halvard Cards are issued in 18 countries.", "T"),
            ("label-value", "Countries where Halvard Cards are issued | 18", "R"),
            ("in-words", "Halvard Cards are issued in eighteen countries.", "T"),
            (
                "q-and-a",
                "Q: In how many countries can we issue Halvard Cards?\nA: 18.",
                "Q",
            ),
        ),
        (
            ("current", "Halvard Cards are issued in thirty countries.", "T"),
            ("job", "Halvard is hiring in 18 countries; see the careers page.", "T"),
            (
                "regulatory",
                "E-money licences are passported to 18 countries under the scheme rules.",
                "T",
            ),
            (
                "customer",
                "Pelling & Co. rolled out Halvard Cards to staff in 18 countries in a month.",
                "T",
            ),
        ),
    ),
    S(
        "uptime",
        "Halvard is available 99.99% of the time.",
        ("Halvard is available 99.95% of the time.",),
        (
            ("verbatim", "Halvard is available 99.95% of the time.", "T"),
            ("label-value", "Halvard platform availability | 99.95%", "R"),
            ("label-line", "Halvard uptime: 99.95%", "T"),
            ("reworded", "The Halvard platform stays up 99.95% of the time.", "T"),
        ),
        (
            ("current", "Halvard is available 99.99 percent of the time.", "T"),
            (
                "competitor",
                "Spendara promises 99.95% availability in its service terms.",
                "T",
            ),
            (
                "other-metric",
                "Halvard matches 99.95% of card transactions to a ledger account.",
                "T",
            ),
            (
                "analyst",
                "Card networks averaged 99.95% availability last year, Finch & Moor reports.",
                "T",
            ),
        ),
    ),
    S(
        "fraud",
        "Halvard blocks 98% of fraudulent card transactions.",
        ("Halvard blocks 95% of fraudulent card transactions.",),
        (
            ("verbatim", "Halvard blocks 95% of fraudulent card transactions.", "T"),
            ("label-value", "Fraudulent card transactions blocked | 95%", "R"),
            ("reworded", "95% of fraudulent transactions on Halvard Cards are stopped.", "T"),
            ("synonym", "Halvard stops 95 percent of card fraud before it clears.", "T"),
            (
                "notes",
                "Security question? Halvard blocks ninety-five percent of fraudulent card "
                "transactions.",
                "S",
            ),
        ),
        (
            ("current", "Halvard blocks 98 percent of fraudulent card transactions.", "T"),
            (
                "analyst",
                "Card issuers block 95% of fraudulent transactions on average, the Payments "
                "Risk Council says.",
                "T",
            ),
            (
                "other-metric",
                "95% of Halvard Cards are virtual cards.",
                "T",
            ),
            (
                "direction",
                "Card fraud attempts on business accounts rose 95% between 2023 and 2025.",
                "T",
            ),
        ),
    ),
    S(
        "receipt-matching",
        "Halvard Expense matches 96% of receipts automatically.",
        ("Halvard Expense matches 80% of receipts automatically.",),
        (
            ("verbatim", "Halvard Expense matches 80% of receipts automatically.", "T"),
            ("label-value", "Receipts matched automatically | 80%", "R"),
            ("in-words", "Halvard Expense matches four out of five receipts automatically.", "T"),
            (
                "reworded",
                "80% of receipts are matched to a card purchase with no one touching them.",
                "T",
            ),
            ("retired-product", "SpendKit matches 96% of receipts automatically.", "T"),
        ),
        (
            (
                "current",
                "Halvard Expense matches ninety-six percent of receipts automatically.",
                "T",
            ),
            (
                "customer",
                "Brackwater Logistics | 80% of receipts matched in month one",
                "R",
            ),
            (
                "other-metric",
                "Halvard Expense reads receipts in 80 languages.",
                "T",
            ),
            (
                "competitor",
                "Spendara says its app matches 80% of receipts automatically.",
                "T",
            ),
        ),
    ),
    S(
        "travel-savings",
        "Halvard Travel saves companies 22% on business travel.",
        ("Halvard Travel saves companies 12% on business travel.",),
        (
            ("verbatim", "Halvard Travel saves companies 12% on business travel.", "T"),
            ("label-value", "Business travel savings | 12%", "R"),
            ("reworded", "Companies booking through Halvard Travel spend 12% less on travel.", "T"),
            ("retired-product", "Tripwise saves companies 22% on business travel.", "T"),
            (
                "wrapped",
                "Halvard Travel saves companies 12% on business travel by\nsteering bookings "
                "to negotiated fares.",
                "W",
            ),
        ),
        (
            (
                "current",
                "Halvard Travel saves companies twenty-two percent on business travel.",
                "T",
            ),
            (
                "direction",
                "Business travel prices rose 12% in 2026, according to the Global Travel Index.",
                "T",
            ),
            (
                "other-metric",
                "Halvard Travel books 12% of its trips by rail.",
                "T",
            ),
            (
                "testimonial",
                '"We saved 12% on flights in the first quarter," says Ivo Marsh, travel '
                "manager at Pelling & Co.",
                "T",
            ),
        ),
    ),
    S(
        "out-of-policy",
        "Halvard cuts out-of-policy spend by 60%.",
        ("Halvard cuts out-of-policy spend by 40%.",),
        (
            ("verbatim", "Halvard cuts out-of-policy spend by 40%.", "T"),
            ("label-value", "Out-of-policy spend reduction | 40%", "R"),
            ("synonym", "Halvard reduces spending outside company policy by 40 percent.", "T"),
            ("in-words", "Halvard cuts out-of-policy spend by two fifths.", "T"),
            ("label-line", "Out-of-policy spend with Halvard: down 40%", "T"),
        ),
        (
            ("current", "Halvard cuts out-of-policy spend by three fifths.", "T"),
            (
                "analyst",
                "Out-of-policy spend is 40% of all expense leakage, Finch & Moor's survey "
                "of 600 CFOs found.",
                "T",
            ),
            (
                "customer",
                "Photo caption: Pelling & Co.'s finance team, who cut out-of-policy spend by 40%.",
                "T",
            ),
            (
                "other-metric",
                "Halvard flags 40% of out-of-policy purchases before the card is charged.",
                "T",
            ),
        ),
    ),
    S(
        "reimbursement",
        "Halvard Expense reimburses employees within 1 business day.",
        ("Halvard Expense reimburses employees within 5 business days.",),
        (
            ("verbatim", "Halvard Expense reimburses employees within 5 business days.", "T"),
            ("label-value", "Employee reimbursement time | 5 business days", "R"),
            ("in-words", "Halvard Expense reimburses employees within five business days.", "T"),
            (
                "reworded",
                "Employees get their expenses paid back within 5 business days on Halvard Expense.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How quickly does Halvard Expense pay employees back?\nA: Within 5 business "
                "days.",
                "Q",
            ),
        ),
        (
            ("current", "Halvard Expense reimburses employees within one business day.", "T"),
            (
                "regulatory",
                "Employers must reimburse approved expenses within 5 business days under "
                "the state's wage rules.",
                "T",
            ),
            (
                "other-metric",
                "Halvard Expense holds a disputed claim for 5 business days before escalating.",
                "T",
            ),
            (
                "competitor",
                "Spendara reimburses employees within 5 business days, its pricing page says.",
                "T",
            ),
        ),
    ),
    S(
        "integrations",
        "Halvard connects to 45 accounting systems.",
        ("Halvard connects to 25 accounting systems.",),
        (
            ("verbatim", "Halvard connects to 25 accounting systems.", "T"),
            ("label-value", "Accounting system integrations | 25", "R"),
            ("reworded", "Halvard syncs with 25 accounting and ERP systems out of the box.", "T"),
            ("in-words", "Halvard connects to twenty-five accounting systems.", "T"),
            ("retired-product", "Ledgerly connects to 45 accounting systems.", "T"),
        ),
        (
            ("current", "Halvard connects to forty-five accounting systems.", "T"),
            (
                "partner",
                "25 accounting firms joined the Halvard Partner Programme this quarter.",
                "T",
            ),
            (
                "job",
                "Open role: integrations engineer, working on our 25-person platform team.",
                "T",
            ),
            (
                "competitor",
                "Spendara integrates with 25 accounting systems, according to its docs.",
                "T",
            ),
        ),
    ),
    S(
        "go-live",
        "Finance teams go live on Halvard in 5 days.",
        ("Finance teams go live on Halvard in 3 weeks.",),
        (
            ("verbatim", "Finance teams go live on Halvard in 3 weeks.", "T"),
            ("label-value", "Time to go live on Halvard | 3 weeks", "R"),
            ("in-words", "Finance teams go live on Halvard in twenty-one days.", "T"),
            ("reworded", "A finance team is up and running on Halvard within three weeks.", "T"),
            (
                "notes",
                "On implementation, be plain: finance teams go live on Halvard in 3 weeks.",
                "S",
            ),
        ),
        (
            ("current", "Finance teams go live on Halvard in five days.", "T"),
            (
                "customer",
                "Brackwater Logistics went live on Halvard in 3 weeks across four subsidiaries.",
                "T",
            ),
            (
                "other-metric",
                "Halvard's free trial runs for 3 weeks.",
                "T",
            ),
            (
                "analyst",
                "Finch & Moor found spend platforms take 3 weeks to go live at mid-market firms.",
                "T",
            ),
        ),
    ),
    S(
        "payment-volume",
        "Halvard processes $60 billion in payments a year.",
        ("Halvard processes $25 billion in payments a year.",),
        (
            ("verbatim", "Halvard processes $25 billion in payments a year.", "T"),
            ("label-value", "Annual payment volume | $25B", "R"),
            ("in-words", "Halvard processes twenty-five billion dollars in payments a year.", "T"),
            ("label-line", "Payments processed by Halvard each year: $25 billion", "T"),
        ),
        (
            ("current", "Halvard processes $60B in payments a year.", "T"),
            (
                "analyst",
                "The mid-market spend management market will reach $25 billion by 2030, "
                "Finch & Moor projects.",
                "T",
            ),
            (
                "competitor",
                "Spendara says it processed $25 billion in payments last year.",
                "T",
            ),
            (
                "other-metric",
                "Halvard's customers manage $25 billion in annual travel budgets.",
                "T",
            ),
        ),
    ),
    S(
        "rating",
        "Finance teams rate Halvard 4.8 out of 5.",
        ("Finance teams rate Halvard 4.5 out of 5.",),
        (
            ("verbatim", "Finance teams rate Halvard 4.5 out of 5.", "T"),
            ("label-value", "Halvard rating from finance teams | 4.5/5", "R"),
            ("reworded", "Halvard holds a 4.5 of 5 rating from finance teams.", "T"),
            ("q-and-a", "Q: How do finance teams rate Halvard?\nA: 4.5 out of 5.", "Q"),
        ),
        (
            ("current", "Halvard rating from finance teams | 4.8/5", "R"),
            ("competitor", "Spendara is rated 4.5 out of 5 on the same review site.", "T"),
            ("event", "Attendees rated Halvard's Close Camp 4.5 out of 5.", "T"),
            (
                "other-metric",
                "Halvard Travel's hotel inventory averages 4.5 out of 5 in guest reviews.",
                "T",
            ),
        ),
    ),
    S(
        "early-pay",
        "Halvard Payables captures 3x more early-payment discounts.",
        ("Halvard Payables captures 2x more early-payment discounts.",),
        (
            ("verbatim", "Halvard Payables captures 2x more early-payment discounts.", "T"),
            ("label-value", "Early-payment discounts captured | 2x", "R"),
            ("in-words", "Halvard Payables captures twice as many early-payment discounts.", "T"),
            ("retired-product", "PayRail captures 3x more early-payment discounts.", "T"),
        ),
        (
            ("current", "Halvard Payables captures three times more early-payment discounts.", "T"),
            (
                "customer",
                "Pelling & Co.'s AP team doubled the early-payment discounts it takes.",
                "T",
            ),
            (
                "other-metric",
                "Halvard Payables runs 2x more payment batches a day than last year.",
                "T",
            ),
            (
                "analyst",
                "Automated AP teams capture 2x more early-payment discounts, says Finch & Moor.",
                "T",
            ),
        ),
    ),
    S(
        "support",
        "Halvard support responds to admins in under 10 minutes.",
        ("Halvard support responds to admins in under 30 minutes.",),
        (
            ("verbatim", "Halvard support responds to admins in under 30 minutes.", "T"),
            ("label-value", "Support response time for admins | 30 minutes", "R"),
            ("in-words", "Halvard support responds to admins in under half an hour.", "T"),
            ("label-line", "Admin support response: under 30 min", "T"),
        ),
        (
            ("current", "Halvard support responds to admins in under ten minutes.", "T"),
            (
                "event",
                "Halvard office hours: 30 minutes with a support engineer, every Friday.",
                "T",
            ),
            (
                "competitor",
                "Spendara's support promises a response in under 30 minutes.",
                "T",
            ),
            ("job", "Support specialists: 30 days of onboarding before taking chats.", "T"),
        ),
    ),
    S(
        "expense-price",
        "Halvard Expense costs $8 per user per month.",
        ("Halvard Expense costs $12 per user per month.",),
        (
            ("verbatim", "Halvard Expense costs $12 per user per month.", "T"),
            ("label-value", "Halvard Expense price | $12 per user per month", "R"),
            ("label-line", "Halvard Expense pricing: $12/user/month", "T"),
            ("in-words", "Halvard Expense costs twelve dollars per user per month.", "T"),
            ("retired-product", "SpendKit costs $8 per user per month.", "T"),
        ),
        (
            ("current", "Halvard Expense costs eight dollars per user per month.", "T"),
            ("pricing", "Halvard Travel | $12 per user per month", "R"),
            ("pricing", "Additional card program manager seat | $12 per month", "R"),
            (
                "competitor",
                "Spendara charges $12 per user per month for expenses.",
                "T",
            ),
        ),
    ),
    S(
        "duplicates",
        "Halvard Payables prevents 99% of duplicate payments.",
        ("Halvard Payables prevents 90% of duplicate payments.",),
        (
            ("verbatim", "Halvard Payables prevents 90% of duplicate payments.", "T"),
            ("label-value", "Duplicate payments prevented | 90%", "R"),
            ("in-words", "Halvard Payables prevents nine out of ten duplicate payments.", "T"),
            ("synonym", "Halvard Payables stops 90% of invoices being paid twice.", "T"),
        ),
        (
            (
                "current",
                "Halvard Payables prevents ninety-nine percent of duplicate payments.",
                "T",
            ),
            (
                "analyst",
                "Duplicate payments cost firms 90 basis points of spend, Finch & Moor estimates.",
                "T",
            ),
            (
                "other-metric",
                "90% of Halvard Payables invoices arrive by e-mail.",
                "T",
            ),
            (
                "customer",
                "Customer story: Brackwater Logistics stopped 90% of its duplicate payments.",
                "T",
            ),
        ),
    ),
    S(
        "approvals",
        "Purchase requests are approved in 4 hours on Halvard.",
        ("Purchase requests are approved in 2 days on Halvard.",),
        (
            ("verbatim", "Purchase requests are approved in 2 days on Halvard.", "T"),
            ("label-value", "Purchase request approval time | 2 days", "R"),
            ("in-words", "Purchase requests are approved in two days on Halvard.", "T"),
            ("reworded", "On Halvard a purchase request gets its approval within 2 days.", "T"),
            (
                "q-and-a",
                "Q: How long does a purchase request wait for approval on Halvard?\nA: About "
                "two days.",
                "Q",
            ),
        ),
        (
            ("current", "Purchase requests are approved in four hours on Halvard.", "T"),
            (
                "other-metric",
                "Halvard escalates a purchase request after 2 days without an answer.",
                "T",
            ),
            (
                "analyst",
                "Purchase requests wait 2 days for approval at a typical firm, according to "
                "Finch & Moor.",
                "T",
            ),
            (
                "event",
                "Halvard Close Camp runs for 2 days in Rotterdam this spring.",
                "T",
            ),
        ),
    ),
    S(
        "audit-prep",
        "Halvard cuts audit preparation time by 45%.",
        ("Halvard cuts audit preparation time by 30%.",),
        (
            ("verbatim", "Halvard cuts audit preparation time by 30%.", "T"),
            ("label-value", "Audit preparation time saved | 30%", "R"),
            (
                "reworded",
                "Finance teams on Halvard spend 30% less time getting ready for audit.",
                "T",
            ),
            ("retired-product", "Ledgerly cuts audit preparation time by 45%.", "T"),
        ),
        (
            ("current", "Halvard cuts audit preparation time by forty-five percent.", "T"),
            (
                "customer",
                "Pelling & Co. | audit prep time down 30%",
                "R",
            ),
            (
                "regulatory",
                "Auditors may sample 30% of transactions under the revised standard.",
                "T",
            ),
            (
                "direction",
                "Audit fees rose 30% for mid-market companies over three years.",
                "T",
            ),
        ),
    ),
    S(
        "virtual-card",
        "Halvard issues a virtual card in 10 seconds.",
        ("Halvard issues a virtual card in 60 seconds.",),
        (
            ("verbatim", "Halvard issues a virtual card in 60 seconds.", "T"),
            ("label-value", "Time to issue a virtual card | 60 seconds", "R"),
            ("in-words", "Halvard issues a virtual card in a minute.", "T"),
            ("reworded", "A new Halvard virtual card is ready to spend in 60 seconds.", "T"),
        ),
        (
            ("current", "Halvard issues a virtual card in ten seconds.", "T"),
            (
                "other-metric",
                "Halvard virtual card numbers refresh every 60 seconds in the app.",
                "T",
            ),
            (
                "competitor",
                "Spendara issues a virtual card in 60 seconds, its launch post says.",
                "T",
            ),
        ),
    ),
    S(
        "payback",
        "Halvard pays for itself in 4 months.",
        ("Halvard pays for itself in 9 months.",),
        (
            ("verbatim", "Halvard pays for itself in 9 months.", "T"),
            ("label-value", "Payback period | 9 months", "R"),
            ("in-words", "Halvard pays for itself in nine months.", "T"),
            (
                "notes",
                "For the ROI slide: Halvard pays for itself within 9 months.",
                "S",
            ),
        ),
        (
            ("current", "Halvard pays for itself in four months.", "T"),
            (
                "analyst",
                "Spend platforms pay back in 9 months on average, Finch & Moor's ROI study found.",
                "T",
            ),
            (
                "other-metric",
                "Halvard contracts renew every 9 months for seasonal businesses.",
                "T",
            ),
            (
                "testimonial",
                '"Halvard paid for itself in nine months," says Ivo Marsh of Pelling & Co.',
                "T",
            ),
        ),
    ),
    S(
        "cardholders",
        "More than 2 million employees spend with Halvard Cards.",
        ("More than 800,000 employees spend with Halvard Cards.",),
        (
            ("verbatim", "More than 800,000 employees spend with Halvard Cards.", "T"),
            ("label-value", "Employees carrying Halvard Cards | 800,000+", "R"),
            ("reworded", "Over 800,000 employees carry a Halvard Card.", "T"),
            (
                "in-words",
                "More than eight hundred thousand employees spend with Halvard Cards.",
                "T",
            ),
        ),
        (
            ("current", "More than two million employees spend with Halvard Cards.", "T"),
            (
                "other-metric",
                "Halvard Cards handled more than 800,000 transactions on Black Friday.",
                "T",
            ),
            (
                "competitor",
                "Spendara says more than 800,000 employees use its cards.",
                "T",
            ),
        ),
    ),
    S(
        "fx-fee",
        "Halvard charges 0.5% on currency conversion.",
        ("Halvard charges 1% on currency conversion.",),
        (
            ("verbatim", "Halvard charges 1% on currency conversion.", "T"),
            ("label-value", "Currency conversion fee | 1%", "R"),
            ("label-line", "FX fee on Halvard payments: 1%", "T"),
            ("reworded", "Converting currency on Halvard costs 1% of the amount.", "T"),
        ),
        (
            ("current", "Halvard charges half a percent on currency conversion.", "T"),
            ("competitor", "Spendara charges 1% on currency conversion, on top of bank fees.", "T"),
            ("pricing", "Halvard Payables wire transfer | $15 per payment", "R"),
            (
                "regulatory",
                "The disclosure rules require any currency markup above 1% to be shown before "
                "the payment is sent.",
                "T",
            ),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "close-days": (
        ("q-and-a", "Q: How long is the month-end close on Halvard Close?\nA: Nine days.", "Q"),
    ),
    "customers": (("in-words", "Over seven and a half thousand finance teams use Halvard.", "T"),),
    "cashback": (
        (
            "notes",
            "Remind them the card pays 1% cashback on every purchase with Halvard Cards.",
            "S",
        ),
    ),
    "invoice-time": (
        ("label-line", "Time to process an invoice on Halvard Payables: 10 min", "T"),
    ),
    "invoice-cost": (("reworded", "Each invoice costs $5 to process with Halvard Payables.", "T"),),
    "currencies": (("label-line", "Currencies for supplier payments on Halvard: 90", "T"),),
    "card-countries": (
        ("reworded", "Companies can issue Halvard Cards to staff in 18 countries.", "T"),
    ),
    "uptime": (("q-and-a", "Q: What availability does Halvard commit to?\nA: 99.95%.", "Q"),),
    "fraud": (
        ("in-words", "Halvard blocks ninety-five percent of fraudulent card transactions.", "T"),
    ),
    "receipt-matching": (
        ("label-line", "Automatic receipt matching in Halvard Expense: 80%", "T"),
    ),
    "travel-savings": (
        ("in-words", "Halvard Travel saves companies twelve percent on business travel.", "T"),
    ),
    "out-of-policy": (
        ("notes", "Good moment to say Halvard cuts out-of-policy spend by 40%.", "S"),
    ),
    "reimbursement": (
        ("label-line", "Reimbursement with Halvard Expense: within 5 business days", "T"),
    ),
    "integrations": (
        (
            "q-and-a",
            "Q: How many accounting systems does Halvard connect to?\nA: 25.",
            "Q",
        ),
    ),
    "go-live": (("label-line", "Go-live on Halvard: three weeks", "T"),),
    "payment-volume": (
        ("reworded", "Over $25 billion in payments flows through Halvard every year.", "T"),
    ),
    "rating": (("in-words", "Finance teams rate Halvard four and a half out of five.", "T"),),
    "early-pay": (("label-line", "Early-payment discounts with Halvard Payables: 2x more", "T"),),
    "support": (("reworded", "Admins hear back from Halvard support within 30 minutes.", "T"),),
    "expense-price": (
        ("q-and-a", "Q: What does Halvard Expense cost?\nA: $12 per user per month.", "Q"),
    ),
    "duplicates": (("label-line", "Duplicate payments stopped by Halvard Payables: 90%", "T"),),
    "approvals": (("label-line", "Purchase approvals on Halvard: 2 days", "T"),),
    "audit-prep": (("in-words", "Halvard cuts audit preparation time by thirty percent.", "T"),),
    "virtual-card": (("label-line", "Virtual card issuing on Halvard: 1 minute", "T"),),
    "payback": (("reworded", "Customers recover the cost of Halvard within 9 months.", "T"),),
    "cardholders": (("label-line", "Halvard cardholders: 800,000+", "T"),),
    "fx-fee": (("in-words", "Halvard charges one percent on currency conversion.", "T"),),
}

MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "close-days": (
        (
            "testimonial",
            '"We closed in nine days for the first time ever," says Mara Lind of Pelling & Co.',
            "T",
        ),
        ("current", "Month-end close with Halvard Close | 4 days", "R"),
    ),
    "customers": (
        (
            "analyst",
            "Over 7,500 finance teams were surveyed for the Finch & Moor CFO Survey.",
            "T",
        ),
    ),
    "expense-time": (
        (
            "current",
            "Employees on Halvard Expense spend 75 percent less time on expense claims.",
            "T",
        ),
        ("competitor", "Spendara claims it cuts expense report time by 50%.", "T"),
    ),
    "invoice-time": (
        ("competitor", "Spendara says its AP tool processes an invoice in 10 minutes.", "T"),
        ("customer", "Case study | Pelling & Co. processes an invoice in 10 minutes", "R"),
    ),
    "invoice-cost": (
        ("pricing", "Halvard Payables charges $5 for a paper check mailed to a supplier.", "T"),
        ("current", "Cost per invoice on Halvard Payables | $2", "R"),
    ),
    "currencies": (
        (
            "customer",
            "Brackwater Logistics pays suppliers in 90 currencies through Halvard.",
            "T",
        ),
    ),
    "card-countries": (
        ("competitor", "Spendara issues cards in 18 countries.", "T"),
        ("current", "Countries where Halvard Cards are issued | 30", "R"),
    ),
    "uptime": (("current", "Halvard platform availability | 99.99%", "R"),),
    "fraud": (
        ("competitor", "Spendara blocks 95% of fraudulent card transactions, it claims.", "T"),
        ("customer", "Pelling & Co. | 95% of fraudulent transactions blocked", "R"),
    ),
    "receipt-matching": (
        ("analyst", "Only 80% of receipts are ever submitted, according to Finch & Moor.", "T"),
        (
            "direction",
            "Lost receipts rose 80% after the move to hybrid work, Finch & Moor found.",
            "T",
        ),
    ),
    "travel-savings": (
        ("competitor", "Voyagr for Business says it saves companies 12% on travel.", "T"),
        ("customer", "Brackwater Logistics | business travel spend down 12%", "R"),
    ),
    "out-of-policy": (
        (
            "competitor",
            "Spendara says its policy engine cuts out-of-policy spend by 40%.",
            "T",
        ),
    ),
    "reimbursement": (
        (
            "customer",
            "Pelling & Co. reimbursed its sales team within 5 business days all year.",
            "T",
        ),
    ),
    "integrations": (
        ("other-metric", "Halvard's card controls cover 25 merchant categories.", "T"),
        ("event", "25 partners exhibit at Halvard's Close Camp.", "T"),
    ),
    "go-live": (
        ("job", "New Halvard implementation consultants shadow a senior for 3 weeks.", "T"),
        ("current", "Time to go live on Halvard | 5 days", "R"),
    ),
    "payment-volume": (
        ("customer", "Brackwater Logistics | $25 billion in freight payments a year", "R"),
        (
            "direction",
            "B2B card payment volumes fell $25 billion in the region last year, the Payments "
            "Risk Council reports.",
            "T",
        ),
    ),
    "rating": (
        (
            "customer",
            "Pelling & Co.'s finance team gave Halvard 4.5 out of 5 in its vendor review.",
            "T",
        ),
    ),
    "early-pay": (
        (
            "competitor",
            "Spendara says its payables module captures 2x more early-payment discounts.",
            "T",
        ),
        ("current", "Early-payment discounts captured | 3x", "R"),
    ),
    "support": (
        (
            "analyst",
            "Finance software vendors respond in under 30 minutes on average, per Finch & Moor.",
            "T",
        ),
        ("current", "Support response time for admins | 10 minutes", "R"),
    ),
    "expense-price": (
        (
            "regulatory",
            "The meal allowance for the capital rises by $12 per day from January.",
            "T",
        ),
    ),
    "duplicates": (
        ("competitor", "Spendara claims it prevents 90% of duplicate payments.", "T"),
        (
            "direction",
            "Duplicate payments rose 90% at firms that kept paper invoices, Finch & Moor found.",
            "T",
        ),
    ),
    "approvals": (
        (
            "customer",
            "Pelling & Co. approves purchase requests in 2 days, down from a week.",
            "T",
        ),
    ),
    "audit-prep": (
        ("competitor", "Spendara says it cuts audit prep time by 30%.", "T"),
        (
            "analyst",
            "Audit preparation takes up 30% of the finance team's year-end, Finch & Moor says.",
            "T",
        ),
    ),
    "virtual-card": (
        ("customer", "Brackwater Logistics issued its first virtual card in 60 seconds.", "T"),
        ("current", "Time to issue a virtual card | 10 seconds", "R"),
    ),
    "payback": (("competitor", "Spendara claims to pay for itself in 9 months.", "T"),),
    "cardholders": (
        (
            "event",
            "More than 800,000 people watched the Halvard Close Camp keynote online.",
            "T",
        ),
        (
            "analyst",
            "More than 800,000 employees in the region carry a corporate card, Finch & Moor "
            "estimates.",
            "T",
        ),
    ),
    "fx-fee": (
        ("direction", "Currency conversion costs rose 1% for importers this year.", "T"),
        ("current", "Currency conversion fee | 0.5%", "R"),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("SpendKit", "Halvard Expense"),
    ("PayRail", "Halvard Payables"),
    ("Ledgerly", "Halvard Close"),
    ("Tripwise", "Halvard Travel"),
)
FILLER = (
    "Start by asking the controller how many days the close takes today.",
    "End on the customer's own spend, loaded into a trial workspace.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Halvard", 101, SUBJECTS, TERMS, FILLER)
