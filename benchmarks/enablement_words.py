"""Word lists of a B2B SaaS sales-enablement domain, for the realistic synthetic library.

Plain data: nouns, verbs, adjectives, roles, segments and product names that the sentence
and message generators (``enablement_text``, ``enablement_messages``) fill their slots from.
Sizes are those of a real enablement library's working vocabulary, a few hundred words each,
so ordinary sentences share words with approved messages without restating them.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word.replace("_", " ") for word in text.split()))


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split(";") if p.strip()))


# "Acme Insights" is missing on purpose: the benchmark policy retires it, so it only appears
# in the rare rule-trigger sentences.
PRODUCTS = (
    "Acme Analytics",
    "Acme Flow",
    "Acme Forecast",
    "Acme Engage",
    "Acme Connect",
    "Acme Guard",
    "Acme Studio",
    "Acme Billing",
)

NOUNS = _words(
    """
    pipeline onboarding forecast renewal dashboard integration workflow quota territory
    account opportunity lead prospect champion buyer stakeholder budget approval contract
    invoice subscription seat license tier plan add-on bundle discount quote proposal
    deal cycle handoff playbook cadence sequence template report metric KPI benchmark
    target goal milestone rollout deployment migration import export sync connector API
    webhook permission role admin user team manager rep region segment vertical market
    customer partner reseller channel campaign event webinar demo trial pilot evaluation
    requirement objection concern risk blocker priority initiative project roadmap release
    feature module capability insight signal alert notification trend anomaly dataset
    record field object schema  stage funnel conversion retention churn
    expansion upsell cross-sell adoption usage engagement activity meeting call email
    calendar note task reminder follow-up agenda recap summary outcome result impact
    value benefit return savings cost spend revenue margin bookings ARR forecast_call
    commit coverage attainment accuracy visibility governance compliance audit policy
    security encryption backup uptime latency performance scale capacity storage
     support ticket escalation SLA incident response resolution survey
    feedback score rating NPS review sentiment health_score journey lifecycle touchpoint
    persona profile firmographic intent scoring routing assignment queue backlog
    dashboard_view chart filter saved_view  spreadsheet CRM ERP data_warehouse
    warehouse lakehouse model prediction recommendation automation rule trigger action
    approval_chain signature order_form SOW MSA procurement legal finance IT operations
    enablement training certification course quiz coaching scorecard rubric
    talk_track script pitch story case_study reference testimonial  battlecard
    competitor alternative incumbent switch displacement price packaging edition
    overage invoice_run payment billing_cycle term renewal_date notice_period
    """
)

VERBS = _words(
    """
    automate simplify streamline accelerate consolidate unify connect sync surface
    highlight flag prioritize route assign score forecast predict measure track monitor
    report analyze compare benchmark review validate confirm qualify disqualify discover
    uncover map align share present demo pitch position frame handle address resolve
    escalate negotiate close expand renew upsell onboard train coach certify enable
    launch roll deploy migrate import export configure customize extend integrate
    secure protect audit govern reduce cut lower shrink eliminate remove avoid prevent
    improve increase boost raise grow lift shorten speed scale standardize document
    capture log record update refresh schedule remind notify alert summarize recap
    build create design draft plan prepare organize structure segment target reach
    engage nurture convert retain save protect replace retire sunset upgrade
    """
)

ADJECTIVES = _words(
    """
    real-time automated accurate reliable secure scalable flexible simple intuitive
    unified centralized consistent predictable transparent visible actionable measurable
    manual repetitive time-consuming error-prone fragmented siloed outdated legacy
    disconnected slow costly risky complex cluttered noisy stale missing duplicate
    enterprise mid-market global regional strategic tactical operational financial
    quarterly monthly weekly daily annual multi-year self-serve guided custom standard
    premium advanced essential core native open no-code low-code built-in out-of-the-box
    role-based granular detailed high-level executive frontline new existing expanding
    at-risk healthy key top priority critical competitive differentiated proven
    compliant audit-ready encrypted redundant cloud-native mobile shared personalized
    forecastable repeatable clean complete current upcoming recent typical common
    fast easy clear focused lean modern connected trusted tailored seamless automatic
    hands-on step-by-step phased incremental cross-functional company-wide team-level
    board-level frontline-ready data-driven usage-based seat-based tiered flat committed
    renewable expiring overdue pending approved rejected signed unsigned draft final
    """
)
# What a value proposition promises, and what it replaces: "Replace {bad} spreadsheets
# with a {good} view" reads as English where any two adjectives would not.
GOOD_ADJECTIVES = _words(
    """
    real-time automated accurate reliable secure scalable flexible simple intuitive unified
    centralized consistent predictable transparent actionable measurable clean complete
    current fast easy clear focused modern connected trusted tailored seamless shared
    role-based data-driven audit-ready guided
    """
)
BAD_ADJECTIVES = _words(
    """
    manual repetitive time-consuming error-prone fragmented siloed outdated legacy
    disconnected slow costly risky complex cluttered noisy stale duplicate overdue
    """
)

SEGMENTS = _words(
    """
    enterprise mid-market SMB startup public_sector healthcare financial_services retail
    manufacturing logistics education nonprofit media telecom insurance hospitality
    """
)

ROLES = _phrases(
    """
    CFO; CRO; VP of Sales; sales manager; account executive; SDR; RevOps lead;
    sales operations analyst; IT director; security officer; procurement lead;
    customer success manager; head of marketing; finance controller; CIO; data team lead;
    enablement manager; regional director; channel manager; solutions engineer
    """
)

TEAMS = _phrases(
    """
    revenue teams; sales teams; finance teams; RevOps teams; customer success teams;
    marketing teams; IT teams; support teams; operations teams; partner teams;
    account management teams; solutions teams
    """
)

TASKS = _phrases(
    """
    forecast preparation; pipeline reviews; quote approvals; territory planning;
    renewal tracking; lead routing; data entry; deal reviews; contract approvals;
    quarterly business reviews; account research; onboarding new reps; reporting;
    invoice reconciliation; commission calculations; churn analysis; usage reporting;
    handoffs to customer success; meeting prep; follow-up emails; CRM updates;
    security reviews; access reviews; campaign reporting; board reporting;
    pipeline hygiene; account planning; opportunity scoring; discount approvals;
    order processing; billing disputes; usage audits; seat provisioning; SSO setup;
    data cleanup; duplicate records; quota setting; capacity planning; win-loss analysis;
    competitive research; proposal writing; RFP responses; price quotes; renewal forecasts;
    expansion planning; health scoring; ticket triage; escalation handling; status reporting;
    executive briefings; customer onboarding; partner onboarding; territory reassignment;
    lead qualification; meeting scheduling; call logging; note taking; pipeline cleanup;
    forecast roll-ups; commission disputes; deal desk reviews; contract redlines
    """
)

COMPETITORS = _words("Northwind Globex Initech Contoso Fabrikam Umbrella Stark Wayne Hooli")

CUSTOMERS = _phrases(
    """
    a regional bank; a national retailer; a logistics provider; a hospital network;
    a software company; a university system; an insurance carrier; a media group;
    a manufacturing firm; a telecom operator; a fintech startup; a travel company;
    a staffing agency; a food distributor; a property manager; an energy utility
    """
)

TIERS = ("Starter", "Team", "Business", "Enterprise", "Premium")
CELLS = _phrases(
    """
    Included; Add-on; Not included; Yes; No; Unlimited; Custom; Contact sales; Annual;
    Monthly; Standard; Priority; 24/7; Business hours; Optional; Coming soon; Beta;
    Owner; Due date; Status; Next step; Notes; Stage; Seats; Tier; Price; Term; Discount;
    Region; Segment; Feature; Support; Storage; Users; On track; At risk; Done; Open
    """
)
