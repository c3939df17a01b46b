"""View → Audit log: the chain's check at the top, every entry in words, filtered by kind
and by words."""

from __future__ import annotations

from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def test_the_audit_page_checks_the_chain_and_filters(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    window.search.box.setText("holt")
    qtbot.waitUntil(lambda: window.search.results_model.rowCount() > 0)
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    window.audit_actions.show_log()
    qtbot.waitUntil(lambda: window.audit_actions.page is not None)
    page = window.audit_actions.page
    assert page.state.text().startswith("✓ The log is intact")
    rows = lambda: [page.list.topLevelItem(i).text(4) for i in range(page.list.topLevelItemCount())]  # noqa: E731
    assert "Opened the record" in rows() and any(r.startswith("Searched (") for r in rows())
    page.kind.setCurrentIndex(page.kind.findData("search"))
    assert rows() and all(r.startswith("Searched (") for r in rows())
    page.kind.setCurrentIndex(0)
    page.words.setText(str(citizen))
    assert rows() == ["Opened the record"]
    # Issue 22: whom an entry is about, by name (the number kept beside it).
    name = window.page.view.identity.name.preferred.value
    assert page.list.topLevelItem(0).text(5) == f"{name} ({citizen})"
    page.words.setText(name.split()[-1].lower())
    assert "Opened the record" in rows()
    from PySide6.QtWidgets import QDialogButtonBox

    assert page.isVisible()
    page.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not page.isVisible()  # issue 22: the log has a Close button like every page
