"""What each sandbox partner holds: its own copy of people, and its needs, risks and events.

The records are neutral here; `fhir_wire` and `case_wire` render them in each protocol.
Who each partner knows follows the household's level of need, so that a child on a child
protection plan is known to health, social care, police, school and housing alike.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from faker import Faker

from caseworker.sandbox import catalogue as cat
from caseworker.sandbox.population import AS_OF, Household, Person, Population
from caseworker.sandbox.variants import (
    Fidelity,
    date_variant,
    family_variant,
    given_variant,
)


@dataclass
class SPerson:
    source_id: str
    pid: int
    given: str
    family: str
    birth_date: date
    sex: str
    nhs_number: str | None
    address: str
    town: str
    postcode: str
    upn: str | None = None
    police_person_id: str | None = None
    language: str | None = None
    """The language the person prefers, as the partner records it (BCP 47)."""


@dataclass
class SItem:
    source_id: str
    person_source_id: str
    kind: str  # need | risk | event | involvement
    category: str
    title: str
    detail: str
    on: date
    status: str = "open"
    severity: str | None = None
    significant: bool = False
    fhir_type: str | None = None
    code: str | None = None


@dataclass
class SConsent:
    """A citizen's decision about this partner sharing their records for a purpose."""

    source_id: str
    person_source_id: str
    purpose: str
    state: str  # given | refused | withdrawn
    on: date
    method: str


@dataclass
class SRelationship:
    """What `related` (a record of this partner's, or just a name) is to a person."""

    source_id: str
    person_source_id: str
    relation: str
    related_source_id: str | None = None
    related_name: str | None = None
    related_birth_date: date | None = None


@dataclass
class PartnerSpec:
    partner_id: str
    name: str
    agency: str
    protocol: str  # fhir | case
    prefix: str
    fidelity: Fidelity


@dataclass
class PartnerData:
    spec: PartnerSpec
    persons: list[SPerson] = field(default_factory=list)
    items: list[SItem] = field(default_factory=list)
    consents: list[SConsent] = field(default_factory=list)
    relationships: list[SRelationship] = field(default_factory=list)
    contacts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Contacts at the front door on the feed, as (id, data): the council's only."""


SPECS = (
    PartnerSpec(
        "nhs-trust",
        "Riverside NHS Foundation Trust",
        "health",
        "fhir",
        "NHS",
        Fidelity(0.97, 0.02, 0.02, 0.0, 0.3),
    ),
    PartnerSpec(
        "childrens-social-care",
        "Children's Social Care",
        "social_care",
        "case",
        "CSC",
        Fidelity(0.8, 0.06, 0.04, 0.02, 0.3),
    ),
    PartnerSpec(
        "police",
        "Constabulary Public Protection Unit",
        "police",
        "case",
        "POL",
        Fidelity(0.15, 0.12, 0.08, 0.04, 0.5),
    ),
    PartnerSpec(
        "school",
        "Hillside Academy",
        "education",
        "case",
        "SCH",
        Fidelity(0.25, 0.05, 0.03, 0.02, 0.3),
    ),
    PartnerSpec(
        "housing",
        "Council Housing Services",
        "housing",
        "case",
        "HSG",
        Fidelity(0.1, 0.06, 0.05, 0.03, 0.6),
    ),
)


def _share(pid: int, salt: int, percent: int) -> bool:
    """A stable yes for about `percent`% of people, without drawing from the builders' random
    streams (so adding a fact does not reshuffle every record after it)."""
    return (pid * 2654435761 + salt * 40503) % 100 < percent


def household_language(household: Household) -> str:
    """About one household in six prefers Welsh and one in twenty Polish; the rest English."""
    if _share(household.hid, 3, 17):
        return "cy-GB"
    return "pl" if _share(household.hid, 4, 5) else "en-GB"


def police_person_id(person: Person) -> str:
    """The force's own person reference ('PN' and eight digits)."""
    return f"PN{(person.pid * 7919 + 104729) % 10**8:08d}"


def _holds_upn(agency: str, person: Person) -> bool:
    """Schools always hold a pupil's UPN; children's social care for most children."""
    if person.upn is None:
        return False
    return agency == "education" or (agency == "social_care" and _share(person.pid, 1, 70))


def _holds_police_id(agency: str, person: Person) -> bool:
    """The police always; children's social care for adults named in police referrals."""
    return agency == "police" or (
        agency == "social_care" and not person.is_child and _share(person.pid, 2, 40)
    )


class _Builder:
    """Builds one partner's dataset, numbering its records."""

    def __init__(self, spec: PartnerSpec, rng: random.Random) -> None:
        self.data = PartnerData(spec)
        self.rng = rng
        self._items = 0

    def person(self, person: Person, household: Household) -> SPerson:
        spec, rng = self.data.spec, self.rng
        fid = spec.fidelity
        address = household.address
        if household.previous_address is not None and rng.random() < fid.old_address:
            address = household.previous_address
        record = SPerson(
            source_id=f"{spec.prefix}-{person.pid:07d}",
            pid=person.pid,
            given=given_variant(rng, person.given, fid),
            family=family_variant(rng, person.family, fid),
            birth_date=date_variant(rng, person.birth_date, fid),
            sex=person.sex,
            nhs_number=person.nhs_number if rng.random() < fid.nhs_number else None,
            address=address.line,
            town=address.town,
            postcode=address.postcode,
            upn=person.upn if _holds_upn(spec.agency, person) else None,
            police_person_id=police_person_id(person)
            if _holds_police_id(spec.agency, person)
            else None,
            language=household_language(household),
        )
        self.data.persons.append(record)
        return record

    def item(self, who: SPerson, entry: cat.Entry, on: date | None = None, **extra: object) -> None:
        self._items += 1
        when = on or self.when()
        self.data.items.append(
            SItem(
                source_id=f"{self.data.spec.prefix}-R{self._items:08d}",
                person_source_id=who.source_id,
                kind=entry.kind,
                category=entry.category,
                title=entry.title,
                detail=entry.detail,
                on=when,
                severity=entry.severity,
                significant=entry.significant,
                fhir_type=entry.fhir_type,
                code=entry.code,
                **extra,  # type: ignore[arg-type]
            )
        )

    def consent(self, who: SPerson, purpose: str, state: str, method: str) -> None:
        n = len(self.data.consents) + 1
        self.data.consents.append(
            SConsent(
                f"{self.data.spec.prefix}-C{n:07d}",
                who.source_id,
                purpose,
                state,
                self.when(400),
                method,
            )
        )

    def relate(
        self,
        who: SPerson,
        relation: str,
        other: SPerson | None = None,
        *,
        named: Person | None = None,
    ) -> None:
        """Record what `other` (a record of ours) or `named` (someone we only name) is to `who`."""
        n = len(self.data.relationships) + 1
        self.data.relationships.append(
            SRelationship(
                f"{self.data.spec.prefix}-L{n:07d}",
                who.source_id,
                relation,
                other.source_id if other else None,
                f"{named.given} {named.family}" if named else None,
                named.birth_date if named else None,
            )
        )

    def when(self, within_days: int = 3 * 365) -> date:
        return AS_OF - timedelta(days=1 + self.rng.randrange(within_days))


def _health(b: _Builder, h: Household, referral: date) -> None:
    rng = b.rng
    for p in h.members:
        if rng.random() > 0.95:
            continue  # not registered with this trust
        who = b.person(p, h)
        if p.is_child and p.age < 16:
            mother = next((a for a in h.adults if a.sex == "female"), None)
            if mother is not None:
                b.relate(who, "mother", named=mother)
        if p.is_child:
            if p.age < 5:
                for _ in range(rng.randint(1, 3)):
                    b.item(who, cat.HEALTH_VISITOR_CONTACT)
                if h.need_level == 1 and rng.random() < 0.7:
                    b.consent(who, "early_help", "given", "written")
            if rng.random() < 0.06:
                b.item(who, cat.ASTHMA)
            if h.need_level >= 3:
                # The A&E visit prompts the referral; the flag follows the plan (see _social_care).
                b.item(who, cat.ED_INJURY, referral - timedelta(days=rng.randint(1, 6)))
                b.item(who, cat.CP_IS_FLAG, referral + timedelta(days=rng.randint(16, 20)))
                b.item(who, cat.WAS_NOT_BROUGHT)
            if h.need_level >= 2 and p.age >= 11 and rng.random() < 0.5:
                b.item(who, cat.CAMHS)
        else:
            if rng.random() < (0.45 if h.need_level >= 2 else 0.08):
                b.item(who, rng.choice((cat.DEPRESSION, cat.ANXIETY)))
            if h.need_level >= 2 and rng.random() < 0.25:
                b.item(who, rng.choice((cat.ALCOHOL, cat.DRUGS)))
            if h.need_level >= 2 and rng.random() < 0.3:
                b.item(who, cat.ED_ADULT)
            if p.sex == "female" and 19 <= p.age <= 40 and rng.random() < 0.04:
                b.item(who, cat.PREGNANCY)


def _social_care(b: _Builder, h: Household, workers: list[str], referral: date) -> None:
    rng = b.rng
    if h.need_level == 0 or not h.children or (h.need_level == 1 and rng.random() < 0.2):
        return
    worker = rng.choice(workers)
    parents = [(p, b.person(p, h)) for p in h.adults]  # parents appear on children's records
    children: list[SPerson] = []
    factors = rng.sample(cat.ASSESSMENT_FACTORS, k=min(len(cat.ASSESSMENT_FACTORS), h.need_level))
    for p in h.children:
        who = b.person(p, h)
        for adult, record in parents:
            b.relate(who, "mother" if adult.sex == "female" else "father", record)
        for sibling in children:
            b.relate(who, "sibling", sibling)
        children.append(who)
        start = referral
        if h.need_level == 1:
            b.item(who, cat.CONTACT, start)
            b.item(who, cat.EARLY_HELP_ASSESSMENT, start + timedelta(days=20))
            b.item(who, cat.EARLY_HELP_PLAN)
            b.item(who, cat.involvement("Family support worker", worker), status="lead")
            continue
        b.item(who, cat.REFERRAL, start)
        for factor in factors:
            b.item(who, factor, start + timedelta(days=rng.randint(10, 40)))
        if h.need_level == 2:
            b.item(who, cat.ASSESSMENT_CIN, start + timedelta(days=40))
            b.item(who, cat.CIN_PLAN, start + timedelta(days=50))
        else:
            b.item(who, cat.STRATEGY_DISCUSSION, start + timedelta(days=1))
            b.item(who, cat.SECTION_47, start + timedelta(days=3))
            category = rng.choice(cat.CP_CATEGORIES)
            b.item(who, cat.icpc(category), start + timedelta(days=15))
            b.item(who, cat.cp_plan(category), start + timedelta(days=15))
        b.item(who, cat.involvement("Allocated social worker", worker), status="lead")


def _police(b: _Builder, h: Household) -> None:
    rng = b.rng
    if h.need_level < 2:
        for p in h.adults:
            if rng.random() < 0.05:
                b.item(b.person(p, h), rng.choice((cat.ASB, cat.THEFT_VICTIM)))
        return
    incidents = [b.when() for _ in range(rng.randint(1, 2 + h.need_level))]
    grade = "high" if h.need_level >= 3 else rng.choice(("standard", "medium"))
    for p in h.adults:
        if rng.random() > 0.9:
            continue
        who = b.person(p, h)
        for on in incidents:
            b.item(who, cat.domestic_abuse(grade), on)
        if rng.random() < 0.3:
            b.item(who, cat.WARNING_VIOLENCE)
        if grade == "high" and p.sex == "female":
            b.item(who, cat.MARAC, incidents[0] + timedelta(days=7))
    for p in h.children:
        if h.need_level == 2 and rng.random() < 0.5:
            continue
        who = b.person(p, h)
        for on in incidents:
            b.item(who, cat.PPN_CHILD, on)
        if h.need_level >= 3 and p.age >= 12:
            for _ in range(rng.randint(1, 3)):
                b.item(who, cat.MISSING)
            if rng.random() < 0.5:
                b.item(who, cat.EXPLOITATION)


def _school(b: _Builder, h: Household, in_catchment: bool) -> None:
    rng = b.rng
    pupils = [p for p in h.children if 4 <= p.age <= 16]
    if not pupils or not (in_catchment or (h.need_level >= 2 and rng.random() < 0.8)):
        return
    for p in pupils:
        who = b.person(p, h)
        low, high = {0: (88, 100), 1: (82, 97), 2: (70, 92), 3: (45, 89)}[h.need_level]
        attendance = rng.uniform(low, high)
        if attendance < 90:
            b.item(who, cat.attendance(attendance))
        if rng.random() < 0.12:
            b.item(who, cat.SEN_SUPPORT)
        elif rng.random() < 0.03:
            b.item(who, cat.EHCP)
        if h.need_level >= 1 and rng.random() < 0.6:
            b.item(who, cat.FREE_MEALS)
        if h.need_level >= 2:
            b.item(who, cat.DSL_CONCERN)
            if p.age >= 11 and rng.random() < 0.35:
                b.item(who, cat.SUSPENSION)


def _housing(b: _Builder, h: Household) -> None:
    rng = b.rng
    if rng.random() > (0.35, 0.6, 0.9, 0.95)[h.need_level]:
        return
    members = [b.person(p, h) for p in h.members]
    tenant = members[0]
    b.item(tenant, cat.TENANCY_START, b.when(8 * 365))
    if h.need_level >= 1 and rng.random() < 0.4:
        b.item(tenant, cat.RENT_ARREARS)
        roll = rng.random()
        if roll < 0.85:  # most tenants asked agree to arrears being shared
            state = "given" if roll < 0.6 else "refused"
            for purpose in ("safeguarding_children", "early_help"):
                b.consent(tenant, purpose, state, "written")
    if h.need_level >= 2 and rng.random() < 0.3:
        b.item(tenant, cat.NOTICE_SEEKING_POSSESSION)
    if h.need_level >= 2 and rng.random() < 0.4:
        b.item(tenant, cat.ASB_COMPLAINT)
    if len(h.members) >= 5:
        for who in members:
            b.item(who, cat.OVERCROWDING)
    if h.previous_address is not None and h.need_level >= 2:
        on = b.when(365)
        for who in members:
            b.item(who, cat.HOMELESSNESS_DECISION, on)
            b.item(who, cat.TEMPORARY_ACCOMMODATION, on + timedelta(days=3))


EMERGING_SHARE = 0.2
"""Of the families with children that children's social care does not know, the share in
which several agencies each hold a low-level concern nobody has joined up yet."""


def _emerging(
    builders: dict[str, _Builder],
    held: dict[str, dict[int, SPerson]],
    h: Household,
    rng: random.Random,
) -> None:
    """Two to four agencies each see a little of a family that no service has joined up:
    what the Emerging needs page is for. Added after every household's own story, from a
    generator of its own, so the rest of the sandbox stays as it was."""
    if not h.children or rng.random() >= EMERGING_SHARE:
        return
    if any(m.pid in held["childrens-social-care"] for m in h.members):
        return

    def record(partner: str, person: Person) -> SPerson:
        """The partner's record of this person, made if it has none."""
        known = held[partner]
        if person.pid not in known:
            known[person.pid] = builders[partner].person(person, h)
        return known[person.pid]

    def recently() -> date:
        return AS_OF - timedelta(days=7 + rng.randrange(300))

    adult = rng.choice(h.adults)
    child = rng.choice(h.children)
    pupils = [p for p in h.children if 4 <= p.age <= 16]
    concerns = ["police", "housing", "nhs-trust"] + (["school"] if pupils else [])
    for partner in rng.sample(concerns, k=rng.randint(2, len(concerns))):
        builder = builders[partner]
        if partner == "school":
            pupil = rng.choice(pupils)
            builder.item(record("school", pupil), cat.attendance(rng.uniform(78, 89)), recently())
            if rng.random() < 0.5:
                builder.item(record("school", pupil), cat.DSL_CONCERN, recently())
        elif partner == "police":
            if rng.random() < 0.6:
                on = recently()
                builder.item(record("police", adult), cat.domestic_abuse("standard"), on)
                builder.item(record("police", child), cat.PPN_CHILD, on)
            else:
                builder.item(record("police", adult), cat.ASB, recently())
        elif partner == "housing":
            builder.item(record("housing", h.adults[0]), cat.RENT_ARREARS, recently())
        else:
            builder.item(record("nhs-trust", adult), rng.choice((cat.DEPRESSION, cat.ANXIETY)))


def _with_contact(name: str, n: int, domain: str = "csc.example.org") -> str:
    """A worker's name with a desk phone in Ofcom's drama range (never a real number) and an
    address at a reserved example domain."""
    email = ".".join(name.lower().replace("'", "").split()[-2:])
    return f"{name} · 01632 960{n % 1000:03d} · {email}@{domain}"


PROFESSIONALS = {
    "school": ("Designated safeguarding lead", "school.example.org"),
    "police": ("Public protection officer", "police.example.org"),
    "housing": ("Housing officer", "housing.example.org"),
}
"""The professional each Case Sharing partner names on a child it holds with children's
social care (the health trust names its health visitor or school nurse as a FHIR
EpisodeOfCare's care manager)."""


def _professionals(
    builders: dict[str, _Builder],
    held: dict[str, dict[int, SPerson]],
    h: Household,
    rng: random.Random,
    fake: Faker,
) -> None:
    """The team around each child children's social care knows: every other partner that
    holds the child names its professional, with a contact and when they were last involved.
    Added after everything else, from a generator of its own, so the rest stays as it was."""
    for child in h.children:
        if child.pid not in held["childrens-social-care"]:
            continue
        for partner, known in held.items():
            who = known.get(child.pid)
            if who is None or partner == "childrens-social-care":
                continue
            builder = builders[partner]
            on = AS_OF - timedelta(days=3 + rng.randrange(150))
            n = rng.randrange(1000)
            if partner == "nhs-trust":
                if child.age >= 17:
                    continue
                role = "Health visitor" if child.age < 5 else "School nurse"
                service = "Health visiting" if child.age < 5 else "School nursing"
                contact = _with_contact(fake.name(), n, "nhs.example.org")
                builder.item(
                    who,
                    cat.Entry(
                        "involvement",
                        "episode_of_care",
                        service,
                        f"{role}: {contact}",
                        fhir_type="EpisodeOfCare",
                    ),
                    on,
                )
                continue
            role, domain = PROFESSIONALS[partner]
            builder.item(who, cat.involvement(role, _with_contact(fake.name(), n, domain)), on)


def build_partner_data(population: Population) -> dict[str, PartnerData]:
    """Every sandbox partner's records, the same for the same population."""
    seed = population.seed
    fake = Faker("en_GB")
    fake.seed_instance(seed + 7)
    workers = [
        _with_contact(fake.name(), n) for n in range(max(3, len(population.households) // 40))
    ]
    builders = {
        spec.partner_id: _Builder(spec, random.Random(f"{seed}:{spec.partner_id}"))
        for spec in SPECS
    }
    catchment = random.Random(f"{seed}:catchment")
    timeline = random.Random(f"{seed}:timeline")
    for h in population.households:
        # One date every partner's story of this household hangs on: the referral.
        referral = AS_OF - timedelta(days=30 + timeline.randrange(700))
        _health(builders["nhs-trust"], h, referral)
        _social_care(builders["childrens-social-care"], h, workers, referral)
        _police(builders["police"], h)
        _school(builders["school"], h, in_catchment=catchment.random() < 0.55)
        _housing(builders["housing"], h)
    emerging = random.Random(f"{seed}:emerging")
    held = {pid: {p.pid: p for p in b.data.persons} for pid, b in builders.items()}
    for h in population.households:
        _emerging(builders, held, h, emerging)
    team = random.Random(f"{seed}:professionals")
    names = Faker("en_GB")
    names.seed_instance(seed + 11)
    held = {pid: {p.pid: p for p in b.data.persons} for pid, b in builders.items()}
    for h in population.households:
        _professionals(builders, held, h, team, names)
    return {pid: b.data for pid, b in builders.items()}
