"""BarChart: a horizontal bar chart of already-suppressed figures.

Values arrive as the strings the core publishes: a number is drawn to scale; "<5" as a short
hatched bar (its size is not known, only that it is small); "*" (hidden so that a small
count cannot be worked out) with no bar. Every bar carries its value as text, so nothing
depends on length or colour, and the whole chart is read out through its accessible
description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.services.outcomes import HIDDEN, SMALL, THRESHOLD
from ui.i18n import tr

ROW = 24
GAP = 6


class BarChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self.rows = list(rows)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in rows))
        self.setToolTip("\n".join(f"{label}: {value}" for label, value in rows))
        self.setFixedHeight(max(1, len(self.rows)) * (ROW + GAP) + GAP)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = painter.fontMetrics()
        label_width = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)
        value_width = metrics.horizontalAdvance("00000") + GAP
        left = label_width + 2 * GAP
        room = max(10.0, self.width() - left - value_width - GAP)
        numbers = [int(v) for _, v in self.rows if v.isdigit()]
        scale = room / max([*numbers, THRESHOLD])
        for index, (label, value) in enumerate(self.rows):
            top = GAP + index * (ROW + GAP)
            painter.setPen(text)
            painter.drawText(
                QRectF(GAP, top, label_width, ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            if value.isdigit():
                length = int(value) * scale
                painter.fillRect(QRectF(left, top + 3, length, ROW - 6), bar)
            elif value == SMALL:
                length = (THRESHOLD - 1) * scale
                painter.fillRect(
                    QRectF(left, top + 3, length, ROW - 6),
                    QBrush(QColor(bar), Qt.BrushStyle.BDiagPattern),
                )
            else:
                length = 0.0
            painter.setPen(text)
            shown = value if value != HIDDEN else "* " + tr("hidden")
            painter.drawText(
                QRectF(left + length + GAP, top, value_width * 2, ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
        painter.end()
