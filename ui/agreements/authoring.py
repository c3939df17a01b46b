"""For a providing organisation's data protection officer, in the window: a draft agreement
from the template, a signing key (in the system keyring or an owner-only key file), and a
signature over the edited draft. The same steps as `agreements template | keygen | sign`
(caseworker.agreements.authoring); the administrator then imports the signed file.

Reached from View → Agreements → For data protection officers. Each step asks for what it
needs unless it is given (tests and scripts give it), and says what it did or, in words,
why it did not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from caseworker.errors import CaseworkerError
from caseworker.services import authoring
from caseworker.services.authoring import AgreementError, write_export
from caseworker.views.vocabulary import ORGANISATIONS
from ui.export_file import choose_target
from ui.i18n import tr

JSON_FILES = "JSON (*.json)"


class AgreementAuthoring(QObject):
    sig_written = Signal(Path)
    """A draft, a key file or a signed agreement was written there."""
    sig_public_key = Signal(str)
    """The public key of a signing key just made or used (for administrators)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent_widget, title, label)
        return text.strip() or None if ok else None

    def _refused(self, title: str, error: Exception) -> None:
        if isinstance(error, OSError):
            message = tr(
                "{file} cannot be read or written ({kind}).",
                file=str(error.filename or ""),
                kind=error.strerror or type(error).__name__,
            )
        else:
            message = str(error)
        QMessageBox.warning(self.parent_widget, title, message)

    def new_draft(
        self,
        path: Path | None = None,
        provider: str | None = None,
        provider_name: str | None = None,
        recipient: str | None = None,
    ) -> Path | None:
        title = tr("New agreement from the template")
        provider = provider or self._ask(
            title, tr("Your organisation's partner id, as administrators will add it:")
        )
        provider_name = provider_name or (
            self._ask(title, tr("Your organisation's name:")) if provider else None
        )
        if not provider or not provider_name:
            return None
        if recipient is None:
            names = list(ORGANISATIONS.values())
            chosen, ok = QInputDialog.getItem(
                self.parent_widget, title, tr("Shared with:"), names, 0, False
            )
            if not ok:
                return None
            recipient = next(code for code, name in ORGANISATIONS.items() if name == chosen)
        target = choose_target(
            self.parent_widget, title, f"{provider}-agreement.json", JSON_FILES, path
        )
        if target is None:
            return None
        try:
            draft = authoring.template(provider, provider_name, recipient, date.today())
            write_export(target, authoring.document_json(draft), force=True)
        except (AgreementError, CaseworkerError) as error:
            self._refused(tr("The draft was not written"), error)
            return None
        QMessageBox.information(
            self.parent_widget,
            title,
            tr(
                "The draft is in {file}. Read and change every clause to what your "
                "organisation has agreed, then sign it.",
                file=str(target),
            ),
        )
        self.sig_written.emit(target)
        return target

    def new_key(self, key_file: Path | None = None, keyring_name: str | None = None) -> str | None:
        """Make a signing key and show its public key; returns the public key."""
        title = tr("New signing key")
        if key_file is None and keyring_name is None:
            places = [tr("In the system keyring"), tr("In a key file")]
            chosen, ok = QInputDialog.getItem(
                self.parent_widget, title, tr("Keep the private key:"), places, 0, False
            )
            if not ok:
                return None
            if chosen == places[0]:
                keyring_name = self._ask(title, tr("A name for the key, such as riverside-dpo:"))
            else:
                picked, _ = QFileDialog.getSaveFileName(
                    self.parent_widget, title, "signing-key.pem", tr("Key files (*.pem)")
                )
                key_file = Path(picked) if picked else None
            if key_file is None and keyring_name is None:
                return None
        key = authoring.new_key()
        try:
            if key_file is not None:
                authoring.save_key_file(key_file, key)
            else:
                authoring.save_key_in_keyring(str(keyring_name), key)
        except (AgreementError, OSError) as error:
            self._refused(tr("No key was made"), error)
            return None
        public = authoring.public_of(key)
        self._show_public(title, public)
        if key_file is not None:
            self.sig_written.emit(key_file)
        return public

    def _show_public(self, title: str, public: str) -> None:
        self.sig_public_key.emit(public)
        QGuiApplication.clipboard().setText(public)
        QMessageBox.information(
            self.parent_widget,
            title,
            tr(
                "Give this public key to the administrators who will import your agreements "
                "(they add it to the partner as its signing key). It is also on the "
                "clipboard:\n\n{key}",
                key=public,
            ),
        )

    def sign(
        self,
        document: Path | None = None,
        output: Path | None = None,
        key_file: Path | None = None,
        keyring_name: str | None = None,
    ) -> Path | None:
        title = tr("Sign an agreement")
        if document is None:
            picked, _ = QFileDialog.getOpenFileName(self.parent_widget, title, "", JSON_FILES)
            if not picked:
                return None
            document = Path(picked)
        if key_file is None and keyring_name is None:
            picked, _ = QFileDialog.getOpenFileName(
                self.parent_widget, tr("Your signing key file (Cancel: one in the keyring)"), "",
                tr("Key files (*.pem)"),
            )  # fmt: skip
            if picked:
                key_file = Path(picked)
            else:
                keyring_name = self._ask(title, tr("The name of your key in the keyring:"))
                if keyring_name is None:
                    return None
        target = choose_target(
            self.parent_widget,
            title,
            document.name.removesuffix(".json") + ".signed.json",
            JSON_FILES,
            output,
        )
        if target is None:
            return None
        try:
            key = (
                authoring.load_key_file(key_file)
                if key_file is not None
                else authoring.load_key_from_keyring(str(keyring_name))
            )
            agreement = authoring.read_document(document.read_bytes())
            signed = authoring.sign_document(agreement, key)
            write_export(target, authoring.signed_json(signed), force=True)
        except (AgreementError, CaseworkerError, OSError) as error:
            self._refused(tr("The agreement was not signed"), error)
            return None
        QMessageBox.information(
            self.parent_widget,
            title,
            tr(
                "Signed {agreement} version {version} into {file}. Administrators import "
                "this file for your organisation's partner.",
                agreement=agreement.id,
                version=agreement.version,
                file=str(target),
            ),
        )
        self.sig_public_key.emit(authoring.public_of(key))
        self.sig_written.emit(target)
        return target
