"""ProfileDialog: choose organisation, role and purposes. Access is evaluated for them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.profile import Profile
from caseworker.views.vocabulary import ORGANISATIONS, PURPOSES, ROLES
from ui import labels
from ui.i18n import tr


class ProfileDialog(QDialog):
    def __init__(self, current: Profile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your profile"))
        intro = QLabel(
            tr(
                "What you may see of each partner's records depends on your "
                "organisation, your role and the purposes you work for. Changing them "
                "removes what the new profile may not see and fetches what it may."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(current.display_name if current else "")
        self.name.setAccessibleName(tr("Your name"))
        self.org = QComboBox()
        self.org.setAccessibleName(tr("Organisation"))
        for org, title in ORGANISATIONS.items():
            self.org.addItem(title, org)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        self.purposes: dict[str, QCheckBox] = {}
        box = QGroupBox(tr("Purposes you work for"))
        box_layout = QVBoxLayout(box)
        for code in PURPOSES:
            check = QCheckBox(labels.purpose(code))
            check.setChecked(current is not None and code in current.purposes)
            self.purposes[code] = check
            box_layout.addWidget(check)
        form = QFormLayout()
        form.addRow(tr("Your &name:"), self.name)
        form.addRow(tr("&Organisation:"), self.org)
        form.addRow(tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.buttons)
        self.org.currentIndexChanged.connect(self._fill_roles)
        if current is not None:
            self.org.setCurrentIndex(self.org.findData(current.org))
        self._fill_roles()
        if current is not None:
            self.role.setCurrentIndex(self.role.findData(current.role))
        for check in self.purposes.values():
            check.toggled.connect(self._update_ok)
        self._update_ok()

    def _fill_roles(self) -> None:
        org = self.org.currentData()
        self.role.clear()
        for role, (role_org, title) in ROLES.items():
            if role_org == org:
                self.role.addItem(title, role)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(c.isChecked() for c in self.purposes.values()))

    def profile(self) -> Profile:
        return Profile(
            self.org.currentData(),
            self.role.currentData(),
            tuple(code for code, c in self.purposes.items() if c.isChecked()),
            self.name.text().strip(),
        )
