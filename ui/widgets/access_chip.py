"""AccessChip: beside a value, what this user may see of it — a glyph and a word, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from caseworker.views.vocabulary import Decision
from ui.access_words import chip_text, reasons_text
from ui.i18n import tr


class AccessChip(QLabel):
    def __init__(
        self, decision: Decision | None, partner_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        text, kind = chip_text(decision)
        self.setText(text)
        self.setObjectName("accessChip")
        self.setProperty("kind", kind)
        reasons = reasons_text(decision, partner_name)
        self.setToolTip(reasons)
        self.setAccessibleName(tr("Access: {level}", level=text[2:]))
        self.setAccessibleDescription(reasons)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
