"""LockPage: what the window shows while the store is locked. Nothing of any person shows;
the only thing to do is unlock (Enter), which reads the key from the keyring again, with the
PIN typed here when the store has one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.store_key import MAX_PIN_LENGTH
from ui.i18n import tr
from ui.widgets.titles import make_title


class LockPage(QWidget):
    sig_unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("Caseworker is locked"))
        make_title(title)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(
            tr(
                "The store is closed and its key is not in memory. Unlock to carry on where "
                "you were; the key is read from your system keyring again."
            )
        )
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock = QPushButton(tr("&Unlock"))
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self.sig_unlock_requested)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN_LENGTH)
        self.pin.setAccessibleName(tr("PIN"))
        self.pin.setMaximumWidth(240)
        self.pin.returnPressed.connect(self.unlock.click)
        self.pin_row = QWidget()
        pin_form = QFormLayout(self.pin_row)
        pin_form.addRow(tr("&PIN:"), self.pin)
        self.pin_row.setVisible(False)
        self.asking_pin = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.pin_row, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

    def ask_pin(self, asked: bool) -> None:
        """Show the PIN field (when the store has a PIN) and put the focus where typing goes."""
        self.pin.clear()
        self.asking_pin = asked
        self.pin_row.setVisible(asked)
        (self.pin if asked else self.unlock).setFocus()

    def take_pin(self) -> str | None:
        """The PIN typed, cleared from the field at once; None when none is asked for."""
        if not self.asking_pin:
            return None
        typed = self.pin.text()
        self.pin.clear()
        return typed or None
