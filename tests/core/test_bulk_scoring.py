"""Scoring pairs in bulk gives every pair the weight that scoring it alone gives: the same
links, reviews and refusals, found faster."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.linkage.blocking import candidate_pairs
from caseworker.linkage.bulk import prepare, reaching, weights
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params, score
from caseworker.sandbox.network import SandboxNetwork

NAMES = ["Bill", "William", "will", "Ann", "Anne", "Smith", "Smyth", "O'Brien", "obrien", "-"]
POSTCODES = ["W2 2TE", "w22te", "W2 3AB", "CF10 1AA", "12345", "12346", "123", "", " "]
ADDRESSES = ["1 High St", "1 high street", "Flat 2, 1 High St", ", ,", "9 Low Road", ""]


def _people() -> st.SearchStrategy[PersonFields]:
    text = st.one_of(st.none(), st.sampled_from(NAMES), st.text(max_size=6))
    return st.builds(
        PersonFields,
        given=text,
        family=text,
        birth_date=st.one_of(
            st.none(),
            st.sampled_from([date(2010, 3, 4), date(2010, 4, 3), date(2011, 3, 4)]),
            st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)),
        ),
        sex=st.sampled_from([None, "male", "Female", "x", "", "M"]),
        postcode=st.one_of(st.none(), st.sampled_from(POSTCODES)),
        address=st.one_of(st.none(), st.sampled_from(ADDRESSES), st.text(max_size=12)),
        email=st.sampled_from([None, "a@b.org", "A@b.org ", "nobody", "c@d.org"]),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_people(), min_size=2, max_size=12))
def test_any_pair_weighs_as_scored_alone(records: list[PersonFields]) -> None:
    left, right = np.triu_indices(len(records), k=1)
    bulk = weights(prepare(records), left, right, Params())
    alone = [
        score(records[a], records[b], Params()).weight for a, b in zip(left, right, strict=True)
    ]
    assert bulk.tolist() == alone


def test_the_sandboxs_candidates_weigh_as_scored_alone_and_none_reaching_review_is_lost() -> None:
    network = SandboxNetwork(3, 400)  # the partners' records of them, as they send them
    records = [
        PersonFields(p.given, p.family, p.birth_date, p.sex, p.postcode, p.address)
        for data in network.data.values()
        for p in data.persons
    ]
    pairs = sorted(candidate_pairs(records))
    left = np.array([a for a, _ in pairs])
    right = np.array([b for _, b in pairs])
    params = Params()
    bulk = weights(prepare(records), left, right, params)
    alone = [score(records[a], records[b], params) for a, b in pairs]
    assert bulk.tolist() == [s.weight for s in alone]
    kept = reaching(prepare(records), left, right, params, params.review_at)
    assert kept.tolist() == [s.probability >= params.review_at for s in alone]
    assert kept.any() and not kept.all()


@settings(max_examples=60, deadline=None)
@given(st.lists(_people(), min_size=2, max_size=12))
def test_any_pairs_levels_are_those_compare_finds(records: list[PersonFields]) -> None:
    """EM estimation counts the levels found in bulk: they must be `compare`'s, field by
    field, a missing value included."""
    from caseworker.linkage.bulk import levels
    from caseworker.linkage.compare import COMPARATORS, compare

    left, right = np.triu_indices(len(records), k=1)
    coded = levels(prepare(records), left, right)
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        found = compare(records[a], records[b])
        for name, (_, order) in COMPARATORS.items():
            code = int(coded[name][i])
            assert (order[code] if code >= 0 else None) == found[name], (name, i)
