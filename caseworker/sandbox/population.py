"""A synthetic population of households and people, generated deterministically from a seed.

Shapes follow DOMAIN.md: households of one to six, children in about 60% of them, and a
minority of households well known to services (they generate most records). NHS numbers
are in the 999 range, which the NHS reserves for testing. Nothing here is a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from caseworker.nhs_number import check_digit

AS_OF = date(2026, 11, 1)
"""The sandbox's 'today': ages and event dates are relative to it, so output never drifts."""


@dataclass
class Address:
    line: str
    town: str
    postcode: str
    uprn: str


@dataclass
class Person:
    pid: int
    household: int
    given: str
    family: str
    sex: str
    birth_date: date
    nhs_number: str | None
    upn: str | None
    is_child: bool

    @property
    def age(self) -> int:
        years = AS_OF.year - self.birth_date.year
        before_birthday = (AS_OF.month, AS_OF.day) < (self.birth_date.month, self.birth_date.day)
        return years - int(before_birthday)


@dataclass
class Household:
    hid: int
    address: Address
    previous_address: Address | None
    need_level: int
    """0 universal services only, 1 early help, 2 child in need or known to police,
    3 child protection."""
    members: list[Person] = field(default_factory=list)

    @property
    def adults(self) -> list[Person]:
        return [p for p in self.members if not p.is_child]

    @property
    def children(self) -> list[Person]:
        return [p for p in self.members if p.is_child]


@dataclass
class Population:
    seed: int
    households: list[Household]

    @property
    def people(self) -> list[Person]:
        return [p for h in self.households for p in h.members]


def _nhs_number(rng: random.Random, used: set[str]) -> str:
    while True:
        nine = "999" + f"{rng.randrange(1_000_000):06d}"
        digit = check_digit(nine)
        if digit is not None and (number := f"{nine}{digit}") not in used:
            used.add(number)
            return number


def _birth_date(rng: random.Random, min_age: int, max_age: int) -> date:
    oldest = AS_OF - timedelta(days=365 * (max_age + 1) - 1)
    span = 365 * (max_age - min_age + 1) - 2
    return oldest + timedelta(days=rng.randrange(span))


def _address(fake: Faker, rng: random.Random) -> Address:
    return Address(
        line=fake.street_address().replace("\n", ", "),
        town=fake.city(),
        postcode=fake.postcode(),
        uprn=str(rng.randrange(10_000_000_000, 99_999_999_999)),
    )


def _need_level(rng: random.Random, has_children: bool) -> int:
    roll = rng.random()
    if not has_children:
        return 2 if roll < 0.08 else (1 if roll < 0.2 else 0)
    return 3 if roll < 0.07 else 2 if roll < 0.18 else 1 if roll < 0.40 else 0


def generate(seed: int = 1, people: int = 300) -> Population:
    """About `people` people in households of one to six (about 2.5 per household)."""
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    used_nhs: set[str] = set()
    households: list[Household] = []
    pid = 0
    while pid < people:
        hid = len(households)
        has_children = rng.random() < 0.6
        adults = 1 if rng.random() < (0.45 if has_children else 0.55) else 2
        kids = rng.choice((1, 1, 2, 2, 2, 3, 3, 4)) if has_children else 0
        family = fake.last_name()
        address = _address(fake, rng)
        moved = _address(fake, rng) if rng.random() < 0.12 else None
        household = Household(hid, address, moved, _need_level(rng, has_children))
        parent_birth_dates: list[date] = []
        for index in range(adults):
            sex = rng.choice(("female", "male"))
            min_age = 19 if has_children else 18
            birth = _birth_date(rng, min_age, 45 if has_children else 85)
            parent_birth_dates.append(birth)
            given = fake.first_name_female() if sex == "female" else fake.first_name_male()
            # A second adult keeps the household name most of the time.
            surname = family if index == 0 or rng.random() < 0.7 else fake.last_name()
            household.members.append(
                Person(
                    pid, hid, given, surname, sex, birth, _nhs_number(rng, used_nhs), None, False
                )
            )
            pid += 1
        youngest_parent_age = min((AS_OF - b).days // 365 for b in parent_birth_dates)
        previous: Person | None = None
        for _ in range(kids):
            sex = rng.choice(("female", "male"))
            max_age = max(0, min(17, youngest_parent_age - 17))
            if previous is not None and rng.random() < 0.04:
                birth = previous.birth_date  # twins
            else:
                birth = _birth_date(rng, 0, max_age)
            given = fake.first_name_female() if sex == "female" else fake.first_name_male()
            if rng.random() < 0.02:
                # A child named after a parent of the same sex: a classic linkage trap.
                namesakes = [a for a in household.adults if a.sex == sex]
                given = namesakes[0].given if namesakes else given
            child = Person(
                pid,
                hid,
                given,
                family,
                sex,
                birth,
                _nhs_number(rng, used_nhs),
                f"H{rng.randrange(10**11, 10**12)}A",
                True,
            )
            household.members.append(child)
            previous = child
            pid += 1
        households.append(household)
    return Population(seed, households)
