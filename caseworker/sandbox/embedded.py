"""The sandbox as the app uses it with --demo: a running one on the default ports, or our own."""

from __future__ import annotations

import contextlib

import requests

from caseworker.partners.config import PartnerConfig
from caseworker.sandbox.defaults import DEFAULT_PEOPLE, DEFAULT_PORT_BASE, DEFAULT_SEED
from caseworker.sandbox.network import SandboxNetwork
from caseworker.sandbox.records import SPECS


def running_sandbox(
    host: str = "127.0.0.1", base_port: int = DEFAULT_PORT_BASE
) -> list[PartnerConfig] | None:
    """The partners of a sandbox already serving on the default ports, if one answers."""
    configs = []
    for index, spec in enumerate(SPECS, start=1):
        root = f"http://{host}:{base_port + index}"
        try:
            info = requests.get(f"{root}/_sandbox/info", timeout=0.5).json()
        except (requests.RequestException, ValueError):
            return None
        if info.get("id") != spec.partner_id:
            return None
        path = "/fhir" if spec.protocol == "fhir" else "/api/v1"
        agreements = root + ("/agreements" if spec.protocol == "fhir" else "/api/v1/agreements")
        configs.append(
            PartnerConfig(
                spec.partner_id,
                spec.name,
                spec.agency,
                spec.protocol,
                root + path,
                info.get("public_key"),
                agreements,
            )
        )
    return configs


class DemoPartners(contextlib.AbstractContextManager["DemoPartners"]):
    """Partner configs for a demo, and the embedded network that serves them if we started one."""

    def __init__(
        self,
        seed: int = DEFAULT_SEED,
        people: int = DEFAULT_PEOPLE,
        port_base: int = DEFAULT_PORT_BASE,
    ) -> None:
        self.network: SandboxNetwork | None = None
        found = running_sandbox(base_port=port_base) if port_base else None
        if found is not None:
            self.configs = found
        else:
            self.network = SandboxNetwork(seed, people).start()
            self.configs = self.network.partner_configs()

    def __exit__(self, *_exc: object) -> None:
        if self.network is not None:
            self.network.stop()
