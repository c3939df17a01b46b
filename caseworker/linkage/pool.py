"""Reading the records linkage compares, in bulk: their fields, partners and NHS numbers,
read by block through the block indexes, and the pairs already considered; and the blocks
records are compared within.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.linkage.compare import PersonFields
from caseworker.store.models import LinkPair, SourcePerson

CHUNK = 500

PERSON_COLUMNS = (
    SourcePerson.given_name,
    SourcePerson.family_name,
    SourcePerson.birth_date,
    SourcePerson.sex,
    SourcePerson.postcode,
    SourcePerson.address,
)
"""What a source person contributes to comparison, in PersonFields order."""


def chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]


def to_fields(row: Any) -> PersonFields:
    """PersonFields from a row selected with PERSON_COLUMNS."""
    return PersonFields(
        row.given_name, row.family_name, row.birth_date, row.sex, row.postcode, row.address
    )


class Pooled(NamedTuple):
    """A source person as linkage holds it while it links a batch."""

    fields: PersonFields
    citizen: int | None
    family_initial: str
    given_initial: str
    partner: str
    nhs_number: str | None


_POOL_COLUMNS = (
    SourcePerson.id,
    SourcePerson.citizen_id,
    SourcePerson.family_initial,
    SourcePerson.given_initial,
    SourcePerson.partner_id,
    SourcePerson.nhs_number,
    *PERSON_COLUMNS,
)


def _pooled(row: Sequence[Any]) -> Pooled:
    """A row of _POOL_COLUMNS, typed by SQLAlchemy or straight from the driver (whose dates
    are ISO text)."""
    _, citizen, family_initial, given_initial, partner, nhs, *person = row
    given, family, born, sex, postcode, address = person
    if isinstance(born, str):
        born = date.fromisoformat(born)
    fields = PersonFields(given, family, born, sex, postcode, address)
    return Pooled(fields, citizen, family_initial, given_initial, partner, nhs)


def fields_where(session: Session, where: Any, values: Sequence[Any]) -> dict[int, Pooled]:
    """Person id -> what linkage holds of them, for the persons `where(chunk)` selects."""
    out: dict[int, Pooled] = {}
    connection = session.connection()
    for chunk in chunks(list(values)):
        for row in connection.execute(select(*_POOL_COLUMNS).where(where(chunk))):
            out[row.id] = _pooled(row)
    return out


_BLOCK_INDEXES = (
    ("birth_date", "family_initial"),
    ("birth_date", "given_initial"),
    ("postcode", "family_initial"),
    ("postcode", "given_initial"),
)
"""(block column, initial column): each pair has its index on source_persons."""
_SELECT_POOLED = "SELECT " + ", ".join(c.key for c in _POOL_COLUMNS) + " FROM source_persons"


def _found_through(block: str, initial: str) -> str:
    """The ids of the persons in the probes' blocks, from the block's index alone."""
    return (
        f"SELECT p.id FROM probe_{block} JOIN source_persons AS p"
        f" ON p.{block} = probe_{block}.block AND p.{initial} = probe_{block}.initial"
    )


def sharing_blocks(
    session: Session, probes: Iterable[tuple[date | None, date | None, str | None, str, str]]
) -> dict[int, Pooled]:
    """The persons who may share a block with one of `probes`, each a record's (birth date,
    the date with day and month swapped, postcode, family initial, given initial).

    Found through the block indexes, a few for each probe whatever the store's size. What
    comes back is a superset of the records sharing a block (see block_keys): an initial of
    either name is matched with either name's, which the exact keys of the names written
    the other way round need.

    Each person is read once, in the order they are stored: the four indexes give ids alone
    (no record read), and the records of their union are read by id. Read through each index
    in turn, a person sharing a birth date and a postcode with a probe, as the records of
    one person do, was read up to four times, each a page somewhere in a file of a gigabyte.

    The statements are plain SQL: a join with VALUES lists of probes, which SQLAlchemy would
    compile afresh for every batch (its cache cannot hold the values)."""
    wanted: dict[str, set[tuple[str, str]]] = {"birth_date": set(), "postcode": set()}
    for born, swapped_born, postcode, *names in probes:
        letters = {n for n in names if n}
        wanted["birth_date"] |= {
            (d.isoformat(), n) for d in (born, swapped_born) if d for n in letters
        }
        if postcode:
            wanted["postcode"] |= {(postcode, n) for n in letters}
    by_block = {block: chunks(sorted(pairs)) for block, pairs in wanted.items()}
    out: dict[int, Pooled] = {}
    connection = session.connection()
    for i in range(max(len(c) for c in by_block.values())):
        probes_here = {b: c[i] for b, c in by_block.items() if i < len(c)}
        ctes = ", ".join(
            f"probe_{b}(block, initial) AS (VALUES {', '.join(['(?, ?)'] * len(c))})"
            for b, c in probes_here.items()
        )
        ids = " UNION ".join(
            _found_through(block, initial)
            for block, initial in _BLOCK_INDEXES
            if block in probes_here
        )
        sql = f"WITH {ctes} {_SELECT_POOLED} WHERE id IN ({ids})"
        params = tuple(v for c in probes_here.values() for pair in c for v in pair)
        for row in connection.exec_driver_sql(sql, params):
            if row[0] not in out:
                out[row[0]] = _pooled(row)
    return out


class Namesake(NamedTuple):
    """A person bearing a surname and first name, as the search index holds them."""

    person: int
    birth_date: date | None
    citizen: int | None


_SELECT_NAMESAKES = (
    "SELECT probe.family, probe.given, p.id, p.birth_date, p.citizen_id FROM probe"
    " JOIN source_persons AS p INDEXED BY ix_source_persons_search_family"
    " ON p.search_family = probe.family AND p.search_given = probe.given"
)


def namesakes(
    session: Session, names: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[Namesake]]:
    """(surname key, first name key) -> the persons bearing both, with their birth dates and
    citizens: read from the search index alone (migration 0020), no record read."""
    out: dict[tuple[str, str], list[Namesake]] = {}
    connection = session.connection()
    for chunk in chunks(sorted(set(names))):
        rows = ", ".join(["(?, ?)"] * len(chunk))
        sql = f"WITH probe(family, given) AS (VALUES {rows}) {_SELECT_NAMESAKES}"
        params = tuple(v for pair in chunk for v in pair)
        for family, given, person, born, citizen in connection.exec_driver_sql(sql, params):
            day = date.fromisoformat(born) if isinstance(born, str) else born
            out.setdefault((family, given), []).append(Namesake(person, day, citizen))
    return out


def block_keys(p: Pooled, born: date | None) -> list[str]:
    """Blocks a record is compared within: its birth date or its postcode, each with the
    initial of its surname, of its first name, or of either (names written the other way
    round). Sharing a birthday with a stranger is common in a large store; sharing it with
    a stranger of the same initial is not, so this keeps the pairs few as the store grows."""
    family, given = p.family_initial, p.given_initial
    initials = "".join(sorted(filter(None, (family, given))))
    suffixes = [f"f{family}" if family else "", f"g{given}" if given else "", f"x{initials}"]
    keys = []
    for prefix, value in (("d", born.isoformat() if born else None), ("p", p.fields.postcode)):
        if value:
            keys += [f"{prefix}:{value}:{suffix}" for suffix in suffixes if suffix]
    return keys


def considered(session: Session, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs already in the queue or decided: never asked about again."""
    firsts = sorted({a for a, _ in pairs})
    found: set[tuple[int, int]] = set()
    for chunk in chunks(firsts):
        found.update(
            (a, b)
            for a, b in session.execute(
                select(LinkPair.person_a, LinkPair.person_b).where(LinkPair.person_a.in_(chunk))
            )
        )
    return found & pairs
