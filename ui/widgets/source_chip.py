"""SourceChip: the label beside a value naming where it came from.

It is the slot where the access chip (agreement, clause, purpose, lawful basis) will sit:
an icon-like glyph and a word, never colour alone, with the details in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from caseworker.views.provenance import Source
from ui import labels
from ui.i18n import tr


class SourceChip(QLabel):
    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceChip")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.show_source(source)

    def show_source(self, source: Source) -> None:
        """Name `source` (the same chip reused for another value: no widget made)."""
        self.setText(f"◆ {labels.agency(source.agency)}")
        when = source.updated.strftime("%d/%m/%Y")
        details = tr(
            "Shared by {partner}, record {record}, last updated {when}",
            partner=source.partner_name,
            record=source.record_id,
            when=when,
        )
        self.setToolTip(details)
        self.setAccessibleName(tr("Source: {partner}", partner=source.partner_name))
        self.setAccessibleDescription(details)

    def blank(self) -> None:
        """Hidden, naming nobody: a chip kept for reuse holds nothing of the person before."""
        for set_text in (self.setText, self.setToolTip):
            set_text("")
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.hide()
