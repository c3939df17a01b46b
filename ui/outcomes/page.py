"""OutcomesPage: the outcome figures for the joint board (View → Outcome figures,
Ctrl+Shift+U), a page of the window like Home (Close or Escape goes back), as charts and
tables, with small numbers suppressed by the core, and CSV and
PDF exports. The page shows its protective marking, OFFICIAL, at the top and the bottom."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.outcomes import HIDDEN, SMALL, OutcomeFigures, Table
from ui.i18n import tr
from ui.keymap import sequences
from ui.outcomes.bar_chart import BarChart
from ui.widgets.titles import make_title


def _marking(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("marking")
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(tr("Protective marking"))
    return label


class OutcomesPage(QWidget):
    sig_close_requested = Signal()
    sig_export_requested = Signal(str)
    """"csv" or "pdf"."""
    sig_scope_changed = Signal(str)
    """"held" (everyone held here) or "caseload" (the team's caseload)."""

    def __init__(
        self, figures: OutcomeFigures, parent: QWidget | None = None, *, scope: str = "held"
    ) -> None:
        super().__init__(parent)
        self.figures = figures
        self.scope = QComboBox()
        self.scope.addItem(tr("Everyone held here"), "held")
        self.scope.addItem(tr("The team's caseload"), "caseload")
        self.scope.setCurrentIndex(self.scope.findData(scope))
        self.scope.setAccessibleName(tr("Figures for"))
        self.scope.currentIndexChanged.connect(
            lambda _i: self.sig_scope_changed.emit(self.scope.currentData())
        )
        scope_label = QLabel(tr("Figures &for:"))
        scope_label.setBuddy(self.scope)
        page_title = QLabel(tr("Outcome figures"))
        make_title(page_title)
        self.charts: dict[str, BarChart] = {}
        self.tables: dict[str, QTableWidget] = {}
        content = QWidget()
        inner = QVBoxLayout(content)
        intro = QLabel(
            tr(
                "Anonymised figures over everyone this store holds, from the records you may "
                "see. Counts from 1 to 4 show as {small}; {hidden} hides a count that would let "
                "a small one be worked out from a total. No figure identifies anyone.",
                small=SMALL,
                hidden=HIDDEN,
            )
        )
        intro.setWordWrap(True)
        inner.addWidget(intro)
        for table in figures.tables:
            heading = QLabel(table.title)
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            heading.setFont(font)
            inner.addWidget(heading)
            if len(table.columns) == 2:
                chart = BarChart(table.title)
                rows = [*table.rows, *([table.total] if table.total else [])]
                chart.set_rows([(r[0], r[1]) for r in rows])
                self.charts[table.key] = chart
                inner.addWidget(chart)
            else:
                grid = self._grid(table)
                self.tables[table.key] = grid
                inner.addWidget(grid)
            if table.note:
                note = QLabel(table.note)
                note.setWordWrap(True)
                inner.addWidget(note)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_csv = QPushButton(tr("Export &CSV…"))
        self.export_pdf = QPushButton(tr("Export &PDF…"))
        for button, fmt in ((self.export_csv, "csv"), (self.export_pdf, "pdf")):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, f=fmt: self.sig_export_requested.emit(f))
        buttons.rejected.connect(self.sig_close_requested)
        for key in sequences("close_window"):
            QShortcut(key, self, self.sig_close_requested.emit)
        choice = QHBoxLayout()
        choice.addWidget(scope_label)
        choice.addWidget(self.scope)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_marking(figures.marking))
        layout.addWidget(page_title)
        layout.addLayout(choice)
        layout.addWidget(scroll, 1)
        layout.addWidget(_marking(figures.marking))
        layout.addWidget(buttons)

    @staticmethod
    def _grid(table: Table) -> QTableWidget:
        rows = [*table.rows, *([table.total] if table.total else [])]
        grid = QTableWidget(len(rows), len(table.columns))
        grid.setAccessibleName(table.title)
        grid.setHorizontalHeaderLabels(list(table.columns))
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                grid.setItem(r, c, QTableWidgetItem(value))
        grid.resizeColumnsToContents()
        grid.setMinimumHeight(
            grid.horizontalHeader().height() + sum(grid.rowHeight(r) for r in range(len(rows))) + 4
        )
        return grid
