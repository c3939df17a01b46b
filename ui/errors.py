"""Turning the core's errors into messages a worker can act on. The one place that does it."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from caseworker.errors import CaseworkerError, StoreLocked
from ui.i18n import said, tr

log = logging.getLogger(__name__)


def _titles() -> dict[str, str]:
    return {
        "insecure_keyring": tr("The system keyring cannot protect Caseworker's key"),
        "key_missing": tr("Caseworker's key is missing"),
        "store_unreadable": tr("Caseworker's store cannot be opened"),
        "store_locked": tr("Caseworker is locked"),
        "store_write_failed": tr("Your change was not saved"),
        "not_found": tr("Not found"),
        "partner_unavailable": tr("A partner is unavailable"),
        "auth_expired": tr("A partner refused Caseworker's credentials"),
        "partner_protocol": tr("A partner sent something Caseworker cannot read"),
        "partner_incomplete": tr("A partner's records arrived only in part"),
        "partner_failed": tr("A partner's records could not be read"),
        "sync_stopped": tr("The sync stopped"),
        "no_agreement": tr("No agreement lets a partner share with you"),
        "agreement_refused": tr("The agreement was not imported"),
        "partner_certificate": tr("A partner's certificate could not be verified"),
        "seal_refused": tr("The audit log was not sealed"),
        "audit_tampered": tr("The audit log has been altered"),
        "export_refused": tr("The export was not written"),
        "export_failed": tr("The export was not written"),
        "pin_required": tr("Caseworker needs your PIN"),
        "pin_not_set": tr("Your organisation requires a PIN"),
        "wrong_pin": tr("That PIN is not right"),
        "pin_rejected": tr("That PIN cannot be used"),
        "policy_invalid": tr("Your organisation's policy cannot be read"),
        "rules_invalid": tr("The emerging-needs rules cannot be used"),
        "dismiss_refused": tr("The household was not dismissed"),
    }


def describe(error: BaseException) -> tuple[str, str]:
    """A title and a body for any error; unexpected ones say only that something went wrong."""
    if isinstance(error, CaseworkerError):
        values = {name: said(value) for name, value in error.params.items()}
        body = " ".join(
            tr(part, **values) if values else tr(part)
            for part in (error.template, error.hint_template)
            if part
        )
        return _titles().get(error.code, tr("Something went wrong")), body
    log.error("Unexpected error: %s", type(error).__name__)  # never the text: it may hold data
    return tr("Something went wrong"), tr(
        "Caseworker hit an unexpected problem ({kind}). Nothing you had saved was changed.",
        kind=type(error).__name__,
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A dialog saying what went wrong and what to do. Work that meets a locked store says
    nothing: the lock page already explains, and unlocking brings the window up to date."""
    if isinstance(error, StoreLocked):
        return
    title, body = describe(error)
    QMessageBox.critical(parent, title, body)
