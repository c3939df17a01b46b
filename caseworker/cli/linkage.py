"""`caseworker linkage evaluate FILE.csv --truth COLUMN`: the matcher on anyone's data.

Columns are recognised by common names (first name, surname, date of birth, sex, postcode,
address, city); `--map column=field` names others. The same matcher as the app clusters the
rows, and precision, recall and F1 of its pairs against the truth column are printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date, datetime
from typing import Any

import msgspec

from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import (
    Params,
    candidate_pairs,
    cluster,
    estimate,
    pairwise_quality,
)

ALIASES = {
    "given": ("given_name", "first_name", "firstname", "forename", "given"),
    "family": ("surname", "last_name", "lastname", "family_name", "family"),
    "birth_date": ("date_of_birth", "dob", "birth_date", "birthdate"),
    "sex": ("sex", "gender"),
    "postcode": ("postcode", "postal_code", "zip", "zipcode"),
    "address": ("address", "address_1", "address_line", "street", "street_address"),
    "city": ("city", "suburb", "town"),
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
    evaluate.add_argument("--json", action="store_true")


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


def run(args: argparse.Namespace) -> int:
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
                )
            )
            truth.append(row[args.truth])
    pairs = candidate_pairs(records)
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
