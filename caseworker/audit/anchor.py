"""Anchoring the audit log at the user's organisation, where the store key does not reach.

The hash chain (caseworker.audit.chain) shows any change made without rewriting it; someone
holding the store key can rewrite it all. What they cannot rewrite is the copy the
organisation already holds. So each time the organisation receives entries it answers with
the head it now holds (`{"seq": …, "hash": …}`), and at each sync Caseworker asks for that
head again (`GET {base}/audit/head?chain=…`) and checks that the local log still holds that
entry with that hash. The last head received is kept too (the anchor), so the start-up
check also finds a rewrite that forgot it; one that rewrote the anchor as well is found at
the next sync, from the organisation's own answer. A mismatch found at a sync is kept as a
break, so the window refuses the store until the information governance officer has
looked and sealed the log (caseworker.audit.seal).

An anchor at or before a seal is not checked against: the seal acknowledges that those
entries may differ from what the organisation holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from caseworker.store.models import AuditEntry
from caseworker.store.settings import get_json, put_json
from caseworker.words import Phrase

ANCHOR_KEY = "audit-anchor"
BREAK_KEY = "audit-anchor-break"


@dataclass(frozen=True)
class Anchor:
    """An entry the organisation says it holds: its number and hash."""

    seq: int
    hash: str


def mismatch(session: Session, anchor: Anchor, sealed_through: int = 0) -> Phrase | None:
    """Why the local log does not extend `anchor`, or None when it does (or a seal at
    entry `sealed_through` covers it). Names entries by number only."""
    if anchor.seq <= 0 or anchor.seq <= sealed_through:
        return None
    entry = session.get(AuditEntry, anchor.seq)
    if entry is None:
        return Phrase(
            "entry {seq}, which your organisation already holds, is no longer in this log",
            seq=anchor.seq,
        )
    if entry.hash != anchor.hash:
        return Phrase(
            "entry {seq} is not the entry your organisation holds under that number",
            seq=anchor.seq,
        )
    return None


def read_anchor(session: Session) -> Anchor | None:
    data = get_json(session, ANCHOR_KEY)
    return Anchor(int(data["seq"]), str(data["hash"])) if data else None


def keep_anchor(session: Session, anchor: Anchor) -> None:
    """Remember the organisation's head when it is further on than the one held."""
    held = read_anchor(session)
    if anchor.seq > 0 and (held is None or anchor.seq >= held.seq):
        put_json(session, ANCHOR_KEY, {"seq": anchor.seq, "hash": anchor.hash})


def read_break(session: Session, sealed_through: int = 0) -> tuple[Phrase, int] | None:
    """A mismatch found at a sync and not yet sealed: what, and at which entry."""
    data = get_json(session, BREAK_KEY)
    if not data or int(data.get("seq", 0)) <= sealed_through:
        return None
    text = str(data.get("problem", "the log no longer matches your organisation's copy"))
    values = data.get("values")
    problem = Phrase(text, **values) if isinstance(values, dict) else Phrase(text)
    return problem, int(data.get("seq", 0))


def keep_break(session: Session, anchor: Anchor, problem: Phrase) -> None:
    """Kept as the phrase and its values (entry numbers), to be said in either language."""
    put_json(
        session,
        BREAK_KEY,
        {
            "seq": anchor.seq,
            "problem": problem.text,
            "values": problem.values,
            "at": datetime.now(UTC).isoformat(),
        },
    )


def anchor_problem(session: Session, sealed_through: int = 0) -> tuple[Phrase, int] | None:
    """What the anchors say is wrong with the local log, with the entry it concerns."""
    found = read_break(session, sealed_through)
    if found is not None:
        return found
    anchor = read_anchor(session)
    if anchor is not None and (problem := mismatch(session, anchor, sealed_through)):
        return problem, anchor.seq
    return None
