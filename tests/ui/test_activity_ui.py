"""The Activity tab and the subject access report: who used a record, in words, from the
audit log, and everything held about a person in one owner-only file."""

from __future__ import annotations

import html
import stat

from caseworker.audit.chain import verify
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def _activity(window: MainWindow) -> list[str]:
    tree = window.page.activity.list
    return [tree.topLevelItem(r).text(3) for r in range(tree.topLevelItemCount())]


def test_opening_writing_and_exporting_show_in_activity_and_the_report(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path, dialogs
) -> None:
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    page = window.page
    qtbot.waitUntil(lambda: _activity(window) == ["Opened the record"])
    assert page.tabs.tabText(page.tabs.indexOf(page.activity)) == "Activity (1)"
    assert page.activity.list.topLevelItem(0).text(1) == "Demo social worker"

    window.team_actions.write("note", ("Family seen at home; all well.", ["police"], None, None))
    qtbot.waitUntil(lambda: page.notes.list.topLevelItemCount() == 1)
    page.tabs.setCurrentWidget(page.activity)  # bringing the tab forward refreshes it
    qtbot.waitUntil(lambda: _activity(window)[0] == "Wrote a case note")

    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_chronology(tmp_path / "chronology.csv")
    report = tmp_path / "sar.html"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_subject_access(report)
    assert any("leaving the encrypted store" in title for title, _ in dialogs)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = html.unescape(report.read_text())
    name = page.view.identity.name.preferred.value
    assert f"Subject access report: {name}" in text
    assert "Family seen at home; all well." in text  # the team's own note about them
    assert "opened the record" in text and "wrote a note" in text
    assert "exported the record" in text  # the chronology, exported before it
    assert "saved an export of the record" in text  # and its file written
    for source in page.view.records:
        assert source.record_id in text

    pdf = tmp_path / "sar.pdf"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_subject_access(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    window.activity_actions.reload()
    qtbot.waitUntil(
        lambda: (
            _activity(window)
            == [
                "The subject access report (PDF) was saved",
                "Exported the subject access report as PDF",
                "The subject access report (HTML) was saved",
                "Exported the subject access report as HTML",
                "The chronology (CSV) was saved",
                "Exported the chronology as CSV",
                "Wrote a case note",
                "Opened the record",
            ]
        )
    )
    with store.session() as session:
        assert verify(session).ok
