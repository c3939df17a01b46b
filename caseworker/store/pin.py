"""The store PIN: a second secret that, with the keyring key, makes the key of the store.

Without a PIN the store key is the random key kept in the OS keyring. With one:

    store key = HMAC-SHA256(keyring key, "caseworker store key v1" || Argon2id(PIN, salt))

so neither the keyring alone (a laptop left unlocked) nor the PIN alone opens the store.
The PIN and its Argon2id output are never stored. Beside the store, `store-pin` holds the
salt, the Argon2id cost and a check value, HMAC-SHA256(store key, "pin check"), which tells a
wrong PIN apart from a damaged file. Without the keyring key the check value says nothing
about the PIN; with it, each guess costs one Argon2id derivation, the same as trying the
store itself.

While the store is re-encrypted (`store rekey`, `store pin set`), the setting that goes with
the new key waits in `store-pin.next`, as the new key waits in the keyring
(caseworker.store.rotation).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass
from pathlib import Path

import msgspec
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from caseworker.errors import PinRejected, PinRequired, StoreUnreadable, WrongPin
from caseworker.fileio import write_atomic
from caseworker.paths import Paths

# RFC 9106's second recommended option with four times its memory: about 0.4 s on one core.
MEMORY_KIB = 262_144
ITERATIONS = 3
LANES = 4
SALT_BYTES = 16
MAX_PIN_LENGTH = 64
_CONTEXT = b"caseworker store key v1"
_CHECK = b"pin check"


class _SettingFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    version: int
    salt: str
    memory_kib: int
    iterations: int
    lanes: int
    check: str


@dataclass(frozen=True)
class PinSetting:
    """What is kept beside the store about its PIN: nothing from which the PIN follows."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int
    check: bytes


def _stretch(pin: str, setting: PinSetting) -> bytes:
    return Argon2id(
        salt=setting.salt,
        length=32,
        iterations=setting.iterations,
        lanes=setting.lanes,
        memory_cost=setting.memory_kib,
    ).derive(pin.encode("utf-8"))


def _combine(keyring_key: bytes, stretched: bytes) -> bytes:
    return hmac.new(keyring_key, _CONTEXT + stretched, hashlib.sha256).digest()


def _check_value(store_key: bytes) -> bytes:
    return hmac.new(store_key, _CHECK, hashlib.sha256).digest()[:16]


def new_setting(keyring_key: bytes, pin: str) -> tuple[PinSetting, bytes]:
    """A fresh salt for `pin` with `keyring_key`: the setting to keep and the store key."""
    unchecked = PinSetting(secrets.token_bytes(SALT_BYTES), MEMORY_KIB, ITERATIONS, LANES, b"")
    key = _combine(keyring_key, _stretch(pin, unchecked))
    setting = PinSetting(
        unchecked.salt,
        unchecked.memory_kib,
        unchecked.iterations,
        unchecked.lanes,
        _check_value(key),
    )
    return setting, key


def pin_required(hint: str = "Enter your Caseworker PIN.") -> PinRequired:
    """The error for a store that has a PIN when none was given; `hint` says how to give it."""
    return PinRequired("This store is protected by a PIN as well as the system keyring.", hint=hint)


def store_key(keyring_key: bytes, pin: str | None, setting: PinSetting | None) -> bytes:
    """The key that opens the store. Raises PinRequired or WrongPin when a PIN is set."""
    if setting is None:
        return keyring_key
    if not pin:
        raise pin_required()
    key = _combine(keyring_key, _stretch(pin, setting))
    if not hmac.compare_digest(_check_value(key), setting.check):
        raise WrongPin(
            "That PIN does not open this store.",
            hint="Check it and try again. If you have forgotten it, ask your IT team: the PIN "
            "cannot be recovered, and without it the store's data must be synced again.",
        )
    return key


def check_new_pin(pin: str, *, min_length: int) -> None:
    """Refuse a PIN that is short, too long, or a guessable run or repeat (1234…, 0000…)."""
    if len(pin) < min_length:
        raise PinRejected(
            "The PIN must be at least {min_length} characters long.",
            hint="Choose a longer PIN.",
            min_length=min_length,
        )
    if len(pin) > MAX_PIN_LENGTH:
        raise PinRejected(
            "The PIN must be at most {MAX_PIN_LENGTH} characters long.",
            hint="Choose a shorter PIN.",
            MAX_PIN_LENGTH=MAX_PIN_LENGTH,
        )
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(pin)}
    if len(steps) == 1 and steps <= {-1, 0, 1}:
        raise PinRejected(
            "The PIN is a run or a repeat of one character, which is among the first to be "
            "guessed.",
            hint="Choose a PIN that is not a run like 123456 or a repeat like 000000.",
        )


def pin_file(paths: Paths, *, pending: bool = False) -> Path:
    return paths.data_dir / ("store-pin.next" if pending else "store-pin")


def read_setting(paths: Paths, *, pending: bool = False) -> PinSetting | None:
    """The PIN setting of the store (or of the key waiting in a rotation); None if no PIN."""
    path = pin_file(paths, pending=pending)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        raw = msgspec.json.decode(data, type=_SettingFile | None)
        if raw is None:
            return None
        if raw.version != 1:
            raise ValueError("unknown version")
        return PinSetting(
            bytes.fromhex(raw.salt),
            raw.memory_kib,
            raw.iterations,
            raw.lanes,
            bytes.fromhex(raw.check),
        )
    except (msgspec.DecodeError, ValueError):
        raise StoreUnreadable(
            "The file holding the store's PIN settings ({path_name}) is damaged.",
            hint="Restore it from backup beside the store; the store is left as it is.",
            path_name=path.name,
        ) from None


def write_setting(paths: Paths, setting: PinSetting | None, *, pending: bool = False) -> None:
    """Keep `setting` (None: no PIN) atomically, owner-only."""
    raw = None
    if setting is not None:
        raw = _SettingFile(
            1,
            setting.salt.hex(),
            setting.memory_kib,
            setting.iterations,
            setting.lanes,
            setting.check.hex(),
        )
    write_atomic(pin_file(paths, pending=pending), msgspec.json.encode(raw) + b"\n")


def has_pin(paths: Paths) -> bool:
    """Whether opening the store asks for a PIN (now, or once a rotation in progress ends)."""
    return read_setting(paths) is not None or read_setting(paths, pending=True) is not None
