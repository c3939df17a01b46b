"""SearchResultsModel: a list model over the core's CitizenSummary results (at most 200)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from caseworker.views.search import CitizenSummary
from ui import labels
from ui.i18n import tr
from ui.widgets.roles import CITIZEN_ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CitizenSummary] = []

    def set_results(self, rows: list[CitizenSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> CitizenSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        known = ", ".join(labels.agency(a) for a in r.agencies)
        if role == Qt.ItemDataRole.DisplayRole:
            born = labels.born(r.birth_date) if r.birth_date else tr("birth date unknown")
            return f"{r.name}\n{born} · {r.postcode or tr('no postcode')}\n{known}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            where = ", ".join(p for p in (r.address, r.postcode) if p) or tr("address unknown")
            text = tr(
                "{name}, {address}, known to {agencies}", name=r.name, address=where, agencies=known
            )
            return text + (" " + tr("(a close match)") if r.match == "close" else "")
        if role == CITIZEN_ID_ROLE:
            return r.citizen_id
        return None
