"""Access in the window: chips with reasons, the Access tab, consent, profile, agreements."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from caseworker.profile import Profile
from caseworker.store.models import ConsentRecord, SourcePerson
from tests.ui.person import open_person, showcase_child
from ui.agreements.page import AgreementsPage
from ui.main_window import MainWindow
from ui.person.consent_dialog import ConsentDialog

REASON = "Strategy discussion this afternoon about risk to the children"


def test_every_identity_value_has_a_chip_saying_why(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    chips = window.page.findChildren(QWidget, "accessChip")
    assert len(chips) >= 4
    texts = {c.text() for c in chips}
    assert texts <= {"● Full", "◐ Masked", "■ Own record"}  # own and full no longer alike
    # Issue 22: full access is quiet, so the exceptions stand out; the reasons stay at hand.
    for chip in chips:
        assert chip.isVisible() == (chip.text() == "◐ Masked"), chip.text()
    health = [c for c in chips if "Riverside" in c.toolTip()]
    assert health, "the health values explain their agreement"
    tip = health[0].toolTip()
    for words in (
        "Agreement:",
        "clause 3.1",
        "Purpose: Safeguarding children",
        "Lawful basis:",
        "Public task",
        "Valid until",
        "Shared under this clause with: Children's Social Care (social worker, team manager)",
    ):
        assert words in tip, words
    assert all(c.accessibleName().startswith("Access:") for c in chips)


def test_the_access_tab_shows_fields_by_provider_and_what_is_held_back(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    tab = window.page.access
    headers = {tab.matrix.horizontalHeaderItem(i).text() for i in range(tab.matrix.columnCount())}
    assert {"Health", "Police", "Social care"} <= headers
    cells = [
        tab.matrix.item(r, c).text()
        for r in range(tab.matrix.rowCount())
        for c in range(tab.matrix.columnCount())
        if tab.matrix.item(r, c)
    ]
    assert any("On request" in c for c in cells)
    # Issue 22: the usual case is quiet; the provider's line says why it shares, in words.
    assert not any("Full" in c or "Own record" in c for c in cells)
    sharing = tab.sharing.text()
    assert "Children's Social Care: your own organisation's records" in sharing
    assert "Riverside NHS Foundation Trust: public task, health and social care" in sharing
    full = tab.sharing.toolTip()  # and in full: the agreement and the articles
    assert "Riverside NHS Foundation Trust shares under Safeguarding information sharing" in full
    assert "Public task (Article 6(1)(e)); Health and social care (Article 9(2)(h))" in full
    assert tab.legend.accessibleName() == "What the access labels mean"
    assert "Consent needed" in tab.legend.text() and "Masked" in tab.legend.text()
    window.page.tabs.setCurrentWidget(tab)
    assert tab.legend_link.isVisible() and not tab.legend.isVisible()  # behind the link
    tab.legend_link.click()
    assert tab.legend.isVisible()


def test_recording_a_withdrawal_hides_consent_bound_records_at_once(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as s:
        consent = s.scalars(
            select(ConsentRecord).where(
                ConsentRecord.provider == "housing", ConsentRecord.state == "given"
            )
        ).first()
        assert consent is not None
        citizen = s.scalar(
            select(SourcePerson.citizen_id).where(
                SourcePerson.partner_id == "housing",
                SourcePerson.source_id == consent.person_source_id,
            )
        )
    open_person(window, qtbot, citizen)

    def arrears_shown() -> bool:
        view = window.page.view
        return view is not None and any(
            i.category == "rent_arrears" for g in view.needs_and_risks for i in g.items
        )

    assert arrears_shown()
    for purpose in ("safeguarding_children", "early_help"):
        with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
            window.access_actions.save_consent(
                citizen,
                {
                    "provider": "housing",
                    "purpose": purpose,
                    "state": "withdrawn",
                    "method": "verbal",
                },
            )
    assert not arrears_shown()
    assert "Consent needed" in window.page.access.hidden.text()
    assert "Withdrawn" in [window.page.access.consents.topLevelItem(0).text(2)]


def test_the_consent_dialog_collects_a_decision(qapp) -> None:  # type: ignore[no-untyped-def]
    dialog = ConsentDialog("Ada Test", ["housing", "nhs-trust"])
    dialog.provider.setCurrentIndex(1)
    dialog.state.setCurrentIndex(dialog.state.findData("refused"))
    assert dialog.values() == {
        "provider": "nhs-trust",
        "purpose": "safeguarding_children",
        "state": "refused",
        "method": "verbal",
    }


def test_changing_role_changes_the_page(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    cid = showcase_child(store)
    open_person(window, qtbot, cid)
    police_before = [i for i in window.page.view.chronology if i.source.partner_id == "police"]
    assert police_before and all(i.access_of("record.title").level == "full" for i in police_before)
    early_help = Profile("childrens-social-care", "early_help_worker", ("early_help",), "E. Helper")
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
        window.profile_actions.apply(early_help)
    qtbot.waitUntil(
        lambda: (
            window.page.view is not None and window.page.view.viewer.role == "early_help_worker"
        ),
        timeout=5000,
    )
    open_person(window, qtbot, cid)
    police_after = [i for i in window.page.view.chronology if i.source.partner_id == "police"]
    assert police_after and all(i.access_of("record.title").level == "masked" for i in police_after)


def test_the_agreements_page_lists_statuses_and_matrices(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.agreement_actions.show_agreements()
    qtbot.waitUntil(lambda: window.agreement_actions.agreements_page is not None, timeout=5000)
    page: AgreementsPage = window.agreement_actions.agreements_page  # type: ignore[assignment]
    rows = [page.list.item(i).text() for i in range(page.list.count())]
    for status in ("Active", "Expired", "Expiring soon", "Superseded"):
        assert any(status in r for r in rows), status
    police = next(i for i, r in enumerate(rows) if "police to children" in r and "(v3)" in r)
    page.list.setCurrentRow(police)
    cells = [
        page.matrix.item(r, c).text()
        for r in range(page.matrix.rowCount())
        for c in range(page.matrix.columnCount())
    ]
    assert any("Never shared" in c for c in cells) and any("On request" in c for c in cells)
    assert "Public task" in page.details.text()
    page.close()


def _request_a_narrative(window: MainWindow, synced, qtbot):  # type: ignore[no-untyped-def]
    """Open the showcase child and ask for a narrative shared on request; returns the item."""
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    item = next(
        i
        for i in window.page.view.chronology
        if i.access_of("record.detail") and i.access_of("record.detail").level == "on_request"
    )
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.record_actions.request(item, REASON)
    return item


def test_requesting_a_narrative_from_the_window(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = _request_a_narrative(window, synced, qtbot)
    row = next(
        r
        for r in range(window.page.chronology_model.rowCount())
        if window.page.chronology_model.index(r, 2).data() == item.title
    )
    assert "next sync" in window.page.chronology_model.index(row, 3).data()


def test_the_outbox_shows_each_item_and_its_delivery_state(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    item = _request_a_narrative(window, synced, qtbot)
    qtbot.waitUntil(lambda: "1 waiting" in window.sync_panel.outbox.text().replace("&", ""))
    window.sync_panel.outbox.click()
    qtbot.waitUntil(lambda: window.outbox_actions.dialog is not None)
    dialog = window.outbox_actions.dialog
    assert dialog.isVisible()
    person = dialog.list.topLevelItem(0)  # issue 22: by person, named
    assert person.text(0) == f"{window.page.view.identity.name.preferred.value}: 1 item · 1 waiting"
    row = person.child(0)
    assert row.text(2) == "Access request"
    assert row.text(1) == item.source.partner_name
    assert "next sync" in row.text(4)
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=20000):
        window.start_sync()
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(0).child(0).text(4).startswith("Delivered"))
    assert window.sync_panel.outbox.text().replace("&", "") == "Outbox"
