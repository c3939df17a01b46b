"""The front door's dialogs: record a contact, say who the child is, open an enquiry, decide.

Each collects what the service needs and nothing more; the service checks it and its refusal
is shown in plain words (ui.errors). Every field has a label with an underlined letter and
an accessible name, and the accepting button is enabled only once there is enough to send.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.contacts import CONCERNS, ContactDraft
from caseworker.services.decisions import MIN_RATIONALE, OUTCOMES
from caseworker.views.search import CitizenSummary
from caseworker.working_time import RATINGS
from ui import labels
from ui.i18n import tr
from ui.widgets.lists import fit_columns, row_list


def _labelled(form: QFormLayout, caption: str, field: QWidget, name: str) -> None:
    label = QLabel(caption)
    label.setBuddy(field)
    field.setAccessibleName(name)
    form.addRow(label, field)


def _buttons(dialog: QDialog, action: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setEnabled(False)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _choices() -> QComboBox:
    """A list whose long entries (the Welsh legislation's words) do not widen the dialog."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    return box


def _text() -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    return text


LOCAL = ZoneInfo("Europe/London")


def parse_moment(text: str) -> datetime | None:
    """DD/MM/YYYY HH:MM in London time (a contact taken by telephone and entered later)."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y %H:%M").replace(tzinfo=LOCAL)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


class ContactDialog(QDialog):
    """A contact as the referrer gave it."""

    def __init__(self, partners: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record a contact"))
        self.raised_by, self.agency = QLineEdit(), QLineEdit()
        self.partner = _choices()
        self.partner.addItem(tr("Not one of our partners"), None)
        for partner_id, name in sorted(partners.items(), key=lambda p: p[1]):
            self.partner.addItem(name, partner_id)
        self.about = _choices()
        for code, words in CONCERNS.items():
            self.about.addItem(tr(words), code)
        self.concern = _text()
        # Five lines are room enough to summarise, and keep the whole form within the two
        # thirds of the screen a dialog first opens at: no field is squeezed below a size
        # that can be hit (WCAG 2.5.8).
        self.concern.setMaximumHeight(self.concern.fontMetrics().lineSpacing() * 5 + 12)
        self.given, self.family = QLineEdit(), QLineEdit()
        self.born, self.postcode = QLineEdit(), QLineEdit()
        self.born.setPlaceholderText(tr("DD/MM/YYYY"))
        self.received = QLineEdit(datetime.now(LOCAL).strftime("%d/%m/%Y %H:%M"))
        self.received.setToolTip(
            tr("When the contact arrived: its clock starts then, not when it is entered here")
        )
        self.rating = QComboBox()
        self.rating.addItem(tr("Not rated yet"), None)
        for rating in RATINGS:
            self.rating.addItem(labels.rating(rating), rating)
        form = QFormLayout()
        _labelled(form, tr("Raised &by:"), self.raised_by, tr("Raised by"))
        _labelled(form, tr("Their a&gency:"), self.agency, tr("Their agency"))
        _labelled(form, tr("As &partner:"), self.partner, tr("Partner agency"))
        _labelled(form, tr("&About:"), self.about, tr("What the concern is about"))
        _labelled(form, tr("&Concern:"), self.concern, tr("The concern in the referrer's words"))
        _labelled(form, tr("Child's &first name:"), self.given, tr("Child's first name"))
        _labelled(form, tr("Child's &surname:"), self.family, tr("Child's surname"))
        _labelled(form, tr("&Date of birth:"), self.born, tr("Child's date of birth"))
        _labelled(form, tr("P&ostcode:"), self.postcode, tr("Child's postcode"))
        _labelled(form, tr("Recei&ved (DD/MM/YYYY HH:MM):"), self.received, tr("Received"))
        _labelled(form, tr("&Rating:"), self.rating, tr("Rating"))
        self.buttons, self.ok = _buttons(self, tr("Record contact"))
        fields = (self.raised_by, self.agency, self.given, self.family, self.born, self.received)
        for field in fields:
            field.textChanged.connect(self._update)
        self.concern.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        child = self.given.text().strip() or self.family.text().strip() or self.born.text()
        born_ok = not self.born.text().strip() or parse_date(self.born.text()) is not None
        self.ok.setEnabled(
            bool(self.raised_by.text().strip() and self.agency.text().strip())
            and bool(self.concern.toPlainText().strip())
            and bool(child)
            and born_ok
            and parse_moment(self.received.text()) is not None
        )

    def draft(self) -> ContactDraft:
        return ContactDraft(
            raised_by=self.raised_by.text(),
            referrer_agency=self.agency.text(),
            referrer_partner=self.partner.currentData(),
            about=str(self.about.currentData()),
            concern=self.concern.toPlainText(),
            child_given=self.given.text() or None,
            child_family=self.family.text() or None,
            child_birth_date=parse_date(self.born.text()),
            child_postcode=self.postcode.text() or None,
            rating=self.rating.currentData(),
            received_at=parse_moment(self.received.text()),
        )


CITIZEN_ROLE = Qt.ItemDataRole.UserRole
NOT_KNOWN = -1
"""The chosen 'citizen' when the worker says none of the possible matches is the child."""


class MatchDialog(QDialog):
    """Who the child is: one of the possible matches, or none of them. Nothing is chosen
    until the worker chooses."""

    def __init__(
        self, child: str, matches: list[CitizenSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Who is {child}?", child=child or tr("the child")))
        self.chosen: int | None = None
        intro = QLabel(
            tr(
                "These people held here may be the child the referrer named. Choose the one "
                "who is, or say that none of them is: nothing is assumed."
            )
        )
        intro.setWordWrap(True)
        self.list = row_list(
            tr("Possible matches"), [tr("Name"), tr("Born"), tr("Postcode"), tr("Known to")]
        )
        fit_columns(self.list, 3)
        for summary in matches:
            row = QTreeWidgetItem(
                [
                    summary.name,
                    summary.birth_date.strftime("%d/%m/%Y") if summary.birth_date else "",
                    summary.postcode or "",
                    ", ".join(labels.agency(a) for a in summary.agencies),
                ]
            )
            row.setData(0, CITIZEN_ROLE, summary.citizen_id)
            self.list.addTopLevelItem(row)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.buttons, self.ok = _buttons(self, tr("This is the &child"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self._choose)
        self.none = self.buttons.addButton(
            tr("&None of them: not known here"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.none.clicked.connect(self._not_known)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.buttons):
            layout.addWidget(widget)
        self.resize(760, 360)

    def _update(self) -> None:
        self.ok.setEnabled(self.list.currentItem() is not None)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = int(item.data(0, CITIZEN_ROLE))
            self.accept()

    def _not_known(self) -> None:
        self.chosen = NOT_KNOWN
        self.accept()


class EnquiryDialog(QDialog):
    """Which partners to ask, and how urgently."""

    def __init__(
        self,
        partners: dict[str, str],
        chosen: list[str],
        rating: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open a multi-agency enquiry"))
        intro = QLabel(
            tr(
                "Each partner is asked to research what it holds about the child and the "
                "household by the deadline the rating sets, and to say what it shares or "
                "withholds, and why. Requests go at the next sync."
            )
        )
        intro.setWordWrap(True)
        self.rating = QComboBox()
        for code in RATINGS:
            self.rating.addItem(labels.rating(code), code)
        self.rating.setCurrentIndex(RATINGS.index(rating) if rating in RATINGS else 1)
        form = QFormLayout()
        _labelled(form, tr("&Rating:"), self.rating, tr("Rating"))
        self.asks: dict[str, QCheckBox] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for partner_id, name in sorted(partners.items(), key=lambda p: p[1]):
            check = QCheckBox(name)
            check.setChecked(partner_id in chosen)
            check.setAccessibleName(tr("Ask {agency}", agency=name))
            check.toggled.connect(lambda _on: self._update())
            self.asks[partner_id] = check
            column.addWidget(check)
        asked = QLabel(tr("Partners to ask:"))
        form.addRow(asked, box)
        self.buttons, self.ok = _buttons(self, tr("&Send enquiry"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.partners()))

    def partners(self) -> list[str]:
        return [p for p, check in self.asks.items() if check.isChecked()]

    def chosen_rating(self) -> str:
        return str(self.rating.currentData())


class DecisionDialog(QDialog):
    """The decision and its rationale."""

    def __init__(self, nation: str, waiting: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record the decision"))
        notes = [
            tr(
                "The decision and its rationale are kept, and sent to the agencies that "
                "answered the enquiry; the referrer's agency is told the outcome."
            )
        ]
        if waiting:
            notes.append(
                tr(
                    "Not answered yet: {agencies}. The decision will record that it was made "
                    "without them.",
                    agencies=", ".join(waiting),
                )
            )
        intro = QLabel("\n\n".join(notes))
        intro.setWordWrap(True)
        self.outcome = _choices()
        for code, outcome in OUTCOMES.items():
            self.outcome.addItem(tr(outcome.words(nation)), code)
        self.rationale = _text()
        form = QFormLayout()
        _labelled(form, tr("&Decision:"), self.outcome, tr("Decision"))
        _labelled(
            form,
            tr("&Rationale (at least {count} characters):", count=MIN_RATIONALE),
            self.rationale,
            tr("Rationale"),
        )
        self.buttons, self.ok = _buttons(self, tr("Record d&ecision"))
        self.rationale.textChanged.connect(
            lambda: self.ok.setEnabled(len(self.text()) >= MIN_RATIONALE)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.rationale.toPlainText().strip()

    def chosen_outcome(self) -> str:
        return str(self.outcome.currentData())
