"""Syncing a FHIR server that nobody here wrote (issue 19): Medplum's FHIR router on loopback,
loaded with Synthea patients (../shared/fixtures) and the official HL7 R4 examples.

The server gives searchsets a `total` and no `next` link, publishes no CapabilityStatement
and has no type-level history: so these tests show paging by `_offset`, deletions found by
reconciling ids, and agreements that come from outside the FHIR API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from caseworker.partners import fhir
from caseworker.partners.config import PartnerConfig
from caseworker.partners.connectors import connector_for
from caseworker.partners.fhir import FhirConnector
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from tests.support import fhir_server
from tests.support.fhir_partner import trust_partner

SYNTHEA = fhir_server.SYNTHEA

pytestmark = fhir_server.skip_unless_ready(SYNTHEA)


def _load(server: fhir_server.FhirServer) -> None:
    fhir_server.load_examples(server)


@pytest.fixture(scope="module")
def _loaded() -> Iterator[fhir_server.FhirServer]:
    with fhir_server.running() as server:
        _load(server)
        yield server


def _total(server: fhir_server.FhirServer, rtype: str) -> int:
    return int(server.search(rtype, _count="0", _total="accurate").get("total", 0))


def _partner(store: Store, base_url: str) -> PartnerConfig:
    return trust_partner(store, base_url)


def _count(store: Store, model: type, **where: str) -> int:
    with store.session() as s:
        query = select(func.count()).select_from(model).where(model.partner_id == "trust")  # type: ignore[attr-defined]
        for prefix in where.values():
            query = query.where(model.source_id.startswith(prefix))  # type: ignore[attr-defined]
        return s.scalar(query) or 0


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 10, so that every type takes several pages (the fixtures are small)."""
    monkeypatch.setattr(fhir, "PAGE_SIZE", 10)
    monkeypatch.setattr(fhir, "ROSTER_PAGE_SIZE", 10)


def test_every_resource_arrives_though_the_server_gives_no_next_links(
    _loaded: fhir_server.FhirServer, store: Store
) -> None:
    server = _loaded
    config = _partner(store, server.base_url)
    encounters = _total(server, "Encounter")
    assert encounters > 10  # several pages: paged by _offset, as no next link is given
    pages = list(connector_for(config).pages(None))
    received = {i.source_id for p in pages for i in p.items if i.source_id.startswith("Encounter/")}
    rejected = [r for p in pages for r in p.rejected if r.resource_ref.startswith("Encounter/")]
    assert len(received) + len(rejected) == encounters
    report = SyncService(store).sync_all()
    assert report.ok, [r.error_message for r in report.results]
    (result,) = report.results
    assert _count(store, SourcePerson) + result.quarantined >= _total(server, "Patient") - 1
    again = SyncService(store).sync_all()
    assert again.ok and again.results[0].created == again.results[0].updated == 0


def test_an_update_and_deletions_arrive(_loaded: fhir_server.FhirServer, store: Store) -> None:
    server = _loaded
    _partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    patient = server.search("Patient", family="Chalmers")["entry"][0]["resource"]
    patient["name"][0]["family"] = "Chalmers-Renamed"
    server.put(patient)
    with store.session() as s:
        held = s.scalars(select(SourceItem.source_id).where(SourceItem.partner_id == "trust"))
        item = next(iter(held), None)
    assert item is not None
    item_type, item_id = item.split("/", 1)

    def reconciling(config: PartnerConfig) -> FhirConnector:
        connector = connector_for(config)
        assert isinstance(connector, FhirConnector)
        connector.reconcile_every = timedelta(0)
        return connector

    report = SyncService(store, connector_factory=reconciling).sync_all()
    assert report.ok and report.results[0].updated >= 1
    with store.session() as s:
        assert (
            s.scalar(
                select(SourcePerson.family_name).where(SourcePerson.source_id == patient["id"])
            )
            == "Chalmers-Renamed"
        )
    server.delete(item_type, item_id)
    server.delete("Patient", patient["id"])
    report = SyncService(store, connector_factory=reconciling).sync_all()
    assert report.ok and report.results[0].deleted >= 2
    assert _count(store, SourceItem, prefix=item) == 0
    with store.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(SourcePerson)
                .where(SourcePerson.source_id == patient["id"])
            )
            == 0
        )
    server.put(patient)  # put back for the other tests of this module


def test_a_server_with_next_links_gives_the_same_records(store: Store) -> None:
    with fhir_server.running(next_links=True) as server:
        _load(server)
        _partner(store, server.base_url)
        report = SyncService(store).sync_all()
        assert report.ok
        assert _count(store, SourceItem, prefix="Encounter/") > 0
        held = _count(store, SourceItem)
    assert held > 10


UK_CORE_STATUS = (
    "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"
)


def _nhs(value: str, status: str | None = None) -> dict[str, object]:
    identifier: dict[str, object] = {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": value}
    if status is not None:
        coding = {
            "system": "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
            "code": status,
        }
        identifier["extension"] = [
            {"url": UK_CORE_STATUS, "valueCodeableConcept": {"coding": [coding]}}
        ]
    return identifier


def test_every_name_is_searchable_and_every_number_held_is_shown(
    _loaded: fhir_server.FhirServer, store: Store
) -> None:
    """Maiden and other names find the person; a number that fails the check (UK Core's own
    example 9912003890) and a valid one the partner has not traced are both kept unverified,
    never used to link, and shown as such in the person's view and the subject access report."""
    from caseworker.exports.produce import subject_access
    from caseworker.views.citizen import citizen_view
    from caseworker.views.search import search

    server = _loaded
    mother = {
        "resourceType": "Patient",
        "id": "uk-core-mother",
        "identifier": [_nhs("9912003890")],
        "name": [
            {"use": "official", "family": "Evans", "given": ["Mary"]},
            {"use": "maiden", "family": "Pritchard", "given": ["Mary"]},
            {"use": "nickname", "given": ["Molly"]},
        ],
        "birthDate": "1990-02-14",
    }
    child = {
        "resourceType": "Patient",
        "id": "uk-core-child",
        "identifier": [_nhs("943 476 5919", status="02")],
        "name": [{"use": "official", "family": "Evans", "given": ["Dylan"]}],
        "birthDate": "2019-06-01",
    }
    server.put(mother)
    server.put(child)
    _partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    with store.session() as s:
        found = search(s, "Pritchard")
        assert [c.name for c in found] == ["Mary Evans"]
        assert [c.name for c in search(s, "Molly Evans")] == ["Mary Evans"]
        mary = citizen_view(s, found[0].citizen_id)
        (dylan,) = search(s, "Dylan Evans")
        young = citizen_view(s, dylan.citizen_id)
        numbers = s.scalars(
            select(SourcePerson.nhs_number).where(SourcePerson.source_id.like("uk-core-%"))
        ).all()
    assert numbers == [None, None]  # neither is used to link
    assert mary.identity.other_names.preferred is not None
    assert mary.identity.other_names.preferred.value == "Mary Pritchard (maiden); Molly (nickname)"
    unverified = mary.identity.unverified_numbers.preferred
    assert unverified is not None and "9912003890" in unverified.value
    assert "fails the NHS number check" in unverified.value
    traced = young.identity.unverified_numbers.preferred
    assert traced is not None and "present but not traced" in traced.value
    report = subject_access(store, found[0].citizen_id).text
    assert "9912003890" in report and "Mary Pritchard (maiden)" in report
    for resource in (mother, child):
        server.delete("Patient", str(resource["id"]))


def test_the_partners_own_link_between_two_patient_records_joins_them(
    _loaded: fhir_server.FhirServer, store: Store
) -> None:
    """Patient.link (replaced-by) is linkage evidence, explained like any other: two records
    that share nothing a matcher could use are one person because the partner says so, also
    when the record that names the other arrives a sync later."""
    from caseworker.services.linkage import linked_records

    server = _loaded
    newer = {
        "resourceType": "Patient",
        "id": "link-newer",
        "name": [{"use": "official", "family": "Okonkwo-Reyes", "given": ["Samuel"]}],
        "birthDate": "2016-03-09",
    }
    older = {
        "resourceType": "Patient",
        "id": "link-older",
        "name": [{"use": "official", "family": "Reyes", "given": ["Sam"]}],
        "birthDate": "2016-09-03",
        "link": [{"other": {"reference": "Patient/link-newer"}, "type": "replaced-by"}],
    }
    server.put(newer)
    _partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    server.put(older)
    assert SyncService(store).sync_all().ok

    def citizen_of(source_id: str) -> int | None:
        with store.session() as s:
            return s.scalar(
                select(SourcePerson.citizen_id).where(SourcePerson.source_id == source_id)
            )

    joined = citizen_of("link-newer")
    assert joined is not None and citizen_of("link-older") == joined
    hows = {r.source_id: r.how for r in linked_records(store, joined)}
    assert hows == {"link-newer": "link", "link-older": "link"}  # each says why, as for NHS
    for resource in (older, newer):
        server.delete("Patient", str(resource["id"]))


def test_each_professional_of_a_care_team_is_on_the_team_around_the_person(
    _loaded: fhir_server.FhirServer, store: Store
) -> None:
    """Issue 22: the official CareTeam example, put on the server as a trust would hold it,
    lists each professional on their own row with role and last involvement; the patient,
    who is a member of their own care team, is not listed as a professional; a member who is
    a Practitioner on the server comes with the team and is named with their contacts."""
    from caseworker.views.citizen import citizen_view

    server = _loaded
    team = json.loads((fhir_server.examples_dir() / "CareTeam-example.json").read_text())
    visitor = {
        "resourceType": "Practitioner",
        "id": "hv-test",
        "name": [{"given": ["Hana"], "family": "Visitor"}],
        "telecom": [
            {"system": "phone", "value": "01632 960123"},
            {"system": "email", "value": "hana.visitor@nhs.example.org"},
        ],
    }
    team["participant"].append(
        {"role": [{"text": "Health visitor"}], "member": {"reference": "Practitioner/hv-test"}}
    )
    server.put(visitor)
    server.put(team)
    _partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    with store.session() as s:
        citizen = s.scalar(
            select(SourcePerson.citizen_id).where(SourcePerson.source_id == "example")
        )
        assert citizen is not None
        view = citizen_view(s, citizen)
    rows = {(i.title, i.detail, str(i.on)) for i in view.team}
    assert ("Adviser", "Dorothy Dietition", "2013-01-01") in rows
    assert ("Home and Community Care", "Amanda Assigned", "2014-09-01") in rows  # EpisodeOfCare
    assert not any(i.detail == "Peter James Chalmers" for i in view.team)
    # The server sends the practitioner with the team (_include): named, and how to reach them.
    assert ("Health visitor", "Hana Visitor · 01632 960123 · hana.visitor@nhs.example.org") in {
        (i.title, i.detail) for i in view.team
    }
    server.delete("CareTeam", "example")
    server.delete("Practitioner", "hv-test")


def test_a_patients_preferred_language_is_kept_and_their_report_printed_in_it(
    _loaded: fhir_server.FhirServer, store: Store
) -> None:
    """Patient.communication: the language marked preferred (HL7's own examples f001 and
    f201, Dutch), or the only one listed (Synthea's patients, no preferred flag); a Welsh
    speaker's subject access report is in Welsh without being asked."""
    from caseworker.exports.produce import subject_access
    from ui.words import words_in

    server = _loaded
    bcp47 = "urn:ietf:bcp:47"
    welsh = {
        "resourceType": "Patient",
        "id": "uk-core-welsh",
        "name": [{"use": "official", "family": "Pritchard", "given": ["Gwen"]}],
        "birthDate": "2016-05-03",
        "communication": [
            {"language": {"coding": [{"system": bcp47, "code": "en"}]}},
            {"language": {"coding": [{"system": bcp47, "code": "cy-GB"}]}, "preferred": True},
        ],
    }
    server.put(welsh)
    _partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    with store.session() as s:
        rows = s.execute(
            select(SourcePerson.source_id, SourcePerson.preferred_language, SourcePerson.citizen_id)
        ).all()
    kept = {source.rpartition("/")[2]: language for source, language, _ in rows}
    assert kept["f001"] == "nl" and kept["f201"] == "nl"  # "nl" and "nl-NL", marked preferred
    assert "pt" in kept.values()  # a Synthea patient who speaks only Portuguese
    assert kept["uk-core-welsh"] == "cy"  # of English and Welsh, the one marked preferred
    citizen = next(c for source, _, c in rows if source.endswith("uk-core-welsh"))
    assert citizen is not None
    report = subject_access(store, citizen, words_in=words_in).text
    assert '<html lang="cy">' in report and "Iaith ddewisol" in report and "Cymraeg" in report
    server.delete("Patient", "uk-core-welsh")
