"""`linkage evaluate` runs the matcher on a CSV of people and scores it against the truth."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from caseworker.sandbox.network import SandboxNetwork
from tests.conftest import ROOT


def test_evaluate_a_csv_of_people_with_a_truth_column(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    network = SandboxNetwork(seed=5, people=300)
    path = tmp_path / "people.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["ref", "Forename", "Surname", "dob", "gender", "zip", "home", "email", "person"]
        )
        for data in network.data.values():
            for p in data.persons:
                writer.writerow(
                    [
                        p.source_id,
                        p.given,
                        p.family,
                        p.birth_date.strftime("%d/%m/%Y"),
                        p.sex,
                        p.postcode,
                        p.address,
                        f"person{p.pid}@example.org" if p.pid % 3 == 0 else "",
                        p.pid,
                    ]
                )
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "linkage",
            "evaluate",
            str(path),
            "--truth",
            "person",
            "--map",
            "home=address",
            "--json",
        ],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["columns"] == {
        "given": "Forename",
        "family": "Surname",
        "birth_date": "dob",
        "sex": "gender",
        "postcode": "zip",
        "address": "home",
        "email": "email",
    }
    assert result["precision"] >= 0.97 and result["recall"] >= 0.85
    missing = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "linkage", "evaluate", str(path), "--truth", "x"],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 2 and "no column 'x'" in missing.stderr
