"""PartnerForm: how to reach one partner. The secret field is written to the OS keyring only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.partners import AGENCIES, PartnerConfig
from ui import labels
from ui.i18n import tr


class PartnerForm(QDialog):
    def __init__(self, current: PartnerConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit partner") if current else tr("Add a partner"))
        c = current
        self.partner_id = self._line(tr("Identifier"), c.partner_id if c else "")
        self.partner_id.setReadOnly(c is not None)
        self.name = self._line(tr("Name"), c.name if c else "")
        self.agency = QComboBox()
        self.agency.setAccessibleName(tr("Agency"))
        for code in AGENCIES:
            self.agency.addItem(labels.agency(code), code)
        self.protocol = QComboBox()
        self.protocol.setAccessibleName(tr("Protocol"))
        self.protocol.addItem(tr("HL7 FHIR R4"), "fhir")
        self.protocol.addItem(tr("Case Sharing"), "case")
        self.base_url = self._line(tr("Address"), c.base_url if c else "https://")
        self.public_key = self._line(tr("Agreement signing key"), c.public_key or "" if c else "")
        self.auth = QComboBox()
        self.auth.setAccessibleName(tr("Authentication"))
        for code, text in (
            ("none", tr("None")),
            ("api_key", tr("API key")),
            ("oauth2", tr("OAuth2 client credentials")),
        ):
            self.auth.addItem(text, code)
        self.token_url = self._line(tr("Token address"), c.token_url or "" if c else "")
        self.client_id = self._line(tr("Client id"), c.client_id or "" if c else "")
        self.secret = self._line(tr("API key or client secret"), "")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            tr("Kept in the system keyring; leave empty to keep the current one")
        )
        self.ca_bundle = self._line(tr("CA bundle file"), c.ca_bundle or "" if c else "")
        self.client_cert = self._line(
            tr("Client certificate file"), c.client_cert or "" if c else ""
        )
        if c is not None:
            self.agency.setCurrentIndex(self.agency.findData(c.agency))
            self.protocol.setCurrentIndex(self.protocol.findData(c.protocol))
            self.auth.setCurrentIndex(self.auth.findData(c.auth))
        self._agreements_url = c.agreements_url if c else None
        form = QFormLayout()
        for label, widget in (
            (tr("&Identifier:"), self.partner_id),
            (tr("&Name:"), self.name),
            (tr("A&gency:"), self.agency),
            (tr("&Protocol:"), self.protocol),
            (tr("A&ddress:"), self.base_url),
            (tr("Signing &key:"), self.public_key),
            (tr("A&uthentication:"), self.auth),
            (tr("&Token address:"), self.token_url),
            (tr("&Client id:"), self.client_id),
            (tr("&Secret:"), self.secret),
            (tr("CA &bundle:"), self.ca_bundle),
            (tr("Client ce&rtificate:"), self.client_cert),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _line(name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(name)
        return line

    def config(self) -> PartnerConfig:
        def text(line: QLineEdit) -> str | None:
            return line.text().strip() or None

        return PartnerConfig(
            self.partner_id.text().strip(),
            self.name.text().strip(),
            self.agency.currentData(),
            self.protocol.currentData(),
            self.base_url.text().strip(),
            text(self.public_key),
            self._agreements_url,
            self.auth.currentData(),
            text(self.token_url),
            text(self.client_id),
            text(self.ca_bundle),
            text(self.client_cert),
        )

    def secret_text(self) -> str | None:
        return self.secret.text() or None
