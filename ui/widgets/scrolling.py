"""A panel that scrolls top to bottom inside its window when its contents are taller than
the room it has (large text, a small screen), and never sideways: what is inside wraps to
the width instead (WCAG 2.2, 1.4.10 reflow). At ordinary sizes nothing scrolls and the
contents fill the room as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def vertical_scroll(inner: QWidget, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
    return area


def scrolled_layout(page: QWidget) -> QVBoxLayout:
    """Make `page` a vertically scrolling page and return the layout for its contents."""
    content = QWidget()
    layout = QVBoxLayout(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(vertical_scroll(content))
    return layout
