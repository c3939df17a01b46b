"""Households and relationships on a citizen's page, against the sandbox's known families."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.store.models import SourcePerson
from caseworker.views.citizen import citizen_view


def _citizen_of(store, source_id: str) -> int:  # type: ignore[no-untyped-def]
    with store.session() as s:
        found = s.scalar(select(SourcePerson.citizen_id).where(SourcePerson.source_id == source_id))
    assert found is not None
    return found


def test_a_child_page_shows_parents_and_siblings_with_who_says_so(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    csc = sandbox.data["childrens-social-care"]
    child = next(r.person_source_id for r in csc.relationships if r.relation == "sibling")
    pid = int(child.split("-")[1])
    household = next(h for h in sandbox.population.households if pid in {m.pid for m in h.members})
    me = next(m for m in household.members if m.pid == pid)
    with store.session() as s:
        view = citizen_view(s, _citizen_of(store, child))
    by_citizen = {m.citizen_id: m for m in view.household if m.citizen_id is not None}
    for member in household.members:
        if member.pid == pid:
            continue
        record = f"CSC-{member.pid:07d}"
        if not any(p.source_id == record for p in csc.persons):
            continue
        shown = by_citizen[_citizen_of(store, record)]
        expected = (
            ("mother" if member.sex == "female" else "father") if not member.is_child else "sibling"
        )
        assert shown.relation == expected, (member, shown)
        assert "Children's Social Care" in shown.sources
        assert shown.name is not None and member.family.lower()[:3] in shown.name.lower()
    assert me.is_child


def test_a_parent_page_shows_the_children_and_a_named_mother_links_to_her_page(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    csc = sandbox.data["childrens-social-care"]
    rel = next(r for r in csc.relationships if r.relation == "mother")
    with store.session() as s:
        mother = citizen_view(s, _citizen_of(store, rel.related_source_id))
    children = [m for m in mother.household if m.relation == "child"]
    assert _citizen_of(store, rel.person_source_id) in {m.citizen_id for m in children}

    health = sandbox.data["nhs-trust"]
    named = next(r for r in health.relationships if r.related_name)
    with store.session() as s:
        child = citizen_view(s, _citizen_of(store, named.person_source_id))
    mothers = [m for m in child.household if m.relation == "mother"]
    assert mothers and any("Riverside NHS Foundation Trust" in m.sources for m in mothers)
    assert all(m.citizen_id is not None for m in mothers if m.name == named.related_name)


def test_people_at_the_same_address_are_the_household_even_unrelated_on_record(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    housing = sandbox.data["housing"]
    by_address: dict[tuple[str, str], list[str]] = {}
    for person in housing.persons:
        by_address.setdefault((person.postcode, person.address), []).append(person.source_id)
    a, b = next(v for v in by_address.values() if len(v) >= 2)[:2]
    with store.session() as s:
        view = citizen_view(s, _citizen_of(store, a))
    other = next(m for m in view.household if m.citizen_id == _citizen_of(store, b))
    assert other.same_address and "Council Housing Services" in other.sources


def test_risks_in_the_household_show_on_the_child_as_the_viewer_may_see_them(synced) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: the father's significant police incidents are a risk to the child, shown on
    the child's page with who, the source and the access; a viewer without an agreement sees
    the household but none of its risks; seeing them is recorded on the father's log."""
    from caseworker.agreements.access import Viewer
    from caseworker.audit.log import for_citizens
    from caseworker.partners.vocabulary import RISK_EVENTS
    from caseworker.services.reading import showcase
    from caseworker.services.viewing import open_citizen

    store, _, _ = synced
    child = showcase(store)
    assert child is not None
    view = open_citizen(store, child)
    police = [r for r in view.household_risks if r.item.source.partner_id == "police"]
    assert police, "the showcase child's household carries police risks"
    for risk in view.household_risks:
        assert risk.member in view.household and risk.member.citizen_id != child
        item = risk.item
        assert item.kind == "risk" or (item.significant and item.category in RISK_EVENTS)
        assert item.access_of("record.title").visible
    father = police[0].member
    assert father.relation == "father" and father.name

    with store.session() as s:
        logged = for_citizens(s, [father.citizen_id])
    assert any(
        e.kind == "seen_in_household" and e.detail.get("household_of") == child for e in logged
    )

    with store.session() as s:
        outsider = citizen_view(s, child, viewer=Viewer("nobody", "nobody", ("none",)))
    assert outsider.household_risks == ()


def test_each_household_members_risks_are_those_on_their_own_page(synced) -> None:  # type: ignore[no-untyped-def]
    """The household's risks are read for all members at once; each member's must still be
    exactly the current risks their own page shows (their consents, their broken glass)."""
    from datetime import date

    from caseworker.services.reading import showcase
    from caseworker.views.risk import current_risks

    store, _, _ = synced
    child = showcase(store)
    assert child is not None
    today = date.today()
    with store.session() as s:
        view = citizen_view(s, child, today=today)
        members = {m.citizen_id for m in view.household if m.citizen_id is not None}
        assert len(members) >= 2
        for member in members:
            own = citizen_view(s, member, today=today)
            items = [i for g in own.needs_and_risks for i in g.items] + list(own.chronology)
            expected = [
                (i.source.partner_id, i.source.record_id) for i in current_risks(items, today)
            ]
            shown = [
                (r.item.source.partner_id, r.item.source.record_id)
                for r in view.household_risks
                if r.member.citizen_id == member
            ]
            assert sorted(shown) == sorted(expected), member
