"""The demo's screenshot (`main.py demo --screenshot PATH --tab TAB`): one screen of the
window after a sync, saved as a PNG, for the docs and the tests that look at the screens.

Loaded only when a screenshot is asked for: it reads what many pages show, and the window's
ordinary start needs none of that before its first paint (docs/performance.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from caseworker.services import Store
from caseworker.services.currency import partner_currency
from caseworker.services.emerging import emerging_needs
from caseworker.services.exporting import subject_access
from caseworker.services.following import set_following
from caseworker.services.front_door import front_door
from caseworker.services.outcomes import load_outcomes
from caseworker.services.reading import activity, agreement_list, showcase
from caseworker.services.register import load_register
from caseworker.services.sync import CancelToken, sync_apart
from caseworker.services.team import add_entry
from caseworker.services.viewing import find, open_citizen
from ui import language
from ui.export_pdf import first_page_image
from ui.frontdoor.demo import stage as stage_front_door
from ui.ops.taskman import TaskManager
from ui.words import words_in

TABS = ("overview", "chronology", "people", "notes", "access", "records", "activity")
"""The citizen page's tabs, in order; the screenshot can also show "home", "emerging",
"front_door" (contacts and an answered enquiry), "mash_research" (the chronology after it),
"register" (the data-flow register), "outcomes" (the outcome figures), "agreements"
(the agreements held, in their own window) and "sar" (the first page of the subject access
report, in the interface's language)."""


def save_screenshot(
    store: Store,
    window_factory: type,
    path: Path,
    tab: str = "overview",
    partner_down: Callable[[], None] | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Sync as the window does (in a process of its own, waiting for it here), open the
    showcase citizen, and save a PNG of the window. With
    `partner_down`, that is called after the first sync and a second sync follows; with
    `size`, the window has that size (as on a screen that size)."""
    taskman = TaskManager()
    window = window_factory(store, taskman, insecure_keyring=store.info.insecure_keyring)
    if size is not None:
        window.resize(*size)
    window.sync_panel.on_started()
    report = sync_apart(store, window.sync_panel.on_progress, CancelToken())
    if partner_down is not None:
        partner_down()
        report = sync_apart(store, window.sync_panel.on_progress, CancelToken())
    window.sync_panel.on_finished(report)
    cid = showcase(store)
    if tab == "mash_research" and cid is not None:
        stage_front_door(store, cid, "Demo")  # before the page is read: answers included
    view = open_citizen(store, cid) if cid is not None else None
    name = view.identity.name.preferred if view is not None else None
    surname = name.value.split()[-1] if name is not None else ""
    rows = find(store, surname) if surname else []
    if view is not None:
        window.search.show_results(surname, rows)
        holding = frozenset(r.partner_id for r in view.records)
        window.person_actions.show(view, partner_currency(store, holding))
        window.page.show_activity(activity(store, view.citizen_id))
        if tab == "home":
            _show_demo_home(store, window, [view.citizen_id, *(r.citizen_id for r in rows[:3])])
        elif tab == "emerging":
            window.emerging.show_households(emerging_needs(store))
            window.stack.setCurrentWidget(window.emerging)
        elif tab == "front_door":
            shown = stage_front_door(store, view.citizen_id, "Demo")
            window.front_door.show_door(front_door(store))
            window.front_door.select(shown)
            window.stack.setCurrentWidget(window.front_door)
        elif tab == "mash_research":  # the chronology once the partners have answered
            window.page.tabs.setCurrentIndex(TABS.index("chronology"))
        elif tab in TABS:
            if tab == "notes":
                _write_demo_notes(store, window, view.citizen_id)
            window.page.tabs.setCurrentIndex(TABS.index(tab))
    window.show()
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    shown = window
    if tab == "register":
        window.register_actions.open(load_register(store))
    elif tab == "outcomes":
        window.outcomes_actions.open(load_outcomes(store))
    elif tab == "agreements":
        window.agreement_actions.open_agreements(agreement_list(store))
        shown = window.agreement_actions.agreements_page
    QApplication.processEvents()
    if tab == "sar" and cid is not None:  # the report's first page, in the interface language
        sar = subject_access(store, cid, words_in(language.current())).text
        ok = first_page_image(sar).save(str(path))  # PNG, from the name
    else:
        ok = shown.grab().save(str(path), "PNG")
    window.close()
    return 0 if ok else 1


def partner_down(demo: Any, partner_id: str) -> Callable[[], None]:
    """Make one sandbox partner answer every request with an error from now on."""

    def down() -> None:
        network = demo.network if demo is not None else None
        if network is None or partner_id not in network.servers:
            raise SystemExit(f"--partner-down: no embedded sandbox partner {partner_id!r}.")
        network.servers[partner_id].faults.fail_requests = 1_000_000

    return down


def _show_demo_home(store: Store, window: Any, citizens: list[int]) -> None:
    """For the Home screenshot: follow a few of the demo's people, give one an overdue team
    task, and show the caseload."""
    for citizen in dict.fromkeys(citizens):
        set_following(store, citizen, True)
    due = date.today() - timedelta(days=2)
    add_entry(
        store,
        citizens[-1],
        kind="task",
        text="Book a home visit",
        partners=[],
        author="Demo",
        due_on=due,
    )
    window.home_actions.reload()
    deadline = time.monotonic() + 10
    while not window.home.rows and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    window.stack.setCurrentWidget(window.home)


def window_size(text: str | None) -> tuple[int, int] | None:
    """ "1280x720" as (1280, 720)."""
    if not text:
        return None
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise SystemExit(f"--size: expected WIDTHxHEIGHT, such as 1280x720, not {text!r}.")
    return int(width), int(height)


def _write_demo_notes(store: Store, window: Any, citizen_id: int) -> None:
    """For the Notes screenshot: a shared note, a task and a referral, as a team would."""
    today = date.today()
    add_entry(
        store,
        citizen_id,
        kind="note",
        text="Strategy discussion agreed a joint visit with the health visitor this week.",
        partners=["nhs-trust", "police"],
        author="Demo social worker",
    )
    add_entry(
        store,
        citizen_id,
        kind="task",
        text="Joint home visit",
        partners=["nhs-trust"],
        author="Demo social worker",
        owner="Health visitor",
        due_on=today + timedelta(days=3),
    )
    add_entry(
        store,
        citizen_id,
        kind="task",
        text="Ask school for attendance since September",
        partners=[],
        author="Demo social worker",
        owner="Demo social worker",
        due_on=today - timedelta(days=1),
    )
    window.team_actions.load(citizen_id)  # after any load the page's opening started
    deadline = time.monotonic() + 10
    while len(window.page.notes.entries) < 3 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
