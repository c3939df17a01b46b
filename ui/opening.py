"""Opening the store when the window starts (an entry point, like ui.app): the PIN is asked
for (again, after a wait, if it was wrong), or chosen first where the organisation requires
one, and the store is opened off the GUI thread with a busy dialog."""

from __future__ import annotations

import argparse
from functools import partial

from PySide6.QtWidgets import QDialog

from caseworker.cli.commands import insecure_requested, open_profile_store
from caseworker.errors import PinNotSet, WrongPin
from caseworker.paths import resolve_paths
from caseworker.services import Store
from caseworker.services.store_key import has_pin
from ui.errors import describe
from ui.i18n import tr
from ui.lock.pin_dialog import PinDialog
from ui.lock.pin_flow import Countdown, choose_pin, required_explanation, run_busy, wait_after
from ui.ops.taskman import TaskManager


def open_store_asking_pin(
    args: argparse.Namespace, taskman: TaskManager, *, unattended: bool = False
) -> Store | None:
    """Open the profile's store, asking for its PIN (again, after a wait, if it was wrong),
    or having one chosen first where the organisation requires it. None if the user gave
    up; other errors are raised for the caller to show. `unattended` (no screen, nobody to
    answer a dialog): the PIN is read as the command line reads it (--pin-stdin), and a
    store that needs one it was not given raises instead of asking."""
    if unattended:
        return open_profile_store(args)
    paths = resolve_paths(args.home)
    pin: str | None = None
    failures = 0
    problem = ""
    while True:
        if pin is None and has_pin(paths):
            dialog = PinDialog(None)
            Countdown(dialog.ok, dialog.problem).hold(problem, wait_after(failures))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            pin = dialog.pin()
        try:
            return run_busy(
                None,
                taskman,
                tr("Opening the store…"),
                partial(open_profile_store, args, pin=pin, ask=False),
            )
        except WrongPin as exc:
            failures += 1
            pin = None
            problem = describe(exc)[1]
        except PinNotSet:
            pin = choose_pin(
                None,
                taskman,
                paths,
                allow_insecure_keyring=insecure_requested(args),
                current=pin,
                explanation=required_explanation(),
            )
            if pin is None:
                return None
