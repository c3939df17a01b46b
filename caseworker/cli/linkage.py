"""`linkage evaluate FILE.csv --truth COLUMN`: the matcher on anyone's data; and the
store's matcher: `linkage estimate` (EM on its own records), `linkage params`, `linkage review`.

Columns are recognised by common names (first name, surname, date of birth, sex, postcode,
address, city, email); `--map column=field` names others. The same matcher as the app clusters the
rows, and precision, recall and F1 of its pairs against the truth column are printed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import msgspec

from caseworker.linkage.blocking import candidate_pairs
from caseworker.linkage.clustering import cluster
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params, pairwise_quality
from caseworker.linkage.params_store import (
    KEY,
    estimate_from_store,
    load_params,
    read_params_file,
    save_params,
    to_json,
)
from caseworker.services.linkage import review_queue
from caseworker.store.models import Setting

ALIASES = {
    "given": ("given_name", "first_name", "firstname", "forename", "given"),
    "family": ("surname", "last_name", "lastname", "family_name", "family"),
    "birth_date": ("date_of_birth", "dob", "birth_date", "birthdate"),
    "sex": ("sex", "gender"),
    "postcode": ("postcode", "postal_code", "zip", "zipcode"),
    "address": ("address", "address_1", "address_line", "street", "street_address"),
    "city": ("city", "suburb", "town"),
    "email": ("email", "email_address", "e_mail", "e-mail"),
}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y%m%d", "%d-%m-%Y")


def add_arguments(commands: Any) -> None:
    linkage = commands.add_parser("linkage", help="check the record matcher on a file of people")
    actions = linkage.add_subparsers(dest="linkage_command", metavar="ACTION", required=True)
    evaluate = actions.add_parser(
        "evaluate", help="precision, recall and F1 against a truth column"
    )
    evaluate.add_argument("file")
    evaluate.add_argument("--truth", required=True, help="the column naming the real person")
    evaluate.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"read COLUMN as FIELD (one of {', '.join(ALIASES)})",
    )
    evaluate.add_argument(
        "--default-params",
        action="store_true",
        help="skip estimating the parameters from the file (EM)",
    )
    evaluate.add_argument("--params", metavar="FILE", help="use parameters from a JSON file")
    evaluate.add_argument("--json", action="store_true")
    estimate_cmd = actions.add_parser(
        "estimate", help="estimate the matcher's parameters from the store's own records (EM)"
    )
    estimate_cmd.add_argument("--json", action="store_true")
    params = actions.add_parser("params", help="show, export, load or reset the parameters")
    which = params.add_mutually_exclusive_group()
    which.add_argument("--export", metavar="FILE", help="write the parameters in use to FILE")
    which.add_argument("--load", metavar="FILE", help="use the parameters in FILE from now on")
    which.add_argument("--reset", action="store_true", help="go back to the built-in defaults")
    review = actions.add_parser("review", help="list the pairs waiting for a person to decide")
    review.add_argument("--json", action="store_true")


def _date(value: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _columns(header: list[str], mapping: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    lowered = {h.strip().lower(): h for h in header}
    for name, aliases in ALIASES.items():
        column = next((lowered[a] for a in aliases if a in lowered), None)
        if column:
            found[name] = column
    for item in mapping:
        column, _, name = item.partition("=")
        if name not in ALIASES or column not in header:
            raise ValueError(f"Cannot map {item!r}: use COLUMN=FIELD with a column of the file.")
        found[name] = column
    return found


def run(args: argparse.Namespace, open_store: Any) -> int:
    if args.linkage_command == "evaluate":
        return _evaluate(args)
    with open_store(args) as store:
        if args.linkage_command == "estimate":
            with store.session() as session:
                params, used = estimate_from_store(session)
                save_params(session, params)
            weights = {
                f"{name}.{level}": round(params.weight(name, level), 2)
                for name, levels in params.m.items()
                for level in levels
            }
            _emit(args, {"pairs_used": used, "prior": round(params.prior, 4), "weights": weights})
            if not args.json:
                print(f"Estimated from {used} candidate pairs and saved; sync uses them now.")
            return 0
        if args.linkage_command == "params":
            with store.session() as session:
                if args.load:
                    save_params(session, read_params_file(Path(args.load)))
                    print(f"Parameters loaded from {args.load}; sync uses them now.")
                elif args.reset:
                    row = session.get(Setting, KEY)
                    if row is not None:
                        session.delete(row)
                    print("Back to the built-in parameters.")
                else:
                    text = json.dumps(to_json(load_params(session)), indent=2, sort_keys=True)
                    if args.export:
                        Path(args.export).write_text(text + "\n", encoding="utf-8")
                        print(f"Parameters written to {args.export}.")
                    else:
                        print(text)
            return 0
        queue = review_queue(store)
    rows = [
        {
            "pair": c.pair_id,
            "probability": round(c.probability, 4),
            "records": [
                f"{c.left.partner}:{c.left.source_id}",
                f"{c.right.partner}:{c.right.source_id}",
            ],
            "fields": {x.field: [x.level, round(x.weight, 2)] for x in c.contributions},
        }
        for c in queue
    ]
    if args.json:
        _emit(args, rows)
    elif not rows:
        print("Nothing waits for review.")
    else:
        for line in rows:
            records = " and ".join(line["records"])  # type: ignore[arg-type]
            print(f"{line['pair']:>6}  {line['probability']:.2%}  {records}")
    return 0


def _emit(args: argparse.Namespace, value: object) -> None:
    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(value), indent=2).decode() + "\n")


def _evaluate(args: argparse.Namespace) -> int:
    with open(args.file, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        if args.truth not in header:
            sys.stderr.write(f"The file has no column {args.truth!r}.\n")
            return 2
        try:
            columns = _columns(list(header), args.map)
        except ValueError as exc:
            sys.stderr.write(f"{exc}\n")
            return 2
        records, truth = [], []
        for row in reader:

            def get(name: str, row: dict[str, str] = row) -> str | None:
                return (row.get(columns[name]) or "").strip() or None if name in columns else None

            address = ", ".join(filter(None, (get("address"), get("city")))) or None
            born = get("birth_date")
            records.append(
                PersonFields(
                    get("given"),
                    get("family"),
                    _date(born) if born else None,
                    get("sex"),
                    get("postcode"),
                    address,
                    get("email"),
                )
            )
            truth.append(row[args.truth])
    pairs = candidate_pairs(records)
    if args.params:
        params = read_params_file(Path(args.params))
    else:
        from caseworker.linkage.estimation import estimate  # numpy: not at every start

        params = Params() if args.default_params else estimate(records, pairs)
    quality = pairwise_quality(cluster(records, params, pairs), truth)
    result = {
        "records": len(records),
        "candidate_pairs": len(pairs),
        "columns": columns,
        "precision": round(quality.precision, 4),
        "recall": round(quality.recall, 4),
        "f1": round(quality.f1, 4),
        "true_pairs": quality.true_pairs,
        "predicted_pairs": quality.predicted_pairs,
    }
    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result), indent=2).decode() + "\n")
    else:
        print(
            f"{len(records)} records, {len(pairs)} candidate pairs; columns used: "
            f"{', '.join(f'{k}={v}' for k, v in columns.items())}"
        )
        print(
            f"precision {quality.precision:.3f}  recall {quality.recall:.3f}  F1 {quality.f1:.3f}"
        )
    return 0
