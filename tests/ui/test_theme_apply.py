"""Applying the theme: the preferences read at start-up name the theme already in use, and
applying it again must not restyle every widget (a tenth of a second of every start); a
different theme or text size still restyles them all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from ui import theme


class _Restyled(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_theme_in_use_applied_again_restyles_nothing(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    theme.apply(qapp, "light", 100)
    label = QLabel("Known to")
    qtbot.addWidget(label)
    label.show()
    restyled = _Restyled()
    label.installEventFilter(restyled)
    style = qapp.style()

    theme.apply(qapp, "light", 100)
    assert restyled.count == 0 and qapp.style() is style

    theme.apply(qapp, "dark", 100)
    assert restyled.count > 0
    theme.apply(qapp, "light", 100)
    assert label.palette().window().color().name() == theme.palette("light").window().color().name()
