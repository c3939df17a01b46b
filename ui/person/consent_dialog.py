"""ConsentDialog: record a citizen's consent decision for one provider and purpose, with a
plain-English explanation from the agreements of what they are agreeing to, which can be
saved as a PDF to print and give them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.consent import METHODS, STATES, ConsentExplanation
from caseworker.views.vocabulary import ORGANISATIONS, PURPOSES
from caseworker.words import language_name, preferred_or
from ui import labels
from ui.i18n import INTERFACE, tr
from ui.language import current as current_language
from ui.words import LANGUAGE_NAMES, words_in


class ConsentDialog(QDialog):
    sig_print_requested = Signal(str, str, str)
    """(provider, purpose, language): save the explanation as a PDF to print."""

    def __init__(
        self,
        citizen_name: str,
        providers: list[str],
        parent: QWidget | None = None,
        *,
        explain: Callable[[str, str], ConsentExplanation] | None = None,
        prefers: str | None = None,
    ) -> None:
        """`prefers`: the language the person prefers, as partners record it (a BCP 47
        language subtag), which the explanation is in by default where Caseworker writes it."""
        super().__init__(parent)
        self.explain = explain
        self.setWindowTitle(tr("Record consent"))
        intro = QLabel(
            tr(
                "Record what {name} decided about a partner sharing their records. "
                "A withdrawal hides what needs consent straight away.",
                name=citizen_name,
            )
        )
        intro.setWordWrap(True)
        self.provider = QComboBox()
        self.provider.setAccessibleName(tr("Partner"))
        for provider in providers:
            self.provider.addItem(ORGANISATIONS.get(provider, provider), provider)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(tr("Purpose"))
        for code in PURPOSES:
            self.purpose.addItem(labels.purpose(code), code)
        self.state = QComboBox()
        self.state.setAccessibleName(tr("Decision"))
        for code in STATES:
            self.state.addItem(labels.consent_state(code), code)
        self.method = QComboBox()
        self.method.setAccessibleName(tr("How it was given"))
        for code in METHODS:
            self.method.addItem(
                {
                    "verbal": tr("Verbally"),
                    "written": tr("In writing"),
                    "electronic": tr("Electronically"),
                }[code],
                code,
            )
        self.language = QComboBox()  # the citizen's language, which may not be the worker's
        self.language.setAccessibleName(tr("Language of the explanation"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        usual = preferred_or(prefers, current_language())
        self.language.setCurrentIndex(self.language.findData(usual))
        if prefers:
            self.language.setToolTip(
                tr(
                    "{name} prefers {language}.",
                    name=citizen_name,
                    language=language_name(prefers, INTERFACE),
                )
            )
        form = QFormLayout()
        form.addRow(tr("&Partner:"), self.provider)
        form.addRow(tr("P&urpose:"), self.purpose)
        form.addRow(tr("&Decision:"), self.state)
        form.addRow(tr("&How:"), self.method)
        form.addRow(tr("E&xplain in:"), self.language)
        self.explanation = QTextBrowser()
        self.explanation.setAccessibleName(tr("What they are agreeing to"))
        self.explanation.setMinimumHeight(190)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.print_button = QPushButton(tr("Save to p&rint…"))
        self.print_button.setToolTip(tr("Save the explanation as a PDF to print and give them"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(
            lambda: self.sig_print_requested.emit(
                self.provider.currentData(),
                self.purpose.currentData(),
                self.language.currentData(),
            )
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        caption = QLabel(tr("What they are &agreeing to (read it to them, or print it):"))
        caption.setBuddy(self.explanation)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(caption)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(buttons)
        self.provider.currentIndexChanged.connect(lambda _i: self._explain())
        self.purpose.currentIndexChanged.connect(lambda _i: self._explain())
        self.language.currentIndexChanged.connect(lambda _i: self._explain())
        self._explain()
        visible = explain is not None
        for widget in (caption, self.explanation, self.print_button):
            widget.setVisible(visible)

    def _explain(self) -> None:
        if self.explain is None or self.provider.currentData() is None:
            return
        words = self.explain(self.provider.currentData(), self.purpose.currentData())
        say = words_in(self.language.currentData())
        self.explanation.setPlainText("\n\n".join(words.sentences(say)))

    def values(self) -> dict[str, str]:
        return {
            "provider": self.provider.currentData(),
            "purpose": self.purpose.currentData(),
            "state": self.state.currentData(),
            "method": self.method.currentData(),
        }
