"""QuarantineDialog: records set aside as unreadable, with their reasons, and Try again.

Payloads are never shown (they may hold personal data that did not pass checks); the
partner, the record reference, the reason and when it arrived are enough to chase it up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.sync import Quarantined, RetryOutcome
from ui.i18n import plural, tr


class QuarantineDialog(QDialog):
    sig_retry_requested = Signal()

    def __init__(self, items: list[Quarantined], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Records set aside"))
        self.resize(900, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(tr("Records set aside as unreadable"))
        self.list.setHeaderLabels([tr("Partner"), tr("Record"), tr("Why"), tr("Received")])
        self.list.setRootIsDecorated(False)
        self.retry = QPushButton(tr("&Try again"))
        self.retry.setToolTip(
            tr(
                "Read them again with this version of Caseworker; what now "
                "passes is added to the store"
            )
        )
        self.retry.clicked.connect(self.sig_retry_requested.emit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.show_items(items)

    def show_items(self, items: list[Quarantined], outcome: RetryOutcome | None = None) -> None:
        self.list.clear()
        for q in items:
            self.list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        q.partner_id,
                        q.resource_ref,
                        q.reason_detail,
                        q.received_at.strftime("%d/%m/%Y %H:%M"),
                    ]
                )
            )
        text = plural(
            len(items),
            "{count} record from partners could not be read and was set aside.",
            "{count} records from partners could not be read and were set aside.",
        )
        if outcome is not None:
            text = (
                plural(
                    outcome.accepted,
                    "{count} record was accepted on retry. ",
                    "{count} records were accepted on retry. ",
                )
                + text
            )
        self.intro.setText(text)
        self.retry.setEnabled(bool(items))
