"""Every screen of the app, for tests that walk them all (names, keys, focus, reflow): the
window's pages (Home, each tab of a person, emerging needs, the front door) and every dialog
and window opened from it, built as the app builds them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QWidget

from caseworker.audit.chain import ChainReport
from caseworker.preferences import Preferences
from caseworker.services import Store
from caseworker.services.team import Recipient
from tests.ui.person import open_person, showcase_child
from ui.agreements.page import AgreementsPage
from ui.audit.page import AuditPage
from ui.frontdoor.dialogs import ContactDialog, DecisionDialog, EnquiryDialog, MatchDialog
from ui.lock.pin_dialog import PinDialog
from ui.main_window import MainWindow
from ui.matches.review_dialog import ReviewDialog
from ui.outbox.page import OutboxDialog
from ui.partners.form import PartnerForm
from ui.partners.page import PartnersDialog
from ui.person.consent_dialog import ConsentDialog
from ui.person.entry_dialog import EntryDialog
from ui.person.narrative_dialog import NarrativeDialog
from ui.person.pick_person_dialog import PickPersonDialog
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.profile_dialog import ProfileDialog
from ui.sync.quarantine_dialog import QuarantineDialog
from ui.widgets.reason_dialog import ReasonDialog


def window_screens(window: MainWindow, store: Store, qtbot) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show each page of the main window in turn, yielding its name while it is shown."""
    window.stack.setCurrentWidget(window.home)
    QApplication.processEvents()
    yield "Home"
    open_person(window, qtbot, showcase_child(store))
    tabs = window.page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"person: {tabs.tabText(index)}"
    window.stack.setCurrentWidget(window.emerging)
    QApplication.processEvents()
    yield "Emerging needs"
    window.stack.setCurrentWidget(window.front_door)
    QApplication.processEvents()
    yield "Front door"
    window.stack.setCurrentWidget(window.page)


def dialogs(window: MainWindow) -> list[QWidget]:
    """Every dialog and window the menus and pages open, built empty or with a sample."""
    recipients = [Recipient("police", "Constabulary Public Protection Unit")]
    found: list[QWidget] = [
        PreferencesDialog(Preferences(), window),
        ProfileDialog(None, window),
        EntryDialog("note", recipients, window),
        EntryDialog("task", recipients, window),
        EntryDialog("referral", recipients, window),
        ConsentDialog("A. Person", ["police", "housing"], window),
        PartnerForm(None, window),
        PartnersDialog(window),
        PickPersonDialog(lambda _t, _done: None, 0, window),
        OutboxDialog([], window),
        QuarantineDialog([], window),
        ReasonDialog("Title", "Why", "Send", window),
        ReviewDialog(window),
        PinDialog(window),
        PinDialog(window, choose=True, current=True),
        AgreementsPage([], window),
        AuditPage(ChainReport(0), [], window),
        ContactDialog({"police": "Constabulary Public Protection Unit"}, window),
        MatchDialog("Ada Example", [], window),
        EnquiryDialog(
            {"police": "Constabulary", "school": "Hillside Academy"}, ["police"], None, window
        ),
        DecisionDialog("ENG", ["Council Housing Services"], window),
        DecisionDialog("WLS", [], window),
    ]
    if window.page.view is not None and window.page.view.chronology:
        found.append(NarrativeDialog(window.page.view.chronology[0], window))
    return found
