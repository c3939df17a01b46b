"""ChronologyModel: a table model over a citizen's chronology (a tuple of core Items).

Significant events are marked in their own column with a word and shown in bold: never by
colour alone. Sorting uses real keys (SORT_KEY_ROLE), not display text. Each row's words and
sort keys are worked out once, when first asked for: a view asks for every cell's many times
(sizing the columns, sorting, painting), and a long history has hundreds of rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from caseworker.views.citizen import Item
from caseworker.views.research import CATEGORY as RESEARCH
from ui import labels
from ui.access_words import chip_text, detail_text, reasons_text, row_access_text
from ui.i18n import tr
from ui.widgets.roles import ITEM_ROLE, SORT_KEY_ROLE, SOURCE_ROLE

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("date", "agency", "event", "detail", "access", "significant")


def _title(item: Item) -> str:
    """An entry's title; research shared in answer to a MASH enquiry says so."""
    if item.category == RESEARCH:
        return tr("MASH research: {summary}", summary=item.title)
    return item.title


class ChronologyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Item, ...] = ()
        self._shown: list[tuple[str, ...] | None] = []
        self._keys: list[tuple[Any, ...] | None] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.beginResetModel()
        self._rows = items
        self._shown = [None] * len(items)
        self._keys = [None] * len(items)
        self.endResetModel()

    def _words(self, row: int) -> tuple[str, ...]:
        words = self._shown[row]
        if words is None:
            item = self._rows[row]
            words = self._shown[row] = (
                item.on.strftime("%d/%m/%Y") if item.on else "—",
                item.source.partner_name,
                _title(item),
                detail_text(
                    item.detail, item.access_of("record.detail"), item.request_of("record.detail")
                ),
                row_access_text(item.access_of("record.title"), item.access_of("record.detail")),
                tr("Significant") if item.significant else "",
            )
        return words

    def _sort_keys(self, row: int) -> tuple[Any, ...]:
        keys = self._keys[row]
        if keys is None:
            item = self._rows[row]
            keys = self._keys[row] = (
                (item.on or date.min).toordinal(),
                item.source.partner_name,
                item.title,
                item.detail or "",
                chip_text(item.access_of("record.title"))[0],
                int(item.significant),
            )
        return keys

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
            return self._words(index.row())[index.column()]
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
            return self._bold
        if role == SORT_KEY_ROLE:
            return self._sort_keys(index.row())[index.column()]
        if role == ITEM_ROLE:
            return item
        if role == SOURCE_ROLE:
            return item.source
        return None
