"""ReviewDialog: pairs of records the matcher could not decide, side by side, for a person to.

Each field shows both values, whether they agree, and the weight that gave the match; the
overall probability heads the comparison. Same person (Alt+S) links them; Different people
(Alt+D) keeps them apart for good; Undo (Ctrl+Z) takes back this session's last decision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.linkage import Candidate, Contribution, RecordSide
from ui import labels, theme
from ui.i18n import plural, tr
from ui.keymap import sequences

FIELDS = ("given", "family", "birth_date", "sex", "postcode", "address")


def _value(side: RecordSide, field: str) -> str:
    value = {
        "given": side.given,
        "family": side.family,
        "birth_date": side.birth_date.strftime("%d/%m/%Y") if side.birth_date else None,
        "sex": side.sex,
        "postcode": side.postcode,
        "address": side.address,
    }[field]
    return value or "—"


def percent(probability: float) -> str:
    """'97%', or '99.95%' near certainty: never a rounded '100%' for what is not certain."""
    if probability >= 0.99:
        return f"{min(probability, 0.9999):.2%}"
    return f"{probability:.0%}"


def pair_title(candidate: Candidate) -> str:
    def name(side: RecordSide) -> str:
        return " ".join(part for part in (side.given, side.family) if part) or tr("(no name)")

    return tr(
        "{left} ({left_partner}) and {right} ({right_partner}) — {probability}",
        left=name(candidate.left),
        left_partner=candidate.left.partner,
        right=name(candidate.right),
        right_partner=candidate.right.partner,
        probability=percent(candidate.probability),
    )


class ReviewDialog(QDialog):
    sig_decided = Signal(int, bool)  # pair id, accepted
    sig_undo_requested = Signal(int)  # pair id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Possible matches to review"))
        self.resize(1100, 560)
        self.candidates: list[Candidate] = []
        self.decided: list[int] = []
        """Pairs decided in this dialog, newest last: what Undo takes back."""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(tr("Pairs of records to review"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.probability = QLabel()
        self.probability.setObjectName("matchProbability")
        self.probability.setWordWrap(True)
        self.comparison = QTableWidget(len(FIELDS), 5)
        self.comparison.setAccessibleName(tr("Field by field comparison"))
        self.comparison.setHorizontalHeaderLabels(
            [tr("Field"), tr("First record"), tr("Second record"), tr("They are"), tr("Weight")]
        )
        self.comparison.verticalHeader().setVisible(False)
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.comparison.setColumnWidth(column, 190)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.accept_button = QPushButton(tr("&Same person"))
        self.accept_button.setToolTip(tr("Link these records as one person"))
        self.reject_button = QPushButton(tr("&Different people"))
        self.reject_button.setToolTip(tr("Keep them apart; you will not be asked again"))
        self.undo_button = QPushButton(tr("&Undo"))
        self.undo_button.setToolTip(tr("Take back your last decision here (Ctrl+Z)"))
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.undo_button.clicked.connect(self.undo_last)
        for key in sequences("undo_decision"):
            QShortcut(key, self, self.undo_last)

        right = QWidget()
        pane = QVBoxLayout(right)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.probability)
        pane.addWidget(self.comparison, 1)
        pane.addWidget(self.sources)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.reject_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        pane.addLayout(actions)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.show_candidates([])

    def show_candidates(self, candidates: list[Candidate]) -> None:
        keep = self.current_pair()
        self.candidates = candidates
        self.list.clear()
        for candidate in candidates:
            row = QTreeWidgetItem([pair_title(candidate)])
            row.setData(0, Qt.ItemDataRole.UserRole, candidate.pair_id)
            self.list.addTopLevelItem(row)
        self.intro.setText(
            plural(
                len(candidates),
                "{count} pair of records may be the same person. Compare them and decide; "
                "each decision is kept with your name and is never asked again.",
                "{count} pairs of records may be the same person. Compare them and decide; "
                "each decision is kept with your name and is never asked again.",
            )
            if candidates
            else tr("Nothing to review: every possible match has been decided.")
        )
        ids = [c.pair_id for c in candidates]
        index = ids.index(keep) if keep in ids else 0
        if (chosen := self.list.topLevelItem(index)) is not None:
            self.list.setCurrentItem(chosen)
        self._show_current()
        self.undo_button.setEnabled(bool(self.decided))
        self.splitter.setVisible(bool(candidates) or bool(self.decided))  # no empty grid

    def current_pair(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def current(self) -> Candidate | None:
        pair = self.current_pair()
        return next((c for c in self.candidates if c.pair_id == pair), None)

    def _show_current(self) -> None:
        candidate = self.current()
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(candidate is not None)
        self.comparison.clearContents()
        if candidate is None:
            self.probability.setText("")
            self.sources.setText("")
            return
        self.probability.setText(
            tr(
                "Match probability {probability}: between the link and review thresholds, "
                "so a person decides.",
                probability=percent(candidate.probability),
            )
        )
        by_field: dict[str, Contribution] = {c.field: c for c in candidate.contributions}
        for row, field in enumerate(FIELDS):
            part = by_field.get(field)
            level = part.level if part else None
            weight = part.weight if part else 0.0
            cells = [
                labels.match_field(field),
                _value(candidate.left, field),
                _value(candidate.right, field),
                labels.match_level(level),
                f"{weight:+.1f}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4 and weight:
                    colours = theme.current()
                    cell.setForeground(QColor(colours.for_ if weight > 0 else colours.against))
                    cell.setToolTip(
                        tr("Adds to the evidence that they are the same person")
                        if weight > 0
                        else tr("Counts against them being the same person")
                    )
                self.comparison.setItem(row, column, cell)
        self.comparison.resizeRowsToContents()
        self.sources.setText(
            tr(
                "First record: {a} at {a_partner}. Second record: {b} at {b_partner}.",
                a=candidate.left.source_id,
                a_partner=candidate.left.partner,
                b=candidate.right.source_id,
                b_partner=candidate.right.partner,
            )
        )

    def _decide(self, accept: bool) -> None:
        candidate = self.current()
        if candidate is None:
            return
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(False)  # until the queue comes back
        self.decided.append(candidate.pair_id)
        self.sig_decided.emit(candidate.pair_id, accept)

    def undo_last(self) -> None:
        if self.decided:
            self.undo_button.setEnabled(False)
            self.sig_undo_requested.emit(self.decided.pop())
