"""Settings → Preferences: sync schedule, idle lock, theme, language and text size."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from caseworker.preferences import (
    LANGUAGES,
    LOCK_CHOICES,
    SYNC_CHOICES,
    TEXT_SCALES,
    THEMES,
    Preferences,
)
from ui.i18n import plural, tr


def _combo(name: str, choices: list[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self._kept = preferences
        self.sync = _combo(
            tr("Sync with partners"),
            [
                (
                    tr("Only when I ask")
                    if m == 0
                    else plural(m, "Every {count} minute", "Every {count} minutes"),
                    m,
                )
                for m in SYNC_CHOICES
            ],
            preferences.sync_minutes,
        )
        self.lock = _combo(
            tr("Lock when idle"),
            [(plural(m, "After {count} minute", "After {count} minutes"), m) for m in LOCK_CHOICES],
            preferences.lock_minutes,
        )
        theme_names = {
            "light": tr("Light"),
            "dark": tr("Dark"),
            "high_contrast": tr("High contrast"),
        }
        self.theme = _combo(tr("Theme"), [(theme_names[t], t) for t in THEMES], preferences.theme)
        language_names = {"en": "English", "cy": "Cymraeg (Welsh)"}
        self.language = _combo(
            tr("Language"), [(language_names[c], c) for c in LANGUAGES], preferences.language
        )
        self.text = _combo(
            tr("Text size"),
            [(tr("{percent}%", percent=s), s) for s in TEXT_SCALES],
            preferences.text_scale,
        )
        form = QFormLayout(self)
        for caption, box in (
            (tr("&Sync with partners:"), self.sync),
            (tr("&Lock when idle:"), self.lock),
            (tr("&Theme:"), self.theme),
            (tr("Lan&guage:"), self.language),
            (tr("Te&xt size:"), self.text),
        ):
            label = QLabel(caption)
            label.setBuddy(box)
            form.addRow(label, box)
        note = QLabel(
            tr(
                "Locking closes the store and drops its key from memory; Ctrl+L locks at "
                "once. Preferences are kept in the encrypted store, and changes are audited."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            sync_minutes=int(self.sync.currentData()),
            lock_minutes=int(self.lock.currentData()),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            text_scale=int(self.text.currentData()),
        )
