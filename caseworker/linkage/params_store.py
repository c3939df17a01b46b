"""Where the matcher's parameters come from: the store's own estimate, a file, or defaults.

`python main.py linkage estimate` runs expectation maximisation over the store's candidate
pairs and keeps the result in the store's settings; `linkage params --load FILE` takes
parameters from a JSON file (m, u, prior, link_at, review_at), for an organisation that
tunes them centrally. Sync uses whatever is kept, else the defaults.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import CaseworkerError
from caseworker.linkage.blocking import candidate_pairs
from caseworker.linkage.compare import COMPARATORS
from caseworker.linkage.fellegi_sunter import Params
from caseworker.linkage.pool import PERSON_COLUMNS, to_fields
from caseworker.store.models import Setting, SourcePerson

KEY = "linkage-params"
MAX_PAIRS = 200_000
"""EM runs on at most this many candidate pairs (a random sample beyond): plenty for ~40
numbers, and it keeps the estimate to seconds on a large store."""


class BadParams(CaseworkerError):
    code = "bad_linkage_params"


def to_json(params: Params) -> dict[str, Any]:
    return {
        "m": params.m,
        "u": params.u,
        "prior": params.prior,
        "link_at": params.link_at,
        "review_at": params.review_at,
    }


def from_json(data: Any) -> Params:
    """Validated parameters: every field and level present, probabilities in (0, 1)."""
    try:
        m, u = data["m"], data["u"]
        for table in (m, u):
            for name, (_, levels) in COMPARATORS.items():
                for level in levels:
                    if not 0 < float(table[name][level]) < 1:
                        raise ValueError(f"{name}.{level} is not a probability")
        params = Params(
            {k: {lv: float(x) for lv, x in v.items()} for k, v in m.items()},
            {k: {lv: float(x) for lv, x in v.items()} for k, v in u.items()},
            float(data.get("prior", 0.05)),
            float(data.get("link_at", 0.99)),
            float(data.get("review_at", 0.5)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise BadParams(
            "These linkage parameters cannot be used ({error}).",
            hint="A parameters file holds m and u for every field and level; "
            "export the current ones with 'linkage params --export FILE' to see the shape.",
            error=error,
        ) from None
    if not 0 < params.review_at <= params.link_at < 1 or not 0 < params.prior < 1:
        raise BadParams(
            "The thresholds must satisfy 0 < review_at <= link_at < 1, and the prior lie "
            "between 0 and 1."
        )
    return params


def load_params(session: Session) -> Params:
    row = session.get(Setting, KEY)
    return from_json(json.loads(row.value)) if row is not None else Params()


def save_params(session: Session, params: Params) -> None:
    value = json.dumps(to_json(params), sort_keys=True)
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value


def read_params_file(path: Path) -> Params:
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as error:
        raise BadParams("The parameters file could not be read ({error}).", error=error) from None


def estimate_from_store(session: Session, seed: int = 1) -> tuple[Params, int]:
    """EM over the store's blocked candidate pairs. Returns the parameters and pairs used."""
    from caseworker.linkage.estimation import estimate  # numpy: not at the window's start

    records = [
        to_fields(row) for row in session.execute(select(*PERSON_COLUMNS).order_by(SourcePerson.id))
    ]
    pairs = sorted(candidate_pairs(records))
    if len(pairs) > MAX_PAIRS:
        pairs = random.Random(seed).sample(pairs, MAX_PAIRS)
    current = load_params(session)
    return estimate(records, pairs, start=current), len(pairs)
