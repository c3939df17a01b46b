"""NarrativeDialog: one record's narrative read in full, with where it came from and why
this user may read it. Opened only after the reveal is in the audit log
(caseworker.services.viewing.reveal)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.views.citizen import Item
from ui import labels
from ui.access_words import reasons_text
from ui.i18n import tr


class NarrativeDialog(QDialog):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(item.title)
        self.setMinimumSize(520, 320)
        decision = item.access_of("record.detail")
        when = item.on.strftime("%d/%m/%Y") if item.on else "—"
        heading = QLabel(
            tr(
                "{title}, {date}, shared by {partner} ({agency}), record {record}",
                title=item.title,
                date=when,
                partner=item.source.partner_name,
                agency=labels.agency(item.source.agency),
                record=item.source.record_id,
            )
        )
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(item.detail or "")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Narrative"))
        access = QLabel(reasons_text(decision, item.source.partner_name))
        access.setWordWrap(True)
        recorded = QLabel(tr("Reading this in full is recorded in the audit log."))
        recorded.setObjectName("recordedNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.text, access, recorded, buttons):
            layout.addWidget(widget)
        self.text.setFocus()
