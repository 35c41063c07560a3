"""A blind held-out library for the matcher (issue 19): Ambrook, hotel and property software.

    .venv/bin/python benchmarks/heldout_seventeenth_company.py --out /tmp/fc-ambrook [--misses]

A seventeenth fictional company, generated like the ninth (``heldout_ninth_company``,
Meridel, whose writer and policy helpers it uses) with the shared writers
(``heldout_files``) and command line (``company_check``). It is a blind held-out library
for issue 19, written before any of its results were seen: its sentences were written from
SPEC §4 alone, while the matcher was being tuned by someone else, without reading the
matcher, its notes or its tests, and with other products, figures and wordings than the
earlier companies.

Ambrook sells hotel and property management software: a property management system
(Ambrook PMS), revenue management and dynamic pricing (Ambrook Revenue), a booking engine
and channel manager (Ambrook Booking), housekeeping and maintenance operations (Ambrook
Housekeeping) and guest messaging and upsells (Ambrook Guest). Each topic has a current
approved message, its superseded text(s), labelled positives (verbatim, a table row, a
"Label: value" line, a question with its answer, the old fact in words or in another unit,
rewordings and synonyms that keep the subject, a possessive, a bullet, a claim inside a
longer sentence, a wrapped line, a presenter's note, a retired product name) and look-alike
negatives (the current fact in another format or wording, an analyst's, survey's,
regulator's, standard body's, competitor's or one customer's figure, a customer's quote, a
case-study heading, the same number for another metric of ours, the figure moving the other
way, a share rather than a change, the length of a video, a course or a contract notice,
events, webinars, community, newsletter and headcount figures, job postings, partner
programme figures, prices of other items), placed in every format: slide text, tables and
speaker notes; Word paragraphs, tables and comments; PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    # Ambrook PMS
    S(
        "checkin-time",
        "Ambrook PMS cuts front-desk check-in to 45 seconds per guest.",
        ("Ambrook PMS cuts front-desk check-in to 2 minutes per guest.",),
        (
            ("verbatim", "Ambrook PMS cuts front-desk check-in to 2 minutes per guest.", "T"),
            ("label-value", "Front-desk check-in time per guest | 2 minutes", "R"),
            ("in-words", "Ambrook PMS cuts front-desk check-in to two minutes per guest.", "T"),
            ("other-unit", "Ambrook PMS cuts front-desk check-in to 120 seconds per guest.", "T"),
            (
                "reworded",
                "With Ambrook PMS, a front-desk agent checks each guest in within 2 minutes.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How long does check-in take at the front desk with Ambrook PMS?\n"
                "A: About two minutes per guest.",
                "Q",
            ),
            (
                "speaker-note",
                "Say it plainly: front-desk check-in on Ambrook PMS drops to two minutes a guest.",
                "S",
            ),
            ("retired-product", "Keystay cuts front-desk check-in to 45 seconds per guest.", "T"),
            (
                "wrapped",
                "Ambrook PMS cuts front-desk check-in to 2 minutes per guest, which keeps the\n"
                "lobby clear when a coach tour arrives.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Ambrook PMS cuts front-desk check-in to forty-five seconds per guest.",
                "T",
            ),
            (
                "current-reworded",
                "On Ambrook PMS a front-desk agent checks a guest in within 45 seconds.",
                "T",
            ),
            ("current-label", "Front-desk check-in per guest | 45 sec", "R"),
            (
                "survey",
                "Guests in the Lodging Pulse survey say they will wait 2 minutes at the desk "
                "before they lose patience.",
                "T",
            ),
            ("video-length", "The check-in demo video on our website runs 2 minutes.", "T"),
            (
                "competitor",
                "Innsight's brochure says its front desk checks guests in within 2 minutes.",
                "T",
            ),
            ("same-number", "Ambrook PMS builds the night audit report in 2 minutes.", "T"),
        ),
    ),
    S(
        "uptime",
        "Ambrook PMS runs at 99.99% uptime.",
        ("Ambrook PMS runs at 99.9% uptime.",),
        (
            ("verbatim", "Ambrook PMS runs at 99.9% uptime.", "T"),
            ("label-value", "Ambrook PMS uptime | 99.9%", "R"),
            ("in-words", "Ambrook PMS runs at three nines of uptime.", "T"),
            ("reworded", "Ambrook PMS is available 99.9% of the time.", "T"),
            ("q-and-a", "Q: What uptime does Ambrook PMS deliver?\nA: 99.9%.", "Q"),
            (
                "speaker-note",
                "If the IT manager asks, Ambrook PMS stays up 99.9 percent of the time.",
                "S",
            ),
            ("retired-product", "Keystay runs at 99.99% uptime.", "T"),
            (
                "wrapped",
                "Ambrook PMS runs at 99.9% uptime in every region we host in, so the night\n"
                "audit never stalls.",
                "W",
            ),
        ),
        (
            ("current-words", "Ambrook PMS runs at four nines of uptime.", "T"),
            ("current-label", "Ambrook PMS uptime | 99.99 %", "R"),
            (
                "analyst",
                "Corbel Research puts the average cloud PMS at 99.9% uptime.",
                "T",
            ),
            (
                "standard-body",
                "The card networks expect a payment gateway to be reachable 99.9% of the time.",
                "T",
            ),
            (
                "same-number",
                "Ambrook PMS matches 99.9% of card payments to the right folio automatically.",
                "T",
            ),
            (
                "customer",
                "The Larchmont Inn's own guest Wi-Fi reached 99.9% uptime after its upgrade.",
                "T",
            ),
        ),
    ),
    S(
        "hotel-count",
        "More than 6,500 hotels run on Ambrook PMS.",
        ("More than 4,000 hotels run on Ambrook PMS.",),
        (
            ("verbatim", "More than 4,000 hotels run on Ambrook PMS.", "T"),
            ("label-value", "Hotels running Ambrook PMS | 4,000+", "R"),
            ("in-words", "More than four thousand hotels run on Ambrook PMS.", "T"),
            ("abbreviated", "4K+ hotels run on Ambrook PMS.", "T"),
            ("reworded", "Ambrook PMS is trusted by over 4,000 hotels.", "T"),
            ("q-and-a", "Q: How many hotels use Ambrook PMS?\nA: Over 4,000.", "Q"),
            (
                "possessive",
                "Ambrook PMS's 4,000-plus hotels range from ten-room inns to airport towers.",
                "T",
            ),
            (
                "speaker-note",
                "Mention the 4,000 hotels on Ambrook PMS early; it lands with owners.",
                "S",
            ),
            (
                "wrapped",
                "More than 4,000 hotels run on Ambrook PMS, from guesthouses on the coast\n"
                "to conference hotels in the city.",
                "W",
            ),
        ),
        (
            ("current", "Over 6,500 hotels run on Ambrook PMS.", "T"),
            ("current-abbreviated", "6.5K+ hotels run on Ambrook PMS.", "T"),
            (
                "community",
                "The Ambrook Hoteliers community forum passed 4,000 members this spring.",
                "T",
            ),
            ("newsletter", "The Front Desk Weekly newsletter goes out to 4,000 subscribers.", "T"),
            (
                "same-number",
                "At peak, Ambrook PMS takes in 4,000 reservations a minute.",
                "T",
            ),
            (
                "analyst",
                "Hostmark Data counts about 4,000 branded hotels in the Nordic region.",
                "T",
            ),
        ),
    ),
    S(
        "go-live",
        "A new property goes live on Ambrook PMS in 10 days.",
        ("A new property goes live on Ambrook PMS in 6 weeks.",),
        (
            ("verbatim", "A new property goes live on Ambrook PMS in 6 weeks.", "T"),
            ("label-value", "Time to go live on Ambrook PMS | 6 weeks", "R"),
            ("in-words", "A new property goes live on Ambrook PMS in six weeks.", "T"),
            ("other-unit", "A new property goes live on Ambrook PMS in 42 days.", "T"),
            ("reworded", "Ambrook PMS gets a new hotel up and running in six weeks.", "T"),
            (
                "q-and-a",
                "Q: How quickly can a new hotel go live on Ambrook PMS?\nA: Within 6 weeks.",
                "Q",
            ),
            ("speaker-note", "Promise the owner a six-week go-live on Ambrook PMS.", "S"),
            ("label-colon", "Ambrook PMS go-live: 6 weeks", "T"),
        ),
        (
            ("current-words", "A new property goes live on Ambrook PMS in ten days.", "T"),
            ("current-reworded", "Ambrook PMS gets a new hotel up and running in 10 days.", "T"),
            (
                "course-length",
                "The online Ambrook PMS certification course takes 6 weeks of evenings.",
                "T",
            ),
            (
                "contract-notice",
                "Either party may end an Ambrook PMS subscription with 6 weeks' notice.",
                "T",
            ),
            ("competitor", "Innsight quotes 6 weeks to bring a new property live.", "T"),
            ("webinar", "Join our 45-minute webinar on go-live planning next Tuesday.", "T"),
        ),
    ),
    # Ambrook Revenue
    S(
        "revpar-lift",
        "Ambrook Revenue lifts RevPAR by 14% in the first year.",
        ("Ambrook Revenue lifts RevPAR by 9% in the first year.",),
        (
            ("verbatim", "Ambrook Revenue lifts RevPAR by 9% in the first year.", "T"),
            ("label-value", "RevPAR lift with Ambrook Revenue | 9%", "R"),
            ("in-words", "Ambrook Revenue lifts RevPAR by nine percent in the first year.", "T"),
            ("synonym", "Ambrook Revenue grows RevPAR 9% within twelve months.", "T"),
            (
                "noun-phrase",
                "Hotels see a 9% RevPAR increase in their first year on Ambrook Revenue.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What RevPAR gain should an owner expect from Ambrook Revenue?\n"
                "A: 9% in year one.",
                "Q",
            ),
            (
                "speaker-note",
                "Owners care about one number: Ambrook Revenue adds 9 percent to RevPAR in year "
                "one.",
                "S",
            ),
            ("retired-product", "RateWise lifts RevPAR by 14% in the first year.", "T"),
            (
                "wrapped",
                "Ambrook Revenue lifts RevPAR by 9% in the first year, mostly from midweek\n"
                "nights that used to sell at a deep discount.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Ambrook Revenue lifts RevPAR by fourteen percent in the first year.",
                "T",
            ),
            (
                "current-reworded",
                "Hotels see a 14% RevPAR increase in their first year on Ambrook Revenue.",
                "T",
            ),
            (
                "direction",
                "RevPAR across European city hotels fell 9% last winter, according to Hostmark "
                "Data.",
                "T",
            ),
            (
                "analyst",
                "Corbel Research found that revenue management tools lift RevPAR by 9% on average.",
                "T",
            ),
            ("competitor", "Yieldly says its pricing engine adds 9% to RevPAR.", "T"),
            (
                "share",
                "Corporate rates make up 9% of the room nights Ambrook Revenue prices.",
                "T",
            ),
        ),
    ),
    S(
        "reprice-frequency",
        "Ambrook Revenue reprices every room type every 15 minutes.",
        ("Ambrook Revenue reprices every room type every hour.",),
        (
            ("verbatim", "Ambrook Revenue reprices every room type every hour.", "T"),
            ("other-unit", "Ambrook Revenue reprices every room type every 60 minutes.", "T"),
            ("label-value", "Repricing interval (Ambrook Revenue) | 1 hour", "R"),
            ("reworded", "Ambrook Revenue updates room rates once an hour.", "T"),
            (
                "q-and-a",
                "Q: How often does Ambrook Revenue change rates?\nA: Every hour.",
                "Q",
            ),
            (
                "speaker-note",
                "Explain that Ambrook Revenue refreshes each room rate hourly, day and night.",
                "S",
            ),
            (
                "in-sentence",
                "Because Ambrook Revenue reprices every room type every hour, a concert "
                "announcement shows up in tonight's rates.",
                "T",
            ),
            (
                "wrapped",
                "Ambrook Revenue reprices every room type every hour and pushes the new rates\n"
                "to every channel you sell on.",
                "W",
            ),
            ("retired-product", "RateWise reprices every room type every 15 minutes.", "T"),
        ),
        (
            (
                "current-words",
                "Ambrook Revenue reprices every room type every quarter of an hour.",
                "T",
            ),
            ("current-label", "Repricing interval (Ambrook Revenue) | 15 min", "R"),
            ("competitor", "Yieldly updates its rates every hour, its website says.", "T"),
            (
                "same-number",
                "Ambrook Booking syncs your availability with Google every hour.",
                "T",
            ),
            ("webinar", "Our pricing clinic runs for an hour every Thursday afternoon.", "T"),
            ("other-metric", "Ambrook Revenue e-mails the pickup report every morning.", "T"),
        ),
    ),
    S(
        "forecast-accuracy",
        "Ambrook Revenue forecasts occupancy with 95% accuracy.",
        ("Ambrook Revenue forecasts occupancy with 88% accuracy.",),
        (
            ("verbatim", "Ambrook Revenue forecasts occupancy with 88% accuracy.", "T"),
            ("label-value", "Occupancy forecast accuracy | 88%", "R"),
            (
                "in-words",
                "Ambrook Revenue forecasts occupancy with eighty-eight percent accuracy.",
                "T",
            ),
            ("possessive", "Ambrook Revenue's occupancy forecasts are 88% accurate.", "T"),
            (
                "q-and-a",
                "Q: How accurate is the occupancy forecast in Ambrook Revenue?\nA: 88 percent.",
                "Q",
            ),
            (
                "speaker-note",
                "Tell revenue managers the occupancy forecast in Ambrook Revenue is right 88% "
                "of the time.",
                "S",
            ),
            ("label-colon", "Forecast accuracy, Ambrook Revenue: 88%", "T"),
        ),
        (
            (
                "current-words",
                "Ambrook Revenue forecasts occupancy with 95 per cent accuracy.",
                "T",
            ),
            ("current-reworded", "Ambrook Revenue's occupancy forecasts are 95% accurate.", "T"),
            (
                "survey",
                "88% of revenue managers in the Lodging Pulse survey still forecast in "
                "spreadsheets.",
                "T",
            ),
            (
                "share",
                "Hotels on Ambrook Revenue ran at 88% occupancy across August.",
                "T",
            ),
            (
                "customer",
                "Brightwater Resorts measured its ski-season forecast at 88% accuracy in its "
                "own audit.",
                "T",
            ),
        ),
    ),
    # Ambrook Booking
    S(
        "direct-bookings",
        "Ambrook Booking raises direct bookings by 25%.",
        ("Ambrook Booking raises direct bookings by 18%.",),
        (
            ("verbatim", "Ambrook Booking raises direct bookings by 18%.", "T"),
            ("label-value", "Direct booking increase | 18%", "R"),
            ("in-words", "Ambrook Booking raises direct bookings by eighteen percent.", "T"),
            ("reworded", "Hotels on Ambrook Booking take 18% more direct bookings.", "T"),
            (
                "synonym",
                "Ambrook Booking boosts commission-free direct reservations by 18%.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How much do direct bookings grow with Ambrook Booking?\nA: By 18%.",
                "Q",
            ),
            (
                "speaker-note",
                "Land the 18 percent rise in direct bookings before you show the booking engine.",
                "S",
            ),
            ("retired-product", "ChannelNest raises direct bookings by 25%.", "T"),
            ("bullet", "- 18% more direct bookings with Ambrook Booking", "T"),
        ),
        (
            ("current-words", "Ambrook Booking raises direct bookings by a quarter.", "T"),
            (
                "current-reworded",
                "Hotels on Ambrook Booking take 25 percent more direct bookings.",
                "T",
            ),
            ("other-party", "The big OTAs still take 18% commission on the average booking.", "T"),
            (
                "share",
                "Direct bookings are only 18% of room revenue at a typical roadside motel, "
                "says Hostmark Data.",
                "T",
            ),
            (
                "competitor",
                "Distro9 claims its booking engine raises direct bookings by 18%.",
                "T",
            ),
            (
                "same-number",
                "In our own A/B test, the new booking page raised newsletter sign-ups by 18%.",
                "T",
            ),
        ),
    ),
    S(
        "channel-count",
        "Ambrook Booking connects to more than 450 booking channels.",
        ("Ambrook Booking connects to more than 200 booking channels.",),
        (
            ("verbatim", "Ambrook Booking connects to more than 200 booking channels.", "T"),
            ("label-value", "Booking channels connected | 200+", "R"),
            (
                "in-words",
                "Ambrook Booking connects to more than two hundred booking channels.",
                "T",
            ),
            (
                "synonym",
                "Ambrook Booking links your rates to over 200 OTAs and booking sites.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How many channels can Ambrook Booking distribute to?\nA: More than 200.",
                "Q",
            ),
            (
                "speaker-note",
                "Remind them Ambrook Booking already talks to 200-plus booking channels.",
                "S",
            ),
            ("label-colon", "Channels supported by Ambrook Booking: 200+", "T"),
            (
                "wrapped",
                "Ambrook Booking connects to more than 200 booking channels, including the\n"
                "regional sites that matter for ski resorts.",
                "W",
            ),
        ),
        (
            ("current", "Ambrook Booking connects to 450+ booking channels.", "T"),
            (
                "current-words",
                "Ambrook Booking connects to more than four hundred and fifty booking channels.",
                "T",
            ),
            (
                "partner-programme",
                "Our reseller programme has 200 certified partners in 30 countries.",
                "T",
            ),
            ("same-number", "Ambrook Booking supports up to 200 rate plans per property.", "T"),
            ("competitor", "Distro9 advertises connections to 200 channels.", "T"),
            ("event", "More than 200 hoteliers joined the Ambrook Summit in Lisbon.", "T"),
        ),
    ),
    S(
        "booking-price",
        "Ambrook Booking costs $4 per room per month.",
        ("Ambrook Booking costs $6 per room per month.",),
        (
            ("verbatim", "Ambrook Booking costs $6 per room per month.", "T"),
            ("label-value", "Ambrook Booking price | $6 per room / month", "R"),
            ("in-words", "Ambrook Booking costs six dollars per room each month.", "T"),
            ("abbreviated", "Ambrook Booking is priced at $6/room/month.", "T"),
            ("q-and-a", "Q: What does Ambrook Booking cost?\nA: $6 per room per month.", "Q"),
            (
                "speaker-note",
                "Quote six dollars a room a month for Ambrook Booking, no setup fee.",
                "S",
            ),
            ("retired-product", "ChannelNest costs $4 per room per month.", "T"),
            ("label-colon", "Ambrook Booking: $6 per room per month", "T"),
        ),
        (
            ("current-format", "Ambrook Booking costs $4.00 per room per month.", "T"),
            ("current-words", "Ambrook Booking costs four dollars per room each month.", "T"),
            (
                "other-price",
                "Renting a self-check-in kiosk from Ambrook costs $6 per day.",
                "T",
            ),
            (
                "competitor",
                "Distro9 charges $6 per room per month for its booking engine.",
                "T",
            ),
            (
                "same-number",
                "A direct booking saves the hotel about $6 in OTA commission on a budget room.",
                "T",
            ),
        ),
    ),
    # Ambrook Housekeeping
    S(
        "turnaround",
        "Ambrook Housekeeping cuts room turnaround time by 30%.",
        ("Ambrook Housekeeping cuts room turnaround time by 20%.",),
        (
            ("verbatim", "Ambrook Housekeeping cuts room turnaround time by 20%.", "T"),
            ("label-value", "Room turnaround time reduction | 20%", "R"),
            ("in-words", "Ambrook Housekeeping cuts room turnaround time by a fifth.", "T"),
            ("reworded", "Rooms are ready 20% sooner with Ambrook Housekeeping.", "T"),
            (
                "q-and-a",
                "Q: How much faster are rooms turned with Ambrook Housekeeping?\nA: 20% faster.",
                "Q",
            ),
            (
                "speaker-note",
                "Point out that Ambrook Housekeeping takes twenty percent off room turnaround.",
                "S",
            ),
            ("retired-product", "TidyRoom cuts room turnaround time by 30%.", "T"),
            (
                "wrapped",
                "Ambrook Housekeeping cuts room turnaround time by 20%, so early arrivals get\n"
                "their keys before lunch.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Ambrook Housekeeping cuts room turnaround time by thirty percent.",
                "T",
            ),
            ("current-label", "Room turnaround time reduction | 30 %", "R"),
            (
                "analyst",
                "Linen and laundry make up 20% of a housekeeping budget, says Hostmark Data.",
                "T",
            ),
            ("video-length", "The Ambrook Housekeeping app tour is a 20-minute video.", "T"),
            (
                "direction",
                "Housekeeping wages in the region rose 20% over two years, the hotel association "
                "reports.",
                "T",
            ),
        ),
    ),
    S(
        "maintenance-resolution",
        "Ambrook Housekeeping resolves maintenance tickets in 4 hours on average.",
        ("Ambrook Housekeeping resolves maintenance tickets in 12 hours on average.",),
        (
            (
                "verbatim",
                "Ambrook Housekeeping resolves maintenance tickets in 12 hours on average.",
                "T",
            ),
            (
                "in-words",
                "Ambrook Housekeeping resolves maintenance tickets in half a day on average.",
                "T",
            ),
            ("label-value", "Average maintenance ticket resolution | 12 hours", "R"),
            (
                "reworded",
                "With Ambrook Housekeeping, engineers close a maintenance ticket within 12 hours "
                "on average.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How fast are maintenance issues fixed with Ambrook Housekeeping?\n"
                "A: Twelve hours on average.",
                "Q",
            ),
            (
                "speaker-note",
                "A broken shower gets fixed in about 12 hours once it is logged in Ambrook "
                "Housekeeping.",
                "S",
            ),
            ("label-colon", "Maintenance fix time (Ambrook Housekeeping): 12 h", "T"),
        ),
        (
            (
                "current-words",
                "Ambrook Housekeeping resolves maintenance tickets in four hours on average.",
                "T",
            ),
            (
                "same-number",
                "Ambrook's customer support replies to every support request within 12 hours.",
                "T",
            ),
            (
                "regulator",
                "Under the local fire code, a failed emergency light must be repaired within "
                "12 hours.",
                "T",
            ),
            (
                "course-length",
                "The engineering team's onboarding course is 12 hours of video.",
                "T",
            ),
        ),
    ),
    S(
        "attendant-time",
        "Ambrook Housekeeping saves each room attendant 40 minutes per shift.",
        ("Ambrook Housekeeping saves each room attendant 25 minutes per shift.",),
        (
            (
                "verbatim",
                "Ambrook Housekeeping saves each room attendant 25 minutes per shift.",
                "T",
            ),
            ("label-value", "Time saved per attendant per shift | 25 min", "R"),
            (
                "in-words",
                "Ambrook Housekeeping saves each room attendant twenty-five minutes per shift.",
                "T",
            ),
            (
                "reworded",
                "Room attendants using Ambrook Housekeeping gain 25 minutes every shift.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How much time does Ambrook Housekeeping save an attendant?\n"
                "A: 25 minutes a shift.",
                "Q",
            ),
        ),
        (
            (
                "current-words",
                "Ambrook Housekeeping saves each room attendant forty minutes per shift.",
                "T",
            ),
            ("current-label", "Time saved per attendant per shift | 40 min", "R"),
            (
                "other-duration",
                "A room attendant's paid break is 25 minutes per shift under the union contract.",
                "T",
            ),
            ("headcount", "Ambrook's housekeeping product team is 25 people.", "T"),
        ),
    ),
    # Ambrook Guest
    S(
        "reply-speed",
        "Ambrook Guest answers guest messages 3x faster.",
        ("Ambrook Guest answers guest messages 2x faster.",),
        (
            ("verbatim", "Ambrook Guest answers guest messages 2x faster.", "T"),
            ("in-words", "Ambrook Guest answers guest messages twice as fast.", "T"),
            ("label-value", "Guest message response speed | 2x faster", "R"),
            ("reworded", "Ambrook Guest replies to guests twice as quickly.", "T"),
            ("synonym", "Ambrook Guest doubles the speed of replies to guest messages.", "T"),
            (
                "q-and-a",
                "Q: How much faster does the team answer guests with Ambrook Guest?\n"
                "A: Twice as fast.",
                "Q",
            ),
            (
                "speaker-note",
                "Tell the GM that Ambrook Guest gets messages answered two times faster.",
                "S",
            ),
            ("retired-product", "Lobbyless answers guest messages 3x faster.", "T"),
        ),
        (
            ("current-words", "Ambrook Guest answers guest messages three times faster.", "T"),
            (
                "current-reworded",
                "Ambrook Guest triples the speed of replies to guest messages.",
                "T",
            ),
            ("competitor", "Conciergo says its shared inbox answers guests 2x faster.", "T"),
            (
                "survey",
                "Guests are twice as likely to leave a review when the hotel answers their "
                "messages, the Lodging Pulse survey found.",
                "T",
            ),
            (
                "same-number",
                "Guests open Ambrook Guest's pre-arrival texts twice as often as e-mails.",
                "T",
            ),
        ),
    ),
    S(
        "guest-rating",
        "Ambrook Guest is rated 4.8 out of 5 on StayStack Reviews.",
        ("Ambrook Guest is rated 4.5 out of 5 on StayStack Reviews.",),
        (
            ("verbatim", "Ambrook Guest is rated 4.5 out of 5 on StayStack Reviews.", "T"),
            ("slash-format", "Ambrook Guest is rated 4.5/5 on StayStack Reviews.", "T"),
            ("label-value", "Ambrook Guest rating on StayStack Reviews | 4.5", "R"),
            ("stars", "Ambrook Guest holds a 4.5-star rating on StayStack Reviews.", "T"),
            (
                "q-and-a",
                "Q: How do hotels rate Ambrook Guest on StayStack Reviews?\nA: 4.5 out of 5.",
                "Q",
            ),
            (
                "speaker-note",
                "Show the StayStack page: Ambrook Guest sits at 4.5 stars.",
                "S",
            ),
        ),
        (
            ("current-format", "Ambrook Guest is rated 4.8/5 on StayStack Reviews.", "T"),
            ("current-stars", "Ambrook Guest holds a 4.8-star rating on StayStack Reviews.", "T"),
            (
                "other-metric",
                "Hotels using Ambrook Guest average 4.5 out of 5 in guest reviews on travel sites.",
                "T",
            ),
            (
                "competitor",
                "Conciergo, a competitor, is rated 4.5 out of 5 on StayStack Reviews.",
                "T",
            ),
            ("event", "Attendees rated the Ambrook Summit sessions 4.5 out of 5.", "T"),
        ),
    ),
    S(
        "upsell-revenue",
        "Ambrook Guest adds $18 in upsell revenue per stay.",
        ("Ambrook Guest adds $11 in upsell revenue per stay.",),
        (
            ("verbatim", "Ambrook Guest adds $11 in upsell revenue per stay.", "T"),
            ("label-value", "Upsell revenue per stay | $11", "R"),
            ("in-words", "Ambrook Guest adds eleven dollars in upsell revenue per stay.", "T"),
            (
                "reworded",
                "Ambrook Guest earns hotels an extra $11 a stay from upsells like late checkout.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How much upsell revenue does Ambrook Guest bring in per stay?\nA: $11.",
                "Q",
            ),
            ("label-colon", "Upsell revenue per stay with Ambrook Guest: $11", "T"),
        ),
        (
            ("current-format", "Ambrook Guest adds $18.00 in upsell revenue per stay.", "T"),
            (
                "current-words",
                "Ambrook Guest adds eighteen dollars in upsell revenue per stay.",
                "T",
            ),
            (
                "other-price",
                "Late checkout is typically offered at $11 through Ambrook Guest.",
                "T",
            ),
            (
                "analyst",
                "Corbel Research puts average ancillary spend at $11 per stay across midscale "
                "hotels.",
                "T",
            ),
        ),
    ),
    S(
        "languages",
        "Ambrook Guest translates guest chats into 40 languages.",
        ("Ambrook Guest translates guest chats into 24 languages.",),
        (
            ("verbatim", "Ambrook Guest translates guest chats into 24 languages.", "T"),
            ("in-words", "Ambrook Guest translates guest chats into two dozen languages.", "T"),
            ("label-value", "Chat translation languages | 24", "R"),
            (
                "reworded",
                "Through Ambrook Guest, guests can chat with the front desk in 24 languages.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How many languages does Ambrook Guest translate chats into?\nA: 24.",
                "Q",
            ),
        ),
        (
            ("current-words", "Ambrook Guest translates guest chats into forty languages.", "T"),
            ("other-number", "Ambrook support is open 24 hours a day, 7 days a week.", "T"),
            ("event", "The Ambrook Summit in Lisbon drew hoteliers from 24 countries.", "T"),
            ("other-count", "The Ambrook Academy offers its courses in 6 languages.", "T"),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "checkin-time": (
        ("label-colon", "Check-in time per guest, Ambrook PMS: 2 min", "T"),
        ("bullet", "• Two-minute front-desk check-in with Ambrook PMS", "T"),
        (
            "in-sentence",
            "Owners of busy airport hotels like that Ambrook PMS cuts front-desk check-in to "
            "2 minutes per guest, even with passport scans.",
            "T",
        ),
    ),
    "uptime": (
        ("label-colon", "Ambrook PMS availability: 99.9%", "T"),
        ("bullet", "* 99.9% uptime for Ambrook PMS, backed by our SLA", "T"),
        (
            "possessive",
            "Ambrook PMS's 99.9% uptime means the front desk never falls back to paper.",
            "T",
        ),
        ("retired-possessive", "Keystay's 99.99% uptime keeps the night audit running.", "T"),
    ),
    "hotel-count": (
        ("label-colon", "Hotels on Ambrook PMS: 4,000+", "T"),
        ("bullet", "- Trusted by 4,000+ hotels (Ambrook PMS)", "T"),
        (
            "in-sentence",
            "Since more than 4,000 hotels run on Ambrook PMS, most agency temps have used it "
            "before they arrive.",
            "T",
        ),
    ),
    "go-live": (
        (
            "wrapped",
            "A new property goes live on Ambrook PMS in 6 weeks, with data migrated from\n"
            "the old system by our team.",
            "W",
        ),
        ("bullet", "• Live on Ambrook PMS in six weeks, migration included", "T"),
        ("retired-product", "A new property goes live on Keystay in 10 days.", "T"),
    ),
    "revpar-lift": (
        ("label-colon", "RevPAR uplift, year one (Ambrook Revenue): 9%", "T"),
        ("bullet", "- +9% RevPAR in year one with Ambrook Revenue", "T"),
        (
            "possessive",
            "Ambrook Revenue's 9% first-year RevPAR lift pays for the subscription many times "
            "over.",
            "T",
        ),
    ),
    "reprice-frequency": (
        ("label-colon", "Ambrook Revenue repricing: hourly", "T"),
        ("bullet", "• Hourly repricing of every room type (Ambrook Revenue)", "T"),
    ),
    "forecast-accuracy": (
        (
            "wrapped",
            "Ambrook Revenue forecasts occupancy with 88% accuracy, which is why owners\n"
            "trust it to set the staffing plan.",
            "W",
        ),
        (
            "in-sentence",
            "Revenue managers switch because Ambrook Revenue forecasts occupancy with 88% "
            "accuracy and explains each forecast.",
            "T",
        ),
        ("retired-product", "RateWise forecasts occupancy with 95% accuracy.", "T"),
    ),
    "direct-bookings": (
        ("label-colon", "Direct bookings with Ambrook Booking: +18%", "T"),
        (
            "wrapped",
            "Ambrook Booking raises direct bookings by 18%, which cuts what the hotel pays\n"
            "the OTAs in commission.",
            "W",
        ),
        (
            "noun-phrase",
            "The 18% rise in direct bookings on Ambrook Booking comes mostly from mobile.",
            "T",
        ),
    ),
    "channel-count": (
        ("tagline", "Ambrook Booking: 200+ booking channels, one rate calendar.", "T"),
        ("retired-product", "ChannelNest connects to more than 450 booking channels.", "T"),
        ("bullet", "- Distribute to 200+ booking channels from Ambrook Booking", "T"),
    ),
    "booking-price": (
        (
            "wrapped",
            "Ambrook Booking costs $6 per room per month, billed annually, with the\n"
            "channel manager included.",
            "W",
        ),
        ("bullet", "• $6 per room per month for Ambrook Booking", "T"),
        (
            "in-sentence",
            "For a 40-room hotel, Ambrook Booking costs $6 per room per month, which is less "
            "than a single OTA commission.",
            "T",
        ),
    ),
    "turnaround": (
        ("label-colon", "Turnaround time cut with Ambrook Housekeeping: 20%", "T"),
        ("bullet", "- Turn rooms 20% faster with Ambrook Housekeeping", "T"),
        ("per-cent", "Ambrook Housekeeping cuts room turnaround time by 20 per cent.", "T"),
    ),
    "maintenance-resolution": (
        (
            "wrapped",
            "Ambrook Housekeeping resolves maintenance tickets in 12 hours on average, so\n"
            "rooms come back into inventory faster.",
            "W",
        ),
        (
            "retired-product",
            "TidyRoom resolves maintenance tickets in 4 hours on average.",
            "T",
        ),
        (
            "bullet",
            "• Maintenance tickets resolved in 12 hours on average with Ambrook Housekeeping",
            "T",
        ),
    ),
    "attendant-time": (
        (
            "speaker-note",
            "Room attendants win back 25 minutes a shift with Ambrook Housekeeping; say it twice.",
            "S",
        ),
        (
            "wrapped",
            "Ambrook Housekeeping saves each room attendant 25 minutes per shift by routing\n"
            "carts floor by floor.",
            "W",
        ),
        ("label-colon", "Minutes saved per attendant shift, Ambrook Housekeeping: 25", "T"),
    ),
    "reply-speed": (
        (
            "wrapped",
            "Ambrook Guest answers guest messages 2x faster because every channel lands\n"
            "in one inbox.",
            "W",
        ),
        ("label-colon", "Reply speed with Ambrook Guest: 2x", "T"),
        ("bullet", "- Answer guest messages twice as fast with Ambrook Guest", "T"),
    ),
    "guest-rating": (
        (
            "wrapped",
            "Ambrook Guest is rated 4.5 out of 5 on StayStack Reviews, where hotel teams\n"
            "review the tools they use every day.",
            "W",
        ),
        ("label-colon", "StayStack Reviews rating for Ambrook Guest: 4.5/5", "T"),
        ("retired-product", "Lobbyless is rated 4.8 out of 5 on StayStack Reviews.", "T"),
    ),
    "upsell-revenue": (
        (
            "speaker-note",
            "Ambrook Guest brings in $11 of upsells per stay; multiply that by their room "
            "nights live.",
            "S",
        ),
        (
            "wrapped",
            "Ambrook Guest adds $11 in upsell revenue per stay, from early check-in,\n"
            "parking and breakfast.",
            "W",
        ),
        ("retired-product", "Lobbyless adds $18 in upsell revenue per stay.", "T"),
        ("bullet", "• +$11 upsell revenue per stay (Ambrook Guest)", "T"),
    ),
    "languages": (
        (
            "speaker-note",
            "Demo the chat in Spanish; Ambrook Guest translates it into 24 languages.",
            "S",
        ),
        (
            "wrapped",
            "Ambrook Guest translates guest chats into 24 languages, so night staff can\n"
            "answer a guest from Seoul or São Paulo.",
            "W",
        ),
        ("label-colon", "Languages for chat translation in Ambrook Guest: 24", "T"),
        ("bullet", "- Chat with guests in 24 languages through Ambrook Guest", "T"),
    ),
}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "checkin-time": (
        ("current-label-colon", "Check-in time per guest, Ambrook PMS: 45 sec", "T"),
        (
            "customer-quote",
            '"Our desk team now checks guests in within two minutes on a Friday night," '
            "says the front-office manager at the Harbour Quay Hotel.",
            "T",
        ),
        (
            "course-length",
            "The front-desk module of the Ambrook PMS training takes 2 hours.",
            "T",
        ),
        (
            "regulator",
            "In several countries the police must receive a foreign guest's registration "
            "card within 24 hours.",
            "T",
        ),
        (
            "current-q-and-a",
            "Q: How long does front-desk check-in take on Ambrook PMS?\nA: 45 seconds per guest.",
            "Q",
        ),
    ),
    "uptime": (
        ("current-label-colon", "Ambrook PMS availability: 99.99%", "T"),
        ("current-q-and-a", "Q: What uptime does Ambrook PMS run at?\nA: 99.99%.", "Q"),
        ("other-metric", "Ambrook PMS keeps 30 days of point-in-time backups.", "T"),
        (
            "case-study-heading",
            "Case study: how the Larchmont Inn kept its guest Wi-Fi at 99.9% uptime",
            "T",
        ),
        ("other-duration", "Ambrook PMS restores a property from backup in under an hour.", "T"),
    ),
    "hotel-count": (
        (
            "current-words",
            "More than six and a half thousand hotels run on Ambrook PMS.",
            "T",
        ),
        ("current-label", "Hotels running Ambrook PMS | 6,500+", "R"),
        (
            "job-posting",
            "We're hiring: Ambrook is looking for 12 onboarding specialists to support new hotels.",
            "T",
        ),
        ("headcount", "Ambrook employs 400 people across four offices.", "T"),
        ("customer", "Larkspur Hotels runs Ambrook PMS across 40 properties.", "T"),
    ),
    "go-live": (
        ("current-label", "Time to go live on Ambrook PMS | 10 days", "R"),
        (
            "current-q-and-a",
            "Q: How quickly can a new hotel go live on Ambrook PMS?\nA: In 10 days.",
            "Q",
        ),
        (
            "customer",
            "The Alder & Finch group brought its flagship property live on Ambrook PMS in 6 "
            "weeks during a full renovation.",
            "T",
        ),
        ("other-duration", "A hotel refurbishment usually closes a floor for 6 weeks.", "T"),
    ),
    "revpar-lift": (
        ("current-label", "RevPAR lift with Ambrook Revenue | 14%", "R"),
        (
            "current-q-and-a",
            "Q: What RevPAR gain should an owner expect from Ambrook Revenue?\nA: 14% in year one.",
            "Q",
        ),
        (
            "case-study-heading",
            "Case study: The Wexley Hotel grows RevPAR 9% in a flat market",
            "T",
        ),
        (
            "other-metric",
            "Ambrook Revenue saves a revenue manager 9 hours a week of rate loading.",
            "T",
        ),
    ),
    "reprice-frequency": (
        (
            "current-q-and-a",
            "Q: How often does Ambrook Revenue change rates?\nA: Every 15 minutes.",
            "Q",
        ),
        ("current-reworded", "Ambrook Revenue updates room rates four times an hour.", "T"),
        (
            "analyst",
            "Corbel Research says most independent hotels still change rates once a day.",
            "T",
        ),
        ("event-length", "The Ambrook Revenue masterclass is a one-hour session.", "T"),
    ),
    "forecast-accuracy": (
        ("current-label", "Occupancy forecast accuracy | 95%", "R"),
        (
            "current-words",
            "Ambrook Revenue forecasts occupancy with ninety-five percent accuracy.",
            "T",
        ),
        ("competitor", "Yieldly claims 88% forecast accuracy in its sales deck.", "T"),
        (
            "other-metric",
            "Ambrook Revenue looks 365 days ahead when it forecasts occupancy.",
            "T",
        ),
    ),
    "direct-bookings": (
        ("current-label", "Direct booking increase | 25%", "R"),
        (
            "current-q-and-a",
            "Q: How much do direct bookings grow with Ambrook Booking?\nA: By a quarter.",
            "Q",
        ),
        (
            "direction",
            "OTA commission bills fell 18% for hotels that moved guests to direct booking, "
            "Hostmark Data reports.",
            "T",
        ),
        (
            "customer-quote",
            '"Direct bookings are up 18% since we rebuilt our website," says the owner of '
            "the Saltmarsh Inn.",
            "T",
        ),
    ),
    "channel-count": (
        ("current-label", "Booking channels connected | 450+", "R"),
        (
            "current-q-and-a",
            "Q: How many channels can Ambrook Booking distribute to?\nA: More than 450.",
            "Q",
        ),
        (
            "job-posting",
            "We have 3 open roles on the Ambrook Booking integrations team in Lisbon.",
            "T",
        ),
        (
            "webinar",
            "More than 200 revenue managers signed up for our channel-mix webinar.",
            "T",
        ),
    ),
    "booking-price": (
        ("current-label", "Ambrook Booking price | $4 per room / month", "R"),
        ("current-q-and-a", "Q: What does Ambrook Booking cost?\nA: $4 per room per month.", "Q"),
        (
            "other-price",
            "Onsite training for Ambrook Booking is a one-off $600 per property.",
            "T",
        ),
        (
            "partner-programme",
            "Certified partners earn 6% of first-year licence revenue on referrals.",
            "T",
        ),
    ),
    "turnaround": (
        (
            "current-q-and-a",
            "Q: How much faster are rooms turned with Ambrook Housekeeping?\nA: 30% faster.",
            "Q",
        ),
        ("current-reworded", "Rooms are ready 30% sooner with Ambrook Housekeeping.", "T"),
        (
            "survey",
            "One in five housekeepers in the Lodging Pulse survey plan to leave the industry.",
            "T",
        ),
        (
            "standard-body",
            "The national star-rating scheme inspects 20% of rooms at each audit visit.",
            "T",
        ),
    ),
    "maintenance-resolution": (
        ("current-label", "Average maintenance ticket resolution | 4 hours", "R"),
        (
            "current-q-and-a",
            "Q: How fast are maintenance issues fixed with Ambrook Housekeeping?\n"
            "A: Four hours on average.",
            "Q",
        ),
        (
            "customer",
            "The Pinegate Lodge logged 12 maintenance tickets on its opening weekend.",
            "T",
        ),
        (
            "other-metric",
            "Ambrook Housekeeping keeps 12 months of maintenance history for every room.",
            "T",
        ),
    ),
    "attendant-time": (
        (
            "current-q-and-a",
            "Q: How much time does Ambrook Housekeeping save an attendant?\nA: 40 minutes a shift.",
            "Q",
        ),
        (
            "current-reworded",
            "Room attendants using Ambrook Housekeeping gain forty minutes every shift.",
            "T",
        ),
        (
            "survey",
            "Attendants in the Lodging Pulse survey spend 25 minutes a shift looking for supplies.",
            "T",
        ),
        (
            "video-length",
            "The attendant training video for Ambrook Housekeeping runs 25 minutes.",
            "T",
        ),
    ),
    "reply-speed": (
        ("current-label", "Guest message response speed | 3x faster", "R"),
        (
            "current-q-and-a",
            "Q: How much faster does the team answer guests with Ambrook Guest?\n"
            "A: Three times as fast.",
            "Q",
        ),
        (
            "direction",
            "Guest message volume doubled at beach resorts over the summer, Hostmark Data says.",
            "T",
        ),
        ("newsletter", "The Ambrook Guest newsletter now goes out twice a month.", "T"),
    ),
    "guest-rating": (
        ("current-label", "Ambrook Guest rating on StayStack Reviews | 4.8", "R"),
        (
            "current-q-and-a",
            "Q: How do hotels rate Ambrook Guest on StayStack Reviews?\nA: 4.8 out of 5.",
            "Q",
        ),
        (
            "webinar",
            "Our last guest-messaging webinar scored 4.5 out of 5 in the attendee poll.",
            "T",
        ),
        (
            "analyst",
            "The average StayStack Reviews score for guest messaging tools is 4.2 out of 5.",
            "T",
        ),
    ),
    "upsell-revenue": (
        ("current-label", "Upsell revenue per stay | $18", "R"),
        (
            "current-q-and-a",
            "Q: How much upsell revenue does Ambrook Guest bring in per stay?\nA: $18.",
            "Q",
        ),
        (
            "customer",
            "The Saltmarsh Inn sells parking at $11 a night through Ambrook Guest.",
            "T",
        ),
        (
            "competitor",
            "Conciergo says hotels earn $11 more per stay with its upsell store.",
            "T",
        ),
    ),
    "languages": (
        ("current-label", "Chat translation languages | 40", "R"),
        (
            "current-q-and-a",
            "Q: How many languages does Ambrook Guest translate chats into?\nA: 40.",
            "Q",
        ),
        (
            "competitor",
            "Conciergo translates chats into 24 languages, according to its website.",
            "T",
        ),
        ("job-posting", "Ambrook is hiring 24 support agents ahead of the summer season.", "T"),
        (
            "current-reworded",
            "Guests can chat with the front desk in forty languages through Ambrook Guest.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("Keystay", "Ambrook PMS"),
    ("RateWise", "Ambrook Revenue"),
    ("ChannelNest", "Ambrook Booking"),
    ("TidyRoom", "Ambrook Housekeeping"),
    ("Lobbyless", "Ambrook Guest"),
)
FILLER = (
    "Open by asking the general manager how the front desk copes on a full-house Friday.",
    "Close with a sandbox property loaded with the hotel's own room types and rates.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Ambrook", 171, SUBJECTS, TERMS, FILLER)
