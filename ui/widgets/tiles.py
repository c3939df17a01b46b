"""Tiles side by side in as many equal columns as fit, fewer as the text grows or the window
narrows (a partner's sync progress, for one). Unlike a fixed grid it never makes its window
wider than the screen: its minimum is one tile (WCAG 2.2, 1.4.10 reflow)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

TILE_CHARACTERS = 18
"""A tile's narrowest, in average characters of the current font (so it grows with it)."""


class TileGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(4)
        self._tiles: list[QWidget] = []
        self._columns = 0
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, tile: QWidget) -> None:
        self._tiles.append(tile)
        self._columns = 0  # lay out again
        self._place(self.width())

    def tile_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * TILE_CHARACTERS

    def columns_for(self, width: int) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        fit = (width + spacing) // (self.tile_width() + spacing)
        return max(1, min(len(self._tiles), fit))

    def _place(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns == self._columns:
            return
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for column in range(max(self._columns, columns) + 1):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        self._columns = columns
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(event.size().width())
        self._fit_height(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a tile's words changed
            self._fit_height(self.width())
        return handled

    def _fit_height(self, width: int) -> None:
        """The window's own layout asks for heights without a width; a wrapped partner name
        needs the height for this width, so that is made the minimum."""
        needed = self._grid.heightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.tile_width(), super().minimumSizeHint().height())
