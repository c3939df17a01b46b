"""Linkage in the window: the review queue side by side, and unlink and link on the Records tab."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.changes import Changes
from caseworker.linkage.fellegi_sunter import Params
from caseworker.linkage.params_store import save_params
from caseworker.profile import DEMO_PROFILE
from caseworker.store.models import LinkPair, SourcePerson
from caseworker.sync.engine import SyncReport, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.views.search import summaries
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow

REASON = "Different date of birth on the school's own record"


def _records_shown(window: MainWindow) -> list[str]:
    tab = window.page.records
    return [tab.list.topLevelItem(i).text(1) for i in range(tab.list.topLevelItemCount())]


def test_the_records_tab_unlinks_a_record_and_links_it_back(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    qtbot.waitUntil(lambda: len(_records_shown(window)) >= 3)
    before = _records_shown(window)
    how = {
        window.page.records.list.topLevelItem(i).text(6)
        for i in range(window.page.records.list.topLevelItemCount())
    }
    assert how <= {
        "First record of this person",
        "Same NHS number",
        "Same pupil number or police id",
        "Same name, date of birth and postcode",
    } | {h for h in how if h.startswith("Matched automatically (")}
    assert (
        window.page.tabs.tabText(window.page.tabs.indexOf(window.page.records)).replace("&", "")
        == f"Records ({len(before)})"
    )

    tab = window.page.records
    tab.list.setCurrentItem(tab.list.topLevelItem(len(before) - 1))
    person = tab.selected_person()
    assert tab.why.text().startswith(tab.list.currentItem().text(6))
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.link_actions.unlink(person, REASON)
    qtbot.waitUntil(lambda: len(_records_shown(window)) < len(before))
    assert before[-1] not in _records_shown(window)
    assert "unlinked" in window.statusBar().currentMessage()

    with store.session() as s:
        elsewhere = s.scalar(select(SourcePerson.citizen_id).where(SourcePerson.id == person))
        other = summaries(s, [elsewhere])[0]
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.link_actions.link_with(other, confirm=False)
    qtbot.waitUntil(lambda: sorted(_records_shown(window)) == sorted(before))


def _cautious_window(store, sandbox, make_window, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on a store synced by a cautious linker: most matches wait for a person."""
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    with store.session() as s:
        save_params(s, Params(link_at=0.999999))
    assert SyncService(store).sync_all().ok
    window: MainWindow = make_window(store)
    qtbot.waitUntil(lambda: window.match_actions.waiting > 0)
    return window


def test_the_review_queue_compares_pairs_and_takes_decisions(  # type: ignore[no-untyped-def]
    store, sandbox, make_window, qtbot
) -> None:
    window = _cautious_window(store, sandbox, make_window, qtbot)
    waiting = window.match_actions.waiting
    window.match_actions.review_action.trigger()
    dialog = window.match_actions.dialog
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == waiting)
    candidate = dialog.current()
    assert candidate is not None
    assert "%" in dialog.probability.text()
    rows = {
        dialog.comparison.item(r, 0).text(): [
            dialog.comparison.item(r, c).text() for c in range(1, 5)
        ]
        for r in range(dialog.comparison.rowCount())
    }
    assert set(rows) == {"First name", "Surname", "Date of birth", "Sex", "Postcode", "Address"}
    assert rows["Surname"][0] == (candidate.left.family or "—")
    assert rows["Surname"][1] == (candidate.right.family or "—")
    assert all(r[3].startswith(("+", "-")) for r in rows.values())  # every field has a weight

    dialog.accept_button.click()  # Same person
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() < waiting)
    with store.session() as s:
        assert s.get(LinkPair, candidate.pair_id).status == "accepted"
    after_accept = dialog.list.topLevelItemCount()
    dialog.undo_last()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() > after_accept)
    with store.session() as s:
        assert s.get(LinkPair, candidate.pair_id).status == "open"
    qtbot.waitUntil(lambda: dialog.current() is not None and dialog.accept_button.isEnabled())
    second = dialog.current()
    dialog.reject_button.click()  # Different people
    qtbot.waitUntil(lambda: second.pair_id not in [c.pair_id for c in dialog.candidates])
    with store.session() as s:
        pair = s.get(LinkPair, second.pair_id)
        assert (pair.status, pair.decided_by) == ("rejected", DEMO_PROFILE.display_name)


def test_the_people_tab_shows_the_family_and_opens_a_relative(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, sandbox, _ = synced
    rel = next(
        r for r in sandbox.data["childrens-social-care"].relationships if r.relation == "mother"
    )
    with store.session() as s:
        child = s.scalar(
            select(SourcePerson.citizen_id).where(SourcePerson.source_id == rel.person_source_id)
        )
        mother = s.scalar(
            select(SourcePerson.citizen_id).where(SourcePerson.source_id == rel.related_source_id)
        )
    open_person(window, qtbot, child)
    family = window.page.family
    rows = {
        family.topLevelItem(i).text(0): family.topLevelItem(i)
        for i in range(family.topLevelItemCount())
    }
    assert any(who.startswith("Mother") for who in rows)
    assert (
        window.page.tabs.tabText(window.page.tabs.indexOf(window.page.people))
        .replace("&", "")
        .startswith("People (")
    )
    row = next(item for who, item in rows.items() if who.startswith("Mother"))
    assert "Children's Social Care" in row.text(3)
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000) as shown:
        family.itemActivated.emit(row, 0)
    assert shown.args == [mother]
    mine = window.page.family
    assert any(
        mine.topLevelItem(i).text(0).startswith("Child") for i in range(mine.topLevelItemCount())
    )


def test_after_a_sync_the_window_reads_the_queue_once_and_says_how_many_wait(  # type: ignore[no-untyped-def]
    store, sandbox, make_window, qtbot
) -> None:
    window = _cautious_window(store, sandbox, make_window, qtbot)
    said: list[str] = []
    window.ctx.sig_status.connect(lambda text, _ms: said.append(text))
    reads: list[bool] = []
    refresh = window.match_actions.refresh
    window.match_actions.refresh = lambda *, announce=False: (  # type: ignore[method-assign]
        reads.append(announce),
        refresh(announce=announce),
    )

    # A sync's end: its changes (people came and were linked), then its report.
    window.sync_actions._finished(SyncReport((), Changes(frozenset({1}), people=True)))

    qtbot.waitUntil(lambda: any("wait for review" in text for text in said))
    assert reads == [True]  # one read of the queue (0.1 s at a million records), announced
