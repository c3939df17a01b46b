"""Themes and text size, applied to the running app without a restart.

Light is Fusion's own palette; dark and high contrast set a palette and add their own
stylesheet on top of the shared rules in light.qss. High contrast follows WCAG's 7:1 (AAA)
contrast for text and draws a thick yellow focus outline. Text size scales the application
font, so every widget's text follows.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import stylesheet

_BASE_POINT_SIZE: float | None = None

_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "dark": {
        QPalette.ColorRole.Window: "#1f2329",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#15181c",
        QPalette.ColorRole.AlternateBase: "#23272e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b3038",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b3038",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#a0a6ad",
        QPalette.ColorRole.Link: "#8ab4f8",
    },
    "high_contrast": {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#d0d0d0",
        QPalette.ColorRole.Link: "#00ffff",
    },
}


def palette(theme: str) -> QPalette:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.style().standardPalette()
    for role, colour in _PALETTES.get(theme, {}).items():
        base.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    if theme in _PALETTES:
        disabled = QColor("#8a8f96" if theme == "dark" else "#c0c0c0")
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.WindowText,
        ):
            base.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return base


def apply(app: QApplication, theme: str = "light", text_scale: int = 100) -> None:
    """Set the palette, stylesheet and font size for `theme` at `text_scale` per cent."""
    global _BASE_POINT_SIZE
    if _BASE_POINT_SIZE is None:
        _BASE_POINT_SIZE = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    app.setPalette(palette(theme))
    sheet = stylesheet("light")
    if theme != "light":
        sheet += "\n" + stylesheet(theme)
    app.setStyleSheet(sheet)
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
