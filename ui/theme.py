"""Themes and text size, applied to the running app without a restart.

Each theme is data: a full palette, the colour of control boundaries and the colour of the
keyboard focus (drawn by ui.style), and a style sheet laid over the shared rules in
light.qss. tests/ui/test_contrast.py computes every ratio from this data and the style
sheets: 4.5:1 for text (7:1 in high contrast), 3:1 for boundaries and focus. Text size scales
the application font, so every widget's text follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import stylesheet
from ui.style import OutlineStyle
from ui.widgets import titles

Role = QPalette.ColorRole


@dataclass(frozen=True)
class Theme:
    palette: dict[QPalette.ColorRole, str]
    boundary: str
    """Outlines of text fields, combo boxes, check boxes, buttons and framed lists."""
    focus: str
    """The outline of whatever has the keyboard focus."""
    disabled: str
    """Text of controls that cannot be used (exempt from the text ratio, kept legible)."""
    for_: str
    """Text for evidence in favour (a match weight above nought), on the base colour."""
    against: str
    """Text for evidence against, on the base colour."""
    text_ratio: float = 4.5


THEMES: dict[str, Theme] = {
    "light": Theme(
        {
            Role.Window: "#efefef",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f5f5f5",
            Role.Text: "#000000",
            Role.Button: "#efefef",
            Role.ButtonText: "#000000",
            Role.BrightText: "#ffffff",
            Role.Highlight: "#1e5aa8",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#000000",
            Role.PlaceholderText: "#5f6368",
            Role.Link: "#0b57d0",
            Role.LinkVisited: "#6a1b9a",
        },
        boundary="#6b6b6b",
        focus="#0b57d0",
        disabled="#8a8a8a",
        for_="#1b5e20",
        against="#b71c1c",
    ),
    "dark": Theme(
        {
            Role.Window: "#1f2329",
            Role.WindowText: "#e8eaed",
            Role.Base: "#15181c",
            Role.AlternateBase: "#23272e",
            Role.Text: "#e8eaed",
            Role.Button: "#2b3038",
            Role.ButtonText: "#e8eaed",
            Role.BrightText: "#ffffff",
            Role.Highlight: "#2f66b8",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#2b3038",
            Role.ToolTipText: "#e8eaed",
            Role.PlaceholderText: "#a0a6ad",
            Role.Link: "#8ab4f8",
            Role.LinkVisited: "#d7aefb",
        },
        boundary="#8c939c",
        focus="#8ab4f8",
        disabled="#8a8f96",
        for_="#81c995",
        against="#f28b82",
    ),
    "high_contrast": Theme(
        {
            Role.Window: "#000000",
            Role.WindowText: "#ffffff",
            Role.Base: "#000000",
            Role.AlternateBase: "#1a1a1a",
            Role.Text: "#ffffff",
            Role.Button: "#000000",
            Role.ButtonText: "#ffffff",
            Role.BrightText: "#ffffff",
            Role.Highlight: "#ffff00",
            Role.HighlightedText: "#000000",
            Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
            Role.PlaceholderText: "#d0d0d0",
            Role.Link: "#00ffff",
            Role.LinkVisited: "#ff80ff",
        },
        boundary="#ffffff",
        focus="#ffff00",
        disabled="#c0c0c0",
        for_="#00ff00",
        against="#ff8080",
        text_ratio=7.0,
    ),
}

TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)
"""Text colour on the background it is drawn on, for every pair a widget uses."""

_BASE_POINT_SIZE: float | None = None
_style: OutlineStyle | None = None
_current = "light"
_applied: tuple[str, int] | None = None
"""The theme and text scale last applied."""


def theme(name: str) -> Theme:
    return THEMES.get(name, THEMES["light"])


def current() -> Theme:
    """The theme applied last."""
    return theme(_current)


def palette(name: str) -> QPalette:
    chosen = theme(name)
    result = QPalette()
    for role, colour in chosen.palette.items():
        result.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (Role.Text, Role.ButtonText, Role.WindowText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(chosen.disabled))
    return result


def style_sheet(name: str) -> str:
    sheet = stylesheet("light")
    return sheet if name == "light" else sheet + "\n" + stylesheet(name)


def _styled(app: QApplication) -> bool:
    """Whether `app` draws with the outlining style now. Once a style sheet is set Qt draws
    through its own style sheet style, which holds ours as its child; another style set
    since deletes ours."""
    if _style is None:
        return False
    try:
        holder = _style.parent()
    except RuntimeError:  # Qt deleted it: another style was set since
        return False
    current = app.style()
    return current is _style or (holder is not None and holder is current)


def _outline_style(app: QApplication, chosen: Theme) -> None:
    """Use the outlining style (once; its colours change with the theme)."""
    global _style
    if not _styled(app):
        _style = OutlineStyle(chosen.boundary, chosen.focus)
        app.setStyle(_style)
    else:
        assert _style is not None
        _style.set_colours(chosen.boundary, chosen.focus)


def apply(app: QApplication, name: str = "light", text_scale: int = 100) -> None:
    """Set the style, palette, style sheet and font size for theme `name` at `text_scale`
    per cent."""
    global _BASE_POINT_SIZE, _current, _applied
    _current = name if name in THEMES else "light"
    if _applied == (_current, text_scale) and _styled(app):
        return  # as it is: applying it again would polish every widget again (0.1 s at start)
    _applied = (_current, text_scale)
    if _BASE_POINT_SIZE is None:
        _BASE_POINT_SIZE = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    chosen = theme(name)
    _outline_style(app, chosen)
    app.setPalette(palette(name))
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    # Last: setting the style sheet polishes every widget again, and a polished widget takes
    # the application's font as it is now (a widget already polished keeps the size it was
    # given, whatever the application font becomes).
    app.setStyleSheet(style_sheet(name))
    titles.rescale()
