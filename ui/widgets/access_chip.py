"""AccessChip: beside a value, what this user may see of it — a glyph and a word, and why.

Full access and the user's own records are the usual case: their chip is quiet (kept for
the reasons in its tooltip, not shown), so the exceptions stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from caseworker.views.vocabulary import Decision
from ui.access_words import chip_text, reasons_text
from ui.i18n import tr

QUIET = frozenset({"full", "own", "none"})
"""The kinds of access shown only in a tooltip: what a user sees most of the time."""


class AccessChip(QLabel):
    def __init__(
        self, decision: Decision | None, partner_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessChip")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.quiet = False
        self.show_decision(decision, partner_name)

    def show_decision(self, decision: Decision | None, partner_name: str = "") -> None:
        """Say `decision` (the same chip reused for another value: no widget made)."""
        text, kind = chip_text(decision)
        self.setText(text)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)  # the style sheet colours it by its kind
            self.style().polish(self)
        reasons = reasons_text(decision, partner_name)
        self.setToolTip(reasons)
        self.setAccessibleName(tr("Access: {level}", level=text[2:]))
        self.setAccessibleDescription(reasons)
        self.quiet = kind in QUIET
        self.setVisible(not self.quiet)

    def blank(self) -> None:
        """Hidden, saying no decision: a chip kept for reuse holds nothing of the value before."""
        self.show_decision(None)
        self.hide()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible and not self.quiet)
