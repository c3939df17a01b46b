"""Contrast, computed from the themes' own data (ui.theme) and style sheets: text at 4.5:1
(7:1 in high contrast), control boundaries and the focus outline at 3:1 against whatever they
sit on (WCAG 2.2: 1.4.3, 1.4.11, 2.4.7); and the boundary and focus really are drawn in those
colours on a text field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui import theme
from ui.resources import stylesheet
from ui.theme import TEXT_PAIRS, THEMES, Role

BACKGROUNDS = (Role.Window, Role.Base, Role.Button, Role.AlternateBase)


def luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = QColor(colour)
    assert rgb.isValid(), colour
    return (
        0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue())
    )


def ratio(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Each single selector's declarations (a group `a, b { … }` gives both)."""
    found: dict[str, dict[str, str]] = {}
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";"))
            if value.strip()
        )
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def colour_of(value: str) -> str | None:
    match = re.search(r"#[0-9a-fA-F]{3,8}\b", value)
    return match.group(0) if match else None


def test_every_text_colour_of_every_palette_is_readable() -> None:
    failing = [
        f"{name}: {text.name} on {back.name} {ratio(t.palette[text], t.palette[back]):.2f}"
        for name, t in THEMES.items()
        for text, back in TEXT_PAIRS
        if ratio(t.palette[text], t.palette[back]) < t.text_ratio
    ]
    failing += [
        f"{name}: {what} {colour} {ratio(colour, t.palette[Role.Base]):.2f}"
        for name, t in THEMES.items()
        for what, colour in (("for", t.for_), ("against", t.against))
        if ratio(colour, t.palette[Role.Base]) < t.text_ratio
    ]
    assert failing == []


def test_boundaries_and_focus_stand_out_from_what_they_sit_on() -> None:
    failing = [
        f"{name}: {what} {colour} on {back.name} {ratio(colour, t.palette[back]):.2f}"
        for name, t in THEMES.items()
        for what, colour in (("boundary", t.boundary), ("focus", t.focus))
        for back in BACKGROUNDS
        if ratio(colour, t.palette[back]) < 3.0
    ]
    assert failing == []


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_in_the_style_sheets_is_readable(name: str) -> None:
    """light.qss is laid under every theme; a theme's own sheet overrides it selector by
    selector. Text with no background of its own sits on the window."""
    merged = rules(stylesheet("light"))
    if name != "light":
        for selector, declarations in rules(stylesheet(name)).items():
            merged.setdefault(selector, {}).update(declarations)
    t = THEMES[name]
    checked, failing = 0, []
    for selector, declarations in merged.items():
        text = colour_of(declarations.get("color", ""))
        if text is None:
            continue
        back = declarations.get("background") or declarations.get("background-color")
        behind = colour_of(back or "") or t.palette[Role.Window]
        checked += 1
        if ratio(text, behind) < t.text_ratio:
            failing.append(f"{selector}: {text} on {behind} {ratio(text, behind):.2f}")
    assert checked >= 10 and failing == []


@pytest.mark.parametrize("name", sorted(THEMES))
def test_a_text_field_is_outlined_and_its_focus_shows_in_the_themes_colours(
    qapp, qtbot, name: str
) -> None:  # type: ignore[no-untyped-def]
    t = THEMES[name]
    theme.apply(qapp, name, 100)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        quiet, focused = QLineEdit("quiet"), QLineEdit("focused")
        layout.addWidget(quiet)
        layout.addWidget(focused)
        holder.resize(300, 120)
        holder.show()
        holder.activateWindow()
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus)
        QApplication.processEvents()

        def edge(field: QLineEdit) -> str:
            image = field.grab().toImage()
            return QColor(image.pixel(QPoint(0, image.height() // 2))).name()

        assert ratio(edge(quiet), t.boundary) < 1.2  # the boundary colour, give or take
        assert ratio(edge(focused), t.focus) < 1.2
    finally:
        theme.apply(qapp, "light", 100)
