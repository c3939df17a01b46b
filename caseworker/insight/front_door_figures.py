"""The front door's outcome figures: how many decisions were made within one working day of
the contact, and each partner's answers to enquiries with their median answer time in
working hours. Suppressed like every outcome figure (caseworker.insight.suppression): no
small count and no statistic over fewer than five cases leaves this module.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.agreements.vocabulary import ORGANISATIONS
from caseworker.insight.suppression import column, statistic
from caseworker.store.models import (
    Contact,
    Decision,
    Enquiry,
    EnquiryAnswer,
    OutboxMessage,
    Partner,
)
from caseworker.words import N_, Words
from caseworker.working_time import DEFAULT_CLOCKS, WorkingWeek, deadline, working_time

WORKING_HOURS = N_("{value} working hours")
STATUTORY = "amber"
"""The clock of the statutory timescale: one working day from the contact."""


T = TypeVar("T")
"""The table type of caseworker.insight.outcomes, which builds these (`make`)."""


def decisions_in_time(
    session: Session,
    citizens: set[int] | None,
    say: Words,
    make: Callable[..., T],
    week: WorkingWeek | None = None,
) -> T:
    """Decisions made within one working day of the contact, and later."""
    week = week or WorkingWeek()
    within = later = 0
    for received, decided, citizen in session.execute(
        select(Contact.received_at, Decision.decided_at, Contact.citizen_id).join(
            Decision, Decision.contact_id == Contact.id
        )
    ):
        if citizens is not None and citizen not in citizens:
            continue
        if decided <= deadline(received, DEFAULT_CLOCKS[STATUTORY], week):
            within += 1
        else:
            later += 1
    cells, total = column([within, later])
    return make(
        "front_door_decisions",
        say("Front door decisions"),
        (say("When"), say("Decisions")),
        ((say("Within one working day of the contact"), cells[0]), (say("Later"), cells[1])),
        (say("All decisions"), total),
        say(
            "Working Together to Safeguard Children (2023) asks for a decision within one "
            "working day of a referral. Working days leave out weekends and bank holidays."
        ),
    )


def answers_by_partner(
    session: Session,
    citizens: set[int] | None,
    say: Words,
    make: Callable[..., T],
    week: WorkingWeek | None = None,
) -> T:
    """Each partner's answers to enquiries, how many withheld, and the median answer time."""
    week = week or WorkingWeek()
    names = dict(session.execute(select(Partner.id, Partner.name)).all())
    answered: dict[str, list[float]] = defaultdict(list)
    withheld: dict[str, int] = defaultdict(int)
    for partner, decision, at, sent, citizen in session.execute(
        select(
            EnquiryAnswer.partner_id,
            EnquiryAnswer.decision,
            EnquiryAnswer.answered_at,
            OutboxMessage.queued_at,
            Contact.citizen_id,
        )
        .join(OutboxMessage, OutboxMessage.key == EnquiryAnswer.outbox_key)
        .join(Enquiry, Enquiry.id == EnquiryAnswer.enquiry_id)
        .join(Contact, Contact.id == Enquiry.contact_id)
        .where(EnquiryAnswer.decision.is_not(None))
    ):
        if citizens is not None and citizen not in citizens:
            continue
        answered[partner].append(_hours(sent, at, week))
        withheld[partner] += decision == "withhold"
    partners = sorted(answered, key=lambda p: names.get(p) or p)
    answer_cells, answer_total = column([len(answered[p]) for p in partners])
    withheld_cells, withheld_total = column([withheld[p] for p in partners])
    rows = tuple(
        (
            names.get(p) or ORGANISATIONS.get(p, p),
            answer_cells[i],
            withheld_cells[i],
            statistic(statistics.median(answered[p]), len(answered[p]), say, WORKING_HOURS),
        )
        for i, p in enumerate(partners)
    )
    everything = [h for hours in answered.values() for h in hours]
    return make(
        "enquiry_answers",
        say("Answers to multi-agency enquiries by partner"),
        (say("Partner"), say("Answers"), say("Withheld"), say("Median answer time")),
        rows,
        (
            say("All partners"),
            answer_total,
            withheld_total,
            statistic(
                statistics.median(everything) if everything else None,
                len(everything),
                say,
                WORKING_HOURS,
            ),
        ),
        say("Answer time: from sending the enquiry to the partner's answer, in working hours."),
    )


def _hours(sent: datetime | None, answered: datetime | None, week: WorkingWeek) -> float:
    if sent is None or answered is None or answered <= sent:
        return 0.0
    return working_time(sent, answered, week).total_seconds() / 3600
