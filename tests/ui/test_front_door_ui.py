"""The front door page, in a real window on a synced sandbox: reached by Ctrl+Shift+D, a
contact recorded, its child matched, an amber enquiry sent to four partners that answer at
the next sync (the police withholding with its reason, housing late and shown so), the
decision recorded; overdue contacts first and called out above the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select, update

from caseworker.audit.log import recent
from caseworker.services.contacts import ContactDraft
from caseworker.store.models import Contact, Enquiry, OutboxMessage, SourcePerson
from caseworker.views.citizen import showcase_citizen
from ui.main_window import MainWindow

ASKED = ["housing", "nhs-trust", "police", "school"]


def _child(store):  # type: ignore[no-untyped-def]
    with store.session() as s:
        citizen = showcase_citizen(s)
        person = s.scalars(
            select(SourcePerson)
            .where(SourcePerson.citizen_id == citizen, SourcePerson.birth_date.is_not(None))
            .limit(1)
        ).one()
        return citizen, person.given_name, person.family_name, person.birth_date


def _draft(store, **changes) -> ContactDraft:  # type: ignore[no-untyped-def]
    _, given, family, born = _child(store)
    values = dict(
        raised_by="Ms Price, Year 4 teacher",
        referrer_agency="Hillside Academy",
        referrer_partner="school",
        about="neglect",
        concern="Came to school hungry three days running.",
        child_given=given,
        child_family=family,
        child_birth_date=born,
    )
    values.update(changes)
    return ContactDraft(**values)  # type: ignore[arg-type]


def _rows(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.front_door.list
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def _row(window: MainWindow, contact: int) -> QTreeWidgetItem:
    return next(r for r in _rows(window) if r.data(0, Qt.ItemDataRole.UserRole) == contact)


FED = 3
"""Contacts the council's feed carries in the sandbox (caseworker.sandbox.front_door)."""


def _details(window: MainWindow) -> dict[str, str]:
    tree, found = window.front_door.details, {}
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        for index in range(item.childCount()):
            child = item.child(index)
            found[child.text(0)] = child.text(1)
    return found


def test_a_contact_goes_from_recorded_to_decided_on_the_front_door(
    window: MainWindow,
    synced,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    store, sandbox, _ = synced
    citizen = _child(store)[0]
    page, actions = window.front_door, window.front_door_actions
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(_rows(window)) == FED, timeout=10000)
    assert window.stack.currentWidget() is page
    assert all(r.contact.citizen_id is None for r in page.door.rows)  # the feed's: not matched

    actions.record(_draft(store))
    qtbot.waitUntil(lambda: len(_rows(window)) == FED + 1, timeout=10000)
    with store.session() as s:
        contact = s.scalar(select(Contact.id).where(Contact.source == "entered"))
    page.select(contact)
    assert not page.enquire.isEnabled()  # not before someone says who the child is
    assert "Not matched yet" in _details(window)["Child"]

    actions.match(contact, choice=citizen)
    qtbot.waitUntil(lambda: page.current().contact.citizen_id == citizen, timeout=10000)
    assert page.enquire.isEnabled() and page.open.isEnabled()

    for partner in ASKED:
        sandbox.desks[partner].enquiries.delay_s = 0
    actions.enquire(contact, ("amber", ASKED))
    qtbot.waitUntil(lambda: page.current().enquiry is not None, timeout=10000)
    assert _row(window, contact).text(5) == "0 of 4 answered"
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60000):
        window.start_sync()
    qtbot.waitUntil(lambda: "3 of 4 answered" in _row(window, contact).text(5), timeout=10000)
    details = _details(window)
    police = details["Constabulary Public Protection Unit"]
    assert "WITHHELD" in police and "criminal investigation" in police
    assert details["Council Housing Services"] == "Asked, no answer yet"

    # The deadline passes with housing still silent: late, in the list and its details.
    with store.session() as s:
        past = datetime.now(UTC) - timedelta(minutes=5)
        s.execute(
            update(Contact)
            .where(Contact.id == contact)
            .values(received_at=past - timedelta(days=3))
        )
        s.execute(update(Enquiry).where(Enquiry.contact_id == contact).values(due_at=past))
    actions.reload()
    qtbot.waitUntil(
        lambda: "late: Council Housing Services" in _row(window, contact).text(5), timeout=10000
    )
    assert _details(window)["Council Housing Services"].startswith("LATE")
    assert page.notice.isVisible() and "Overdue by" in page.notice.text()
    assert _rows(window)[0] is _row(window, contact)  # overdue: first
    assert _rows(window)[0].text(0).startswith("⚠ Overdue by")

    # Keyboard: Enter on the contact moves to its details.
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.details.hasFocus()

    rationale = "Neglect seen at school and by health; the police will brief the strategy meeting."
    actions.decide(contact, ("strategy_discussion", rationale))
    qtbot.waitUntil(lambda: len(_rows(window)) == FED, timeout=10000)  # decided: off the list
    with store.session() as s:
        sent = s.scalars(
            select(OutboxMessage.partner_id).where(OutboxMessage.kind == "decision")
        ).all()
        viewed = recent(s, kinds=("view",), limit=20)
    assert sorted(sent) == ["nhs-trust", "police", "school"]  # the three that answered
    assert any(e.detail.get("page") == "front_door" for e in viewed)


def test_overdue_contacts_come_first_and_are_called_out(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    actions, page = window.front_door_actions, window.front_door
    actions.record(_draft(store, rating="green"))
    actions.record(_draft(store, received_at=datetime.now(UTC) - timedelta(days=9)))
    actions.show_page()
    qtbot.waitUntil(lambda: len(_rows(window)) == FED + 2, timeout=10000)
    first, *others = page.door.rows
    assert first.contact.overdue and not any(r.contact.overdue for r in others)
    assert first.contact.source == "entered" and _rows(window)[0].font(0).bold()
    assert page.notice.isVisible() and page.notice.text().count("Overdue by") == 1
    assert "1 is overdue" in page.summary.text()
