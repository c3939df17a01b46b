"""The app's widget style: Fusion, with control boundaries and focus drawn in the theme's own
colours so that both stand out (WCAG 2.2, 1.4.11 non-text contrast, 3:1).

Fusion draws a text field's, a combo box's or a check box's outline a shade darker than the
window, which is under 2:1 in every palette; a style sheet border would replace Fusion's
drawing of the whole control (arrows and all). So this proxy lets Fusion draw each control,
then draws its boundary over it: one pixel in the theme's boundary colour, or two in its focus
colour when the control has the keyboard focus (also the focus rectangle of check boxes,
buttons and list items). The colours come from ui.theme, where a test checks their ratios.
It also keeps every button, field and check box at least 24 pixels each way (WCAG 2.2,
2.5.8), which Fusion's 22-pixel controls at the usual text size are not.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

PE = QStyle.PrimitiveElement
OUTLINED = frozenset({PE.PE_FrameLineEdit, PE.PE_Frame, PE.PE_IndicatorCheckBox})
"""Primitives whose boundary is drawn again: text fields, framed panels (lists, tables, text
boxes) and check boxes."""
COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})
FOCUS_WIDTH = 2.0
MIN_TARGET = 24
"""The smallest a control may be, in pixels, either way (WCAG 2.2, 2.5.8 target size)."""
CT = QStyle.ContentsType
TARGETS = frozenset(
    {
        CT.CT_PushButton,
        CT.CT_ComboBox,
        CT.CT_LineEdit,
        CT.CT_SpinBox,
        CT.CT_CheckBox,
        CT.CT_RadioButton,
        CT.CT_ToolButton,
    }
)
"""Controls a person clicks or taps, kept at least MIN_TARGET high and wide."""


class OutlineStyle(QProxyStyle):
    def __init__(self, boundary: str, focus: str) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.boundary, self.focus = QColor(boundary), QColor(focus)

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        wanted = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind in TARGETS:
            wanted = wanted.expandedTo(QSize(MIN_TARGET, MIN_TARGET))
        return wanted

    def set_colours(self, boundary: str, focus: str) -> None:
        self.boundary, self.focus = QColor(boundary), QColor(focus)

    def _outline(self, painter: QPainter, rect: QRect, focused: bool, radius: float) -> None:
        width = FOCUS_WIDTH if focused else 1.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.focus if focused else self.boundary, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), radius, radius)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED:
            focused = element != PE.PE_IndicatorCheckBox and _has_focus(option)
            self._outline(painter, option.rect, focused, 1.0 if focused else 2.0)
        elif element == PE.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(self.boundary, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()
        elif element == PE.PE_FrameFocusRect:
            self._outline(painter, option.rect, True, 1.0)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
        if control in COMPLEX:
            self._outline(painter, option.rect, _has_focus(option), 2.0)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButtonBevel:
            self._outline(painter, option.rect, _has_focus(option), 2.0)


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)
