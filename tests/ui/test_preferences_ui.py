"""Preferences: theme, text size and sync schedule apply at once, are kept in the store and
are audited; a hand-damaged setting falls back to the defaults."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from caseworker.audit.log import recent
from caseworker.preferences import Preferences, load_preferences
from caseworker.store.models import Setting
from ui.main_window import MainWindow


@pytest.fixture
def restore_look():  # type: ignore[no-untyped-def]
    yield
    from ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "light", 100)


def test_high_contrast_larger_text_and_manual_sync_apply_at_once(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, restore_look
) -> None:
    store, _, _ = synced
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    assert window.sync_actions.schedule.isActive()
    chosen = Preferences(sync_minutes=0, theme="high_contrast", text_scale=150)
    window.preferences_actions.save(chosen)
    qtbot.waitUntil(lambda: window.preferences_actions.preferences == chosen, timeout=5000)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    assert not window.sync_actions.schedule.isActive()  # syncs only when asked
    assert "Preferences saved" in window.statusBar().currentMessage()
    assert load_preferences(store) == chosen
    with store.session() as session:
        (entry,) = recent(session, kinds=("settings",), limit=1)
    assert entry.detail["theme"] == "high_contrast" and entry.detail["text_scale"] == 150

    window.preferences_actions.save(Preferences(theme="dark", sync_minutes=30))
    qtbot.waitUntil(lambda: window.preferences_actions.preferences.theme == "dark", timeout=5000)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#1f2329"
    assert (
        window.sync_actions.schedule.isActive()
        and window.sync_actions.schedule.interval() == 30 * 60_000
    )


def test_a_damaged_preferences_setting_falls_back_to_the_defaults(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        session.add(Setting(key="preferences", value='{"theme": "neon", "text_scale": "huge"}'))
    assert load_preferences(store) == Preferences()
    with store.session() as session:
        session.get(Setting, "preferences").value = "not json"
    assert load_preferences(store) == Preferences()
