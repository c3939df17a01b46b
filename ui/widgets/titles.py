"""Page titles: the one large bold heading each page (Home, a person, Emerging needs, the
lock screen) starts with."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

SCALE = 1.6


def title_font(scale: float = SCALE) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def page_title(text: str, object_name: str = "pageTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setFont(title_font())
    return label
