"""A real FHIR R4 server for the tests: Medplum's FHIR router and in-memory repository (npm
packages, installed by name) behind `server.mjs`, a small loopback HTTP wrapper of ours.

`python -m tests.support.fhir_server prepare` (run by `make test`) installs the packages and
fetches the official HL7 R4 examples (`hl7.fhir.r4.examples@4.0.1`, CC0) into a cache
outside the repository: $CASEWORKER_TEST_CACHE, or ~/.cache/caseworker-tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

HERE = Path(__file__).resolve().parent
EXAMPLES = "hl7.fhir.r4.examples@4.0.1"
SYNTHEA = HERE.parents[3] / "shared" / "fixtures" / "fhir" / "synthea"
"""Four Synthea patients, beside the project (never copied into it: ../shared/fixtures)."""
HL7_TYPES = ("Patient", "Condition", "Encounter", "Flag", "EpisodeOfCare", "CarePlan")
"""The HL7 examples loaded: the types Caseworker reads that the examples have."""


def cache() -> Path:
    default = Path.home() / ".cache" / "caseworker-tests"
    return Path(os.environ.get("CASEWORKER_TEST_CACHE", default))


def _stamp() -> str:
    text = (HERE / "package.json").read_bytes() + (HERE / "server.mjs").read_bytes()
    return hashlib.sha256(text).hexdigest()[:12]


def server_dir() -> Path:
    return cache() / f"fhir-server-{_stamp()}"


def examples_dir() -> Path:
    return cache() / "hl7.fhir.r4.examples-4.0.1" / "package"


def ready() -> str | None:
    """None when the server and examples are prepared; else why not."""
    if shutil.which("node") is None:
        return "Node.js is not installed (make test installs it)"
    if not (server_dir() / "node_modules" / "@medplum" / "fhir-router").is_dir():
        return "the FHIR server is not prepared: run python -m tests.support.fhir_server prepare"
    if not examples_dir().is_dir():
        return "the HL7 examples are not prepared: run python -m tests.support.fhir_server prepare"
    return None


def skip_unless_ready(*needs: Path) -> pytest.MarkDecorator:
    """Skip where the server or a fixture folder is absent (a clone outside CI); under
    `make test` (CASEWORKER_REQUIRE_TEST_SERVERS=1) fail instead, so CI never skips them."""
    problem = ready() or next((f"{p} is absent" for p in needs if not p.is_dir()), None)
    if problem and os.environ.get("CASEWORKER_REQUIRE_TEST_SERVERS") == "1":
        raise RuntimeError(f"make test needs the real FHIR server: {problem}")
    return pytest.mark.skipif(problem is not None, reason=problem or "")


def prepare() -> None:
    folder = server_dir()
    if not (folder / "node_modules" / "@medplum" / "fhir-router").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "server.mjs"):
            shutil.copy(HERE / name, folder / name)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--silent"],
            cwd=folder,
            check=True,
        )
    target = examples_dir()
    if not target.is_dir():
        work = target.parent
        work.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "pack", EXAMPLES, "--silent"],
            cwd=work,
            check=True,
            capture_output=True,
            text=True,
        )
        archive = work / done.stdout.strip().splitlines()[-1]
        with tarfile.open(archive) as tar:
            tar.extractall(work, filter="data")
        archive.unlink()


class FhirServer:
    """A running server: its base URL, and plain FHIR REST calls to load and change data."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        self.http.trust_env = False

    def call(self, method: str, path: str, body: Any = None) -> Any:
        response = self.http.request(
            method,
            f"{self.base_url}/{path}".rstrip("/"),
            json=body,
            headers={"Content-Type": "application/fhir+json"},
            timeout=60,
        )
        assert response.status_code < 300, (response.status_code, response.text[:500])
        return response.json() if response.content else None

    def transaction(self, bundle: dict[str, Any]) -> Any:
        return self.call("POST", "", bundle)

    def put(self, resource: dict[str, Any]) -> Any:
        return self.call("PUT", f"{resource['resourceType']}/{resource['id']}", resource)

    def delete(self, rtype: str, rid: str) -> None:
        self.call("DELETE", f"{rtype}/{rid}")

    def search(self, rtype: str, **params: str) -> Any:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return self.call("GET", f"{rtype}?{query}" if query else rtype)


@contextmanager
def running(next_links: bool = False) -> Iterator[FhirServer]:
    args = ["node", "server.mjs", *(["--next-links"] if next_links else [])]
    process = subprocess.Popen(
        args, cwd=server_dir(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(process.stderr.read() if process.stderr else "no output")
        port = json.loads(line)["port"]
        yield FhirServer(f"http://127.0.0.1:{port}/fhir/R4")
    finally:
        process.terminate()
        process.wait(timeout=10)


def load_examples(server: FhirServer) -> int:
    """Load the Synthea patients and the HL7 R4 examples of HL7_TYPES; returns how many
    resources were sent."""
    sent = 0
    for bundle in sorted(SYNTHEA.glob("*.json")):
        data = json.loads(bundle.read_text(encoding="utf-8"))
        server.transaction(data)
        sent += len(data.get("entry", []))
    for rtype in HL7_TYPES:
        for path in sorted(examples_dir().glob(f"{rtype}-*.json")):
            resource = json.loads(path.read_text(encoding="utf-8"))
            if resource.get("resourceType") == rtype and resource.get("id"):
                server.put(resource)
                sent += 1
    return sent
