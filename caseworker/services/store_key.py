"""Rotating the store key and setting, changing or removing the PIN, audited.

The mechanics are the store's own (caseworker.store.rekey); this is where the change is
written to the audit log, in the old store just before it is copied, so the entry is in the
rotated file whatever happens next. The command line and the window both come here.
"""

from __future__ import annotations

from caseworker.audit.log import record
from caseworker.paths import Paths
from caseworker.store import rekey as store_rekey
from caseworker.store.pin import MAX_PIN_LENGTH as MAX_PIN_LENGTH
from caseworker.store.pin import check_new_pin as check_new_pin
from caseworker.store.pin import has_pin as has_pin
from caseworker.store.rekey import KEEP, _Keep
from caseworker.store.rotation import confirm_pin as confirm_pin
from caseworker.store.store import Store


def _audited(store: Store, change: str) -> None:
    record(store, "settings", setting=change)


def rekey(
    paths: Paths,
    *,
    allow_insecure_keyring: bool = False,
    pin: str | None = None,
    new_pin: str | _Keep | None = KEEP,
) -> None:
    """caseworker.store.rekey.rekey, with the change in the audit log."""
    store_rekey.rekey(
        paths,
        allow_insecure_keyring=allow_insecure_keyring,
        pin=pin,
        new_pin=new_pin,
        before_rotation=_audited,
    )


__all__ = ["KEEP", "MAX_PIN_LENGTH", "check_new_pin", "confirm_pin", "has_pin", "rekey"]
