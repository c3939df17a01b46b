"""docs/partners.md, followed to the letter on a fresh profile against a real FHIR server
(issue 19, deliverable 7): every `python main.py …` command on that page is run in order,
with the page's placeholders filled in, and each does what the page says it does."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.support import fhir_server

pytestmark = fhir_server.skip_unless_ready(fhir_server.SYNTHEA)

PAGE = ROOT / "docs" / "partners.md"


def commands() -> list[list[str]]:
    """The page's commands for Caseworker, in order (the server's own are run by the test)."""
    blocks = re.findall(r"```sh\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("python main.py ")]


def test_the_page_names_the_whole_walk() -> None:
    actions = [" ".join(c[2:4]) for c in commands()]
    assert actions == [
        "agreements keygen",
        "agreements template",
        "agreements sign",
        "profile set",
        "partners add",
        "partners test",
        "agreements import",
        "partners test",
        "sync",
        "search Wiegand",
    ]


def test_following_the_page_on_a_fresh_profile(home_env: dict[str, str], tmp_path: Path) -> None:
    work = tmp_path / "dpo-and-admin"
    work.mkdir()
    with fhir_server.running() as server:
        fhir_server.load_examples(server)
        public_key = ""
        outputs = []
        for command in commands():
            filled = [
                server.base_url if a == "<base-url>" else public_key if a == "<public-key>" else a
                for a in command
            ]
            argv = [sys.executable, str(ROOT / "main.py"), *filled[2:]]
            done = subprocess.run(
                argv, cwd=work, env=home_env, capture_output=True, text=True, timeout=180
            )
            outputs.append(done)
            if filled[2:4] == ["agreements", "keygen"]:
                public_key = done.stdout.strip().splitlines()[-1]
        again = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "sync"],
            cwd=work, env=home_env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip

    keygen, template, sign, profile, add, early, imported, tested, sync, search = outputs
    for step in (keygen, template, sign, profile, add, imported, tested, sync, search, again):
        assert step.returncode == 0, [*step.args[2:], step.stdout, step.stderr]
    assert (work / "riverside-dpo.pem").stat().st_mode & 0o777 == 0o600
    assert early.returncode == 1 and "no data-sharing agreement from it is held" in early.stdout
    assert "agreements import FILE --partner riverside-gp" in early.stdout
    assert "riverside-gp-safeguarding v1" in imported.stdout and "active" in imported.stdout
    assert "Ready to sync." in tested.stdout
    patient = next(line for line in tested.stdout.splitlines() if "Patient" in line)
    assert "0 withheld" in patient and "not_a_person" in patient  # the HL7 example's dog
    assert " ok" in sync.stdout and "0 new" not in sync.stdout
    assert "Luigi Wiegand" in search.stdout and "20/10/2020" in search.stdout
    assert "0 new" in again.stdout and "0 changed" in again.stdout  # nothing changed
