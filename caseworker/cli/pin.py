"""The PIN on the command line: asked for at a terminal, or read from standard input with
`--pin-stdin` (one line each: the current PIN, then for `store pin set` the new one), and
`store rekey`, `store pin set` and `store pin remove`.

A PIN is never taken as an argument or from the environment, where other users of the
computer could read it.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from caseworker.errors import PinRejected
from caseworker.paths import Paths, resolve_paths
from caseworker.services.store_key import KEEP, rekey
from caseworker.store.pin import has_pin, pin_required

_HOW = (
    "Run the command at a terminal to be asked for it, or pass --pin-stdin and write it to "
    "standard input."
)


def read_pin(args: argparse.Namespace, prompt: str) -> str | None:
    """One PIN from standard input (--pin-stdin) or from the terminal; None if neither."""
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n") or None
    if sys.stdin.isatty():
        return getpass.getpass(prompt) or None
    return None


def current_pin(args: argparse.Namespace, paths: Paths) -> str | None:
    """The store's PIN, asked for only when the store has one."""
    if not has_pin(paths):
        return None
    pin = read_pin(args, "Caseworker PIN: ")
    if pin is None:
        raise pin_required(_HOW)
    return pin


def _new_pin(args: argparse.Namespace) -> str:
    pin = read_pin(args, "New PIN: ")
    if pin is None:
        raise PinRejected("No new PIN was given.", hint=_HOW)
    if not getattr(args, "pin_stdin", False) and read_pin(args, "The new PIN again: ") != pin:
        raise PinRejected("The two PINs were not the same.", hint="Nothing was changed; try again.")
    return pin


def run(args: argparse.Namespace, *, allow_insecure_keyring: bool) -> int:
    paths = resolve_paths(args.home)
    action = getattr(args, "pin_action", None) if args.store_command == "pin" else None
    if action == "remove" and not has_pin(paths):
        print("This store has no PIN.")
        return 0
    pin = current_pin(args, paths)
    new_pin = KEEP if action is None else (None if action == "remove" else _new_pin(args))
    rekey(paths, allow_insecure_keyring=allow_insecure_keyring, pin=pin, new_pin=new_pin)
    done = {
        None: "The store is now encrypted with a new key, kept in the system keyring; the old "
        "key has been removed from it.",
        "set": "The PIN is set. Caseworker asks for it whenever it opens or unlocks the store.",
        "remove": "The PIN is removed. The store is opened with the system keyring alone.",
    }
    print(done[action])
    return 0
