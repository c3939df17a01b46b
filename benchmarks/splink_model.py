"""Splink (DuckDB, one thread) on the linkage benchmark's data: the model of Splink's own FEBRL4
tutorial (docs/demos/examples/duckdb/febrl4 in its repository), without the social security
number, which the benchmark leaves out for every matcher. A benchmark-only extra:
pip install -e '.[bench]'.

Trained as the tutorial trains it: the chance that two random records match from
deterministic rules (recall 0.8), u by random sampling, m by EM blocked on the birth date
and then on the postcode; pairs at a match probability of 0.99 or more are joined into
clusters, as in the tutorial.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import duckdb
import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from caseworker.linkage.fellegi_sunter import pairwise_quality

if TYPE_CHECKING:
    from benchmarks.linkage import DataSet, Outcome

THRESHOLD = 0.99


def _frame(data: DataSet) -> pd.DataFrame:
    """One row per record with the tutorial's columns (dates as ISO text)."""
    rows = []
    for index, r in enumerate(data.records):
        words = (r.address or "").replace(",", " ").split()
        number = words[0] if words and words[0][:1].isdigit() else None
        rows.append(
            {
                "unique_id": index,
                "given_name": r.given,
                "surname": r.family,
                "date_of_birth": r.birth_date.isoformat() if r.birth_date else None,
                "postcode": r.postcode,
                "street_number": number,
                "address_1": " ".join(words[1:3] if number else words[:2]) or None,
            }
        )
    return pd.DataFrame(rows)


def splink_febrl(data: DataSet) -> Outcome:
    """Splink's F1 and seconds on `data`; its log (every EM iteration) is silenced meanwhile."""
    logging.disable(logging.WARNING)
    try:
        return _run(data)
    finally:
        logging.disable(logging.NOTSET)


def _run(data: DataSet) -> Outcome:
    from benchmarks.linkage import Outcome

    frame = _frame(data)
    started = time.perf_counter()
    connection = duckdb.connect()
    connection.execute("SET threads = 1")
    db_api = DuckDBAPI(connection=connection)
    settings = SettingsCreator(
        link_type="link_only" if data.files else "dedupe_only",
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "surname"),
            CustomRule("l.given_name = r.surname and l.surname = r.given_name"),
            block_on("date_of_birth"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth",
                input_is_string=True,
                datetime_format="%Y-%m-%d",
                invalid_dates_as_null=True,
            ),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
                term_frequency_adjustments=True
            ),
        ],
    )
    if data.files:  # a linking task, as the tutorial runs FEBRL4: one table per file
        parts = [frame[[f == n for f in data.files]] for n in sorted(set(data.files))]
        linker = Linker([db_api.register(part) for part in parts], settings)
    else:
        linker = Linker(db_api.register(frame), settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "date_of_birth")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    for rule in ("date_of_birth", "postcode"):
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(rule), estimate_without_term_frequencies=True
        )
    predictions = linker.inference.predict(threshold_match_probability=0.2)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=THRESHOLD
    ).as_pandas_dataframe()
    seconds = time.perf_counter() - started
    ids = clusters["unique_id"].astype(int)
    label = dict(zip(ids, clusters["cluster_id"], strict=True))
    q = pairwise_quality([label.get(i, f"alone-{i}") for i in range(len(frame))], data.truth)
    return Outcome(q.precision, q.recall, q.f1, seconds)
