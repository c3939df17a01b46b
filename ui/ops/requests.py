"""Ops for requesting a release and breaking the glass; they run on the store worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caseworker.changes import Changes
from caseworker.services.requests import break_glass, request_release
from caseworker.store.store import Store
from ui.ops.op import QueryOp
from ui.ops.taskman import TaskManager


def ask_for_release(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    partner_id: str,
    record_source_id: str,
    field: str,
    reason: str,
    purpose: str,
    requested_by: str,
    citizen_id: int,
    success: Callable[[Changes], None],
) -> None:
    def op() -> Changes:
        return request_release(
            store,
            partner_id=partner_id,
            record_source_id=record_source_id,
            field=field,
            reason=reason,
            purpose=purpose,
            requested_by=requested_by,
            citizen_id=citizen_id,
        )

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)


def open_glass(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    citizen_id: int,
    partner_id: str,
    record_source_id: str,
    fields: list[str],
    reason: str,
    purpose: str,
    requested_by: str,
    success: Callable[[Changes], None],
) -> None:
    def op() -> Changes:
        return break_glass(
            store,
            citizen_id=citizen_id,
            partner_id=partner_id,
            record_source_id=record_source_id,
            fields=fields,
            reason=reason,
            purpose=purpose,
            requested_by=requested_by,
        )

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)
