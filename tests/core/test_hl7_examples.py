"""The official HL7 R4 examples (npm `hl7.fhir.r4.examples@4.0.1`, CC0, prepared by make test
into a cache outside the repository) read as a practitioner needs them (issue 19, item 8).

- every example of the types Caseworker reads either maps or is quarantined with a reason;
- the veterinary patient (`Patient-animal`) is not a citizen: quarantined, `not_a_person`;
- resolved and inactive conditions are history (chronology events), not current needs;
- a condition entered in error or refuted is not held at all (a tombstone removes any
  version held before)."""

from __future__ import annotations

import json

import pytest

from caseworker.partners.fhir_bundle import read_bundle
from caseworker.partners.fhir_codes import SYNCED_TYPES
from tests.support import fhir_server

pytestmark = fhir_server.skip_unless_ready(fhir_server.examples_dir())


def _bundle(*resources: dict[str, object]) -> bytes:
    return json.dumps(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": r} for r in resources],
        }
    ).encode()


def _example(name: str) -> dict[str, object]:
    return json.loads((fhir_server.examples_dir() / name).read_text(encoding="utf-8"))


def test_every_example_of_the_types_read_maps_or_is_quarantined_with_a_reason() -> None:
    resources = [
        _example(path.name)
        for rtype in SYNCED_TYPES
        for path in sorted(fhir_server.examples_dir().glob(f"{rtype}-*.json"))
    ]
    page = read_bundle(_bundle(*resources))
    accounted = page.size + page.ignored
    assert accounted == len(resources) and len(resources) > 40
    assert all(r.reason_code and r.reason_detail for r in page.rejected)


def test_the_veterinary_patient_is_not_a_citizen() -> None:
    page = read_bundle(_bundle(_example("Patient-animal.json"), _example("Patient-example.json")))
    assert [p.source_id for p in page.persons] == ["example"]
    (rejected,) = page.rejected
    assert (rejected.resource_ref, rejected.reason_code) == ("Patient/animal", "not_a_person")


def test_resolved_and_inactive_conditions_are_history_not_current_needs() -> None:
    names = ("Condition-f201.json", "Condition-f204.json", "Condition-f203.json")
    page = read_bundle(_bundle(*(_example(n) for n in names)))
    kinds = {i.source_id: (i.kind, i.status) for i in page.items}
    assert kinds["Condition/f201"] == ("event", "resolved")
    assert kinds["Condition/f204"] == ("event", "inactive")
    assert kinds["Condition/f203"][0] in ("need", "risk")


@pytest.mark.parametrize("verification", ["entered-in-error", "refuted"])
def test_a_condition_entered_in_error_or_refuted_is_not_held(verification: str) -> None:
    condition = _example("Condition-f203.json")
    condition["verificationStatus"] = {"coding": [{"code": verification}]}
    page = read_bundle(_bundle(condition))
    assert page.items == [] and page.rejected == []
    assert [(t.record_type, t.source_id) for t in page.tombstones] == [("item", "Condition/f203")]


def test_the_professional_who_leads_an_episode_of_care_is_on_the_team() -> None:
    """Issue 22: EpisodeOfCare.careManager names the professional: the team around the
    person shows who, for which service, and since when."""
    page = read_bundle(
        _bundle(_example("Patient-example.json"), _example("EpisodeOfCare-example.json"))
    )
    (episode,) = [i for i in page.items if i.source_id.startswith("EpisodeOfCare/")]
    assert episode.kind == "involvement"
    assert episode.title == "Home and Community Care"
    assert episode.detail == "Amanda Assigned"
    assert str(episode.occurred_on) == "2014-09-01"


def test_a_care_team_member_is_named_with_how_to_reach_them() -> None:
    """Issue 22: a member who is a PractitionerRole in the same bundle (as
    `_include=CareTeam:participant` brings it) is listed with the role's phone and email and
    the practitioner's name; a contained Practitioner ('#pr1') gives the name it holds."""
    role = _example("PractitionerRole-example.json")
    team = _example("CareTeam-example.json")
    team["participant"].append(  # type: ignore[attr-defined]
        {"member": {"reference": "PractitionerRole/example"}}
    )
    page = read_bundle(_bundle(_example("Patient-example.json"), team, role))
    (held,) = [i for i in page.items if i.source_id == "CareTeam/example"]
    from caseworker.partners.care_team import team_members

    members = {m.name: m.role for m in team_members(held.detail)}
    assert members["Dorothy Dietition"] == "Adviser"  # the participant's own role and display
    reached = next(n for n in members if n and "Adam Careful" in n)
    assert reached == "Dr Adam Careful · (03) 5555 6473 · adam.southern@example.org"
