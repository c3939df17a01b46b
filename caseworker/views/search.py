"""Finding citizens: by name (forgiving typos and nicknames), date of birth in the forms
people write it, NHS number with or without spaces, postcode or district, and address.

A search is exact first: every word must start a given name or surname (or match the
postcode, date or number given). Only when that finds no one does it forgive: each name
word may then be a nickname ('Bill' for William) or a near spelling (Jaro-Winkler ≥ 0.88
against the names held, found through the name indexes by first letter), and words that
are not names may be part of the address. Results say which kind of match they are.

Forgiven, a common first name is thousands of records at a million ('Jane' and its near
spellings), and asked for all the words at once SQLite read each of them to test the other
words against it. So when two or more words are forgiven and nothing else narrows the
search, each word's records are found apart, from the name and word indexes alone, and only
the records every word found are read.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler
from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    intersect,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import InstrumentedAttribute, Session

from caseworker import nhs_number
from caseworker.linkage.compare import NICKNAMES
from caseworker.linkage.normalise import POSTCODE, format_postcode, name_key
from caseworker.store.models import ADDRESS_WORDS, OTHER_NAME_WORDS, Partner, SourcePerson
from caseworker.store.settings import NAMES_STAMP, stamp
from caseworker.views.identity import ranked

MAX_RESULTS = 200
GATHER_FROM = 3
"""Letters a forgiven word needs for its records to be gathered from the indexes: one or two
letters start too many names, so those are tested against what the other words found."""
NEAR = 0.88
"""How alike two names must be (Jaro-Winkler) to count as a near spelling."""
_MONTH_NAMES = (
    "jan january",
    "feb february",
    "mar march",
    "apr april",
    "may",
    "jun june",
    "jul july",
    "aug august",
    "sep sept september",
    "oct october",
    "nov november",
    "dec december",
)
_MONTHS = {m: i + 1 for i, names in enumerate(_MONTH_NAMES) for m in names.split()}
_NUMERIC_DATE = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_COMPACT_DATE = re.compile(r"^(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})$")
_DISTRICT = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
_INWARD = re.compile(r"^\d[A-Z]{2}$")
_REVERSE_NICKNAMES: dict[str, set[str]] = {}
for _short, _full in NICKNAMES.items():
    _REVERSE_NICKNAMES.setdefault(_full, set()).add(_short)


@dataclass(frozen=True)
class CitizenSummary:
    citizen_id: int
    name: str
    birth_date: date | None
    postcode: str | None
    nhs_number: str | None
    agencies: tuple[str, ...]
    address: str | None = None
    match: str = "exact"
    """exact | close (a nickname, a near spelling or the address matched)"""


@dataclass(frozen=True)
class Query:
    """A parsed search: any mix of words, an NHS number, a date of birth and a postcode."""

    names: tuple[str, ...] = ()
    nhs_number: str | None = None
    birth_date: date | None = None
    postcode: str | None = None
    """A full postcode ('MK8 2PQ') or a district ('MK8 '), spaced as stored."""

    @property
    def empty(self) -> bool:
        return not (self.names or self.nhs_number or self.birth_date or self.postcode)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # '15' is 2015, '87' is 1987
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def _date(d: str, m: str | int, y: str) -> date | None:
    with suppress(ValueError):
        return date(_year(y), int(m), int(d))
    return None


def _take_date(words: list[str]) -> tuple[date | None, list[str]]:
    """A date written as 03/02/2015, 3.2.15, 2015-02-03, 03022015 or 3 Feb 2015."""
    for i, word in enumerate(words):
        for pattern in (_NUMERIC_DATE, _ISO_DATE, _COMPACT_DATE):
            if m := pattern.match(word):
                return _date(m["d"], m["m"], m["y"]), words[:i] + words[i + 1 :]
        month = _MONTHS.get(word.lower().rstrip("."))
        if month and 0 < i < len(words) - 1:
            day, year = words[i - 1].rstrip("stndrh"), words[i + 1]
            if day.isdigit() and year.isdigit() and len(year) in (2, 4):
                return _date(day, month, year), words[: i - 1] + words[i + 2 :]
    return None, words


def _take_postcode(words: list[str]) -> tuple[str | None, list[str]]:
    upper = [w.upper() for w in words]
    for i, word in enumerate(upper):
        if POSTCODE.match(word):
            return format_postcode(word), words[:i] + words[i + 1 :]
        if _DISTRICT.match(word) and any(c.isdigit() for c in word):
            if i + 1 < len(upper) and _INWARD.match(upper[i + 1]):
                return f"{word} {upper[i + 1]}", words[:i] + words[i + 2 :]
            return f"{word} ", words[:i] + words[i + 1 :]
    return None, words


def parse_query(text: str) -> Query:
    """'Smith 3 Feb 2015' -> name smith and that date; '999 123 4567' -> an NHS number;
    'MK8 2PQ' -> a postcode; 'Holt MK8' -> name holt in district MK8."""
    compact = text.replace(" ", "")
    if compact.isdigit() and len(compact) == 10:
        return Query(nhs_number=nhs_number.normalise(compact) or compact)
    words = text.replace(",", " ").split()
    birth, words = _take_date(words)
    postcode, words = _take_postcode(words)
    names = tuple(key for w in words if (key := name_key(w)))
    return Query(names, None, birth, postcode)


def _fixed_conditions(query: Query) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.nhs_number:
        conditions.append(SourcePerson.nhs_number == query.nhs_number)
    if query.birth_date:
        conditions.append(SourcePerson.birth_date == query.birth_date)
    if query.postcode:
        if query.postcode.endswith(" "):
            conditions.append(_prefix(SourcePerson.postcode, query.postcode))
        else:
            conditions.append(
                SourcePerson.postcode.in_((query.postcode, query.postcode.replace(" ", "")))
            )
    return conditions


def _citizens(conditions: list[ColumnElement[bool]]) -> Select[int | None]:
    """Up to MAX_RESULTS citizen ids with a record meeting every condition."""
    return (
        select(SourcePerson.citizen_id)
        .where(and_(*conditions), SourcePerson.citizen_id.is_not(None))
        .distinct()
        .limit(MAX_RESULTS)
    )


def _prefix(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None], text: str
) -> ColumnElement[bool]:
    """`column` starts with `text`, as a range the column's index can answer: SQLite's LIKE
    cannot use an index of the default collation, and scanned every record instead."""
    after = text[:-1] + chr(ord(text[-1]) + 1)
    return and_(column >= text, column < after)


def _exact(word: str) -> ColumnElement[bool]:
    """The word starts the shown given name or surname, or any other name held (a maiden or
    former name, a nickname) from the FTS5 index of other names."""
    return or_(
        _prefix(SourcePerson.search_given, word),
        _prefix(SourcePerson.search_family, word),
        SourcePerson.id.in_(_words_of(OTHER_NAME_WORDS, word)),
    )


_HELD_NAMES = """
WITH RECURSIVE held(name) AS (
    SELECT min({column}) FROM source_persons WHERE {column} >= :low AND {column} < :high
    UNION ALL
    SELECT (SELECT min({column}) FROM source_persons WHERE {column} > held.name
            AND {column} < :high)
    FROM held WHERE held.name IS NOT NULL
)
SELECT name FROM held WHERE name IS NOT NULL
"""
"""The distinct names held from :low up to :high, one index seek each: a SELECT DISTINCT
walked every record's entry in the range instead (tens of thousands at a million)."""


Stamp = tuple[str, object] | None
"""The names stamp a search read (store/settings.py `stamp`)."""


_HELD: dict[tuple[str, str, str], tuple[Stamp, tuple[str, ...]]] = {}
"""(store, column, first letter) -> (the names stamp they were read at, the names): a typo
search reads every distinct name with the word's first letter, twice a word, and the next
search with that letter reads them again unless a sync has written names since."""


def _held_names(
    session: Session, column: InstrumentedAttribute[str], letter: str, now: Stamp
) -> tuple[str, ...]:
    """The distinct names held in `column` that begin with `letter`: read again only when
    the names stamp has moved (the ingest and the purge move it in the transaction that
    writes names, so a name written is never missed; a name deleted stays here harmlessly
    until the next write, finding nothing). `now`: the stamp, read once by the search."""
    store_file = session.get_bind().engine.url.database or ""  # the file, not the URL's key
    key = (store_file, column.key, letter)
    held = _HELD.get(key)
    if held is not None and held[0] == now:
        return held[1]
    names = tuple(
        session.scalars(
            sql_text(_HELD_NAMES.format(column=column.key)),
            {"low": letter, "high": chr(ord(letter) + 1)},
        )
    )
    _HELD[key] = (now, names)
    return names


def _near_names(
    session: Session, column: InstrumentedAttribute[str], word: str, now: Stamp
) -> set[str]:
    """Names held that are a near spelling of `word`: same first letter, similar length."""
    if len(word) < 3:
        return set()
    near = process.extract(
        word,
        _held_names(session, column, word[0], now),
        scorer=JaroWinkler.similarity,
        score_cutoff=NEAR,
        limit=None,
    )
    return {name for name, _, _ in near if abs(len(name) - len(word)) <= 2}


@dataclass(frozen=True)
class _Forgiven:
    """A word forgiven: as a prefix, a nickname either way, a near spelling, or part of an
    address."""

    word: str
    givens: tuple[str, ...]
    families: tuple[str, ...]

    def condition(self) -> ColumnElement[bool]:
        """The word, as a test of one record."""
        return or_(
            _exact(self.word),
            SourcePerson.search_given.in_(self.givens),
            SourcePerson.search_family.in_(self.families),
            SourcePerson.id.in_(_address_words(self.word)),
        )

    def records(self) -> Select[Any]:
        """The ids of the records the word finds, read from the indexes alone."""
        ways = [
            _records(_prefix(SourcePerson.search_given, self.word)),
            _records(_prefix(SourcePerson.search_family, self.word)),
            _words_of(OTHER_NAME_WORDS, self.word),
            _records(SourcePerson.search_given.in_(self.givens)),
            _address_words(self.word),
        ]
        if self.families:
            ways.append(_records(SourcePerson.search_family.in_(self.families)))
        return select(union_all(*ways).subquery().c.id)


def _records(condition: ColumnElement[bool]) -> Select[Any]:
    return select(SourcePerson.id).where(condition)


def _forgiving(session: Session, word: str, now: Stamp) -> _Forgiven:
    givens = {NICKNAMES.get(word, word), *_REVERSE_NICKNAMES.get(word, ())}
    givens |= _near_names(session, SourcePerson.search_given, word, now)
    families = _near_names(session, SourcePerson.search_family, word, now)
    return _Forgiven(word, tuple(sorted(givens)), tuple(sorted(families)))


def _found_by_every_word(words: list[_Forgiven]) -> ColumnElement[bool]:
    """The record is among those every word found (each word's found apart)."""
    return SourcePerson.id.in_(intersect(*(w.records() for w in words)))


def _words_of(index: str, word: str) -> Select[Any]:
    """Records with a word starting with `word` in one of the FTS5 word indexes (a name key
    is letters and digits only, so it is safe inside the quotes)."""
    return (
        select(literal_column("rowid").label("id"))
        .select_from(table(index))
        .where(literal_column(index).op("MATCH")(f'"{word}"*'))
    )


def _address_words(word: str) -> Select[Any]:
    """Records whose address has a word starting with `word`."""
    return _words_of(ADDRESS_WORDS, word)


def search(session: Session, text: str) -> list[CitizenSummary]:
    """Citizens any of whose records match every part of `text`: exact matches, or when
    there are none, close ones (marked so)."""
    query = parse_query(text)
    if query.empty:
        return []
    fixed = _fixed_conditions(query)
    exact = _ids(session, fixed + [_exact(w) for w in query.names])
    if exact or not query.names:
        return summaries(session, exact)
    now = stamp(session, NAMES_STAMP)
    words = [_forgiving(session, w, now) for w in query.names]
    gathered = [w for w in words if len(w.word) >= GATHER_FROM]
    if fixed or len(gathered) < 2:  # what else the search has, or its one word, leads
        close = _ids(session, fixed + [w.condition() for w in words])
    else:
        tested = [w.condition() for w in words if w not in gathered]
        close = _ids(session, [_found_by_every_word(gathered), *tested])
    return [replace(s, match="close") for s in summaries(session, close)]


def _ids(session: Session, conditions: list[ColumnElement[bool]]) -> list[int]:
    return [c for c in session.scalars(_citizens(conditions)) if c is not None]


def summaries(session: Session, citizen_ids: list[int]) -> list[CitizenSummary]:
    if not citizen_ids:
        return []
    rows = session.execute(
        select(SourcePerson, Partner.agency)
        .join(Partner, Partner.id == SourcePerson.partner_id)
        .where(SourcePerson.citizen_id.in_(citizen_ids))
    ).all()
    by_citizen: dict[int, list[tuple[SourcePerson, str]]] = {}
    for person, agency in rows:
        assert person.citizen_id is not None
        by_citizen.setdefault(person.citizen_id, []).append((person, agency))
    out = []
    for cid, records in by_citizen.items():
        ordered = [p for p, _ in ranked(records)]
        best = ordered[0]
        out.append(
            CitizenSummary(
                cid,
                " ".join(p for p in (best.given_name, best.family_name) if p) or "(no name)",
                next((p.birth_date for p in ordered if p.birth_date), None),
                next((p.postcode for p in ordered if p.postcode), None),
                next((p.nhs_number for p in ordered if p.nhs_number), None),
                tuple(sorted({a for _, a in records})),
                next((p.address for p in ordered if p.address), None),
            )
        )
    out.sort(key=lambda s: (-len(s.agencies), s.name.lower(), s.citizen_id))
    return out
