"""The sandbox's vocabulary of needs, risks, events and involvements, in the partners' words.

Health entries carry the FHIR resource type and code they are served as; the other partners
send the `category` code of the Case Sharing protocol (docs/partner-api.md).
"""

from __future__ import annotations

from dataclasses import dataclass

SNOMED = "http://snomed.info/sct"


@dataclass(frozen=True)
class Entry:
    kind: str
    category: str
    title: str
    detail: str = ""
    severity: str | None = None
    significant: bool = False
    fhir_type: str | None = None
    code: str | None = None


def _h(kind: str, fhir_type: str, code: str, title: str, detail: str = "", **kw: object) -> Entry:
    category = title.lower().replace(" ", "_").replace("&", "and")
    return Entry(kind, category, title, detail, fhir_type=fhir_type, code=code, **kw)  # type: ignore[arg-type]


# Health (FHIR): Condition, Encounter, Flag.
DEPRESSION = _h(
    "need", "Condition", "35489007", "Depressive disorder", "Under GP care; on medication."
)
ANXIETY = _h("need", "Condition", "197480006", "Anxiety disorder", "Referred to talking therapies.")
ALCOHOL = _h(
    "risk", "Condition", "7200002", "Alcohol dependence", "Engaged with community alcohol team."
)
DRUGS = _h("risk", "Condition", "191816009", "Drug dependence", "Opiate substitution therapy.")
ASTHMA = _h("need", "Condition", "195967001", "Asthma", "Inhalers prescribed; reviewed annually.")
PREGNANCY = _h("need", "Condition", "77386006", "Pregnancy", "Booked with community midwifery.")
CAMHS = _h(
    "need",
    "Condition",
    "CAMHS",
    "CAMHS involvement",
    "Open to child and adolescent mental health services.",
)
HEALTH_VISITOR_CONTACT = _h(
    "event", "Encounter", "HH", "Health visitor contact", "Home visit; development review."
)
ED_INJURY = _h(
    "event",
    "Encounter",
    "EMER",
    "Emergency department attendance",
    "Attended with an injury; explanation inconsistent with presentation.",
    significant=True,
)
ED_ADULT = _h(
    "event",
    "Encounter",
    "EMER",
    "Emergency department attendance",
    "Attended following an assault.",
)
WAS_NOT_BROUGHT = _h(
    "event",
    "Encounter",
    "WNB",
    "Appointment: was not brought",
    "Third missed paediatric appointment.",
    significant=True,
)
CP_IS_FLAG = _h(
    "risk",
    "Flag",
    "CPIS",
    "Child protection plan (CP-IS)",
    "National child protection information sharing flag.",
    severity="high",
)

# Children's social care.
CONTACT = Entry(
    "event",
    "contact",
    "Contact received",
    "Concerns raised by school about attendance and presentation.",
)
EARLY_HELP_ASSESSMENT = Entry("event", "early_help_assessment", "Early help assessment completed")
EARLY_HELP_PLAN = Entry(
    "need",
    "early_help",
    "Team Around the Family in place",
    "Early help plan reviewed every 6 weeks.",
)
REFERRAL = Entry(
    "event",
    "referral",
    "Referral received",
    "Referral from police following a domestic abuse incident.",
    significant=True,
)
ASSESSMENT_CIN = Entry(
    "event", "single_assessment", "Single assessment completed", "Outcome: child in need."
)
CIN_PLAN = Entry(
    "need",
    "child_in_need_plan",
    "Child in need plan (s17)",
    "Plan reviewed at child in need meetings.",
)
STRATEGY_DISCUSSION = Entry(
    "event",
    "strategy_discussion",
    "Strategy discussion held",
    "Decision: section 47 enquiry.",
    significant=True,
)
SECTION_47 = Entry("event", "section_47", "Section 47 enquiry started", significant=True)
ASSESSMENT_FACTORS = (
    Entry(
        "need",
        "domestic_abuse",
        "Domestic abuse",
        "Factor identified at assessment.",
        significant=True,
    ),
    Entry(
        "need",
        "parental_mental_health",
        "Parental mental health",
        "Factor identified at assessment.",
    ),
    Entry(
        "need",
        "parental_substance_misuse",
        "Parental drug or alcohol misuse",
        "Factor identified at assessment.",
    ),
    Entry("need", "neglect", "Neglect", "Factor identified at assessment."),
)
CP_CATEGORIES = ("neglect", "emotional abuse", "physical abuse")


def icpc(category: str) -> Entry:
    return Entry(
        "event",
        "child_protection_conference",
        "Initial child protection conference",
        f"Decision: child protection plan, category {category}.",
        significant=True,
    )


def cp_plan(category: str) -> Entry:
    return Entry(
        "risk",
        "child_protection_plan",
        "Child protection plan",
        f"Category: {category}.",
        severity="high",
        significant=True,
    )


def involvement(role: str, name: str) -> Entry:
    return Entry("involvement", "allocated_worker", role, name)


# Police.
def domestic_abuse(grade: str) -> Entry:
    return Entry(
        "event",
        "domestic_abuse_incident",
        "Domestic abuse incident",
        f"Police attended; DASH risk assessment: {grade}.",
        severity=grade,
        significant=grade == "high",
    )


PPN_CHILD = Entry(
    "event",
    "vulnerability_notification",
    "Public protection notice",
    "Child present at a domestic abuse incident.",
)
MISSING = Entry(
    "event",
    "missing_episode",
    "Missing person episode",
    "Found safe; return interview offered.",
    significant=True,
)
EXPLOITATION = Entry(
    "risk", "exploitation_concern", "Child criminal exploitation concern", severity="medium"
)
WARNING_VIOLENCE = Entry("risk", "warning_marker", "Warning marker: violence", severity="medium")
MARAC = Entry(
    "risk",
    "marac_referral",
    "MARAC referral",
    "Heard at MARAC; safety plan agreed.",
    severity="high",
    significant=True,
)
ASB = Entry("event", "antisocial_behaviour", "Anti-social behaviour report")
THEFT_VICTIM = Entry("event", "crime_victim", "Victim of theft")

# Education.
SEN_SUPPORT = Entry("need", "sen_support", "SEN support", "Literacy intervention in place.")
EHCP = Entry("need", "ehcp", "Education, health and care plan", "Annual review due.")
FREE_MEALS = Entry("need", "free_school_meals", "Free school meals")
DSL_CONCERN = Entry(
    "risk",
    "dsl_concern",
    "Concern logged by designated safeguarding lead",
    "Came to school hungry and tired on several days.",
    severity="medium",
)
SUSPENSION = Entry("event", "suspension", "Suspension (3 days)", significant=True)


def attendance(percent: float) -> Entry:
    band = "severe absence" if percent < 50 else "persistent absence"
    return Entry(
        "need",
        "attendance",
        f"Attendance {percent:.0f}% ({band})",
        "Attendance below 90% this academic year.",
        significant=percent < 50,
    )


# Housing.
TENANCY_START = Entry("event", "tenancy_start", "Tenancy started")
RENT_ARREARS = Entry("need", "rent_arrears", "Rent arrears", "Arrears of more than 8 weeks' rent.")
NOTICE_SEEKING_POSSESSION = Entry(
    "event", "notice_seeking_possession", "Notice seeking possession served", significant=True
)
ASB_COMPLAINT = Entry(
    "event",
    "asb_complaint",
    "Anti-social behaviour complaint",
    "Neighbour reported noise and shouting.",
)
OVERCROWDING = Entry(
    "need",
    "overcrowding",
    "Overcrowded accommodation",
    "Household of five or more in a two-bedroom home.",
)
HOMELESSNESS_DECISION = Entry(
    "event",
    "homelessness_decision",
    "Homelessness decision (s184)",
    "Main duty accepted.",
    significant=True,
)
TEMPORARY_ACCOMMODATION = Entry(
    "need", "temporary_accommodation", "Temporary accommodation", "Placed in bed and breakfast."
)
