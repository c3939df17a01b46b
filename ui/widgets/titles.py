"""Page titles: the one large bold heading each page (Home, a person, Emerging needs, the
lock screen) starts with. A title's size is a multiple of the text size, so it follows a
change of text size at once (`rescale`, called by ui.theme)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SCALE = 1.6
PROPERTY = "titleScale"


def title_font(scale: float = SCALE) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def make_title(widget: QWidget, scale: float = SCALE) -> None:
    """Give `widget` the title font, now and after every change of text size."""
    widget.setProperty(PROPERTY, scale)
    widget.setFont(title_font(scale))


def page_title(text: str, object_name: str = "pageTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    make_title(label)
    return label


def rescale() -> None:
    """After the text size changed: every title takes its size from the new one."""
    for widget in QApplication.allWidgets():
        scale = widget.property(PROPERTY)
        if isinstance(scale, float):
            widget.setFont(title_font(scale))
