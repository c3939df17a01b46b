"""Every statement of a sync, and of opening and finding a person, finds its rows through an
index: their cost must not grow with the store. A statement that walks a table of records
does, and at a million records it was the whole cost: linkage's lookup of identifiers by
value alone read every source person for each chunk of a batch; explaining a person's links
read every pair in the store for each link (docs/performance.md)."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.linkage.linker import REASON_CODES
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.linkage import linked_records
from caseworker.services.reading import caseload_rows
from caseworker.services.viewing import find, open_citizen
from caseworker.store.models import LinkEvent
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.views.citizen import showcase_citizen
from tests.support.plans import walks, watched


def test_no_statement_of_a_sync_walks_a_table_of_records(
    store: Store, sandbox: SandboxNetwork
) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    with watched(store) as statements:
        assert SyncService(store).sync_all().ok  # a first sync: everything arrives
        assert SyncService(store).sync_all().ok  # and one with nothing new
    assert len(statements) > 50  # the sync's statements were seen
    assert not walks(store, statements)


def test_opening_and_finding_a_person_walks_no_table_of_records(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        showcase = showcase_citizen(session)
        matched = session.scalar(  # a person some of whose records were linked by score
            select(LinkEvent.citizen_id)
            .where(LinkEvent.kind == "auto_link", LinkEvent.reason.not_in(REASON_CODES))
            .limit(1)
        )
    assert matched is not None
    with watched(store) as statements:
        view = open_citizen(store, showcase)
        open_citizen(store, matched)
        links = linked_records(store, showcase) + linked_records(store, matched)
        assert any(link.explanation for link in links)  # a link explained by its pair
        assert view.identity.name.preferred is not None
        name = view.identity.name.preferred.value
        typo = name[:2] + name[3] + name[2] + name[4:]
        for text in (name, typo, f"{name} 03/02/2015", f"{typo} Street"):
            find(store, text)
        caseload_rows(store)
    assert len(statements) > 20
    assert not walks(store, statements)
