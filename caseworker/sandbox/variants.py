"""How a partner's copy of a person drifts from the truth: nicknames, typos, swapped dates."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

NICKNAMES = {
    "William": "Bill",
    "Elizabeth": "Liz",
    "Thomas": "Tom",
    "Jessica": "Jess",
    "Daniel": "Dan",
    "Robert": "Rob",
    "Margaret": "Maggie",
    "Michael": "Mike",
    "Christopher": "Chris",
    "Katherine": "Kate",
    "Catherine": "Cathy",
    "Jennifer": "Jen",
    "Samuel": "Sam",
    "Samantha": "Sam",
    "Alexander": "Alex",
    "Rebecca": "Becky",
    "Benjamin": "Ben",
    "Joseph": "Joe",
    "Matthew": "Matt",
    "Nicholas": "Nick",
    "Jonathan": "Jon",
    "Victoria": "Vicky",
    "Charlotte": "Charlie",
    "James": "Jim",
    "Richard": "Rich",
    "Stephen": "Steve",
    "Anthony": "Tony",
    "Edward": "Ed",
    "Abigail": "Abi",
    "Joshua": "Josh",
    "Andrew": "Andy",
    "Patricia": "Pat",
    "Susan": "Sue",
    "Deborah": "Debbie",
    "Kimberley": "Kim",
    "Zoe": "Zoë",
}


@dataclass(frozen=True)
class Fidelity:
    """How carefully one partner records identity (probabilities per record)."""

    nhs_number: float
    nickname: float
    typo: float
    swapped_date: float
    old_address: float


def typo(rng: random.Random, name: str) -> str:
    """One keyboard slip: two letters swapped, one dropped or one doubled."""
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 1)
    match rng.randrange(3):
        case 0:
            return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        case 1:
            return name[:i] + name[i + 1 :]
        case _:
            return name[:i] + name[i] + name[i:]


def given_variant(rng: random.Random, given: str, fidelity: Fidelity) -> str:
    if given in NICKNAMES and rng.random() < fidelity.nickname:
        return NICKNAMES[given]
    return typo(rng, given) if rng.random() < fidelity.typo else given


def family_variant(rng: random.Random, family: str, fidelity: Fidelity) -> str:
    return typo(rng, family) if rng.random() < fidelity.typo else family


def date_variant(rng: random.Random, value: date, fidelity: Fidelity) -> date:
    if value.day <= 12 and value.day != value.month and rng.random() < fidelity.swapped_date:
        return value.replace(month=value.day, day=value.month)
    return value
