"""ConsentDialog: record a citizen's consent decision for one provider and purpose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caseworker.agreements.vocabulary import ORGANISATIONS, PURPOSES
from caseworker.services.consent import METHODS, STATES
from ui import labels
from ui.i18n import tr


class ConsentDialog(QDialog):
    def __init__(
        self, citizen_name: str, providers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record consent"))
        intro = QLabel(
            tr(
                "Record what {name} decided about a partner sharing their records. "
                "A withdrawal hides what needs consent straight away.",
                name=citizen_name,
            )
        )
        intro.setWordWrap(True)
        self.provider = QComboBox()
        self.provider.setAccessibleName(tr("Partner"))
        for provider in providers:
            self.provider.addItem(ORGANISATIONS.get(provider, provider), provider)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(tr("Purpose"))
        for code in PURPOSES:
            self.purpose.addItem(labels.purpose(code), code)
        self.state = QComboBox()
        self.state.setAccessibleName(tr("Decision"))
        for code in STATES:
            self.state.addItem(labels.consent_state(code), code)
        self.method = QComboBox()
        self.method.setAccessibleName(tr("How it was given"))
        for code in METHODS:
            self.method.addItem(
                {
                    "verbal": tr("Verbally"),
                    "written": tr("In writing"),
                    "electronic": tr("Electronically"),
                }[code],
                code,
            )
        form = QFormLayout()
        form.addRow(tr("&Partner:"), self.provider)
        form.addRow(tr("P&urpose:"), self.purpose)
        form.addRow(tr("&Decision:"), self.state)
        form.addRow(tr("&How:"), self.method)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "provider": self.provider.currentData(),
            "purpose": self.purpose.currentData(),
            "state": self.state.currentData(),
            "method": self.method.currentData(),
        }
