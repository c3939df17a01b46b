"""The store key: a random 256-bit secret kept only in the OS keyring.

The key is created on first run, stored through `keyring`, and read back on every open. It is
never written to disk by Caseworker, never logged, and never part of an exception message.
Backends that would keep it readable on disk (keyrings.alt), or that cannot keep it at all
(the fail and null backends), are refused unless the user asks for them explicitly.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from caseworker.errors import InsecureKeyring, KeyMissing
from caseworker.fileio import write_atomic
from caseworker.logs import Safe
from caseworker.words import Phrase

if TYPE_CHECKING:
    from caseworker.paths import Paths

log = logging.getLogger(__name__)

SERVICE = "Caseworker"
KEY_BYTES = 32
INSECURE_ENV = "CASEWORKER_INSECURE_KEYRING"
_INSTALL_HINT = (
    "Install and unlock a system keyring (on Debian or Ubuntu: gnome-keyring with libsecret; "
    "on KDE: KWallet), then start Caseworker again."
)
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True)
class BackendCheck:
    """What the active keyring backend is and whether it is safe for the store key."""

    name: str
    secure: bool
    reason: Phrase | None
    """Why it is not safe, in words (None when it is)."""


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if inner is not None:  # a ChainerBackend: judge every backend it may write to
        return list(inner)
    return [backend]


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(type(backend).priority)
    except Exception:  # a backend that cannot run reports its unavailability by raising
        return -1.0


def check_backend(backend: KeyringBackend | None = None) -> BackendCheck:
    """Judge the keyring backend (the active one by default) for holding the store key."""
    backend = backend or keyring.get_keyring()
    leaves = _leaf_backends(backend)
    name = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in leaves) or "none"
    if not leaves:
        return BackendCheck(name, False, Phrase("no keyring backend is available"))
    for leaf in leaves:
        module = type(leaf).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return BackendCheck(name, False, Phrase("no system keyring is running"))
        if module.startswith(_INSECURE_MODULES):
            return BackendCheck(
                name, False, Phrase("{module} does not protect secrets", module=module)
            )
        if _priority(leaf) < 1:
            return BackendCheck(
                name,
                False,
                Phrase("{backend} is not a trusted keyring", backend=type(leaf).__name__),
            )
    return BackendCheck(name, True, None)


def secure_backend_available() -> bool:
    """True when the active keyring can hold the store key safely (used by the demo launcher)."""
    return check_backend().secure


def require_secure_backend(*, allow_insecure: bool) -> BackendCheck:
    """Refuse an insecure backend unless explicitly allowed; warn on every start if allowed."""
    check = check_backend()
    if check.secure:
        return check
    if allow_insecure:
        log.warning(
            "Insecure keyring backend in use (%s): %s", Safe(check.name), Safe(str(check.reason))
        )
        return check
    raise InsecureKeyring(
        "Caseworker will not keep its encryption key here: {check_reason} ({check_name}).",
        hint=_INSTALL_HINT
        + (f" For development only, --insecure-keyring or {INSECURE_ENV}=1 overrides this check."),
        check_reason=check.reason,
        check_name=check.name,
    )


def _read_store_id(paths: Paths) -> str | None:
    try:
        text = paths.store_identity_file.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        text = ""
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise KeyMissing(
            "The file naming this store's key (store-id) is damaged.",
            hint="Restore the store-id file from backup; the store is left as it is.",
        ) from None


def _key_from(stored: str) -> bytes:
    """The key as the keyring holds it (hex); anything else is not this store's key."""
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyMissing(
            "The key held in the keyring for this store is not a valid key.",
            hint="Restore the keyring from backup; the store is left as it is.",
        )
    return key


def _keyring_call(action: str, func, *args):  # type: ignore[no-untyped-def]
    try:
        return func(*args)
    except keyring.errors.NoKeyringError:
        raise InsecureKeyring(
            "No system keyring is available to hold the store key.",
            hint=_INSTALL_HINT,
        ) from None
    except keyring.errors.KeyringLocked as exc:
        raise InsecureKeyring(
            "The system keyring is locked.", hint="Unlock it (log in again) and retry."
        ) from exc
    except keyring.errors.KeyringError as exc:
        raise InsecureKeyring(
            "The system keyring could not {action} the store key ({kind}).",
            hint="Check that your keyring service is running and unlocked.",
            action=action,
            kind=type(exc).__name__,
        ) from exc


def load_or_create_key(paths: Paths) -> bytes:
    """Return the store key, creating and saving one if this profile has no store yet.

    Never creates a new key for a store that already exists: that would orphan its data.
    """
    store_exists = paths.store_file.exists()
    store_id = _read_store_id(paths)
    if store_id is None:
        if store_exists:
            raise KeyMissing(
                "The store exists but the file naming its key (store-id) is missing.",
                hint="Restore the store-id file from backup; the store is left as it is.",
            )
        store_id = str(uuid.uuid4())
    account = f"store-key:{store_id}"
    stored = _keyring_call("read", keyring.get_password, SERVICE, account)
    if stored is not None:
        return _key_from(stored)
    if store_exists:
        raise KeyMissing(
            "The store's key is not in this keyring.",
            hint=(
                "Log in as the user who created the store, or restore the keyring. "
                "The store is left untouched."
            ),
        )
    key = secrets.token_bytes(KEY_BYTES)
    _keyring_call("save", keyring.set_password, SERVICE, account, key.hex())
    if _keyring_call("read", keyring.get_password, SERVICE, account) != key.hex():
        raise InsecureKeyring("The keyring did not keep the store key it was given.")
    paths.ensure()
    write_atomic(paths.store_identity_file, (store_id + "\n").encode("ascii"), mode=0o644)
    log.info("Created a new store key in the keyring")
    return key


def _account(paths: Paths, pending: bool = False) -> str:
    store_id = _read_store_id(paths)
    if store_id is None:
        raise KeyMissing("The file naming this store's key (store-id) is missing.")
    return f"store-key{'-next' if pending else ''}:{store_id}"


def save_pending_key(paths: Paths, key: bytes) -> None:
    """Keep a new key beside the current one while the store is re-encrypted with it."""
    account = _account(paths, pending=True)
    _keyring_call("save", keyring.set_password, SERVICE, account, key.hex())
    if _keyring_call("read", keyring.get_password, SERVICE, account) != key.hex():
        raise InsecureKeyring("The keyring did not keep the new store key it was given.")


def pending_key(paths: Paths) -> bytes | None:
    stored = _keyring_call("read", keyring.get_password, SERVICE, _account(paths, pending=True))
    return _key_from(stored) if stored else None


def adopt_pending_key(paths: Paths) -> None:
    """The store is now encrypted with the pending key: make it the key (the old one is
    overwritten; the pending entry stays until `drop_pending_key`)."""
    key = pending_key(paths)
    if key is None:
        return
    _keyring_call("save", keyring.set_password, SERVICE, _account(paths), key.hex())


def drop_pending_key(paths: Paths) -> None:
    if pending_key(paths) is not None:
        _keyring_call("delete", keyring.delete_password, SERVICE, _account(paths, pending=True))
