"""The organisation's policy for this computer: set by its IT team, not by the user.

A small JSON file, for example `{"require_pin": true, "pin_min_length": 6}`, at
`$CASEWORKER_POLICY` or else in the system-wide configuration folder (on Linux
`/etc/xdg/Caseworker/policy.json`, on Windows `C:\\ProgramData\\Caseworker\\policy.json`, on
macOS `/Library/Application Support/Caseworker/policy.json`). No file means no extra
requirements. A file that exists but cannot be read, or names a setting Caseworker does not
know, stops Caseworker from opening the store: a typo must never switch a protection off.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import msgspec
import platformdirs

from caseworker.errors import PolicyInvalid
from caseworker.paths import APP_NAME

POLICY_ENV = "CASEWORKER_POLICY"
MIN_PIN_LENGTH = 4


class OrganisationPolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What the organisation requires of every store on this computer."""

    require_pin: bool = False
    """Unlocking needs a PIN as well as the system keyring."""
    pin_min_length: int = 6
    stale_after_hours: int = 24
    """A partner not synced for longer shows on every person page as possibly out of date."""
    audit_acknowledge_roles: tuple[str, ...] = ("team_manager",)
    """The roles that may seal an audit log found altered (`audit acknowledge`). A role
    misspelt here lets nobody more acknowledge: the mistake fails safe, and the refusal
    names the roles the file gives."""
    mash_decision_roles: tuple[str, ...] = ("team_manager", "social_worker")
    """The roles that may record the front door's decision on a contact (`decide`)."""
    mash_nation: Literal["ENG", "WLS"] = "ENG"
    """ENG or WLS: whose bank holidays the front door's clocks skip, and whose legislation
    its decisions are worded in (Children Act 1989, or the Social Services and Well-being
    (Wales) Act 2014)."""


def policy_file() -> Path:
    chosen = os.environ.get(POLICY_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "policy.json"


def load_policy(path: Path | None = None) -> OrganisationPolicy:
    """The policy in force; the defaults when there is no policy file."""
    path = path or policy_file()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return OrganisationPolicy()
    except OSError as exc:
        raise PolicyInvalid(
            "The organisation's policy file ({path}) cannot be read ({kind}).",
            hint="Ask your IT team to check the file and its permissions.",
            path=path,
            kind=type(exc).__name__,
        ) from None
    try:
        policy = msgspec.json.decode(data, type=OrganisationPolicy)
    except msgspec.DecodeError as exc:
        raise PolicyInvalid(
            "The organisation's policy file ({path}) is not valid: {exc}.",
            hint="Ask your IT team to correct it; Caseworker will not open until it is.",
            path=path,
            exc=exc,
        ) from None
    if policy.pin_min_length < MIN_PIN_LENGTH:
        raise PolicyInvalid(
            "The organisation's policy file ({path}) asks for PINs shorter than {MIN_PIN_LENGTH} "
            "characters.",
            hint="Ask your IT team to correct it; Caseworker will not open until it is.",
            path=path,
            MIN_PIN_LENGTH=MIN_PIN_LENGTH,
        )
    return policy
