"""Checking the local audit log against the head the user's organisation holds.

At each sync of the user's own organisation, before anything more is sent, Caseworker asks
the organisation which entry of this computer's log it holds last and checks that the local
log still holds that entry with that hash (caseworker.audit.anchor). The answer is kept as
the anchor; a mismatch is kept as a break (so the window refuses the store at its next
start) and stops this partner's sync with AuditTampered. An organisation that keeps no
copies it can answer for (HTTP 404) is simply not asked again until the next sync.
"""

from __future__ import annotations

from caseworker.audit.anchor import Anchor, keep_anchor, keep_break, mismatch
from caseworker.audit.chain import read_seal
from caseworker.audit.push import chain_id
from caseworker.errors import AuditTampered
from caseworker.partners.connectors import Connector
from caseworker.partners.outbox_client import AuditHead, audit_head
from caseworker.store.store import Store

ADVICE = (
    "Nothing more was sent to your organisation. Tell your information governance team and "
    "keep this computer as it is: they can compare the log with the copy the organisation "
    "holds."
)


def check_with_organisation(store: Store, connector: Connector) -> Anchor | None:
    """Ask the organisation for its head of this log and check the local log extends it.
    Returns the anchor held afterwards; raises AuditTampered on a mismatch."""
    with store.session() as session:
        chain = chain_id(session)
    if chain is None:
        return None
    head = audit_head(connector.config, connector.http, chain)
    return settle(store, head) if head is not None else None


def settle(store: Store, head: AuditHead) -> Anchor:
    """Keep what the organisation says it holds, or the break it shows."""
    anchor = Anchor(head.seq, head.hash)
    with store.writing() as session:
        seal = read_seal(session)
        problem = mismatch(session, anchor, seal.seq if seal else 0)
        if problem is None:
            keep_anchor(session, anchor)
            return anchor
        keep_break(session, anchor, problem)
    raise AuditTampered(
        "The audit log on this computer has been altered: {problem}.", hint=ADVICE, problem=problem
    )
