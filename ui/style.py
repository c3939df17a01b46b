"""The app's widget style: Fusion, with control boundaries and focus drawn in the theme's own
colours so that both stand out (WCAG 2.2, 1.4.11 non-text contrast, 3:1).

Fusion draws a text field's, a combo box's or a check box's outline a shade darker than the
window, which is under 2:1 in every palette; a style sheet border would replace Fusion's
drawing of the whole control (arrows and all). So this proxy lets Fusion draw each control,
then draws its boundary over it: one pixel in the theme's boundary colour, or two in its focus
colour when the control has the keyboard focus (also the focus rectangle of check boxes,
buttons and list items). The colours come from ui.theme, where a test checks their ratios.
Only primitives and complex controls are overridden, and nothing that is asked for often
(sizes, item view cells): each override is a call into Python from every paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

PE = QStyle.PrimitiveElement
OUTLINED = frozenset(
    {PE.PE_FrameLineEdit, PE.PE_Frame, PE.PE_IndicatorCheckBox, PE.PE_PanelButtonCommand}
)
"""Primitives whose boundary is drawn again: text fields, framed panels (lists, tables, text
boxes), check boxes and push buttons. Only primitives and complex controls are overridden:
every override is a call into Python from each paint, and controls (a table's every cell)
are painted far more often than these."""
COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})
FOCUS_WIDTH = 2.0
MIN_TARGET = 24
"""The smallest a control may be, in pixels, either way (WCAG 2.2, 2.5.8 target size): set
by min-height in resources/styles/light.qss, which every theme lays its own sheet over (a
Python sizeFromContents would be called for every cell of every list, and cost seconds)."""


class OutlineStyle(QProxyStyle):
    def __init__(self, boundary: str, focus: str) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.boundary, self.focus = QColor(boundary), QColor(focus)

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
            radius = 2.0 if element == PE.PE_PanelButtonCommand or not focused else 1.0
            self._outline(painter, option.rect, focused, radius)
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


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)
