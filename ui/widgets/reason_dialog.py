"""ReasonDialog: a mandatory reason, for a release request or for breaking the glass."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.requests import MIN_REASON
from ui.i18n import tr


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        action: str,
        parent: QWidget | None = None,
        *,
        prompt: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        label = QLabel(
            prompt
            or tr(
                "&Reason (at least {count} characters, kept on record and sent to the provider):",
                count=MIN_REASON,
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(tr("Reason"))
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(len(self.reason.toPlainText().strip()) >= MIN_REASON)
        )
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.reason, self.buttons):
            layout.addWidget(widget)

    def text(self) -> str:
        return self.reason.toPlainText().strip()
