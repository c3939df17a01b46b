"""No value can stop a sync (issue 19, deliverable 4): arbitrary JSON values in any field of
every mapped FHIR resource type and every Case Sharing change, served by a real HTTP server
on loopback and synced into a real store. Every sync ends as synced (each record stored,
withheld or quarantined with a reason), never early, never "stopped unexpectedly".

The payloads are those of tests/core/test_fuzzed_payloads.py (sandbox records broken in up to
three places), here through the whole path: HTTP, decoding, mapping, the length limit, the
agreements and the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import msgspec
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from caseworker.agreements import authoring
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_codes import SYNCED_TYPES
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.agreements import build, public_key
from caseworker.services.agreements import import_agreement
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners, load_partners
from caseworker.sync.profile_change import apply_profile
from tests.core.test_fuzzed_payloads import CHANGES, RESOURCES, broken
from tests.support.hostile import HostileServer

EXAMPLES = 60
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is repeatable
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _json_only(payloads: list[bytes]) -> list[bytes]:
    """The broken records that are still JSON: a page that is not JSON at all is a protocol
    error of the whole page (tested elsewhere), not a value in a field."""
    kept = []
    for payload in payloads:
        try:
            json.loads(payload)
        except ValueError:
            continue
        kept.append(payload)
    return kept


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as running:
        running.routes["/fhir/metadata"] = lambda h: h.send(404, b"{}")
        yield running


def _fhir_partner(store: Store, server: HostileServer) -> None:
    key = authoring.new_key()
    config = PartnerConfig(
        "trust", "The Trust", "health", "fhir", f"{server.base_url}/fhir",
        authoring.public_of(key),
    )  # fmt: skip
    configure_partners(store, [config])
    apply_profile(store, DEMO_PROFILE)
    document = authoring.template("trust", "The Trust", "childrens-social-care", date.today())
    signed = authoring.signed_json(authoring.sign_document(document, key)).decode()
    import_agreement(store, "trust", signed)


@FAST
@given(payloads=st.lists(broken(RESOURCES), min_size=1, max_size=6))
def test_any_value_in_any_fhir_field_is_stored_or_quarantined(
    store: Store, server: HostileServer, payloads: list[bytes]
) -> None:
    entries = _json_only(payloads)
    assume(entries)
    body = (
        b'{"resourceType":"Bundle","type":"searchset","entry":['
        + b",".join(b'{"resource":' + e + b"}" for e in entries)
        + b"]}"
    )
    empty = b'{"resourceType":"Bundle","type":"searchset","entry":[]}'
    for rtype in SYNCED_TYPES:
        server.routes[f"/fhir/{rtype}"] = lambda h, b=empty: h.send(200, b)
    server.routes["/fhir/Patient"] = lambda h: h.send(200, body)
    if not load_partners(store):  # once per test: the agreement is imported with the partner
        _fhir_partner(store, server)
    (result,) = SyncService(store).sync_all().results
    assert result.error_code is None, result.error_message  # the sync ended as synced
    assert result.fetched <= len(entries)


@FAST
@given(payloads=st.lists(broken(CHANGES), min_size=1, max_size=6))
def test_any_value_in_any_case_sharing_field_is_stored_or_quarantined(
    store: Store, server: HostileServer, payloads: list[bytes]
) -> None:
    changes = _json_only(payloads)
    assume(changes)
    signed = build(7, date.today())["police"]
    agreements = json.dumps({"agreements": [msgspec.to_builtins(a) for a in signed]}).encode()
    page = b'{"changes":[' + b",".join(changes) + b'],"cursor":"c1","more":false}'
    server.routes["/agreements"] = lambda h: h.send(200, agreements)
    server.routes["/changes"] = lambda h: h.send(200, page)
    config = PartnerConfig(
        "police", "Police", "police", "case", server.base_url, public_key(7, "police")
    )
    configure_partners(store, [config])
    apply_profile(store, DEMO_PROFILE)
    (result,) = SyncService(store).sync_all().results
    assert result.error_code is None, result.error_message
    assert result.fetched <= len(changes)
