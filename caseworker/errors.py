"""The only exceptions the core raises. Each carries a code the UI turns into a title.

Messages here are plain English for logs and the command line; they never contain personal
data or key material. A message (and its hint) is a template with named parameters, never
an f-string: `str(error)` fills it in English, and the UI translates the template and fills
it in the user's language (ui.errors.describe), so every message can be translated.
"""

from __future__ import annotations


class CaseworkerError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, hint: str = "", **params: object) -> None:
        self.template, self.hint_template, self.params = message, hint, params
        self.message = message.format(**params) if params else message
        """The message in English, its parameters filled in."""
        self.hint = hint.format(**params) if params else hint
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InsecureKeyring(CaseworkerError):
    """The OS keyring backend would keep the store key in a readable form, or is missing."""

    code = "insecure_keyring"


class KeyMissing(CaseworkerError):
    """The store exists but its key is not in the keyring."""

    code = "key_missing"


class StoreUnreadable(CaseworkerError):
    """The store file cannot be opened with the key held: wrong key or damaged file."""

    code = "store_unreadable"


class StoreLocked(CaseworkerError):
    """The store is locked (no key in memory)."""

    code = "store_locked"


class StoreWriteFailed(CaseworkerError):
    """Writing to the store failed (for example the disk is full); nothing was half-written."""

    code = "store_write_failed"


class ProfileMissing(CaseworkerError):
    """No organisation, role and purposes are chosen yet: access cannot be evaluated."""

    code = "profile_missing"


class NotFound(CaseworkerError):
    """Asked for something the store does not hold."""

    code = "not_found"


class PartnerUnavailable(CaseworkerError):
    """A partner could not be reached or answered with a server error."""

    code = "partner_unavailable"
    retry_after: float | None = None
    """Seconds the partner asked us to wait (Retry-After), when it said."""


class PartnerCertificateInvalid(CaseworkerError):
    """A partner's TLS certificate could not be verified: nothing was sent or accepted."""

    code = "partner_certificate"


class AuthExpired(CaseworkerError):
    """A partner refused our credentials (401/403)."""

    code = "auth_expired"


class PartnerProtocolError(CaseworkerError):
    """A partner answered with something that is not its protocol (a whole page unusable)."""

    code = "partner_protocol"
    retryable = True
    """False when asking again would get the same answer (a wrong shape, a redirect
    elsewhere, a body over the limit): the sync reports it at once."""
    status: int | None = None
    """The HTTP status, when the partner answered with one Caseworker did not expect."""
    reason: str = ""
    """The partner's own words for a refusal (its JSON body's `reason`), when it gave any."""


class PartnerIncomplete(PartnerProtocolError):
    """A partner said it holds more than it let Caseworker fetch (a searchset `total` with
    no way to page on): the partner's sync is incomplete and its cursor did not move past
    what was not received."""

    code = "partner_incomplete"
    retryable = False


class PartnerFailed(CaseworkerError):
    """Something unforeseen went wrong while syncing one partner (a defect, or a payload no
    check anticipated). That partner's sync stops; the others carry on; nothing is lost."""

    code = "partner_failed"


class SyncStopped(CaseworkerError):
    """The sync's own process ended before it reported (killed, or a defect in it): what it
    had stored is kept, since every transaction is atomic."""

    code = "sync_stopped"


class NoAgreementInForce(CaseworkerError):
    """No data-sharing agreement from this partner is in force for the user's organisation:
    nothing it sends could be stored, so its sync is not reported as done."""

    code = "no_agreement"


class AuditTampered(CaseworkerError):
    """The local audit log no longer holds an entry the organisation already holds, as the
    organisation acknowledged it: someone rewrote the log (caseworker.audit.anchor)."""

    code = "audit_tampered"


class PinRequired(CaseworkerError):
    """The store has a PIN, or the organisation requires one, and none was given."""

    code = "pin_required"


class WrongPin(CaseworkerError):
    """The PIN given does not open this store."""

    code = "wrong_pin"


class PinRejected(CaseworkerError):
    """A new PIN does not meet the rules (length, not a run or a repeat, the organisation's
    requirement that there is one)."""

    code = "pin_rejected"


class PolicyInvalid(CaseworkerError):
    """The organisation's policy file exists but cannot be read: nothing is opened until it is
    put right, so that a typo never switches a protection off."""

    code = "policy_invalid"


class RulesInvalid(CaseworkerError):
    """The emerging-needs rules cannot be read or do not make sense: none are applied."""

    code = "rules_invalid"


class PinNotSet(PinRequired):
    """The organisation requires a PIN and this store has none yet: one must be chosen."""

    code = "pin_not_set"
