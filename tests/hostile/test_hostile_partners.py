"""Careless and hostile partner servers, over real HTTP on loopback (issue 20, items 2, 4, 5).

Each test serves one payload and checks what a user relies on: no credential or request is
sent off the partner's origin, nothing waits past the deadline, an oversized or absurdly
nested answer is refused at once, and one partner's failure leaves the others synced."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator

import pytest

from caseworker.errors import PartnerIncomplete, PartnerProtocolError, PartnerUnavailable
from caseworker.partners.auth import save_secret
from caseworker.partners.config import PartnerConfig
from caseworker.partners.connectors import connector_for
from caseworker.partners.http import RetryPolicy
from caseworker.partners.transport import Limits
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.hostile import HostileServer, _Handler

KEY = "secret-api-key-of-the-trust"
ONCE = RetryPolicy(attempts=1)
FAST = RetryPolicy(attempts=3, base_s=0.01, max_s=0.02)


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        server.routes["/fhir/metadata"] = lambda h: h.send(404, b"{}")
        yield server


@pytest.fixture
def accomplice() -> Iterator[HostileServer]:
    """Another origin that a hostile partner would like Caseworker to talk to."""
    with HostileServer() as server:
        server.routes["/steal"] = lambda h: h.send(200, b'{"resourceType":"Bundle"}')
        yield server


def _config(server: HostileServer, protocol: str = "fhir") -> PartnerConfig:
    save_secret("trust", KEY)
    base = f"{server.base_url}/fhir" if protocol == "fhir" else server.base_url
    return PartnerConfig("trust", "The Trust", "health", protocol, base, auth="api_key")


def _bundle(*ids: str, next_url: str | None = None, total: int | None = None) -> bytes:
    bundle: dict[str, object] = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            {"fullUrl": f"Patient/{i}", "resource": {"resourceType": "Patient", "id": i}}
            for i in ids
        ],
        "link": [{"relation": "next", "url": next_url}] if next_url else [],
    }
    if total is not None:
        bundle["total"] = total
    return json.dumps(bundle).encode()


def _pull(config: PartnerConfig, retry: RetryPolicy = ONCE, **limits: float) -> list[object]:
    connector = connector_for(config, retry=retry, limits=Limits(**limits))  # type: ignore[arg-type]
    return list(connector.pages(None))


def _leaked(server: HostileServer) -> int:
    return sum(1 for s in server.seen for v in s.headers.values() if KEY in v)


def test_a_redirect_to_another_host_is_refused_without_sending_the_key(
    hostile: HostileServer, accomplice: HostileServer
) -> None:
    target = f"{accomplice.base_url}/steal"
    hostile.routes["/fhir/Patient"] = lambda h: h.send(302, b"", {"Location": target})
    with pytest.raises(PartnerProtocolError, match="redirected Caseworker to another address"):
        _pull(_config(hostile), retry=FAST)
    assert accomplice.seen == [] and _leaked(accomplice) == 0
    assert len([s for s in hostile.seen if s.path.startswith("/fhir/Patient")]) == 1  # no retry


def test_a_redirect_within_the_partner_is_followed(hostile: HostileServer) -> None:
    hostile.routes["/fhir/Patient"] = lambda h: h.send(
        307, b"", {"Location": "/fhir/Patient-moved"}
    )
    hostile.routes["/fhir/Patient-moved"] = lambda h: h.send(200, _bundle("p1"))
    for kind in ("Condition", "Encounter", "Flag", "EpisodeOfCare", "CarePlan", "CareTeam"):
        hostile.routes[f"/fhir/{kind}"] = lambda h: h.send(200, _bundle())
    for kind in ("Consent", "RelatedPerson"):
        hostile.routes[f"/fhir/{kind}"] = lambda h: h.send(200, _bundle())
    pages = _pull(_config(hostile))
    assert sum(len(p.persons) for p in pages) == 1  # type: ignore[attr-defined]


def test_a_next_link_to_another_host_is_not_followed(
    hostile: HostileServer, accomplice: HostileServer
) -> None:
    target = f"{accomplice.base_url}/steal"
    hostile.routes["/fhir/Patient"] = lambda h: h.send(200, _bundle("p1", next_url=target))
    with pytest.raises(PartnerProtocolError, match="link to another address"):
        _pull(_config(hostile))
    assert accomplice.seen == []


def test_a_plain_http_next_link_from_a_proxy_is_not_followed(hostile: HostileServer) -> None:
    """A TLS partner behind a proxy that writes http:// links: never followed in clear."""
    from caseworker.partners.transport import OffOrigin, checked_url

    allowed = frozenset({("https", "fhir.trust.example", 443)})
    with pytest.raises(OffOrigin):
        checked_url(
            "http://fhir.trust.example/fhir/Patient?page=2", "https://fhir.trust.example/", allowed
        )
    assert checked_url("/fhir/Patient?page=2", "https://fhir.trust.example/fhir/Patient", allowed)


def test_a_next_link_that_loops_stops_the_partner_quickly(hostile: HostileServer) -> None:
    loop = f"{hostile.base_url}/fhir/Patient?page=2"
    hostile.routes["/fhir/Patient"] = lambda h: h.send(200, _bundle("p1", next_url=loop))
    with pytest.raises(PartnerIncomplete):
        _pull(_config(hostile))
    assert len(hostile.seen) < 6


def test_a_total_without_next_links_pages_by_offset_or_reports_incomplete(
    hostile: HostileServer,
) -> None:
    """The server says 380 and gives 200 with no next link, and ignores _offset: the sync is
    incomplete, and the page it did send carries a cursor that has not moved for Patient."""

    def patients(h: _Handler) -> None:
        h.send(200, _bundle(*[f"p{i}" for i in range(200)], total=380))

    hostile.routes["/fhir/Patient"] = patients
    connector = connector_for(_config(hostile), retry=ONCE)
    pages = connector.pages(None)
    first = next(pages)
    assert len(first.persons) == 200 and "Patient" not in json.loads(first.cursor)
    with pytest.raises(PartnerIncomplete, match="380"):
        next(pages)
    assert "_offset=200" in hostile.seen[-1].path


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_a_trickled_answer_is_cut_at_the_deadline(
    hostile: HostileServer, headers_too: bool
) -> None:
    body = _bundle("p1")
    hostile.routes["/fhir/Patient"] = lambda h: h.trickle(body, 0.2, headers_too)
    started = time.monotonic()
    with pytest.raises(PartnerUnavailable, match="took longer than"):
        _pull(_config(hostile), request_deadline_s=1.5)
    assert time.monotonic() - started < 8


def test_a_body_over_the_limit_is_refused_at_once(hostile: HostileServer) -> None:
    huge = b'{"resourceType":"Bundle","entry":[],"x":"' + b"a" * 3_000_000 + b'"}'
    hostile.routes["/fhir/Patient"] = lambda h: h.send(200, huge)
    with pytest.raises(PartnerProtocolError, match="larger than 1 MB"):
        _pull(_config(hostile), retry=FAST, max_body_bytes=1024 * 1024)
    assert len([s for s in hostile.seen if s.path.startswith("/fhir/Patient")]) == 1


def test_the_environment_proxy_is_not_used_for_partners(
    hostile: HostileServer, accomplice: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", accomplice.base_url)
    monkeypatch.setenv("http_proxy", accomplice.base_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    hostile.routes["/fhir/Patient"] = lambda h: h.send(200, _bundle())
    with pytest.raises(PartnerProtocolError):  # Condition is not served: 404
        _pull(_config(hostile))
    assert accomplice.seen == [] and hostile.seen


def test_deeply_nested_json_fails_one_partner_and_the_others_sync(
    store: Store, sandbox: SandboxNetwork, hostile: HostileServer
) -> None:
    nested = b'{"changes":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    hostile.routes["/agreements"] = lambda h: h.send(200, nested)
    hostile.routes["/changes"] = lambda h: h.send(200, nested)
    configure_partners(store, [*sandbox.partner_configs(), _config(hostile, "case")])
    apply_profile(store, DEMO_PROFILE)
    report = SyncService(store, retry=FAST).sync_all()
    by_id = {r.partner_id: r for r in report.results}
    assert by_id["trust"].error_code == "partner_protocol"
    assert "nested more deeply" in (by_id["trust"].error_message or "")
    others = [r for r in report.results if r.partner_id != "trust"]
    assert len(others) == 5 and all(r.ok and r.created > 0 for r in others)


def _police_like(server: HostileServer, **changes: object) -> PartnerConfig:
    """A Case Sharing partner on the hostile server that publishes the sandbox police's
    signed agreements (so its records may be stored), under the police's id and key."""
    from datetime import date

    import msgspec

    from caseworker.sandbox.agreements import build, public_key

    signed = build(7, date.today())["police"]
    body = json.dumps({"agreements": [msgspec.to_builtins(a) for a in signed]}).encode()
    server.routes["/agreements"] = lambda h: h.send(200, body)
    config = PartnerConfig(
        "police", "Hostile police", "police", "case", server.base_url, public_key(7, "police")
    )
    return dataclasses.replace(config, **changes)  # type: ignore[arg-type]


def _changes(*people: tuple[str, str]) -> bytes:
    changes = [
        {
            "type": "person",
            "id": pid,
            "version": 1,
            "updated": "2026-11-30T09:00:00+00:00",
            "data": {"given_name": "Ada", "family_name": family, "birth_date": "2015-03-01"},
        }
        for pid, family in people
    ]
    return json.dumps({"changes": changes, "cursor": "c1", "more": False}).encode()


def test_a_record_with_an_absurdly_long_text_is_quarantined_and_the_rest_kept(
    store: Store, hostile: HostileServer
) -> None:
    """A 5 MB surname used to be stored. Now the record goes to quarantine, naming the field
    and not its value, and its neighbour on the same page is read as usual."""
    from sqlalchemy import select

    from caseworker.store.models import QuarantinedRecord

    page = _changes(("p-long", "x" * 5_000_000), ("p-ok", "Okafor"))
    hostile.routes["/changes"] = lambda h: h.send(200, page)
    configure_partners(store, [_police_like(hostile)])
    apply_profile(store, DEMO_PROFILE)
    (result,) = SyncService(store, retry=FAST).sync_all().results
    assert result.error_code is None, result.error_message
    assert result.quarantined == 1 and result.fetched == 2 and result.created == 1
    with store.session() as session:
        (held,) = session.scalars(select(QuarantinedRecord)).all()
    assert held.reason_code == "value_too_long" and held.resource_ref == "Person/p-long"
    assert "family_name" in held.reason_detail and "x" * 100 not in held.payload


def test_a_partners_own_limits_are_kept_and_applied(
    store: Store, sandbox: SandboxNetwork, hostile: HostileServer
) -> None:
    """Limits set for one partner (`partners add --max-body-mb 1`) survive the store and
    bind that partner only; the sandbox partners sync under the defaults."""
    from caseworker.sync.partners import load_partners

    big = _changes(*[(f"p{i}", "Okafor" * 200) for i in range(1500)])
    assert 1024 * 1024 < len(big) < 64 * 1024 * 1024
    hostile.routes["/changes"] = lambda h: h.send(200, big)
    tight = _police_like(hostile, limits=Limits(max_body_bytes=1024 * 1024, max_string_chars=2000))
    others = [c for c in sandbox.partner_configs() if c.partner_id != "police"]
    configure_partners(store, [*others, tight])
    (kept,) = [c for c in load_partners(store) if c.partner_id == "police"]
    assert kept.limits == tight.limits
    apply_profile(store, DEMO_PROFILE)
    report = SyncService(store, retry=FAST).sync_all()
    by_id = {r.partner_id: r for r in report.results}
    assert "larger than 1 MB" in (by_id["police"].error_message or "")
    assert all(r.ok for pid, r in by_id.items() if pid != "police")


def test_limits_outside_what_makes_sense_are_refused_when_saved() -> None:
    from caseworker.partners.config import validate

    base = PartnerConfig("trust", "The Trust", "health", "fhir", "https://fhir.trust.example/r4")
    for limits in (Limits(max_body_bytes=10), Limits(request_deadline_s=0), Limits(max_pages=1)):
        with pytest.raises(ValueError, match="must be between"):
            validate(dataclasses.replace(base, limits=limits))
    validate(dataclasses.replace(base, limits=Limits(max_string_chars=5000)))


def test_cancelling_a_sync_ends_a_retry_after_wait_at_once(
    store: Store, hostile: HostileServer
) -> None:
    """A partner asks Caseworker to come back in 30 s (429, Retry-After). Closing the window
    cancels the sync: the back-off waits on the cancel token, not on time.sleep (issue 21)."""
    import threading

    from caseworker.sync.cancel import CancelToken

    hostile.routes["/changes"] = lambda h: h.send(429, b"{}", {"Retry-After": "30"})
    configure_partners(store, [_police_like(hostile)])
    apply_profile(store, DEMO_PROFILE)
    cancel = CancelToken()
    done: list[object] = []
    worker = threading.Thread(
        target=lambda: done.append(SyncService(store).sync_all(cancel=cancel)), daemon=True
    )
    worker.start()
    deadline = time.monotonic() + 10
    while not any(s.path.startswith("/changes") for s in hostile.seen):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    started = time.monotonic()
    cancel.cancel()
    worker.join(timeout=10)
    assert not worker.is_alive() and time.monotonic() - started < 5
    (report,) = done
    assert not report.results[0].ok  # type: ignore[attr-defined]
