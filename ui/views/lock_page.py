"""LockPage: what the window shows while the store is locked. Nothing of any person shows;
the only thing to do is unlock (Enter), which reads the key from the keyring again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr


class LockPage(QWidget):
    sig_unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("Caseworker is locked"))
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
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
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
