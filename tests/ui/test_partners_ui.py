"""Managing partners in the window: list with health, test, edit, remove."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.partners.form import PartnerForm


def test_partners_are_listed_tested_saved_and_removed(
    window: MainWindow, synced, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    actions = window.partner_actions
    actions.show()
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 5, timeout=5000)
    rows = {
        dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i).text(3) for i in range(5)
    }
    assert all(health.startswith("✓ Synced") for health in rows.values())

    police = next(c for c in dialog.configs if c.partner_id == "police")
    actions.test(police)
    qtbot.waitUntil(lambda: "answered" in dialog.status.text(), timeout=10_000)
    assert "Agreements in force: police-mash v3." in dialog.status.text()  # v2 superseded
    assert "would be kept" in dialog.status.text() and dialog.status.text().startswith("✓")

    form = PartnerForm(police)
    form.name.setText("Constabulary (MASH)")
    assert form.config().name == "Constabulary (MASH)" and form.config().base_url == police.base_url
    assert form.partner_id.isReadOnly() and form.secret.echoMode() == form.secret.EchoMode.Password
    actions.save(form.config(), None)
    qtbot.waitUntil(
        lambda: any(
            dialog.list.topLevelItem(i).text(0) == "Constabulary (MASH)"
            for i in range(dialog.list.topLevelItemCount())
        ),
        timeout=5000,
    )

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    school = next(c for c in dialog.configs if c.partner_id == "school")
    actions.remove(school)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 4, timeout=5000)
    dialog.close()
