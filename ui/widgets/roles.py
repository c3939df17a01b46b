"""Custom item data roles, offset from UserRole."""

from __future__ import annotations

from PySide6.QtCore import Qt

CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 3
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10
"""The whole core Item of a row, for actions on it (request, break glass)."""
