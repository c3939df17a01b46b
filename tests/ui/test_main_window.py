"""The main window with a real synced store: search, open, sync in the background, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.version import version
from caseworker.views.citizen import citizen_view, showcase_citizen
from ui.main_window import MainWindow


def _showcase_name(store: Store) -> str:
    with store.session() as s:
        cid = showcase_citizen(s)
        assert cid is not None
        name = citizen_view(s, cid).identity.name.preferred
    assert name is not None
    return name.value


def test_find_a_child_by_name_and_see_every_agency_on_one_page(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    name = _showcase_name(store)
    window.focus_search()
    with qtbot.waitSignal(window.search.sig_results_shown, timeout=5000):
        qtbot.keyClicks(window.search.box, name)
    assert window.search.results_model.rowCount() >= 1
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    page = window.page
    assert page.name.text() == name
    chips = [w.text() for w in page.findChildren(QWidget, "sourceChip")]
    for agency in ("Health", "Social care", "Police", "Education", "Housing"):
        assert any(agency in chip for chip in chips), agency
    assert page.needs.topLevelItem(0).text(0).startswith("Safety and safeguarding")
    shared_by = {
        page.needs.topLevelItem(i).child(j).text(3)
        for i in range(page.needs.topLevelItemCount())
        for j in range(page.needs.topLevelItem(i).childCount())
    }
    assert shared_by and all(shared_by)
    assert page.chronology_model.rowCount() > 0
    assert name in window.windowTitle()


def test_keyboard_only_find_and_open(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    name = _showcase_name(store)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.box
    qtbot.keyClicks(window.search.box, name.split()[-1])
    with qtbot.waitSignal(window.search.sig_results_shown, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # search at once
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search.results
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page


def test_no_match_says_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search.sig_results_shown, timeout=5000):
        qtbot.keyClicks(window.search.box, "Zzyzxqv")
    assert "No one matches" in window.search.status.text()


def test_sync_runs_in_background_with_progress_per_partner(
    store: Store, sandbox: SandboxNetwork, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    for server in sandbox.servers.values():
        server.faults.latency_s = 0.05  # make the sync last long enough to watch
    window = make_window(store)
    ticks: list[int] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000) as finished:
        window.start_sync(open_showcase=True)
        assert window.sync_panel.button.accessibleName() == "Stop sync"
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while partners synced
    assert finished.args[0].ok
    for partner_id in sandbox.data:
        assert "Up to date" in window.sync_panel.state_text(partner_id)
        assert (
            window.sync_panel.bar(partner_id).value() == window.sync_panel.bar(partner_id).maximum()
        )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=5000)
    assert window.page.view is not None and len(window.page.view.agencies) == 5
    assert window.sync_panel.button.accessibleName() == "Sync now"


def test_a_partner_down_is_reported_and_the_rest_sync(
    store: Store, sandbox: SandboxNetwork, make_window, qtbot, dialogs
) -> None:  # type: ignore[no-untyped-def]
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    sandbox.servers["police"].faults.fail_requests = 100
    window = make_window(store)
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
        window.start_sync()
    assert "Failed" in window.sync_panel.state_text("police")
    assert "Up to date" in window.sync_panel.state_text("school")
    assert "1 partner could not be synced" in window.sync_panel.summary.text()
    why = window.sync_panel._rows["police"][2].toolTip()
    assert "could not be reached" in why and "HTTP" not in why  # words, not status codes
    assert dialogs == []  # one partner down is news, not a modal error


def test_every_focusable_control_has_an_accessible_name(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as s:
        cid = showcase_citizen(s)
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.open_citizen(cid)
    for tab in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(tab)
        assert _nameless(window) == [], window.page.tabs.tabText(tab)


def _nameless(window: MainWindow) -> list[str]:
    nameless = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if widget.objectName() == "qt_scrollarea_viewport":
            continue
        label = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if isinstance(widget, QLineEdit) and widget.parent() is not None and not label:
            label = widget.parent().accessibleName()
        if not label:
            nameless.append(f"{type(widget).__name__}:{widget.objectName()}")
    return nameless


def test_a_sync_can_be_stopped_and_resumes_without_loss(
    store: Store, sandbox: SandboxNetwork, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    for server in sandbox.servers.values():
        server.faults.latency_s = 0.3
    window = make_window(store)
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000) as stopped:
        window.start_sync()
        assert window.sync_panel.button.text() == "Stop sync"
        qtbot.wait(100)
        qtbot.mouseClick(window.sync_panel.button, Qt.MouseButton.LeftButton)
    report = stopped.args[0]
    assert report.cancelled
    assert "Sync stopped" in window.sync_panel.summary.text()
    assert window.sync_panel.button.text() == "Sync now"
    for server in sandbox.servers.values():
        server.faults.latency_s = 0
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000) as resumed:
        window.start_sync()
    kept = sum(r.fetched for r in report.results)
    total = sum(
        len(d.persons) + len(d.items) + len(d.consents) + len(d.relationships) + len(d.contacts)
        for d in sandbox.data.values()
    )
    assert kept + sum(r.fetched for r in resumed.args[0].results) == total


def test_the_open_app_syncs_on_a_schedule_and_shows_when_each_partner_last_succeeded(
    store: Store,
    sandbox: SandboxNetwork,
    make_window,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    window = make_window(store)
    assert (
        window.sync_actions.schedule.isActive()
        and window.sync_actions.schedule.interval() == 15 * 60_000
    )
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000) as finished:
        window.sync_actions.schedule.timeout.emit()  # as if a quarter of an hour had passed
    assert finished.args[0].ok
    qtbot.waitUntil(lambda: "Up to date at" in window.sync_panel.state_text("school"), timeout=5000)


def test_records_set_aside_can_be_reviewed_and_retried(
    store: Store, sandbox: SandboxNetwork, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sandbox.feeds["school"].put_raw(
        "record",
        "SCH-BAD2",
        '{"type":"record","id":"SCH-BAD2","updated":"2026-11-01T00:00:00+00:00",'
        '"data":{"person_id":"SCH-0000001","kind":"rumour","category":"x","title":"t"}}',
    )
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    window = make_window(store)
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
        window.start_sync()
    assert window.sync_panel.review.isVisibleTo(window)
    assert "1 record set aside" in window.sync_panel.summary.text()
    qtbot.mouseClick(window.sync_panel.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_actions.set_aside_dialog is not None, timeout=5000)
    dialog = window.sync_actions.set_aside_dialog
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "record/SCH-BAD2"
    assert "rumour" in dialog.list.topLevelItem(0).text(2)
    qtbot.mouseClick(dialog.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "0 records were accepted" in dialog.intro.text(), timeout=5000)
    assert dialog.list.topLevelItemCount() == 1  # still unreadable: kept, not lost


def test_following_a_person_brings_a_notice_when_a_partner_updates_them(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from caseworker.sandbox import wire

    store, sandbox, _ = synced
    with store.session() as s:
        cid = showcase_citizen(s)
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.open_citizen(cid)
    assert window.page.follow.text().replace("&", "").endswith("Follow")
    qtbot.mouseClick(window.page.follow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cid in window.ctx.following, timeout=5000)
    assert "Following" in window.page.follow.text()
    police = window.page.view.records  # re-send one of this person's records, as an update
    source = next(r for r in police if r.partner_id != "childrens-social-care")
    data = sandbox.data[source.partner_id]
    person = next(p for p in data.persons if p.source_id == source.record_id)
    if data.spec.protocol == "fhir":
        sandbox.feeds[source.partner_id].put("Patient", person.source_id, wire.patient(person))
    else:
        sandbox.feeds[source.partner_id].put("person", person.source_id, wire.case_person(person))
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
        window.start_sync()
    assert window.sync_actions.followed_news == frozenset({cid})
    assert "New information about 1 person you follow" in window.sync_panel.summary.text()


def test_the_about_box_shows_the_version(store: Store, make_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(store)
    (about,) = [a for a in window.help_menu.actions() if "About" in a.text()]
    about.trigger()
    (title, text) = dialogs[-1]
    assert title == "About Caseworker"
    assert f"Caseworker {version()}" in text


def test_sync_bars_say_nothing_new_and_wait_for_a_total(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: a partner with nothing new shows an empty bar saying so, not a full one for
    "0 records"; a running partner that has not said how much is coming shows a busy bar."""
    from caseworker.services.sync import PartnerProgress
    from ui.sync.panel import SyncPanel

    panel = SyncPanel()
    panel.on_progress(PartnerProgress("school", "Hillside Academy", "running", 40, None))
    assert panel.bar("school").maximum() == 0  # busy: no total known yet
    panel.on_progress(PartnerProgress("school", "Hillside Academy", "done", 0, 0))
    bar = panel.bar("school")
    assert bar.value() == 0 and bar.format() == "Nothing new"


def test_the_window_shows_its_first_screen_then_builds_the_rest_by_itself(synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window paints Home, the search and the sync panel first and builds the person
    page and the other features just after (a third of a second sooner on screen): nothing
    has to ask for them, and the menus are whole once it has."""
    from ui.ops.taskman import TaskManager

    store, _, _ = synced
    window = MainWindow(store, TaskManager())
    qtbot.addWidget(window)
    try:
        assert not window.finished  # nothing behind the first screen is built yet
        assert window.stack.count() == 1 and window.stack.currentWidget() is window.home
        window.show()
        qtbot.waitUntil(lambda: window.finished, timeout=5000)
        for page in (window.page, window.emerging, window.front_door):
            assert window.stack.indexOf(page) > 0  # behind Home
        assert window.stack.currentWidget() is window.home
        go = [a.text() for a in window.ctx.menus.go.actions()]
        assert go[0] == "&Home: my caseload" and "&Emerging needs" in go
        view = [a.text() for a in window.ctx.menus.view.actions()]
        assert "&Agreements…" in view and "Audit &log…" in view
    finally:
        window.close()


def test_keys_pressed_before_the_window_is_finished_are_not_lost(
    window: MainWindow, synced, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A key pressed as the window appears builds the rest at once, so a shortcut finds its
    action (Ctrl+Shift+E, emerging needs: pressed as the window system delivers keys) and a
    letter reaches the search box; a person asked for by the start-up code gets a page."""
    assert not window.finished
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_E, ctrl_shift)
    assert window.finished
    assert window.stack.currentWidget() is window.emerging

    store, _, _ = synced
    typed = make_window(store)
    assert not typed.finished
    qtbot.keyClicks(typed.search.box, "Ab")
    assert typed.finished and typed.search.box.text() == "Ab"

    asked = make_window(store)
    with store.session() as s:
        cid = showcase_citizen(s)
    assert cid is not None and not asked.finished
    with qtbot.waitSignal(asked.bus.sig_citizen_shown, timeout=5000):
        asked.open_citizen(cid)
    assert asked.page.view is not None and asked.page.view.citizen_id == cid


def test_a_window_closed_before_it_is_finished_stops_building(synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window closed and deleted while it builds its parts (a language switch in its first
    quarter second) builds no more of them: nothing runs on what Qt has deleted."""
    from ui.ops.taskman import TaskManager

    store, _, _ = synced
    window = MainWindow(store, TaskManager())
    window.show()
    qtbot.waitUntil(lambda: len(window.build_steps_ms) >= 1, timeout=5000)
    assert not window.finished
    built = len(window.build_steps_ms)
    window.close()
    window.deleteLater()
    qtbot.wait(300)  # an exception in the event loop fails the test
    assert len(window.build_steps_ms) == built
