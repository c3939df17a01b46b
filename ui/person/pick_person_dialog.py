"""PickPersonDialog: find another person by name, date of birth or NHS number, and pick them.

Used to link records by hand: the results show age, postcode and agencies so that the
worker can tell namesakes apart. Enter picks the highlighted person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.views.search import CitizenSummary
from ui import labels
from ui.i18n import tr


class PickPersonDialog(QDialog):
    def __init__(
        self,
        find: Callable[[str, Callable[[list[CitizenSummary]], None]], None],
        exclude: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link another person's records"))
        self.resize(720, 420)
        self._find = find
        self._exclude = exclude
        self.chosen: CitizenSummary | None = None
        intro = QLabel(
            tr(
                "Find the person whose records belong here too. Their records join this "
                "person's view; you can unlink them again from the Records tab."
            )
        )
        intro.setWordWrap(True)
        label = QLabel(tr("&Find:"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(tr("Name, NHS number or date of birth"))
        self.box.setAccessibleName(tr("Find a person to link"))
        label.setBuddy(self.box)
        self.results = QTreeWidget()
        self.results.setAccessibleName(tr("People found"))
        self.results.setRootIsDecorated(False)
        self.results.setHeaderLabels(
            [tr("Name"), tr("Date of birth"), tr("Postcode"), tr("Known to")]
        )
        self.results.itemActivated.connect(lambda *_: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.results.currentItemChanged.connect(
            lambda current, _: self.ok.setEnabled(current is not None)
        )
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self._on_return)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.box, self.results, self.buttons):
            layout.addWidget(widget)

    def search_now(self) -> None:
        text = self.box.text().strip()
        if text:
            self._find(text, self.show_results)

    def show_results(self, rows: list[CitizenSummary]) -> None:
        self.results.clear()
        for summary in rows:
            if summary.citizen_id == self._exclude:
                continue
            row = QTreeWidgetItem(
                [
                    summary.name,
                    summary.birth_date.strftime("%d/%m/%Y") if summary.birth_date else "—",
                    summary.postcode or "—",
                    ", ".join(labels.agency(a) for a in summary.agencies),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, summary)
            self.results.addTopLevelItem(row)
        if (first := self.results.topLevelItem(0)) is not None:
            self.results.setCurrentItem(first)

    def _on_return(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.search_now()
        elif self.results.currentItem() is not None:
            self.accept()

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
        super().accept()
