"""A plain list of rows with column headers: the shape most tabs and dialogs here use."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget


def row_list(accessible_name: str, headers: list[str]) -> QTreeWidget:
    """A flat QTreeWidget (no tree lines) with these headers and an accessible name."""
    tree = QTreeWidget()
    tree.setAccessibleName(accessible_name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    return tree
