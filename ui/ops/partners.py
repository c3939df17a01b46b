"""Ops for managing partners. Store work runs on the store worker; a test reaches the
partner on the partners pool. None of them touch widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caseworker.partners.config import PartnerConfig
from caseworker.services.partner_check import PartnerCheck, check_partner
from caseworker.services.partners import remove_partner, save_partner
from caseworker.store.store import Store
from caseworker.sync.partners import load_partners
from caseworker.sync.status import PartnerStatus, partner_statuses
from ui.ops.op import QueryOp
from ui.ops.taskman import TaskManager

Listing = list[tuple[PartnerConfig, PartnerStatus | None]]


def load_partner_list(
    *, parent: QWidget, taskman: TaskManager, store: Store, success: Callable[[Listing], None]
) -> None:
    def op() -> Listing:
        statuses = {s.partner_id: s for s in partner_statuses(store)}
        return [(p, statuses.get(p.partner_id)) for p in load_partners(store)]

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)


def save(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    config: PartnerConfig,
    secret: str | None,
    success: Callable[[None], None],
) -> None:
    QueryOp(
        parent=parent, op=lambda: save_partner(store, config, secret), success=success
    ).run_on_store(taskman)


def check(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    config: PartnerConfig,
    success: Callable[[PartnerCheck], None],
) -> None:
    QueryOp(
        parent=parent, op=lambda: check_partner(store, config), success=success
    ).run_on_partners(taskman)


def remove(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    partner_id: str,
    force: bool,
    success: Callable[[None], None],
) -> None:
    QueryOp(
        parent=parent, op=lambda: remove_partner(store, partner_id, force=force), success=success
    ).run_on_store(taskman)
