"""ChronologyModel: a table model over a citizen's chronology (a tuple of core Items).

Significant events are marked in their own column with a word and shown in bold: never by
colour alone. Sorting uses real keys (SORT_KEY_ROLE), not display text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from caseworker.views.citizen import Item
from ui import labels
from ui.access_words import chip_text, detail_text, reasons_text, row_access_text
from ui.i18n import tr
from ui.widgets.roles import ITEM_ROLE, SORT_KEY_ROLE, SOURCE_ROLE

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("date", "agency", "event", "detail", "access", "significant")


class ChronologyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Item, ...] = ()

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.beginResetModel()
        self._rows = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            tr("Date"),
            tr("Agency"),
            tr("What happened"),
            tr("Details"),
            tr("Access"),
            tr("Significant"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "date": item.on.strftime("%d/%m/%Y") if item.on else "—",
                "agency": item.source.partner_name,
                "event": item.title,
                "detail": detail_text(
                    item.detail, item.access_of("record.detail"), item.request_of("record.detail")
                ),
                "access": row_access_text(
                    item.access_of("record.title"), item.access_of("record.detail")
                ),
                "significant": tr("Significant") if item.significant else "",
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("access", "detail"):
            field = "record.title" if column == "access" else "record.detail"
            return reasons_text(item.access_of(field), item.source.partner_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(
                "From {partner} ({agency}), record {record}",
                partner=item.source.partner_name,
                agency=labels.agency(item.source.agency),
                record=item.source.record_id,
            )
        if role == Qt.ItemDataRole.FontRole and item.significant:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_KEY_ROLE:
            return {
                "date": (item.on or date.min).toordinal(),
                "agency": item.source.partner_name,
                "event": item.title,
                "detail": item.detail or "",
                "access": chip_text(item.access_of("record.title"))[0],
                "significant": int(item.significant),
            }[column]
        if role == ITEM_ROLE:
            return item
        if role == SOURCE_ROLE:
            return item.source
        return None
