"""The front door page, in a real window on a synced sandbox: reached by Ctrl+Shift+D, a
contact recorded, its child matched, an amber enquiry sent to four partners that answer at
the next sync (the police withholding with its reason, housing late and shown so), the
decision recorded; overdue contacts first and called out above the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItem, QWidget
from sqlalchemy import select, update

from caseworker.audit.log import recent
from caseworker.services.contacts import ContactDraft
from caseworker.store.models import Contact, Decision, Enquiry, OutboxMessage, SourcePerson
from caseworker.views.citizen import showcase_citizen
from ui.frontdoor.dialogs import ContactDialog, DecisionDialog, EnquiryDialog, MatchDialog
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

    # The child's own page says so first, above the risks.
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=10000):
        page.open.click()
    first_line = window.page.flags.text().splitlines()[0]
    assert first_line.startswith("⚠ At the front door: a contact about neglect")
    assert "3 of 4 partners have answered" in first_line
    actions.show_page()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5000)

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


FAILURES: list[BaseException] = []


def _front(window: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window active again after a dialog closed, as the desktop makes it (the
    offscreen platform does not by itself): its Alt letters answer only then."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _when_modal(kind: type, act, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run `act(dialog)` once a modal dialog of `kind` is up (it is shown with exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, kind) and dialog.isVisible()):
            QTimer.singleShot(50, poll)
            return
        try:
            _front(dialog, qtbot)
            act(dialog)
        except BaseException as error:  # seen by the test, not lost in Qt's event loop
            FAILURES.append(error)
            dialog.reject()

    QTimer.singleShot(50, poll)


def test_the_whole_front_door_by_keyboard_alone(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    _, given, family, born = _child(store)
    page = window.front_door
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(_rows(window)) == FED, timeout=10000)
    chosen: list[str] = []

    def contact(dialog: ContactDialog) -> None:
        # Typed field by field (Tab's order is checked on every screen in test_keyboard).
        qtbot.keyClicks(dialog.raised_by, "Ms Price, Year 4 teacher")
        qtbot.keyClicks(dialog.agency, "Hillside Academy")
        qtbot.keyClick(dialog.about, Qt.Key.Key_Down)  # domestic abuse, then neglect
        qtbot.keyClicks(dialog.concern, "Came to school hungry three days running.")
        qtbot.keyClicks(dialog.given, given)
        qtbot.keyClicks(dialog.family, family)
        qtbot.keyClicks(dialog.born, born.strftime("%d/%m/%Y"))
        assert dialog.ok.isEnabled()
        _when_modal(MatchDialog, match, qtbot)  # recording asks who the child is next
        qtbot.keyClick(dialog.born, Qt.Key.Key_Return)  # Enter: the default button

    def match(dialog: MatchDialog) -> None:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        chosen.append(dialog.list.currentItem().text(0))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    _when_modal(ContactDialog, contact, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_N, alt)  # New contact…
    qtbot.waitUntil(
        lambda: any(r.contact.citizen_id is not None for r in page.door.rows), timeout=10000
    )
    (row,) = [r for r in page.door.rows if r.contact.source == "entered"]
    assert row.contact.about == "neglect" and chosen == [f"{given} {family}"]
    page.select(row.contact.id)

    for partner in ASKED:
        sandbox.desks[partner].enquiries.delay_s = 0
    _when_modal(EnquiryDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_S, alt), qtbot)
    _front(window, qtbot)
    page.list.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_E, alt)  # Open enquiry…: the partners chosen for us
    qtbot.waitUntil(lambda: page.current() and page.current().enquiry is not None, timeout=10000)
    assert sorted(a.partner_id for a in page.current().enquiry.answers) == ASKED
    _front(window, qtbot)
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60000):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # sync now
    qtbot.waitUntil(
        lambda: "3 of 4 answered" in _row(window, row.contact.id).text(5), timeout=10000
    )

    def decision(dialog: DecisionDialog) -> None:
        assert "Council Housing Services" in dialog.findChild(QLabel).text()  # not answered
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_End)  # strategy discussion
        qtbot.keyClicks(dialog.rationale, "Neglect seen by the school and the trust; police too.")
        qtbot.keyClick(dialog, Qt.Key.Key_E, alt)  # Record decision

    _when_modal(DecisionDialog, decision, qtbot)
    _front(window, qtbot)
    page.list.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_D, alt)  # Decide…
    qtbot.waitUntil(lambda: len(_rows(window)) == FED, timeout=10000)
    assert not FAILURES, FAILURES
    with store.session() as s:
        outcome = s.scalar(select(Decision.outcome))
    assert outcome == "strategy_discussion"


def test_a_contact_taken_earlier_keeps_the_time_it_arrived(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog({"police": "Constabulary Public Protection Unit"})
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.raised_by, "PC 4471 Evans")
    qtbot.keyClicks(dialog.agency, "Constabulary")
    qtbot.keyClicks(dialog.concern, "Called to the home overnight.")
    qtbot.keyClicks(dialog.given, "Ada")
    assert dialog.ok.isEnabled()  # received: now, by default
    dialog.received.clear()
    qtbot.keyClicks(dialog.received, "yesterday")
    assert not dialog.ok.isEnabled()  # not a time: nothing to record yet
    dialog.received.clear()
    qtbot.keyClicks(dialog.received, "01/12/2026 09:30")
    received = dialog.draft().received_at
    assert received is not None and received.isoformat() == "2026-12-01T09:30:00+00:00"


def test_the_clocks_run_down_on_screen_without_reading_or_auditing(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    actions, page = window.front_door_actions, window.front_door
    actions.record(_draft(store, rating="green"))
    actions.show_page()
    qtbot.waitUntil(lambda: len(_rows(window)) == FED + 1, timeout=10000)
    assert not page.door.overdue
    with store.session() as s:
        views = len(recent(s, kinds=("view",)))
    page.details.collapseAll()  # what the user folded stays folded as the clocks run
    chosen = page.current().contact.id
    actions.tick(datetime.now(UTC) + timedelta(days=10))  # ten days on, nothing decided
    assert page.current().contact.id == chosen and not page.details.topLevelItem(0).isExpanded()
    assert len(page.door.overdue) == FED + 1  # every clock has run out
    assert all(r.text(0).startswith("⚠ Overdue by") for r in _rows(window))
    assert page.notice.text().count("Overdue by") == FED + 1
    with store.session() as s:
        assert len(recent(s, kinds=("view",))) == views  # nothing new read, nothing audited
