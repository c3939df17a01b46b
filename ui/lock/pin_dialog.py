"""PinDialog: asks for the store's PIN, or has a new one chosen (typed twice).

The PIN is held in the field only until the dialog closes; the caller passes it straight to
the core, which never stores it. A new PIN is checked as it is typed against the same rules
the core enforces (length, not a run or a repeat), so the button is enabled only for a PIN
the core will take.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import PinRejected
from caseworker.services.store_key import MAX_PIN_LENGTH, check_new_pin
from ui.errors import describe
from ui.i18n import tr


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN_LENGTH)
    field.setAccessibleName(name)
    return field


class PinDialog(QDialog):
    """`choose=False`: enter the PIN. `choose=True`: choose a new one (with the current one
    first when `current` is true)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose: bool = False,
        current: bool = False,
        min_length: int = 6,
        explanation: str = "",
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self._min_length = min_length
        self.setWindowTitle(tr("Choose a PIN") if choose else tr("Caseworker PIN"))
        if not explanation and choose:
            explanation = tr(
                "Caseworker will ask for this PIN, as well as your system keyring, whenever it "
                "opens or unlocks."
            )
        intro = QLabel(
            explanation
            or tr(
                "This store is protected by a PIN as well as your system keyring. Enter your "
                "PIN to open it."
            )
        )
        intro.setWordWrap(True)
        self.current = _pin_field(tr("Current PIN")) if (current or not choose) else None
        self.new = _pin_field(tr("New PIN")) if choose else None
        self.again = _pin_field(tr("New PIN again")) if choose else None
        form = QFormLayout()
        if self.current is not None:
            form.addRow(tr("Current &PIN:") if choose else tr("&PIN:"), self.current)
        if self.new is not None and self.again is not None:
            form.addRow(tr("&New PIN:"), self.new)
            form.addRow(tr("New PIN &again:"), self.again)
        self.show_pin = QCheckBox(tr("&Show what I type"))
        self.show_pin.toggled.connect(self._show_typed)
        self.problem = QLabel()
        self.problem.setObjectName("pinProblem")
        self.problem.setWordWrap(True)
        self.rules = QLabel(
            tr(
                "At least {count} characters, not a run like 123456 or a repeat like 000000. "
                "It cannot be recovered: if it is forgotten, the store must be synced again.",
                count=min_length,
            )
        )
        self.rules.setWordWrap(True)
        self.rules.setVisible(choose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            action or (tr("Set PIN") if choose else tr("&Open")),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in self._fields():
            field.textChanged.connect(self._judge)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.show_pin)
        layout.addWidget(self.rules)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._judge()
        self._fields()[0].setFocus()

    def _fields(self) -> list[QLineEdit]:
        return [f for f in (self.current, self.new, self.again) if f is not None]

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields():
            field.setEchoMode(mode)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _judge(self) -> None:
        problem = ""
        ready = all(f.text() for f in self._fields())
        if self._choose and self.new is not None and self.again is not None and self.new.text():
            try:
                check_new_pin(self.new.text(), min_length=self._min_length)
            except PinRejected as exc:
                problem, ready = describe(exc)[1], False
            else:
                if self.again.text() and self.again.text() != self.new.text():
                    problem, ready = tr("The two new PINs are not the same."), False
        if problem or ready:
            self.problem.setText(problem)
        self.ok.setEnabled(ready)

    def pin(self) -> str | None:
        """The current PIN typed (None when not asked for)."""
        return self.current.text() if self.current is not None else None

    def new_pin(self) -> str:
        assert self.new is not None
        return self.new.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            for field in self._fields():
                field.clear()
