"""The team around the child (issue 22): every partner holding a child that children's social
care knows names its professional, with a contact and when they were last involved; the
lead professional is marked. Over real HTTP, both protocols (FHIR EpisodeOfCare.careManager
from the health trust, Case Sharing involvement records from the rest)."""

from __future__ import annotations

from caseworker.services.reading import showcase
from caseworker.services.viewing import open_citizen


def test_every_agency_holding_the_child_names_its_professional(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    child = showcase(store)
    assert child is not None
    view = open_citizen(store, child)
    by_agency = {i.source.partner_id: i for i in view.team}
    assert set(by_agency) == {r.partner_id for r in view.records}  # all five, both protocols
    leads = [i for i in view.team if i.status == "lead"]
    assert len(leads) == 1 and leads[0].source.partner_id == "childrens-social-care"
    for item in view.team:
        assert item.detail and "01632 960" in item.detail  # a name and a contact, shared
        assert item.on is not None  # when they were last involved
        assert item.access_of("record.detail").visible
    health = by_agency["nhs-trust"]
    assert health.source.record_id.startswith("EpisodeOfCare/")
    assert health.detail.startswith(("Health visitor:", "School nurse:"))
