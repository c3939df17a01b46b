"""Ops for the access features: profile, consent, agreements. Each runs on the store worker
and never touches widgets; results come back to the GUI thread through the task manager."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caseworker.changes import Changes
from caseworker.profile import Profile
from caseworker.services.consent import record_consent
from caseworker.services.reading import agreement_list, current_profile
from caseworker.store.store import Store
from caseworker.sync.profile_change import ProfileChange, apply_profile
from caseworker.views.agreements import AgreementSummary
from ui.bus import ChangeBus
from ui.ops.op import QueryOp, write
from ui.ops.taskman import TaskManager


def load_current_profile(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[Profile | None], None],
) -> None:
    QueryOp(parent=parent, op=lambda: current_profile(store), success=success).run_on_store(taskman)


def change_profile(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    profile: Profile,
    success: Callable[[ProfileChange], None],
) -> None:
    QueryOp(parent=parent, op=lambda: apply_profile(store, profile), success=success).run_on_store(
        taskman
    )


def save_consent(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    citizen_id: int,
    provider: str,
    purpose: str,
    state: str,
    method: str,
    recorded_by: str,
    bus: ChangeBus,
    success: Callable[[Changes], None],
) -> None:
    def op() -> Changes:
        return record_consent(
            store,
            citizen_id=citizen_id,
            provider=provider,
            purpose=purpose,
            state=state,
            method=method,
            recorded_by=recorded_by,
        )

    write(parent, taskman, bus, op, success)


def load_agreements(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[list[AgreementSummary]], None],
) -> None:
    QueryOp(parent=parent, op=lambda: agreement_list(store), success=success).run_on_store(taskman)
