"""PartnersDialog: the partners this profile syncs with, their health, and add/edit/test/remove."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.partners import PartnerConfig
from caseworker.services.sync import PartnerStatus
from ui.i18n import tr


def health_words(status: PartnerStatus | None) -> str:
    if status is None or (status.last_success_at is None and not status.failures):
        return tr("Not synced yet")
    if status.paused():
        assert status.paused_until is not None
        return "✗ " + tr(
            "Failing — next try {time}", time=status.paused_until.astimezone().strftime("%H:%M")
        )
    assert status.last_success_at is not None
    return "✓ " + tr(
        "Synced {time}", time=status.last_success_at.astimezone().strftime("%d/%m %H:%M")
    )


class PartnersDialog(QDialog):
    sig_add = Signal()
    sig_edit = Signal(object)  # PartnerConfig
    sig_test = Signal(object)
    sig_remove = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Partners"))
        self.resize(900, 360)
        self.configs: list[PartnerConfig] = []
        self.list = QTreeWidget()
        self.list.setAccessibleName(tr("Partners"))
        self.list.setHeaderLabels(
            [tr("Partner"), tr("Protocol"), tr("Sign-in"), tr("Health"), tr("Address")]
        )
        self.list.setRootIsDecorated(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Partner check result"))
        buttons = QHBoxLayout()
        for text, handler in (
            (tr("&Add…"), lambda: self.sig_add.emit()),
            (tr("&Edit…"), lambda: self._emit(self.sig_edit)),
            (tr("&Test"), lambda: self._emit(self.sig_test)),
            (tr("&Remove…"), lambda: self._emit(self.sig_remove)),
            (tr("&Close"), self.accept),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def selected(self) -> PartnerConfig | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.configs[row] if 0 <= row < len(self.configs) else None

    def _emit(self, signal: SignalInstance) -> None:
        config = self.selected()
        if config is not None:
            signal.emit(config)

    def show_partners(self, listing: list[tuple[PartnerConfig, PartnerStatus | None]]) -> None:
        self.configs = [config for config, _ in listing]
        self.list.clear()
        for config, status in listing:
            self.list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        config.name,
                        "FHIR R4" if config.protocol == "fhir" else tr("Case Sharing"),
                        {"none": tr("none"), "api_key": tr("API key"), "oauth2": "OAuth2"}.get(
                            config.auth, config.auth
                        ),
                        health_words(status),
                        config.base_url,
                    ]
                )
            )
        for column in range(4):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if first is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(first)
