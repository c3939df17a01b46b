"""A plain list of rows with column headers, the shape most tabs and dialogs here use: its
columns fitted to the page and its empty state in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)


def row_list(accessible_name: str, headers: list[str]) -> QTreeWidget:
    """A flat QTreeWidget (no tree lines) with these headers and an accessible name."""
    tree = QTreeWidget()
    tree.setAccessibleName(accessible_name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    return tree


SORT_ROLE = 0x0100 + 40
"""Item data role holding a column's sort key, where the text would sort wrongly."""


class SortableItem(QTreeWidgetItem):
    """A row that sorts each column by its SORT_ROLE value when it has one (numbers, dates)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text(column).lower() < other.text(column).lower()


def fit_columns(view: QTreeView | QTableView, *stretch: int) -> None:
    """Size the columns to their content and let the long-text ones (`stretch`) share what
    is left, so no column is pushed out of the window and no header is clipped; a cell cut
    short in a stretched column gives the rest in its tooltip (set where the row is made)."""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class _EmptyText(QObject):
    """Paints a list's empty state over its viewport while the list has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:  # first: other events come while the view dies
            return False
        model = self.view.model()
        if model is not None and model.rowCount() == 0:
            viewport = self.view.viewport()
            painter = QPainter(viewport)
            painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                viewport.rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.text,
            )
            painter.end()
            return True
        return False


def set_empty_text(view: QAbstractItemView, text: str) -> None:
    """What the list shows while it has no rows: what would appear there, and how it would
    get there (screen readers hear it as the list's description)."""
    old = view.findChild(_EmptyText)
    if old is not None:
        old.text = text
    else:
        view.viewport().installEventFilter(_EmptyText(view, text))
    view.setAccessibleDescription(text)
    view.viewport().update()
