"""A blind held-out library for the matcher (issue 19): Saltmarsh, retail inventory and POS.

    .venv/bin/python benchmarks/heldout_thirteenth_company.py --out /tmp/fc-saltmarsh [--misses]

A thirteenth fictional company, generated like the ninth (``heldout_ninth_company``,
Meridel, whose writer and policy helpers it uses) with the shared writers
(``heldout_files``) and command line (``company_check``). It is a blind held-out library
for issue 19, written before any of its results were seen: its sentences were written from
SPEC §4 alone, while the matcher was being tuned by someone else, without reading the
matcher, its notes or its tests, and with other products, figures and wordings than the
earlier companies.

Saltmarsh sells retail software: point of sale (Saltmarsh Register), inventory management
(Saltmarsh Stock), demand forecasting and replenishment (Saltmarsh Replenish), card
payments (Saltmarsh Pay) and customer loyalty (Saltmarsh Loyalty). Each topic has a current
approved message, its superseded text(s), labelled positives (verbatim, a table row, a
"Label: value" line, a question with its answer, the old fact in words, rewordings and
synonyms that keep the subject, possessives, bullets, a claim inside a longer sentence, a
wrapped line, a presenter's note, a retired product name) and look-alike negatives (the
current fact in another format or wording, an analyst's, survey's, regulator's, standard
body's, competitor's or one named customer's figure, a customer quote, a case-study
heading, the same number for another metric, a share instead of a change, the figure moving
the other way, lengths of videos and trainings, events, webinars, community, newsletter
and headcount figures, job postings, partner programme figures, prices of other items),
placed in every format: slide text, tables and speaker notes; Word paragraphs, tables and
comments; PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "checkout-time",
        "Saltmarsh Register cuts the average checkout to 40 seconds.",
        ("Saltmarsh Register cuts the average checkout to 55 seconds.",),
        (
            ("verbatim", "Saltmarsh Register cuts the average checkout to 55 seconds.", "T"),
            ("label-value", "Average checkout time on Saltmarsh Register | 55 seconds", "R"),
            ("label-line", "Average checkout with Saltmarsh Register: 55 s", "T"),
            (
                "question-answer",
                "Q: How long does an average checkout take on Saltmarsh Register?\nA: 55 seconds.",
                "Q",
            ),
            (
                "in-words",
                "Saltmarsh Register cuts the average checkout to fifty-five seconds.",
                "T",
            ),
            (
                "reworded",
                "With Saltmarsh Register the average checkout takes just 55 seconds.",
                "T",
            ),
            (
                "notes",
                "Tell them Saltmarsh Register brings the average checkout down to 55 seconds.",
                "S",
            ),
            (
                "wrapped",
                "Saltmarsh Register cuts the average checkout to 55 seconds, so the queue\n"
                "clears before the lunch rush builds.",
                "W",
            ),
            ("retired-product", "TillTop cuts the average checkout to 40 seconds.", "T"),
        ),
        (
            ("current", "Saltmarsh Register cuts the average checkout to forty seconds.", "T"),
            (
                "current-reworded",
                "On Saltmarsh Register the average checkout takes 40 seconds.",
                "T",
            ),
            ("current-row", "Average checkout time on Saltmarsh Register | 40 s", "R"),
            (
                "competitor",
                "Tallyhive says its tills bring the average checkout down to 55 seconds.",
                "T",
            ),
            (
                "survey",
                "Shoppers in the 2026 Queue Survey said they give up on a line after 55 seconds.",
                "T",
            ),
            ("video-length", "The Saltmarsh Register demo video runs 55 seconds.", "T"),
            (
                "customer-baseline",
                "Harbour Grocers timed its average checkout at 55 seconds on its old tills.",
                "T",
            ),
            (
                "case-study-heading",
                "Case study: how Pellow's Bakery got its checkout down to 55 seconds",
                "T",
            ),
        ),
    ),
    S(
        "offline-selling",
        "Saltmarsh Register keeps selling offline for up to 72 hours.",
        ("Saltmarsh Register keeps selling offline for up to 24 hours.",),
        (
            ("verbatim", "Saltmarsh Register keeps selling offline for up to 24 hours.", "T"),
            ("label-value", "Offline selling on Saltmarsh Register | up to 24 hours", "R"),
            ("in-words", "Saltmarsh Register keeps selling offline for up to one day.", "T"),
            (
                "reworded",
                "If the internet drops, Saltmarsh Register goes on taking sales for up to "
                "24 hours.",
                "T",
            ),
            (
                "question-answer",
                "Q: How long can Saltmarsh Register keep selling without a connection?\n"
                "A: Up to 24 hours.",
                "Q",
            ),
            (
                "bullet",
                "• Offline mode: Saltmarsh Register rings up sales for 24 hours with no Wi-Fi",
                "T",
            ),
            (
                "notes",
                "If they ask about outages, say Saltmarsh Register keeps selling offline for "
                "a full 24 hours.",
                "S",
            ),
            ("retired-product", "TillTop keeps selling offline for up to 72 hours.", "T"),
        ),
        (
            ("current", "Saltmarsh Register keeps selling offline for up to three days.", "T"),
            ("current-row", "Offline selling on Saltmarsh Register | up to 72 hours", "R"),
            ("support-hours", "Saltmarsh support answers the phone 24 hours a day.", "T"),
            (
                "card-scheme-rule",
                "Card scheme rules ask merchants to submit offline transactions within 24 hours.",
                "T",
            ),
            (
                "battery",
                "The Saltmarsh Register handheld's battery lasts 24 hours on a charge.",
                "T",
            ),
            (
                "competitor",
                "Tallyhive's tills sell offline for 24 hours, according to its website.",
                "T",
            ),
            (
                "webinar",
                "The offline-mode webinar stays open for replay for 24 hours after it airs.",
                "T",
            ),
        ),
    ),
    S(
        "store-golive",
        "A new store goes live on Saltmarsh Register in 2 days.",
        (
            "A new store goes live on Saltmarsh Register in 5 days.",
            "A new store goes live on Saltmarsh Register in a week.",
        ),
        (
            ("verbatim", "A new store goes live on Saltmarsh Register in 5 days.", "T"),
            ("verbatim-older", "A new store goes live on Saltmarsh Register in a week.", "T"),
            ("label-value", "Go-live time for a new store on Saltmarsh Register | 5 days", "R"),
            ("in-words", "A new store goes live on Saltmarsh Register in five days.", "T"),
            ("in-words-week", "A new store goes live on Saltmarsh Register in seven days.", "T"),
            (
                "reworded",
                "New stores are up and running on Saltmarsh Register within 5 days.",
                "T",
            ),
            (
                "question-answer",
                "Q: How quickly can a new store start trading on Saltmarsh Register?\n"
                "A: Within a week.",
                "Q",
            ),
            (
                "notes",
                "Promise them a new store live on Saltmarsh Register in 5 days.",
                "S",
            ),
            (
                "possessive",
                "Saltmarsh Register's go-live for a new store takes 5 days.",
                "T",
            ),
            ("retired-product", "A new store goes live on TillTop in 2 days.", "T"),
        ),
        (
            ("current", "A new store goes live on Saltmarsh Register in two days.", "T"),
            (
                "current-hours",
                "A new store goes live on Saltmarsh Register within 48 hours.",
                "T",
            ),
            ("training-length", "The Saltmarsh Register certification course takes 5 days.", "T"),
            (
                "job-posting",
                "We are hiring 5 onboarding specialists for the Saltmarsh Register team.",
                "T",
            ),
            (
                "partner-programme",
                "Saltmarsh resellers get 5 days of free sales training when they join the "
                "partner programme.",
                "T",
            ),
            (
                "named-customer",
                "Fenwick Outdoor opened 5 new stores on Saltmarsh Register in one quarter.",
                "T",
            ),
            ("shipping", "Replacement card readers for Saltmarsh Register ship in 5 days.", "T"),
        ),
    ),
    S(
        "staff-rating",
        "Store staff rate Saltmarsh Register 4.7 out of 5.",
        ("Store staff rate Saltmarsh Register 4.4 out of 5.",),
        (
            ("verbatim", "Store staff rate Saltmarsh Register 4.4 out of 5.", "T"),
            ("label-value", "Store staff rating of Saltmarsh Register | 4.4/5", "R"),
            ("other-format", "Store staff rate Saltmarsh Register 4.4/5.", "T"),
            (
                "reworded",
                "Cashiers and store staff give Saltmarsh Register 4.4 out of 5.",
                "T",
            ),
            (
                "question-answer",
                "Q: How do store staff rate Saltmarsh Register?\nA: 4.4 out of 5.",
                "Q",
            ),
            ("stars", "Store staff give Saltmarsh Register 4.4 stars out of 5.", "T"),
            (
                "mixed",
                "Saltmarsh Register is easy to learn, and store staff rate it 4.4 out of 5 "
                "after their first week.",
                "T",
            ),
            ("retired-product", "Store staff rate TillTop 4.7 out of 5.", "T"),
        ),
        (
            ("current", "Store staff rate Saltmarsh Register 4.7/5.", "T"),
            ("current-stars", "Store staff give Saltmarsh Register 4.7 stars out of 5.", "T"),
            ("current-row", "Store staff rating of Saltmarsh Register | 4.7 out of 5", "R"),
            ("competitor", "Review sites rate Tallyhive's tills 4.4 out of 5.", "T"),
            (
                "other-metric",
                "Saltmarsh's support team holds a 4.4 out of 5 satisfaction score.",
                "T",
            ),
            (
                "customer-quote",
                "\u201cI'd give it 4.4 out of 5 for speed alone,\u201d says a shift lead at "
                "Morrow & Daughters.",
                "T",
            ),
            (
                "training-rating",
                "Attendees rate the Saltmarsh Register cashier course 4.4 out of 5.",
                "T",
            ),
        ),
    ),
    S(
        "inventory-accuracy",
        "Saltmarsh Stock raises inventory accuracy to 98%.",
        ("Saltmarsh Stock raises inventory accuracy to 95%.",),
        (
            ("verbatim", "Saltmarsh Stock raises inventory accuracy to 95%.", "T"),
            ("label-value", "Inventory accuracy with Saltmarsh Stock | 95%", "R"),
            ("label-line", "Inventory accuracy with Saltmarsh Stock: 95%", "T"),
            ("in-words", "Saltmarsh Stock raises inventory accuracy to ninety-five percent.", "T"),
            ("reworded", "Stores on Saltmarsh Stock reach 95% inventory accuracy.", "T"),
            ("synonym", "Saltmarsh Stock keeps your stock records 95% accurate.", "T"),
            (
                "question-answer",
                "Q: How accurate is inventory on Saltmarsh Stock?\nA: 95%.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Stock raises inventory accuracy to 95%, which means the\n"
                "website stops selling items the store does not have.",
                "W",
            ),
            (
                "notes",
                "Land the accuracy point: Saltmarsh Stock gets inventory accuracy to 95 percent.",
                "S",
            ),
            ("retired-product", "StockWise raises inventory accuracy to 98%.", "T"),
        ),
        (
            ("current", "Saltmarsh Stock raises inventory accuracy to ninety-eight percent.", "T"),
            ("current-row", "Inventory accuracy with Saltmarsh Stock | 98 percent", "R"),
            (
                "industry-study",
                "A university RFID study found the average retailer's inventory records "
                "are only 65% accurate.",
                "T",
            ),
            ("share", "95% of Saltmarsh Stock customers renew each year.", "T"),
            (
                "competitor",
                "Countly claims its handheld scanners reach 95% inventory accuracy.",
                "T",
            ),
            (
                "standard-body",
                "The barcode standards body recommends a first-scan read rate above 95%.",
                "T",
            ),
            (
                "community",
                "The Saltmarsh community forum answered 95% of Saltmarsh Stock questions "
                "within a day.",
                "T",
            ),
        ),
    ),
    S(
        "count-time",
        "Saltmarsh Stock cuts the time of a full stock count by 60%.",
        ("Saltmarsh Stock cuts the time of a full stock count by 40%.",),
        (
            ("verbatim", "Saltmarsh Stock cuts the time of a full stock count by 40%.", "T"),
            (
                "label-value",
                "Reduction in full stock-count time with Saltmarsh Stock | 40%",
                "R",
            ),
            (
                "in-words",
                "Saltmarsh Stock cuts the time of a full stock count by forty percent.",
                "T",
            ),
            (
                "fraction",
                "Saltmarsh Stock cuts the time of a full stock count by two-fifths.",
                "T",
            ),
            ("reworded", "A full stock count takes 40% less time with Saltmarsh Stock.", "T"),
            ("synonym", "Saltmarsh Stock shortens a wall-to-wall inventory count by 40%.", "T"),
            (
                "question-answer",
                "Q: How much time does Saltmarsh Stock save on a full stock count?\nA: 40%.",
                "Q",
            ),
            (
                "mixed",
                "Because counts run on handhelds, Saltmarsh Stock cuts the time of a full "
                "stock count by 40% and frees the back office on Sundays.",
                "T",
            ),
            ("bullet", "- Full stock counts take 40% less time with Saltmarsh Stock", "T"),
            (
                "notes",
                "Remind them Saltmarsh Stock cuts full stock-count time by 40 percent.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Saltmarsh Stock cuts the time of a full stock count by sixty percent.",
                "T",
            ),
            (
                "current-fraction",
                "Saltmarsh Stock cuts the time of a full stock count by three-fifths.",
                "T",
            ),
            (
                "current-row",
                "Reduction in full stock-count time with Saltmarsh Stock | 60%",
                "R",
            ),
            ("share", "40% of Saltmarsh Stock customers count their stock with RFID.", "T"),
            (
                "survey",
                "Retailers in the 2026 Store Ops Survey spend 40% of back-office hours on "
                "counting stock.",
                "T",
            ),
            (
                "named-customer",
                "Kestrel Pharmacy says it cut its count time by 40% in its first month.",
                "T",
            ),
            (
                "webinar",
                "The stock-count webinar lasts 40 minutes, with questions at the end.",
                "T",
            ),
        ),
    ),
    S(
        "shrink",
        "Saltmarsh Stock reduces shrink by 25%.",
        (
            "Saltmarsh Stock reduces shrink by 20%.",
            "Saltmarsh Stock reduces shrink by up to 15%.",
        ),
        (
            ("verbatim", "Saltmarsh Stock reduces shrink by 20%.", "T"),
            ("verbatim-older", "Saltmarsh Stock reduces shrink by up to 15%.", "T"),
            ("label-value", "Shrink reduction with Saltmarsh Stock | 20%", "R"),
            ("fraction", "Saltmarsh Stock reduces shrink by a fifth.", "T"),
            ("synonym", "Saltmarsh Stock cuts shrinkage by 20%.", "T"),
            (
                "reworded",
                "Stores lose 20% less stock to theft and damage with Saltmarsh Stock.",
                "T",
            ),
            (
                "question-answer",
                "Q: How much does Saltmarsh Stock reduce shrink?\nA: By 20%.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Stock reduces shrink by 20% by flagging odd voids and\n"
                "refunds the same day.",
                "W",
            ),
            (
                "possessive",
                "Saltmarsh Stock's loss-prevention reports lower shrink by up to 15%.",
                "T",
            ),
            ("retired-product", "StockWise reduces shrink by 25%.", "T"),
        ),
        (
            ("current", "Saltmarsh Stock reduces shrink by a quarter.", "T"),
            ("current-row", "Shrink reduction with Saltmarsh Stock | 25%", "R"),
            (
                "industry-figure",
                "The National Retail Federation puts average shrink at 1.6% of sales.",
                "T",
            ),
            (
                "other-way",
                "Shrink across US retail rose 20% last year, according to an industry survey.",
                "T",
            ),
            ("competitor", "Countly says its security tags reduce shrink by 20%.", "T"),
            (
                "case-study-heading",
                "Case study: how Tern Hardware reduced shrink by 20%",
                "T",
            ),
            ("discount", "Saltmarsh Stock customers get 20% off RFID tags this quarter.", "T"),
        ),
    ),
    S(
        "out-of-stocks",
        "Saltmarsh Replenish cuts out-of-stocks by 30%.",
        ("Saltmarsh Replenish cuts out-of-stocks by 20%.",),
        (
            ("verbatim", "Saltmarsh Replenish cuts out-of-stocks by 20%.", "T"),
            ("label-value", "Out-of-stock reduction with Saltmarsh Replenish | 20%", "R"),
            ("label-line", "Fewer out-of-stocks with Saltmarsh Replenish: 20%", "T"),
            ("in-words", "Saltmarsh Replenish cuts out-of-stocks by twenty percent.", "T"),
            ("synonym", "Saltmarsh Replenish reduces stockouts by 20%.", "T"),
            ("reworded", "Saltmarsh Replenish means 20% fewer out-of-stocks on your shelves.", "T"),
            (
                "question-answer",
                "Q: By how much does Saltmarsh Replenish cut out-of-stocks?\nA: 20%.",
                "Q",
            ),
            (
                "notes",
                "The headline is that Saltmarsh Replenish cuts out-of-stocks by a fifth.",
                "S",
            ),
            (
                "possessive",
                "Saltmarsh Replenish's forecasts cut out-of-stocks by 20%.",
                "T",
            ),
            ("retired-product", "ReOrder Pro cuts out-of-stocks by 30%.", "T"),
        ),
        (
            ("current", "Saltmarsh Replenish cuts out-of-stocks by thirty percent.", "T"),
            (
                "current-reworded",
                "Shelves run empty 30% less often with Saltmarsh Replenish.",
                "T",
            ),
            (
                "survey",
                "In the 2026 Shopper Pulse survey, 20% of shoppers said they left a store "
                "because an item was out of stock.",
                "T",
            ),
            (
                "competitor",
                "Tallyhive's forecasting add-on claims 20% fewer out-of-stocks.",
                "T",
            ),
            (
                "analyst",
                "Northgate Research estimates out-of-stocks cost retailers 4% of revenue.",
                "T",
            ),
            (
                "community",
                "Twenty grocery chains joined the Saltmarsh Replenish roundtable in March.",
                "T",
            ),
        ),
    ),
    S(
        "forecast-accuracy",
        "Saltmarsh Replenish forecasts SKU-level demand with 92% accuracy.",
        ("Saltmarsh Replenish forecasts SKU-level demand with 85% accuracy.",),
        (
            (
                "verbatim",
                "Saltmarsh Replenish forecasts SKU-level demand with 85% accuracy.",
                "T",
            ),
            ("label-value", "SKU-level forecast accuracy of Saltmarsh Replenish | 85%", "R"),
            ("label-line", "Forecast accuracy (SKU level), Saltmarsh Replenish: 85%", "T"),
            (
                "in-words",
                "Saltmarsh Replenish forecasts SKU-level demand with eighty-five percent accuracy.",
                "T",
            ),
            (
                "reworded",
                "Saltmarsh Replenish predicts demand for each SKU with 85% accuracy.",
                "T",
            ),
            (
                "possessive",
                "Saltmarsh Replenish's demand forecasts are 85% accurate at SKU level.",
                "T",
            ),
            (
                "question-answer",
                "Q: How accurate are Saltmarsh Replenish's SKU-level forecasts?\nA: 85%.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Replenish forecasts SKU-level demand with 85% accuracy, even\n"
                "for seasonal lines.",
                "W",
            ),
            (
                "notes",
                "Say that Saltmarsh Replenish forecasts demand per SKU with 85% accuracy.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Saltmarsh Replenish forecasts SKU-level demand with ninety-two percent accuracy.",
                "T",
            ),
            (
                "current-reworded",
                "Saltmarsh Replenish's SKU-level demand forecasts are 92% accurate.",
                "T",
            ),
            (
                "analyst",
                "Northgate Research says best-in-class retailers reach 85% forecast accuracy "
                "at SKU level.",
                "T",
            ),
            (
                "competitor",
                "Countly advertises 85% forecast accuracy for its planning module.",
                "T",
            ),
            (
                "other-metric",
                "85% of Saltmarsh Replenish orders are approved without edits.",
                "T",
            ),
            (
                "job-posting",
                "Saltmarsh is hiring 2 data scientists to work on forecasting.",
                "T",
            ),
        ),
    ),
    S(
        "excess-inventory",
        "Saltmarsh Replenish lowers excess inventory by 18%.",
        ("Saltmarsh Replenish lowers excess inventory by 10%.",),
        (
            ("verbatim", "Saltmarsh Replenish lowers excess inventory by 10%.", "T"),
            ("label-value", "Excess inventory reduction with Saltmarsh Replenish | 10%", "R"),
            ("fraction", "Saltmarsh Replenish lowers excess inventory by a tenth.", "T"),
            (
                "reworded",
                "Retailers carry 10% less excess inventory with Saltmarsh Replenish.",
                "T",
            ),
            ("synonym", "Saltmarsh Replenish trims overstock by 10%.", "T"),
            (
                "question-answer",
                "Q: How much excess inventory does Saltmarsh Replenish remove?\nA: About 10%.",
                "Q",
            ),
            (
                "notes",
                "Mention that Saltmarsh Replenish lowers excess inventory by ten percent.",
                "S",
            ),
            ("bullet", "• Saltmarsh Replenish: 10% less excess inventory", "T"),
            ("retired-product", "ReOrder Pro lowers excess inventory by 18%.", "T"),
        ),
        (
            ("current", "Saltmarsh Replenish lowers excess inventory by eighteen percent.", "T"),
            ("current-row", "Excess inventory reduction with Saltmarsh Replenish | 18%", "R"),
            ("discount", "Annual Saltmarsh Replenish plans come with a 10% discount.", "T"),
            (
                "other-way",
                "Excess inventory across US apparel rose 10% in 2025, says a trade body.",
                "T",
            ),
            (
                "competitor",
                "Tallyhive claims its planning tool lowers overstock by 10%.",
                "T",
            ),
            (
                "event",
                "Ten retailers will share their replenishment playbooks at Saltmarsh Retail Live.",
                "T",
            ),
        ),
    ),
    S(
        "ordering-hours",
        "Saltmarsh Replenish saves each store manager 6 hours a week on ordering.",
        ("Saltmarsh Replenish saves each store manager 4 hours a week on ordering.",),
        (
            (
                "verbatim",
                "Saltmarsh Replenish saves each store manager 4 hours a week on ordering.",
                "T",
            ),
            (
                "label-value",
                "Ordering time saved per store manager with Saltmarsh Replenish | 4 hours a week",
                "R",
            ),
            (
                "in-words",
                "Saltmarsh Replenish saves each store manager four hours a week on ordering.",
                "T",
            ),
            (
                "reworded",
                "Store managers spend 4 fewer hours a week on ordering with Saltmarsh Replenish.",
                "T",
            ),
            (
                "label-line",
                "Time saved on ordering with Saltmarsh Replenish: 4 h/week per store manager",
                "T",
            ),
            (
                "question-answer",
                "Q: How much ordering time does Saltmarsh Replenish save a store manager?\n"
                "A: 4 hours a week.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Replenish saves each store manager 4 hours a week on\n"
                "ordering, time that goes back to the shop floor.",
                "W",
            ),
            (
                "notes",
                "Store managers get 4 hours a week back from ordering with Saltmarsh Replenish.",
                "S",
            ),
        ),
        (
            (
                "current",
                "Saltmarsh Replenish saves each store manager six hours a week on ordering.",
                "T",
            ),
            (
                "current-reworded",
                "Store managers get back 6 hours a week of ordering time with Saltmarsh Replenish.",
                "T",
            ),
            ("training-length", "The Saltmarsh Replenish admin course takes 4 hours.", "T"),
            (
                "survey",
                "Store managers spend 14 hours a week on ordering, says the 2026 Store Ops Survey.",
                "T",
            ),
            ("other-metric", "Saltmarsh Replenish refreshes its forecast every 4 hours.", "T"),
            (
                "webinar",
                "Our 4-part webinar series walks store managers through automated ordering.",
                "T",
            ),
        ),
    ),
    S(
        "card-rate",
        "Saltmarsh Pay charges 2.4% + 10\u00a2 per in-person card payment.",
        ("Saltmarsh Pay charges 2.7% + 15\u00a2 per in-person card payment.",),
        (
            ("verbatim", "Saltmarsh Pay charges 2.7% + 15\u00a2 per in-person card payment.", "T"),
            ("label-value", "In-person card rate on Saltmarsh Pay | 2.7% + 15\u00a2", "R"),
            ("label-line", "Saltmarsh Pay in-person card payments: 2.7% + 15\u00a2", "T"),
            (
                "other-format",
                "Saltmarsh Pay charges 2.7% plus 15 cents per in-person card payment.",
                "T",
            ),
            (
                "reworded",
                "Every in-person card payment on Saltmarsh Pay costs 2.7% + 15\u00a2.",
                "T",
            ),
            (
                "question-answer",
                "Q: What does Saltmarsh Pay charge for an in-person card payment?\n"
                "A: 2.7% + 15\u00a2.",
                "Q",
            ),
            (
                "notes",
                "On pricing: Saltmarsh Pay is 2.7% plus 15 cents per in-person card payment.",
                "S",
            ),
            (
                "mixed",
                "No monthly fee and no contract: Saltmarsh Pay charges just 2.7% + 15\u00a2 per "
                "in-person card payment.",
                "T",
            ),
            (
                "retired-product",
                "Tidepay charges 2.4% + 10\u00a2 per in-person card payment.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Saltmarsh Pay charges 2.4% plus 10 cents per in-person card payment.",
                "T",
            ),
            ("current-row", "In-person card rate on Saltmarsh Pay | 2.4% + $0.10", "R"),
            ("competitor", "Tallyhive charges 2.7% + 15\u00a2 per tap.", "T"),
            ("other-item-price", "The Saltmarsh Pay card reader costs $59.", "T"),
            (
                "regulator",
                "The EU caps interchange on consumer debit cards at 0.2%.",
                "T",
            ),
            (
                "other-way",
                "Card networks raised some interchange rates by 0.15% this spring.",
                "T",
            ),
        ),
    ),
    S(
        "payout-time",
        "Saltmarsh Pay deposits card sales in 1 business day.",
        (
            "Saltmarsh Pay deposits card sales in 3 business days.",
            "Saltmarsh Pay deposits card sales in 2 business days.",
        ),
        (
            ("verbatim", "Saltmarsh Pay deposits card sales in 3 business days.", "T"),
            ("verbatim-newer", "Saltmarsh Pay deposits card sales in 2 business days.", "T"),
            ("label-value", "Payout time on Saltmarsh Pay | 3 business days", "R"),
            ("in-words", "Saltmarsh Pay deposits card sales in three business days.", "T"),
            (
                "reworded",
                "Card sales taken on Saltmarsh Pay reach your bank in 3 business days.",
                "T",
            ),
            (
                "question-answer",
                "Q: When do card sales from Saltmarsh Pay land in my bank account?\n"
                "A: Within 2 business days.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Pay deposits card sales in 3 business days, so cash flow\n"
                "stays predictable.",
                "W",
            ),
            (
                "notes",
                "Owners care about cash: Saltmarsh Pay deposits card sales in two business days.",
                "S",
            ),
            ("retired-product", "Tidepay deposits card sales in 1 business day.", "T"),
        ),
        (
            ("current", "Saltmarsh Pay deposits card sales the next business day.", "T"),
            ("current-row", "Payout time on Saltmarsh Pay | 1 business day", "R"),
            (
                "other-metric",
                "Refunds through Saltmarsh Pay reach the shopper's card in 3 to 5 business days.",
                "T",
            ),
            (
                "chargeback-window",
                "Saltmarsh Pay gives you 7 days to respond to a chargeback.",
                "T",
            ),
            ("competitor", "Tallyhive pays out card sales in 3 business days.", "T"),
            (
                "event",
                "Saltmarsh Retail Live runs for 2 days in Manchester this May.",
                "T",
            ),
        ),
    ),
    S(
        "tap-speed",
        "Saltmarsh Pay completes a tap-to-pay sale in under 2 seconds.",
        ("Saltmarsh Pay completes a tap-to-pay sale in under 4 seconds.",),
        (
            ("verbatim", "Saltmarsh Pay completes a tap-to-pay sale in under 4 seconds.", "T"),
            ("label-value", "Tap-to-pay sale time on Saltmarsh Pay | under 4 seconds", "R"),
            (
                "in-words",
                "Saltmarsh Pay completes a tap-to-pay sale in under four seconds.",
                "T",
            ),
            (
                "reworded",
                "A contactless sale on Saltmarsh Pay takes less than 4 seconds.",
                "T",
            ),
            (
                "question-answer",
                "Q: How long does a tap-to-pay sale take on Saltmarsh Pay?\nA: Under 4 seconds.",
                "Q",
            ),
            (
                "notes",
                "Demo the tap: Saltmarsh Pay finishes a tap-to-pay sale in under 4 seconds.",
                "S",
            ),
            (
                "bullet",
                "- Tap-to-pay on Saltmarsh Pay: done in under 4 seconds",
                "T",
            ),
            (
                "possessive",
                "Saltmarsh Pay's tap-to-pay completes a sale in under 4 seconds.",
                "T",
            ),
        ),
        (
            ("current", "Saltmarsh Pay completes a tap-to-pay sale in under two seconds.", "T"),
            (
                "current-reworded",
                "A tap-to-pay sale on Saltmarsh Pay completes in less than 2 seconds.",
                "T",
            ),
            (
                "standard-body",
                "The contactless card specifications allow about half a second for the card read.",
                "T",
            ),
            ("video-length", "The Saltmarsh Pay tap-to-pay video is 4 minutes long.", "T"),
            ("other-metric", "The Saltmarsh Pay reader charges fully in 4 hours.", "T"),
            (
                "competitor",
                "Tallyhive says a tap on its reader takes under 4 seconds.",
                "T",
            ),
        ),
    ),
    S(
        "repeat-visits",
        "Saltmarsh Loyalty members visit 3x as often as other shoppers.",
        ("Saltmarsh Loyalty members visit 2x as often as other shoppers.",),
        (
            ("verbatim", "Saltmarsh Loyalty members visit 2x as often as other shoppers.", "T"),
            ("in-words", "Saltmarsh Loyalty members visit twice as often as other shoppers.", "T"),
            (
                "label-value",
                "Visit frequency of Saltmarsh Loyalty members vs other shoppers | 2x",
                "R",
            ),
            (
                "reworded",
                "Members of Saltmarsh Loyalty come back two times as often as other shoppers.",
                "T",
            ),
            (
                "synonym",
                "Saltmarsh Loyalty members shop twice as frequently as non-members.",
                "T",
            ),
            (
                "question-answer",
                "Q: How often do Saltmarsh Loyalty members visit compared with other shoppers?\n"
                "A: Twice as often.",
                "Q",
            ),
            (
                "notes",
                "Key stat: Saltmarsh Loyalty members visit 2x as often as other shoppers.",
                "S",
            ),
            (
                "retired-product",
                "PointsPal members visit 3x as often as other shoppers.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Saltmarsh Loyalty members visit three times as often as other shoppers.",
                "T",
            ),
            (
                "current-reworded",
                "Members of Saltmarsh Loyalty shop three times as frequently as non-members.",
                "T",
            ),
            ("other-metric", "Saltmarsh Loyalty sends members 2 emails a month.", "T"),
            (
                "survey",
                "Loyalty members in general visit twice as often, says the 2026 Loyalty Census.",
                "T",
            ),
            (
                "competitor",
                "Tallyhive says its rewards members visit twice as often as other shoppers.",
                "T",
            ),
            (
                "customer-quote",
                "\u201cOur members come in twice as often as everyone else,\u201d says the "
                "owner of Brackwater Books.",
                "T",
            ),
        ),
    ),
    S(
        "basket-size",
        "Saltmarsh Loyalty raises the average basket by 12%.",
        ("Saltmarsh Loyalty raises the average basket by 8%.",),
        (
            ("verbatim", "Saltmarsh Loyalty raises the average basket by 8%.", "T"),
            ("label-value", "Average basket lift with Saltmarsh Loyalty | 8%", "R"),
            ("in-words", "Saltmarsh Loyalty raises the average basket by eight percent.", "T"),
            ("reworded", "Shoppers in Saltmarsh Loyalty spend 8% more per basket.", "T"),
            (
                "synonym",
                "Saltmarsh Loyalty lifts average transaction value by 8%.",
                "T",
            ),
            (
                "question-answer",
                "Q: How much bigger is the average basket with Saltmarsh Loyalty?\nA: 8%.",
                "Q",
            ),
            (
                "wrapped",
                "Saltmarsh Loyalty raises the average basket by 8% because members\n"
                "add the item their points are waiting on.",
                "W",
            ),
            (
                "notes",
                "Close on revenue: Saltmarsh Loyalty grows the average basket by 8 percent.",
                "S",
            ),
            ("label-line", "Average basket lift with Saltmarsh Loyalty: 8%", "T"),
        ),
        (
            ("current", "Saltmarsh Loyalty raises the average basket by twelve percent.", "T"),
            ("current-reworded", "Shoppers in Saltmarsh Loyalty spend 12% more per basket.", "T"),
            ("share", "8% of Saltmarsh Loyalty members redeem points every week.", "T"),
            (
                "regulator",
                "Food inflation raised the average grocery basket by 8% last year, says the "
                "national statistics office.",
                "T",
            ),
            ("other-item-price", "The Saltmarsh Loyalty add-on costs $49 per store a month.", "T"),
            (
                "partner-programme",
                "Agency partners earn 12% commission on Saltmarsh Loyalty deals.",
                "T",
            ),
        ),
    ),
    S(
        "store-count",
        "More than 9,000 stores run on Saltmarsh.",
        ("More than 6,000 stores run on Saltmarsh.",),
        (
            ("verbatim", "More than 6,000 stores run on Saltmarsh.", "T"),
            ("in-words", "More than six thousand stores run on Saltmarsh.", "T"),
            ("label-value", "Stores running on Saltmarsh | 6,000+", "R"),
            ("reworded", "Over 6,000 shops run their tills on Saltmarsh.", "T"),
            ("synonym", "Saltmarsh powers more than 6,000 stores.", "T"),
            (
                "question-answer",
                "Q: How many stores run on Saltmarsh?\nA: More than 6,000.",
                "Q",
            ),
            (
                "notes",
                "Social proof: more than 6,000 stores already run on Saltmarsh.",
                "S",
            ),
            (
                "wrapped",
                "More than 6,000 stores run on Saltmarsh, from corner shops to\n"
                "regional grocery chains.",
                "W",
            ),
            ("abbreviated", "6K+ stores run on Saltmarsh.", "T"),
        ),
        (
            ("current", "More than nine thousand stores run on Saltmarsh.", "T"),
            ("current-abbreviated", "9K+ stores run on Saltmarsh.", "T"),
            ("newsletter", "More than 6,000 retailers read the Saltmarsh newsletter.", "T"),
            ("community", "The Saltmarsh community forum has 6,000 members.", "T"),
            ("event", "Saltmarsh Retail Live drew 6,000 visitors last year.", "T"),
            ("headcount", "Saltmarsh employs 600 people across four offices.", "T"),
            ("competitor", "Tallyhive says 6,000 stores run on its tills.", "T"),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "checkout-time": (
        ("lookalike-label", "Average call wait for Saltmarsh support | 55 seconds", "R"),
        (
            "current-question-answer",
            "Q: How long does an average checkout take on Saltmarsh Register?\nA: 40 seconds.",
            "Q",
        ),
        (
            "current-notes",
            "Tell them Saltmarsh Register brings the average checkout down to 40 seconds.",
            "S",
        ),
    ),
    "offline-selling": (
        (
            "current-question-answer",
            "Q: How long can Saltmarsh Register keep selling without a connection?\n"
            "A: Up to three days.",
            "Q",
        ),
        (
            "current-wrapped",
            "Saltmarsh Register keeps selling offline for up to 72 hours, so a\n"
            "broken router never closes the tills.",
            "W",
        ),
    ),
    "store-golive": (
        ("current-notes", "Promise them a new store live on Saltmarsh Register in 2 days.", "S"),
        ("lookalike-label", "Saltmarsh Register certification course | 5 days", "R"),
    ),
    "staff-rating": (
        (
            "current-question-answer",
            "Q: How do store staff rate Saltmarsh Register?\nA: 4.7 out of 5.",
            "Q",
        ),
        (
            "analyst",
            "Northgate Research gives retail POS vendors an average score of 4.4 out of 5.",
            "T",
        ),
    ),
    "inventory-accuracy": (
        (
            "current-wrapped",
            "Saltmarsh Stock raises inventory accuracy to 98%, which means the\n"
            "website stops selling items the store does not have.",
            "W",
        ),
        (
            "named-customer",
            "Gull & Pebble Toys measured 95% inventory accuracy in its own spring audit.",
            "T",
        ),
        ("lookalike-label", "Saltmarsh Stock customer renewal rate | 95%", "R"),
    ),
    "count-time": (
        (
            "current-question-answer",
            "Q: How much time does Saltmarsh Stock save on a full stock count?\nA: 60%.",
            "Q",
        ),
        (
            "current-notes",
            "Remind them Saltmarsh Stock cuts full stock-count time by 60 percent.",
            "S",
        ),
    ),
    "shrink": (
        (
            "current-question-answer",
            "Q: How much does Saltmarsh Stock reduce shrink?\nA: By 25%.",
            "Q",
        ),
        (
            "share-survey",
            "Employee theft accounts for 20% of shrink in the 2026 Retail Security Survey.",
            "T",
        ),
    ),
    "out-of-stocks": (
        ("current-row", "Out-of-stock reduction with Saltmarsh Replenish | 30%", "R"),
        (
            "current-notes",
            "The headline is that Saltmarsh Replenish cuts out-of-stocks by 30 percent.",
            "S",
        ),
        ("job-posting", "The Saltmarsh Replenish team is hiring 20 engineers this year.", "T"),
    ),
    "forecast-accuracy": (
        ("current-row", "SKU-level forecast accuracy of Saltmarsh Replenish | 92%", "R"),
        (
            "current-question-answer",
            "Q: How accurate are Saltmarsh Replenish's SKU-level forecasts?\nA: 92%.",
            "Q",
        ),
        ("webinar", "The Saltmarsh forecasting masterclass has 85 seats left.", "T"),
    ),
    "excess-inventory": (
        (
            "current-notes",
            "Mention that Saltmarsh Replenish lowers excess inventory by eighteen percent.",
            "S",
        ),
        (
            "named-customer",
            "Ouse Valley Farm Shops cut its overstock by 10% in its first season.",
            "T",
        ),
        ("lookalike-label", "Annual plan discount on Saltmarsh Replenish | 10%", "R"),
    ),
    "ordering-hours": (
        (
            "current-question-answer",
            "Q: How much ordering time does Saltmarsh Replenish save a store manager?\n"
            "A: 6 hours a week.",
            "Q",
        ),
        ("lookalike-label", "Saltmarsh Replenish forecast refresh | every 4 hours", "R"),
    ),
    "card-rate": (
        (
            "current-question-answer",
            "Q: What does Saltmarsh Pay charge for an in-person card payment?\nA: 2.4% + 10\u00a2.",
            "Q",
        ),
        ("other-rate", "Online card payments on Saltmarsh Pay cost 2.9% + 30\u00a2.", "T"),
        ("lookalike-label", "Saltmarsh Pay card reader | $59", "R"),
    ),
    "payout-time": (
        (
            "current-question-answer",
            "Q: When do card sales from Saltmarsh Pay land in my bank account?\n"
            "A: The next business day.",
            "Q",
        ),
        (
            "current-wrapped",
            "Saltmarsh Pay deposits card sales in 1 business day, so cash flow\nstays predictable.",
            "W",
        ),
    ),
    "tap-speed": (
        (
            "current-notes",
            "Demo the tap: Saltmarsh Pay finishes a tap-to-pay sale in under 2 seconds.",
            "S",
        ),
        ("lookalike-label", "Saltmarsh Pay reader charging time | 4 hours", "R"),
    ),
    "repeat-visits": (
        (
            "current-row",
            "Visit frequency of Saltmarsh Loyalty members vs other shoppers | 3x",
            "R",
        ),
        (
            "current-question-answer",
            "Q: How often do Saltmarsh Loyalty members visit compared with other shoppers?\n"
            "A: Three times as often.",
            "Q",
        ),
        (
            "case-study-heading",
            "Case study: how Brackwater Books got its members visiting twice as often",
            "T",
        ),
    ),
    "basket-size": (
        ("current-row", "Average basket lift with Saltmarsh Loyalty | 12%", "R"),
        (
            "current-wrapped",
            "Saltmarsh Loyalty raises the average basket by 12% because members\n"
            "add the item their points are waiting on.",
            "W",
        ),
        ("competitor", "Tallyhive's rewards app claims an 8% bigger basket.", "T"),
    ),
    "store-count": (
        ("current-row", "Stores running on Saltmarsh | 9,000+", "R"),
        (
            "current-question-answer",
            "Q: How many stores run on Saltmarsh?\nA: More than 9,000.",
            "Q",
        ),
        (
            "partner-programme",
            "Saltmarsh has 60 certified reseller partners in six countries.",
            "T",
        ),
        (
            "job-posting",
            "Saltmarsh is hiring 60 people in support and onboarding this year.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("TillTop", "Saltmarsh Register"),
    ("StockWise", "Saltmarsh Stock"),
    ("ReOrder Pro", "Saltmarsh Replenish"),
    ("Tidepay", "Saltmarsh Pay"),
    ("PointsPal", "Saltmarsh Loyalty"),
)
FILLER = (
    "Start by walking the store with the owner and asking where stock goes missing.",
    "Finish with a live till on the counter, loaded with the retailer's own catalogue.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Saltmarsh", 131, SUBJECTS, TERMS, FILLER)
