"""Sync against the sandbox's real loopback servers: counts, increments, faults, quarantine."""

from __future__ import annotations

from sqlalchemy import func, select

from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import QuarantinedRecord, Relationship, SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncReport, SyncService
from caseworker.sync.partners import load_cursor
from caseworker.sync.profile_change import apply_profile


def _served(network: SandboxNetwork) -> dict[str, int]:
    return {
        pid: len(d.persons)
        + len(d.items)
        + len(d.consents)
        + len(d.relationships)
        + len(d.contacts)
        for pid, d in network.data.items()
    }


def _held(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(SourcePerson)) or 0,
            s.scalar(select(func.count()).select_from(SourceItem)) or 0,
        )


def test_first_sync_pulls_everything_every_partner_shares(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, network, report = synced
    assert {r.partner_id: r.fetched for r in report.results} == _served(network)
    # Every person and record is either stored or withheld by minimisation, never lost.
    served = _served(network)
    for r in report.results:
        assert r.created + r.withheld == served[r.partner_id]
    consents = sum(len(d.consents) for d in network.data.values())
    with store.session() as s:
        relationships = s.scalar(select(func.count()).select_from(Relationship)) or 0
    assert relationships > 0
    contacts = sum(len(d.contacts) for d in network.data.values())
    assert contacts == 3  # the council's front door
    assert sum(_held(store)) + consents + relationships + contacts == sum(
        r.created for r in report.results
    )
    withheld = {r.partner_id: r.withheld for r in report.results}
    assert withheld["police"] > 0  # warning markers are shared with nobody
    assert withheld["nhs-trust"] > 0  # routine conditions such as asthma are not shared
    assert withheld["childrens-social-care"] == 0  # the profile's own organisation
    assert all(load_cursor(store, pid) for pid in network.data)


def test_second_sync_fetches_only_what_changed(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, network, _ = synced
    again = SyncService(store).sync_all()
    assert [r.fetched - r.unchanged for r in again.results] == [0] * 5
    # Only the FHIR cursors' overlap comes back: each resource type's cursor starts 2 s early
    # and the sandbox stamps its first load a second apart, so at most 2 records per type.
    health = network.data["nhs-trust"]
    fhir_types = {i.fhir_type for i in health.items} | {"Patient", "Consent", "RelatedPerson"}
    assert sum(r.unchanged for r in again.results) <= 2 * len(fhir_types)
    changed = network.advance(12)
    after = SyncService(store).sync_all()
    new = {r.partner_id: r.fetched - r.unchanged for r in after.results}
    assert {p: n for p, n in new.items() if n} == dict(changed)
    with store.session() as s:
        withdrawn = s.scalar(
            select(func.count())
            .select_from(SourceItem)
            .where(SourceItem.source_id.in_(network.withdrawn))
        )
    assert withdrawn == 0


def test_a_partner_that_is_down_fails_alone_and_loses_nothing(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, network, _ = synced
    held = _held(store)
    cursor = load_cursor(store, "police")
    changed = network.advance(10)
    network.servers["police"].faults.fail_requests = 100
    report = SyncService(store).sync_all()
    police = next(r for r in report.results if r.partner_id == "police")
    assert police.error_code == "partner_unavailable"
    assert "Constabulary" in (police.error_message or "") and "503" in (police.error_message or "")
    assert all(r.ok for r in report.results if r.partner_id != "police")
    assert load_cursor(store, "police") == cursor
    assert _held(store)[0] >= held[0]
    network.servers["police"].faults.fail_requests = 0
    resumed = SyncService(store).sync_all()
    police = next(r for r in resumed.results if r.partner_id == "police")
    assert police.fetched - police.unchanged == changed["police"]


def test_malformed_records_go_to_quarantine_and_the_rest_lands(
    store: Store, sandbox: SandboxNetwork
) -> None:
    from caseworker.sync.partners import configure_partners

    sandbox.feeds["school"].put_raw(
        "person",
        "SCH-BAD1",
        '{"type":"person","id":"SCH-BAD1","updated":"2026-11-01T00:00:00+00:00",'
        '"data":{"given_name":"Zed","birth_date":"2015-02-31"}}',
    )
    sandbox.feeds["school"].put_raw(
        "record",
        "SCH-BAD2",
        '{"type":"record","id":"SCH-BAD2","updated":"2026-11-01T00:00:00+00:00",'
        '"data":{"person_id":"SCH-0000001","kind":"rumour","category":"x","title":"t"}}',
    )
    sandbox.feeds["nhs-trust"].put_raw(
        "Patient",
        "BAD3",
        '{"resourceType":"Patient","id":"BAD3","meta":{"lastUpdated":"2026-11-01T00:00:00+00:00"},'
        '"identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9990000001"}]}',
    )
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    report = SyncService(store).sync_all()
    assert report.ok
    by_id = {r.partner_id: r for r in report.results}
    assert by_id["school"].quarantined == 2 and by_id["nhs-trust"].quarantined == 0
    school = sandbox.data["school"]
    assert by_id["school"].created + by_id["school"].withheld == len(school.persons) + len(
        school.items
    )
    with store.session() as s:
        rows = {q.resource_ref: q for q in s.scalars(select(QuarantinedRecord))}
    assert rows["person/SCH-BAD1"].reason_code == "invalid_record"
    assert "birth_date" in rows["person/SCH-BAD1"].reason_detail
    assert "kind" in rows["record/SCH-BAD2"].reason_detail
    for row in rows.values():  # reasons name the field, never the value
        assert "Zed" not in row.reason_detail
    # An NHS number failing its check digit is kept as unverified, and never linked on.
    with store.session() as s:
        bad = s.scalars(select(SourcePerson).where(SourcePerson.source_id == "BAD3")).one()
        assert bad.nhs_number is None and bad.nhs_number_unverified == "9990000001"
        others = s.scalars(
            select(SourcePerson).where(SourcePerson.citizen_id == bad.citizen_id)
        ).all()
    assert [p.source_id for p in others] == ["BAD3"]


def test_records_are_linked_on_nhs_number_across_partners(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, _network, _ = synced
    with store.session() as s:
        rows = s.execute(
            select(SourcePerson.nhs_number, SourcePerson.citizen_id).where(
                SourcePerson.nhs_number.is_not(None)
            )
        ).all()
    citizens_by_nhs: dict[str, set[int | None]] = {}
    for number, citizen in rows:
        citizens_by_nhs.setdefault(number, set()).add(citizen)
    assert all(len(c) == 1 and None not in c for c in citizens_by_nhs.values())
    assert sum(1 for n, c in citizens_by_nhs.items() if sum(1 for r in rows if r[0] == n) > 1) > 50
