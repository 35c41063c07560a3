"""A blind held-out library for the matcher (issue 19): Meridel, clinical-trials software.

    .venv/bin/python benchmarks/heldout_ninth_company.py --out /tmp/fc-meridel [--misses]

A ninth fictional company, generated like the seventh (``heldout_seventh_company``,
Wrenfield) with the shared writers (``heldout_files``) and command line
(``company_check``). It is a blind held-out library for issue 19, written before any of its
results were seen: its sentences were written from SPEC §4 alone, while the matcher was
being tuned by someone else, without reading the matcher, its notes or its tests, and with
other products, figures and wordings than the earlier companies.

Meridel sells electronic data capture (Meridel Capture), eConsent (Meridel Consent),
randomisation and trial supply (Meridel Supply), risk-based monitoring (Meridel Monitor) and
site payments (Meridel Sites). Each topic has a current approved message, its superseded
text(s), labelled positives (verbatim, a table row, a "Label: value" line, a question with
its answer, the old fact in words, rewordings and synonyms that keep the subject, a wrapped
line, a presenter's note, a retired product name) and look-alike negatives (the current fact
in another format or wording, an analyst's, survey's, regulator's, competitor's or one
customer's figure, a quote, the same number for another metric, the figure moving the other
way, events, webinars, community and newsletter counts, job postings, partner programme
figures, prices of other items), placed in every format: slide text, tables and speaker
notes; Word paragraphs, tables and comments; PDF; Markdown; HTML; plain text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from blind_company import place_cases
from company_check import policy_text as blind_policy_text
from company_check import run_company
from heldout_files import Block, Label
from heldout_seventh_company import ASKED, SPOKEN, TEXT, WRAPPED
from tuning_third_company import TABLE

PLACES = {"T": TEXT, "R": TABLE, "Q": ASKED, "S": SPOKEN, "W": WRAPPED}

Case = tuple[str, str, str]  # form, text, where (a key of PLACES)


@dataclass(frozen=True)
class Subject:
    """A message: its id, current text, superseded texts, positives and negatives."""

    id: str
    current: str
    superseded: tuple[str, ...]
    positives: tuple[Case, ...]
    negatives: tuple[Case, ...]


def with_more(
    subjects: tuple[Subject, ...],
    positives: dict[str, tuple[Case, ...]],
    negatives: dict[str, tuple[Case, ...]],
) -> tuple[Subject, ...]:
    """The subjects with more cases each, written the way a deck or a rep's notes put them."""
    return tuple(
        replace(
            s,
            positives=s.positives + positives.get(s.id, ()),
            negatives=s.negatives + negatives.get(s.id, ()),
        )
        for s in subjects
    )


def build_library(
    seed: int, prefix: str, subjects: tuple[Subject, ...], filler: tuple[str, str]
) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    """Files and labels, drawn with ``seed`` (``blind_company.place_cases``)."""
    cases = (
        (positive, form, text, PLACES[where])
        for subject in subjects
        for positive, group in ((True, subject.positives), (False, subject.negatives))
        for form, text, where in group
    )
    return place_cases(seed, prefix, cases, filler)


def policy_text(subjects: tuple[Subject, ...], terms: tuple[tuple[str, str], ...]) -> str:
    return blind_policy_text(((s.id, s.current, s.superseded) for s in subjects), terms)


def run_subjects(
    doc: str | None,
    company: str,
    seed: int,
    subjects: tuple[Subject, ...],
    terms: tuple[tuple[str, str], ...],
    filler: tuple[str, str],
) -> None:
    """The command line of a company written as subjects (this one and those after it):
    files named after the company in lower case, its policy from ``subjects`` and ``terms``."""
    prefix = company.lower()
    run_company(
        doc,
        company,
        seed,
        lambda drawn: build_library(drawn, prefix, subjects, filler),
        lambda: policy_text(subjects, terms),
    )


S = Subject
FIRST = (
    S(
        "database-lock",
        "Meridel Capture gets a study to database lock in 3 weeks.",
        ("Meridel Capture gets a study to database lock in 6 weeks.",),
        (
            ("verbatim", "Meridel Capture gets a study to database lock in 6 weeks.", "T"),
            ("label-value", "Last patient visit to database lock | 6 weeks", "R"),
            ("in-words", "Meridel Capture gets a study to database lock in six weeks.", "T"),
            (
                "reworded",
                "Data managers lock the database six weeks after the last visit with "
                "Meridel Capture.",
                "T",
            ),
            ("retired-product", "TrialDesk gets a study to database lock in 3 weeks.", "T"),
            (
                "wrapped",
                "With Meridel Capture a study reaches database lock in 6 weeks, so\nthe "
                "statisticians start on the tables before the quarter ends.",
                "W",
            ),
        ),
        (
            ("current", "Meridel Capture gets a study to database lock in 21 days.", "T"),
            (
                "analyst",
                "Tandry Research puts the industry's median time to database lock at 6 weeks.",
                "T",
            ),
            (
                "customer",
                "Oberlin Biotherapeutics locked its phase II database in 6 weeks on Meridel "
                "Capture, despite a late protocol amendment.",
                "T",
            ),
            ("other-metric", "Meridel Capture sandbox accounts expire after 6 weeks.", "T"),
            (
                "direction",
                "Time to database lock grew by 6 weeks across oncology trials in 2025, "
                "according to the Sponsor Benchmark Survey.",
                "T",
            ),
        ),
    ),
    S(
        "sites",
        "More than 3,200 research sites run studies on Meridel.",
        (
            "More than 1,800 research sites run studies on Meridel.",
            "More than 900 research sites run studies on Meridel.",
        ),
        (
            ("verbatim", "More than 1,800 research sites run studies on Meridel.", "T"),
            ("older-figure", "More than 900 research sites run studies on Meridel.", "T"),
            ("label-value", "Research sites on Meridel | 1,800+", "R"),
            ("label-line", "Research sites running Meridel: over 1,800", "T"),
            (
                "reworded",
                "Over 1,800 hospitals and clinics run their research studies on Meridel.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How many research sites use Meridel?\nA: More than 1,800 of them.",
                "Q",
            ),
        ),
        (
            ("current", "Research sites on Meridel | 3,200+", "R"),
            (
                "event",
                "More than 1,800 site coordinators registered for the Meridel Sites Summit "
                "in Lisbon.",
                "T",
            ),
            (
                "community",
                "The Meridel Research Coordinators group on LinkedIn has 1,800 members.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials says more than 1,800 research sites use its EDC.",
                "T",
            ),
            (
                "regulatory",
                "The registry lists more than 1,800 research sites that failed to post "
                "results on time.",
                "T",
            ),
        ),
    ),
    S(
        "consent-time",
        "Meridel Consent cuts the time to consent a patient by 40%.",
        ("Meridel Consent cuts the time to consent a patient by 25%.",),
        (
            ("verbatim", "Meridel Consent cuts the time to consent a patient by 25%.", "T"),
            ("label-value", "Reduction in time to consent | 25%", "R"),
            ("in-words", "Meridel Consent cuts the time to consent a patient by a quarter.", "T"),
            (
                "synonym",
                "Meridel Consent shortens the patient consent process by 25 percent.",
                "T",
            ),
            ("retired-product", "ConsentPad cuts the time to consent a patient by 40%.", "T"),
            (
                "notes",
                "When the coordinator asks about the visit length, tell her consent takes 25% "
                "less time with Meridel Consent.",
                "S",
            ),
        ),
        (
            ("current", "Meridel Consent cuts the time to consent a patient by two fifths.", "T"),
            (
                "customer",
                "Case study: Harwell Cancer Centre cut its consent time by 25% with Meridel "
                "Consent.",
                "T",
            ),
            (
                "analyst",
                "Time to consent a patient fell 25% across paper-free sites (Veritrial "
                "Institute, 2025).",
                "T",
            ),
            (
                "other-metric",
                "About 25% of patients on Meridel Consent sign from home.",
                "T",
            ),
            (
                "testimonial",
                '"Our consent visits are a quarter shorter now," says Priya Nand, research '
                "nurse at Harwell Cancer Centre.",
                "T",
            ),
        ),
    ),
    S(
        "query-rate",
        "Meridel Capture lowers data query rates by 55%.",
        ("Meridel Capture lowers data query rates by 30%.",),
        (
            ("verbatim", "Meridel Capture lowers data query rates by 30%.", "T"),
            ("label-value", "Data query rate reduction | 30%", "R"),
            ("reworded", "Sites on Meridel Capture raise 30% fewer data queries.", "T"),
            ("in-words", "Meridel Capture lowers data query rates by thirty percent.", "T"),
            ("label-line", "Fewer data queries with Meridel Capture: 30%", "T"),
        ),
        (
            ("current", "Meridel Capture lowers data query rates by fifty-five percent.", "T"),
            (
                "competitor",
                "Caliptra Trials advertises a 30% drop in data queries with its edit checks.",
                "T",
            ),
            (
                "direction",
                "Data query rates rose 30% on studies that kept paper source documents.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Capture closes 30% of data queries automatically at entry.",
                "T",
            ),
            ("pricing", "Query management add-on | $300 per study per month", "R"),
        ),
    ),
    S(
        "uptime",
        "Meridel Capture is available 99.95% of the time.",
        ("Meridel Capture is available 99.9% of the time.",),
        (
            ("verbatim", "Meridel Capture is available 99.9% of the time.", "T"),
            ("label-value", "Meridel Capture availability | 99.9%", "R"),
            ("in-words", "Meridel Capture offers three nines of availability.", "T"),
            ("label-line", "Uptime of Meridel Capture: 99.9%", "T"),
            (
                "q-and-a",
                "Q: What uptime does Meridel Capture commit to?\nA: 99.9%.",
                "Q",
            ),
        ),
        (
            ("current", "Meridel Capture availability | 99.95 percent", "R"),
            (
                "other-metric",
                "Meridel Capture's edit checks catch 99.9% of out-of-range lab values.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials guarantees 99.9% availability for its EDC.",
                "T",
            ),
            (
                "regulatory",
                "The agency's submissions portal was up 99.9% of the time last year, its "
                "annual report says.",
                "T",
            ),
        ),
    ),
    S(
        "study-build",
        "A new study goes live on Meridel Capture in 8 weeks.",
        ("A new study goes live on Meridel Capture in 12 weeks.",),
        (
            ("verbatim", "A new study goes live on Meridel Capture in 12 weeks.", "T"),
            ("label-value", "Study build, protocol to go-live | 12 weeks", "R"),
            ("in-words", "A new study goes live on Meridel Capture in three months.", "T"),
            (
                "reworded",
                "Meridel Capture takes a new study from protocol to live in 12 weeks.",
                "T",
            ),
            ("retired-product", "A new study goes live on TrialDesk in 8 weeks.", "T"),
        ),
        (
            ("current", "A new study goes live on Meridel Capture in eight weeks.", "T"),
            (
                "customer",
                "Ashgrove Vaccines built its first study on Meridel Capture in 12 weeks, "
                "translations included.",
                "T",
            ),
            (
                "other-metric",
                "Meridel's onboarding course for study builders runs 12 weeks, one evening a week.",
                "T",
            ),
            (
                "analyst",
                "According to Tandry Research, most sponsors need 12 weeks to build a study "
                "in a legacy EDC.",
                "T",
            ),
            ("job", "We're hiring a study build lead: 12 weeks of paid onboarding.", "T"),
        ),
    ),
    S(
        "consent-languages",
        "Meridel Consent is available in 60 languages.",
        ("Meridel Consent is available in 35 languages.",),
        (
            ("verbatim", "Meridel Consent is available in 35 languages.", "T"),
            ("label-value", "Meridel Consent languages | 35", "R"),
            ("reworded", "Patients can read and sign Meridel Consent forms in 35 languages.", "T"),
            ("in-words", "Meridel Consent is available in thirty-five languages.", "T"),
            ("retired-product", "ConsentPad is available in 60 languages.", "T"),
        ),
        (
            ("current", "Meridel Consent is available in sixty languages.", "T"),
            ("other-metric", "Meridel Consent has been used in 35 countries so far.", "T"),
            (
                "competitor",
                "Caliptra Trials' eConsent module supports 35 languages, its website says.",
                "T",
            ),
            (
                "partner",
                "35 translation agencies are certified in the Meridel Partner Programme.",
                "T",
            ),
        ),
    ),
    S(
        "supply-countries",
        "Meridel Supply ships trial drug to sites in 70 countries.",
        ("Meridel Supply ships trial drug to sites in 45 countries.",),
        (
            ("verbatim", "Meridel Supply ships trial drug to sites in 45 countries.", "T"),
            ("label-value", "Countries Meridel Supply ships to | 45", "R"),
            ("reworded", "Sites in 45 countries get their trial drug through Meridel Supply.", "T"),
            ("retired-product", "DoseRoute ships trial drug to sites in 70 countries.", "T"),
            ("in-words", "Meridel Supply ships trial drug to sites in forty-five countries.", "T"),
        ),
        (
            (
                "current",
                "Sites in seventy countries get their trial drug through Meridel Supply.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Supply keeps 45 days of buffer stock at each regional depot.",
                "T",
            ),
            (
                "customer",
                "Tovane Pharma ran its dengue vaccine trial in 45 countries on Meridel Supply.",
                "T",
            ),
            (
                "regulatory",
                "Import permits for investigational product are required in 45 countries of "
                "the region.",
                "T",
            ),
        ),
    ),
    S(
        "drug-waste",
        "Meridel Supply reduces wasted trial drug by 30%.",
        ("Meridel Supply reduces wasted trial drug by 20%.",),
        (
            ("verbatim", "Meridel Supply reduces wasted trial drug by 20%.", "T"),
            ("label-value", "Trial drug waste avoided | 20%", "R"),
            ("in-words", "Meridel Supply reduces wasted trial drug by a fifth.", "T"),
            (
                "synonym",
                "Meridel Supply cuts the amount of investigational product thrown away by 20%.",
                "T",
            ),
            (
                "wrapped",
                "Because it forecasts dispensing by site, Meridel Supply reduces wasted trial "
                "drug\nby 20% over the life of a study.",
                "W",
            ),
        ),
        (
            ("current", "Meridel Supply reduces wasted trial drug by 30 percent.", "T"),
            (
                "analyst",
                "Up to 20% of trial drug is wasted industry-wide, Veritrial Institute reports.",
                "T",
            ),
            (
                "direction",
                "Trial drug costs rose 20% last year for biologics sponsors.",
                "T",
            ),
            (
                "customer",
                "Ashgrove Vaccines' supply team cut drug waste by 20% in the first year.",
                "T",
            ),
            ("pricing", "Meridel Supply depot integration | $20,000 one-time fee", "R"),
        ),
    ),
    S(
        "monitoring-cost",
        "Meridel Monitor cuts on-site monitoring costs by 35%.",
        ("Meridel Monitor cuts on-site monitoring costs by 20%.",),
        (
            ("verbatim", "Meridel Monitor cuts on-site monitoring costs by 20%.", "T"),
            ("label-value", "On-site monitoring cost savings | 20%", "R"),
            (
                "reworded",
                "Sponsors spend 20% less on on-site monitoring with Meridel Monitor.",
                "T",
            ),
            ("retired-product", "SiteCheck cuts on-site monitoring costs by 35%.", "T"),
            (
                "q-and-a",
                "Q: How much does Meridel Monitor save on on-site monitoring?\nA: About 20%.",
                "Q",
            ),
            (
                "notes",
                "Monitoring budget is their pain point: Meridel Monitor brings on-site "
                "monitoring costs down a fifth.",
                "S",
            ),
        ),
        (
            ("current", "Sponsors spend 35% less on on-site monitoring with Meridel Monitor.", "T"),
            (
                "analyst",
                "On-site monitoring is 20% of a typical phase III budget, per Tandry Research.",
                "T",
            ),
            (
                "competitor",
                "Larchmont CRO claims its remote monitoring cuts on-site visits by 20%.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Monitor flags about 20% of sites as high risk in the first month.",
                "T",
            ),
            (
                "testimonial",
                '"We cut our monitoring spend by a fifth," says Tomas Reyes, clinical '
                "operations lead at Tovane Pharma.",
                "T",
            ),
        ),
    ),
    S(
        "site-payments",
        "Meridel Sites pays research sites within 15 days.",
        ("Meridel Sites pays research sites within 45 days.",),
        (
            ("verbatim", "Meridel Sites pays research sites within 45 days.", "T"),
            ("label-value", "Site payment time | 45 days", "R"),
            ("label-line", "Meridel Sites payment turnaround: 45 days", "T"),
            (
                "reworded",
                "Research sites on Meridel Sites get paid within 45 days of a visit.",
                "T",
            ),
            ("in-words", "Meridel Sites pays research sites within forty-five days.", "T"),
        ),
        (
            ("current", "Meridel Sites pays research sites within fifteen days.", "T"),
            (
                "analyst",
                "Research sites wait 45 days on average to be paid, the Site Finance Survey found.",
                "T",
            ),
            (
                "regulatory",
                "Sites must keep payment records for 45 days after the sponsor's audit request.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Sites sends invoice reminders 45 days before a contract expires.",
                "T",
            ),
        ),
    ),
    S(
        "retention",
        "Studies on Meridel Consent keep 92% of enrolled patients to the final visit.",
        ("Studies on Meridel Consent keep 85% of enrolled patients to the final visit.",),
        (
            (
                "verbatim",
                "Studies on Meridel Consent keep 85% of enrolled patients to the final visit.",
                "T",
            ),
            ("label-value", "Patient retention to final visit | 85%", "R"),
            (
                "reworded",
                "85% of patients enrolled through Meridel Consent stay in the study to the "
                "last visit.",
                "T",
            ),
            (
                "label-line",
                "Retention on Meridel Consent studies: 85% of enrolled patients",
                "T",
            ),
        ),
        (
            (
                "current",
                "Studies on Meridel Consent keep ninety-two percent of enrolled patients to the "
                "final visit.",
                "T",
            ),
            (
                "analyst",
                "Industry-wide, 85% of enrolled patients complete a trial, the Veritrial "
                "Institute estimates.",
                "T",
            ),
            (
                "other-metric",
                "85% of Meridel Consent signatures are made on a phone.",
                "T",
            ),
            (
                "customer",
                "Harwell Cancer Centre kept 85% of its patients to the final visit in the "
                "ARC-2 study.",
                "T",
            ),
        ),
    ),
    S(
        "top-pharma",
        "Meridel runs trials for 14 of the top 20 pharma companies.",
        ("Meridel runs trials for 9 of the top 20 pharma companies.",),
        (
            ("verbatim", "Meridel runs trials for 9 of the top 20 pharma companies.", "T"),
            ("in-words", "Meridel runs trials for nine of the top twenty pharma companies.", "T"),
            ("label-value", "Top-20 pharma companies on Meridel | 9", "R"),
            (
                "reworded",
                "Nine of the twenty largest drug makers run their trials on Meridel.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Meridel runs trials for fourteen of the top twenty pharma companies.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials says it works with 9 of the top 20 pharma companies.",
                "T",
            ),
            (
                "other-metric",
                "Meridel is in 9 of the top 20 academic medical centres' approved vendor lists.",
                "T",
            ),
            (
                "event",
                "9 of the top 20 pharma companies sent speakers to Meridel Connect this year.",
                "T",
            ),
        ),
    ),
    S(
        "studies",
        "Over 11,000 studies have run on Meridel.",
        ("Over 6,000 studies have run on Meridel.",),
        (
            ("verbatim", "Over 6,000 studies have run on Meridel.", "T"),
            ("label-value", "Studies run on Meridel | 6,000+", "R"),
            ("reworded", "More than six thousand clinical studies have been run on Meridel.", "T"),
            ("label-line", "Studies on Meridel to date: over 6,000", "T"),
            ("q-and-a", "Q: How many studies have run on Meridel?\nA: Over 6,000.", "Q"),
        ),
        (
            ("current", "Studies run on Meridel | 11k+", "R"),
            (
                "newsletter",
                "Over 6,000 clinical operations people read the Meridel Dispatch newsletter.",
                "T",
            ),
            (
                "regulatory",
                "Over 6,000 studies were registered with the national trials registry last year.",
                "T",
            ),
            (
                "other-metric",
                "Over 6,000 site users completed Meridel Capture certification this quarter.",
                "T",
            ),
        ),
    ),
    S(
        "patients-consented",
        "More than 4 million patients have been consented on Meridel Consent.",
        ("More than 2.5 million patients have been consented on Meridel Consent.",),
        (
            (
                "verbatim",
                "More than 2.5 million patients have been consented on Meridel Consent.",
                "T",
            ),
            ("label-value", "Patients consented on Meridel Consent | 2.5M+", "R"),
            (
                "in-words",
                "More than two and a half million patients have been consented on Meridel Consent.",
                "T",
            ),
            (
                "retired-product",
                "More than 4 million patients have been consented on ConsentPad.",
                "T",
            ),
            (
                "reworded",
                "Meridel Consent has taken informed consent from over 2.5 million patients.",
                "T",
            ),
        ),
        (
            (
                "current",
                "More than four million patients have been consented on Meridel Consent.",
                "T",
            ),
            (
                "analyst",
                "About 2.5 million patients join clinical trials each year worldwide, according "
                "to Veritrial Institute.",
                "T",
            ),
            (
                "pricing",
                "Meridel Consent video visits | $2.50 per minute",
                "R",
            ),
            (
                "other-metric",
                "Meridel Consent served 2.5 million page views in its patient help centre.",
                "T",
            ),
        ),
    ),
    S(
        "sdv",
        "Meridel Monitor reduces source data verification by 70%.",
        ("Meridel Monitor reduces source data verification by 50%.",),
        (
            ("verbatim", "Meridel Monitor reduces source data verification by 50%.", "T"),
            ("label-value", "SDV reduction with Meridel Monitor | 50%", "R"),
            ("in-words", "Meridel Monitor halves source data verification.", "T"),
            ("synonym", "Meridel Monitor cuts the source data monitors verify by 50%.", "T"),
            ("retired-product", "SiteCheck reduces source data verification by 70%.", "T"),
        ),
        (
            (
                "current",
                "Meridel Monitor reduces source data verification by seventy percent.",
                "T",
            ),
            (
                "regulatory",
                "The guidance notes that 100% source data verification is not required.",
                "T",
            ),
            (
                "customer",
                "Ashgrove Vaccines halved source data verification on its asthma study with "
                "Meridel Monitor.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials markets a 50% reduction in source data verification.",
                "T",
            ),
        ),
    ),
    S(
        "enrollment",
        "Meridel trials enroll patients 25% faster.",
        ("Meridel trials enroll patients 15% faster.",),
        (
            ("verbatim", "Meridel trials enroll patients 15% faster.", "T"),
            ("label-value", "Enrollment speed gain | 15%", "R"),
            ("reworded", "Trials that run on Meridel fill their enrollment 15% sooner.", "T"),
            ("in-words", "Meridel trials enroll patients fifteen percent faster.", "T"),
            (
                "notes",
                "Sponsors care about enrollment most: say trials on Meridel enroll 15% faster.",
                "S",
            ),
        ),
        (
            ("current", "Meridel trials enroll patients twenty-five percent faster.", "T"),
            (
                "direction",
                "Enrollment slowed by 15% across rare-disease trials during the winter.",
                "T",
            ),
            (
                "analyst",
                "Decentralised visits help trials enroll 15% faster, the Sponsor Benchmark "
                "Survey says.",
                "T",
            ),
            (
                "customer",
                "Tovane Pharma's recruitment team enrolled its dengue study 15% faster than "
                "planned.",
                "T",
            ),
        ),
    ),
    S(
        "site-rating",
        "Sites rate Meridel Capture 4.7 out of 5.",
        ("Sites rate Meridel Capture 4.3 out of 5.",),
        (
            ("verbatim", "Sites rate Meridel Capture 4.3 out of 5.", "T"),
            ("label-value", "Site satisfaction with Meridel Capture | 4.3/5", "R"),
            ("reworded", "Research sites give Meridel Capture a 4.3 of 5 rating.", "T"),
            ("retired-product", "Sites rate TrialDesk 4.7 out of 5.", "T"),
        ),
        (
            ("current", "Site satisfaction with Meridel Capture | 4.7/5", "R"),
            ("competitor", "Caliptra Trials is rated 4.3 out of 5 by its sites.", "T"),
            (
                "event",
                "Attendees rated the Meridel Sites Summit 4.3 out of 5.",
                "T",
            ),
            (
                "other-metric",
                "Monitors rate Meridel Monitor's reports 4.3 out of 5 for clarity.",
                "T",
            ),
        ),
    ),
    S(
        "help-desk",
        "Meridel's site help desk answers calls within 60 seconds.",
        ("Meridel's site help desk answers calls within 3 minutes.",),
        (
            ("verbatim", "Meridel's site help desk answers calls within 3 minutes.", "T"),
            ("label-value", "Help desk time to answer | 3 minutes", "R"),
            ("in-words", "Meridel's site help desk answers calls within three minutes.", "T"),
            ("label-line", "Site help desk answer time: under 3 min", "T"),
        ),
        (
            ("current", "Meridel's site help desk answers calls within a minute.", "T"),
            (
                "other-metric",
                "Meridel's site help desk logs a call 3 minutes long on average.",
                "T",
            ),
            (
                "competitor",
                "Larchmont CRO's help desk promises to answer within 3 minutes.",
                "T",
            ),
            ("job", "Help desk analysts answer calls in 3 languages; apply by 30 June.", "T"),
        ),
    ),
    S(
        "integrations",
        "Meridel Capture connects to more than 150 lab and health record systems.",
        ("Meridel Capture connects to more than 90 lab and health record systems.",),
        (
            (
                "verbatim",
                "Meridel Capture connects to more than 90 lab and health record systems.",
                "T",
            ),
            ("label-value", "Lab and health record integrations | 90+", "R"),
            (
                "reworded",
                "Over 90 lab and health record systems feed data straight into Meridel Capture.",
                "T",
            ),
            (
                "wrapped",
                "Meridel Capture connects to more than 90 lab and health record\nsystems, so "
                "coordinators stop copying results by hand.",
                "W",
            ),
        ),
        (
            ("current", "Lab and health record integrations | 150 plus", "R"),
            (
                "partner",
                "More than 90 technology partners have joined the Meridel Partner Programme.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials lists more than 90 lab integrations on its website.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Capture ships more than 90 edit-check templates.",
                "T",
            ),
        ),
    ),
    S(
        "migration",
        "Meridel moves a live study from another EDC in 10 days.",
        ("Meridel moves a live study from another EDC in 30 days.",),
        (
            ("verbatim", "Meridel moves a live study from another EDC in 30 days.", "T"),
            ("label-value", "Live study migration from another EDC | 30 days", "R"),
            ("in-words", "Meridel moves a live study from another EDC in a month.", "T"),
            (
                "q-and-a",
                "Q: How long does Meridel take to migrate a live study off another EDC?\n"
                "A: 30 days.",
                "Q",
            ),
        ),
        (
            ("current", "Meridel moves a live study from another EDC in ten days.", "T"),
            (
                "other-metric",
                "Meridel keeps a migrated study's old EDC exports for 30 days.",
                "T",
            ),
            (
                "customer",
                "Oberlin Biotherapeutics moved two live studies to Meridel in 30 days.",
                "T",
            ),
            (
                "regulatory",
                "Sponsors must notify the ethics committee 30 days before changing a data "
                "system mid-study.",
                "T",
            ),
        ),
    ),
    S(
        "inspections",
        "Meridel has passed 40 regulatory inspections with no critical findings.",
        ("Meridel has passed 25 regulatory inspections with no critical findings.",),
        (
            (
                "verbatim",
                "Meridel has passed 25 regulatory inspections with no critical findings.",
                "T",
            ),
            ("label-value", "Inspections passed, no critical findings | 25", "R"),
            (
                "reworded",
                "Across 25 regulatory inspections, Meridel has had no critical findings.",
                "T",
            ),
            (
                "in-words",
                "Meridel has passed twenty-five regulatory inspections with no critical findings.",
                "T",
            ),
        ),
        (
            (
                "current",
                "Meridel has passed forty regulatory inspections with no critical findings.",
                "T",
            ),
            (
                "regulatory",
                "The agency carried out 25 EDC vendor inspections last year.",
                "T",
            ),
            (
                "competitor",
                "Caliptra Trials says it has passed 25 inspections without a critical finding.",
                "T",
            ),
            (
                "event",
                "Our inspection-readiness webinar has run 25 times since January.",
                "T",
            ),
        ),
    ),
    S(
        "training",
        "Site staff learn Meridel Capture in 90 minutes.",
        ("Site staff learn Meridel Capture in 3 hours.",),
        (
            ("verbatim", "Site staff learn Meridel Capture in 3 hours.", "T"),
            ("label-value", "Site staff training time | 3 hours", "R"),
            ("in-words", "Site staff learn Meridel Capture in three hours.", "T"),
            ("reworded", "A coordinator is trained on Meridel Capture in 3 hours.", "T"),
            ("retired-product", "Site staff learn TrialDesk in 90 minutes.", "T"),
        ),
        (
            ("current", "Site staff learn Meridel Capture in an hour and a half.", "T"),
            (
                "other-metric",
                "Meridel Capture logs a site user out after 3 hours without activity.",
                "T",
            ),
            (
                "regulatory",
                "GCP refresher training is required every 3 years for site staff.",
                "T",
            ),
            (
                "event",
                "The Meridel Capture hands-on workshop at the Sites Summit lasts 3 hours.",
                "T",
            ),
        ),
    ),
    S(
        "randomisation-errors",
        "Meridel Supply cuts randomisation errors by 80%.",
        ("Meridel Supply cuts randomisation errors by 60%.",),
        (
            ("verbatim", "Meridel Supply cuts randomisation errors by 60%.", "T"),
            ("label-value", "Fewer randomisation errors | 60%", "R"),
            ("synonym", "Meridel Supply reduces mistakes in randomisation by 60 percent.", "T"),
            ("label-line", "Randomisation error reduction, Meridel Supply: 60%", "T"),
            ("retired-product", "DoseRoute cuts randomisation errors by 80%.", "T"),
        ),
        (
            ("current", "Meridel Supply cuts randomisation errors by four fifths.", "T"),
            (
                "analyst",
                "Interactive response systems prevent 60% of dosing errors, per a 2024 Tandry "
                "Research note.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Supply randomises 60% of patients within an hour of screening.",
                "T",
            ),
            (
                "direction",
                "Randomisation errors climbed 60% at sites that still used paper envelopes.",
                "T",
            ),
        ),
    ),
    S(
        "capture-price",
        "Meridel Capture starts at $1,500 per study per month.",
        ("Meridel Capture starts at $2,000 per study per month.",),
        (
            ("verbatim", "Meridel Capture starts at $2,000 per study per month.", "T"),
            ("label-value", "Meridel Capture starting price | $2,000 per study per month", "R"),
            ("label-line", "Meridel Capture price: from $2,000/study/month", "T"),
            (
                "in-words",
                "Meridel Capture starts at two thousand dollars per study per month.",
                "T",
            ),
        ),
        (
            ("current", "Meridel Capture starts at $1.5K per study per month.", "T"),
            ("pricing", "Meridel Monitor | $2,000 per study per month", "R"),
            ("pricing", "Meridel Capture study build service | from $2,000 per amendment", "R"),
            (
                "competitor",
                "Caliptra Trials lists its EDC at $2,000 per study per month.",
                "T",
            ),
        ),
    ),
    S(
        "diary-compliance",
        "Patients complete 94% of their Meridel Diary entries on time.",
        ("Patients complete 88% of their Meridel Diary entries on time.",),
        (
            ("verbatim", "Patients complete 88% of their Meridel Diary entries on time.", "T"),
            ("label-value", "On-time Meridel Diary entries | 88%", "R"),
            ("reworded", "88% of Meridel Diary entries are filled in on time by patients.", "T"),
            (
                "q-and-a",
                "Q: How many diary entries do patients complete on time in Meridel Diary?\nA: 88%.",
                "Q",
            ),
        ),
        (
            (
                "current",
                "Patients complete 94 percent of their Meridel Diary entries on time.",
                "T",
            ),
            (
                "analyst",
                "Paper diaries reach 88% on-time completion at best, the Veritrial Institute "
                "found.",
                "T",
            ),
            (
                "other-metric",
                "88% of Meridel Diary patients use their own phone rather than a provisioned "
                "device.",
                "T",
            ),
            (
                "testimonial",
                '"Our patients filled in 88% of their diaries on time, a record for us," says '
                "Dr. Elin Sorensen of Harwell Cancer Centre.",
                "T",
            ),
        ),
    ),
    S(
        "deviations",
        "Meridel Monitor catches protocol deviations twice as fast.",
        ("Meridel Monitor catches protocol deviations 1.5x as fast.",),
        (
            ("verbatim", "Meridel Monitor catches protocol deviations 1.5x as fast.", "T"),
            ("label-value", "Speed of catching protocol deviations | 1.5x", "R"),
            (
                "reworded",
                "With Meridel Monitor, protocol deviations surface 1.5 times faster.",
                "T",
            ),
            ("retired-product", "SiteCheck catches protocol deviations twice as fast.", "T"),
        ),
        (
            ("current", "Meridel Monitor catches protocol deviations 2x as fast.", "T"),
            (
                "competitor",
                "Larchmont CRO says its analytics spot protocol deviations 1.5x as fast.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Monitor loads site dashboards 1.5x as fast as last year's release.",
                "T",
            ),
        ),
    ),
    S(
        "site-closeout",
        "Meridel closes out a study site in 5 days.",
        ("Meridel closes out a study site in 14 days.",),
        (
            ("verbatim", "Meridel closes out a study site in 14 days.", "T"),
            ("label-value", "Site close-out time | 14 days", "R"),
            ("in-words", "Meridel closes out a study site in two weeks.", "T"),
            ("label-line", "Site close-out with Meridel: 14 days", "T"),
            (
                "notes",
                "Close-out is quick on Meridel: a site is closed out in fourteen days.",
                "S",
            ),
        ),
        (
            ("current", "Meridel closes out a study site in five days.", "T"),
            (
                "regulatory",
                "Sites must archive essential documents within 14 days of close-out.",
                "T",
            ),
            (
                "customer",
                "Oberlin Biotherapeutics closed out 40 sites in 14 days on its last study.",
                "T",
            ),
            (
                "other-metric",
                "Meridel Sites sends the close-out checklist 14 days before the last visit.",
                "T",
            ),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "database-lock": (("label-line", "Database lock after last patient visit: six weeks", "T"),),
    "sites": (
        ("notes", "Drop the site count early: over 1,800 research sites run on Meridel.", "S"),
    ),
    "consent-time": (
        (
            "q-and-a",
            "Q: How much faster is consent with Meridel Consent?\nA: It takes 25% less time.",
            "Q",
        ),
    ),
    "query-rate": (
        ("notes", "Data managers love this: Meridel Capture means 30% fewer data queries.", "S"),
    ),
    "uptime": (("reworded", "Meridel Capture stays up 99.9% of the time.", "T"),),
    "study-build": (
        (
            "q-and-a",
            "Q: How long until a new study is live on Meridel Capture?\nA: Twelve weeks from "
            "final protocol.",
            "Q",
        ),
    ),
    "consent-languages": (("label-line", "Languages in Meridel Consent: 35", "T"),),
    "supply-countries": (
        (
            "q-and-a",
            "Q: Where can Meridel Supply deliver trial drug?\nA: To sites in 45 countries.",
            "Q",
        ),
    ),
    "drug-waste": (("label-line", "Wasted trial drug with Meridel Supply: down 20%", "T"),),
    "monitoring-cost": (
        ("in-words", "Meridel Monitor cuts on-site monitoring costs by a fifth.", "T"),
    ),
    "retention": (
        (
            "in-words",
            "Studies on Meridel Consent keep eighty-five percent of enrolled patients to the "
            "final visit.",
            "T",
        ),
    ),
    "top-pharma": (
        ("notes", "Mention that nine of the top 20 pharma companies run trials on Meridel.", "S"),
    ),
    "studies": (
        (
            "wrapped",
            "Over 6,000 studies have run on Meridel, from first-in-human\ntrials to global "
            "phase III programmes.",
            "W",
        ),
    ),
    "patients-consented": (
        ("label-line", "Patients consented on Meridel Consent: 2.5 million+", "T"),
    ),
    "sdv": (("label-line", "Source data verification with Meridel Monitor: cut by half", "T"),),
    "enrollment": (("label-line", "Enrollment with Meridel: 15% faster", "T"),),
    "site-rating": (("in-words", "Sites rate Meridel Capture four point three out of five.", "T"),),
    "integrations": (
        (
            "in-words",
            "Meridel Capture connects to more than ninety lab and health record systems.",
            "T",
        ),
    ),
    "inspections": (
        ("label-line", "Regulatory inspections passed with no critical findings: 25", "T"),
    ),
    "training": (
        (
            "q-and-a",
            "Q: How long does it take to train site staff on Meridel Capture?\nA: Three hours.",
            "Q",
        ),
    ),
    "diary-compliance": (
        (
            "in-words",
            "Patients complete eighty-eight percent of their Meridel Diary entries on time.",
            "T",
        ),
    ),
}

MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "database-lock": (
        (
            "testimonial",
            '"Six weeks from last visit to lock was a first for us," says Hana Okafor, data '
            "manager at Oberlin Biotherapeutics.",
            "T",
        ),
        (
            "customer",
            "Webinar: 6 weeks to database lock, with the data team from Oberlin Biotherapeutics.",
            "T",
        ),
    ),
    "sites": (
        (
            "analyst",
            "There are more than 1,800 research sites in the region, the Site Finance Survey "
            "counted.",
            "T",
        ),
    ),
    "consent-time": (
        (
            "competitor",
            "Caliptra Trials' eConsent, its brochure says, cuts consent time by 25%.",
            "T",
        ),
        ("current", "Consent takes 40% less time with Meridel Consent.", "T"),
    ),
    "query-rate": (
        (
            "customer",
            "Customer spotlight: Ashgrove Vaccines lowered data queries by 30% in its RSV study.",
            "T",
        ),
        (
            "analyst",
            "Studies with built-in edit checks see 30% fewer queries (Tandry Research, 2025).",
            "T",
        ),
    ),
    "uptime": (("current", "Uptime of Meridel Capture: 99.95%", "T"),),
    "study-build": (
        ("current", "Meridel Capture takes a new study from protocol to live in 8 weeks.", "T"),
        ("competitor", "Caliptra Trials quotes 12 weeks to build a new study.", "T"),
    ),
    "consent-languages": (
        (
            "customer",
            "Tovane Pharma consented patients in 35 languages on Meridel Consent.",
            "T",
        ),
        ("current", "Meridel Consent languages | 60", "R"),
    ),
    "supply-countries": (
        ("job", "Meridel Supply is hiring depot coordinators in 45 countries.", "T"),
        (
            "competitor",
            "Rivalle IRT ships trial drug to sites in 45 countries, says its website.",
            "T",
        ),
    ),
    "drug-waste": (
        (
            "testimonial",
            '"We threw away a fifth less drug," says Leon Marsh, supply lead at Ashgrove Vaccines.',
            "T",
        ),
    ),
    "monitoring-cost": (
        ("current", "On-site monitoring cost savings | 35%", "R"),
        ("customer", "Tovane Pharma | on-site monitoring costs down 20%", "R"),
    ),
    "site-payments": (
        (
            "customer",
            "Harwell Cancer Centre was paid within 45 days for every visit last year.",
            "T",
        ),
        ("competitor", "Larchmont CRO pays its research sites within 45 days.", "T"),
    ),
    "retention": (
        (
            "event",
            "85% of attendees at the Meridel Patient Voices webinar were research nurses.",
            "T",
        ),
    ),
    "top-pharma": (
        (
            "analyst",
            "9 of the top 20 pharma companies plan to cut their vendor count, per Tandry Research.",
            "T",
        ),
    ),
    "studies": (
        ("competitor", "Caliptra Trials says over 6,000 studies have run on its platform.", "T"),
    ),
    "patients-consented": (
        ("current", "Patients consented on Meridel Consent | 4M+", "R"),
        (
            "competitor",
            "Caliptra Trials reports more than 2.5 million patients consented on its eConsent.",
            "T",
        ),
    ),
    "sdv": (
        (
            "other-metric",
            "Meridel Monitor samples 50% of critical data points at the first visit.",
            "T",
        ),
    ),
    "enrollment": (
        ("other-metric", "15% of Meridel trials enroll patients at home visits.", "T"),
        ("current", "Enrollment speed gain | 25%", "R"),
    ),
    "site-rating": (
        (
            "analyst",
            "Sites rate EDC systems 4.3 out of 5 on average, Veritrial Institute's survey found.",
            "T",
        ),
    ),
    "help-desk": (
        ("current", "Help desk time to answer | 60 seconds", "R"),
        (
            "analyst",
            "Industry help desks answer site calls within 3 minutes on average, says Tandry "
            "Research.",
            "T",
        ),
    ),
    "integrations": (
        ("customer", "Oberlin Biotherapeutics connected 90 lab systems to Meridel Capture.", "T"),
    ),
    "migration": (
        ("competitor", "Caliptra Trials says it migrates a live study in 30 days.", "T"),
        ("pricing", "Live study migration service | $30,000 per study", "R"),
    ),
    "inspections": (
        (
            "customer",
            "Harwell Cancer Centre has hosted 25 regulatory inspections without a critical "
            "finding.",
            "T",
        ),
    ),
    "training": (("competitor", "Caliptra Trials trains site staff in 3 hours, it says.", "T"),),
    "randomisation-errors": (
        (
            "customer",
            "Tovane Pharma cut randomisation errors by 60% after switching to Meridel Supply.",
            "T",
        ),
    ),
    "capture-price": (("pricing", "Meridel Diary devices | $2,000 per 10 handsets", "R"),),
    "diary-compliance": (
        (
            "competitor",
            "Rivalle IRT says patients complete 88% of diary entries on its app.",
            "T",
        ),
    ),
    "deviations": (
        (
            "customer",
            "Larchmont CRO's monitors caught deviations 1.5x as fast on Meridel Monitor.",
            "T",
        ),
    ),
    "site-closeout": (
        (
            "competitor",
            "Caliptra Trials closes out a study site in 14 days, its brochure claims.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("TrialDesk", "Meridel Capture"),
    ("ConsentPad", "Meridel Consent"),
    ("DoseRoute", "Meridel Supply"),
    ("SiteCheck", "Meridel Monitor"),
)
FILLER = (
    "Open by asking how the sponsor runs its studies today and where the delays sit.",
    "Finish with a demo study built on the sponsor's own visit schedule.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Meridel", 91, SUBJECTS, TERMS, FILLER)
