"""Which records are compared: blocking rules, kept as data, whose candidates are united.

Comparing every record with every other is out of reach beyond a few thousand, so a record
is compared only with those sharing one of its block keys. One key is not enough: a birth
date with a typo, a missing postcode or a surname changed at marriage would each hide a true
pair from a single rule. Established linkers (Splink, recordlinkage, FEBRL itself) run
several passes, each forgiving a different error, and compare the union; so does this.

Each rule makes keys from one record. A rule that reads names makes keys from every name
the partner holds (maiden, married, previous: `other_names`), so a woman who changed her
surname still meets her old records. Keys carry their rule's tag, so two rules never
collide. A key shared by more records than its rule's `max_block` (a common name in a
large file) says little and is not compared on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations

import jellyfish

from caseworker.linkage.compare import PersonFields, canonical_given
from caseworker.linkage.normalise import name_key, postcode_key

Name = tuple[str | None, str | None]
"""(given, family) as the partner holds it."""


@dataclass(frozen=True)
class Keyed:
    """What blocking reads of a record, normalised once for every rule."""

    names: tuple[tuple[str, str], ...]
    """(first name with nicknames made full, surname), name keys, for every name held."""
    born: date | None
    postcode: str
    house: str
    """The address's first two words (a house number and its street's first word), or ''."""


@dataclass(frozen=True)
class Rule:
    tag: str
    forgives: str
    """What error in the other fields this rule's pairs survive (for the documentation)."""
    keys: Callable[[Keyed], Iterable[str]]
    max_block: int = 300
    """Blocks larger than this are skipped: a key shared by that many records says little."""


def swapped(day: date) -> date | None:
    """The same date with day and month exchanged, when that is a different real date."""
    if day.day > 12 or day.day == day.month:
        return None
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None


def _initials(k: Keyed) -> set[str]:
    return {part[:1] for name in k.names for part in name if part}


def _dates(k: Keyed) -> list[date]:
    return [d for d in (k.born, swapped(k.born) if k.born else None) if d]


@lru_cache(maxsize=65536)
def _sound(word: str) -> str:
    """A phonetic code (metaphone), or the word itself where it has none."""
    return jellyfish.metaphone(word) or word if word else ""


def _birth(k: Keyed) -> Iterable[str]:
    return (d.isoformat() for d in _dates(k))


def _birth_initial(k: Keyed) -> Iterable[str]:
    return (f"{d.isoformat()}:{i}" for d in _dates(k) for i in _initials(k))


def _postcode_initial(k: Keyed) -> Iterable[str]:
    return (f"{k.postcode}:{i}" for i in _initials(k)) if k.postcode else ()


def _names_sound(k: Keyed) -> Iterable[str]:
    for given, family in k.names:
        if given and family:
            yield ":".join(sorted((_sound(given), _sound(family))))  # either order


def _surname_month(k: Keyed) -> Iterable[str]:
    if k.born:
        for _, family in k.names:
            if family:
                yield f"{_sound(family)}:{k.born.year}-{k.born.month:02d}"


def _given_year(k: Keyed) -> Iterable[str]:
    if k.born:
        for given, _ in k.names:
            if given:
                yield f"{given}:{k.born.year}"


def _surname_initial(k: Keyed) -> Iterable[str]:
    for given, family in k.names:
        if given and family:
            yield f"{_sound(family)}:{given[:1]}"
            yield f"{''.join(sorted(family))}:{given[:1]}"  # letters transposed ('otetns')


def _house(k: Keyed) -> Iterable[str]:
    return (k.house,) if k.house else ()


RULES: tuple[Rule, ...] = (
    Rule("d", "names written either way round; a day and month swapped", _birth_initial),
    Rule("p", "a wrong or missing birth date", _postcode_initial),
    Rule("n", "a wrong birth date, a missing postcode, a misspelt name", _names_sound),
    Rule("m", "a wrong day of birth, another first name, a missing postcode", _surname_month),
    Rule("g", "a new surname (marriage), a wrong day or month of birth", _given_year),
    Rule(
        "s", "a misspelt first name or surname, a wrong or missing birth date", _surname_initial, 30
    ),
    Rule("a", "a wrong birth date and another spelling of both names", _house),
    Rule("b", "names mistyped or replaced beyond recognition", _birth, max_block=12),
)
"""The passes, each a tag and its keys; candidates are the union of every pass's pairs."""


def keyed(p: PersonFields, other_names: Sequence[Name] = ()) -> Keyed:
    held = [(p.given, p.family)] + [(g or p.given, f or p.family) for g, f in other_names]
    names = [(canonical_given(g), name_key(f)) for g, f in held]  # a maiden name: surname only
    words = "".join(ch if ch.isalnum() else " " for ch in (p.address or "").lower()).split()
    return Keyed(
        tuple(dict.fromkeys(n for n in names if any(n))),
        p.birth_date,
        postcode_key(p.postcode),
        " ".join(words[:2]) if len(words) >= 2 and words[0][:1].isdigit() else "",
    )


def block_keys(p: PersonFields, other_names: Sequence[Name] = ()) -> set[str]:
    """Every key of every rule for one record."""
    k = keyed(p, other_names)
    return {f"{rule.tag}:{key}" for rule in RULES for key in rule.keys(k)}


def candidate_pairs(
    records: Sequence[PersonFields], other_names: Sequence[Sequence[Name]] | None = None
) -> set[tuple[int, int]]:
    """Pairs of indexes into `records` sharing a key of any rule (in blocks no larger than
    the rule allows); `other_names[i]` are record i's further names."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        for key in block_keys(record, other_names[index] if other_names else ()):
            blocks[key].append(index)
    limits = {rule.tag: rule.max_block for rule in RULES}
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if 1 < len(members) <= limits[key[0]]:
            pairs.update(combinations(members, 2))
    return pairs
