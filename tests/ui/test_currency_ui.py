"""Whether any of it may be old or incomplete, on the first screen of a person (issue 22).

A police partner that is down shows its banner on every person it holds, in words with what
to do (no status code), and on people it does not hold as a partner that may hold more; a
partner that has not synced yet says so; the Overview says when each agency last updated.
Over a real sandbox, a real store and a real window.
"""

from __future__ import annotations

from sqlalchemy import select

from caseworker.profile import DEMO_PROFILE
from caseworker.store.models import SourcePerson
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow

POLICE = "Constabulary Public Protection Unit"


def _not_held_by_police(store) -> int:  # type: ignore[no-untyped-def]
    with store.session() as s:
        police = select(SourcePerson.citizen_id).where(SourcePerson.partner_id == "police")
        citizen = s.scalar(
            select(SourcePerson.citizen_id).where(
                SourcePerson.citizen_id.is_not(None), SourcePerson.citizen_id.not_in(police)
            )
        )
    assert citizen is not None
    return int(citizen)


def test_a_partner_down_shows_on_every_person_it_holds(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    child = showcase_child(store)
    open_person(window, qtbot, child)
    banner = window.page.currency_banner
    assert not banner.isVisible()  # every partner current: quiet
    assert (
        "Last updated:" in window.page.updated.text() and "today at" in window.page.updated.text()
    )

    sandbox.servers["police"].faults.fail_requests = 1000
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=120_000):
        window.start_sync()
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    (line,) = banner.lines
    assert line.startswith("⚠ " + POLICE) and "may be out of date" in line
    assert "could not be reached" in line and "tell your administrator" in line
    assert "HTTP" not in line and "503" not in line  # words, not status codes
    assert f"⚠ {POLICE}" in window.page.updated.text()
    assert banner.geometry().bottom() < window.page.tabs.geometry().top()  # above the tabs

    other = _not_held_by_police(store)
    open_person(window, qtbot, other)
    qtbot.waitUntil(lambda: bool(banner.lines), timeout=10_000)
    (line,) = banner.lines
    assert "may hold information about this person that is not shown" in line

    sandbox.servers["police"].faults.fail_requests = 0
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=120_000):
        window.start_sync()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)  # back to quiet


def test_a_partner_not_yet_synced_is_said(store, sandbox, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    everyone_but_police = [c for c in sandbox.partner_configs() if c.partner_id != "police"]
    SyncService(store).sync_all(partners=everyone_but_police)
    window = make_window(store)
    open_person(window, qtbot, showcase_child(store))
    banner = window.page.currency_banner
    qtbot.waitUntil(lambda: bool(banner.lines), timeout=10_000)
    assert banner.lines == [
        f"⚠ {POLICE} has not synced yet: it may hold information about this person that is "
        "not shown. Sync now (F5)."
    ]
