"""A plain list of rows with column headers: the shape most tabs and dialogs here use."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView, QTreeWidget, QTreeWidgetItem


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
