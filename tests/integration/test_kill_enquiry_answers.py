"""A sync killed with SIGKILL at random points while the partners' answers to enquiries
arrive: no answer is lost, none is kept twice (in the store or the audit log), the log's
chain still holds, and the next sync collects what was left."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
from sqlalchemy import func, select

from caseworker.audit.chain import verify
from caseworker.paths import resolve_paths
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.contacts import ContactDraft, choose_match, record_contact
from caseworker.services.enquiries import open_enquiry
from caseworker.store.models import AuditEntry, EnquiryAnswer, OutboxMessage, SourcePerson
from caseworker.store.store import open_store
from tests.conftest import ROOT
from tests.support.keyrings import TestFileKeyring
from tests.support.ports import free_port_base

KILLS = 4
ENQUIRIES = 60


def _answered(network: SandboxNetwork) -> int:
    """How many enquiries the police desk has answered (each is answered when first asked
    after, so this counts the answers sent so far)."""
    desk = network.desks["police"].enquiries
    return sum(1 for e in desk._by_id.values() if e.answer is not None)


def test_a_sync_killed_while_answers_arrive_loses_and_doubles_nothing(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    env, home, base = home_env, tmp_path / "home", free_port_base()
    sync = [sys.executable, str(ROOT / "main.py"), "--sandbox-port-base", str(base)]
    sync += ["sync", "--demo"]
    with SandboxNetwork().start(base_port=base) as network:
        first = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        keyring.set_keyring(TestFileKeyring())
        with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
            with store.session() as session:
                children = list(
                    session.execute(
                        select(SourcePerson.citizen_id, SourcePerson.given_name)
                        .where(SourcePerson.partner_id == "police")
                        .distinct()
                        .limit(ENQUIRIES)
                    )
                )
            for citizen, given in children:
                contact = record_contact(
                    store,
                    ContactDraft(
                        raised_by="PC 4471 Evans",
                        referrer_agency="Constabulary",
                        about="domestic_abuse",
                        concern="Called to the home overnight.",
                        child_given=given,
                    ),
                    entered_by="T",
                )
                choose_match(store, contact, citizen, by="T")
                open_enquiry(store, contact, rating="amber", partners=["police"], by="T")
        desk = network.desks["police"].enquiries
        desk.delay_s, desk.withhold = 3600, None  # delivered now, answered later
        delivered = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=300)
        assert delivered.returncode == 0, delivered.stderr
        assert len(desk.received()) == len(children) and _answered(network) == 0

        desk.delay_s = 0
        network.servers["police"].faults.latency_s = 0.05  # each answer takes a moment
        rng = random.Random(20261207)
        partials: list[int] = []
        for _ in range(KILLS):
            victim = subprocess.Popen(
                sync, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            before = _answered(network)
            started = time.monotonic()
            while _answered(network) == before and time.monotonic() - started < 120:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.6))  # somewhere in the middle of the answers
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
            partials.append(_answered(network))
        print(f"answers sent at each kill: {partials} of {len(children)}")
        assert any(0 < n < len(children) for n in partials)  # kills fell among the answers
        network.servers["police"].faults.latency_s = 0
        final = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr

    with (
        open_store(resolve_paths(home), allow_insecure_keyring=True) as store,
        store.session() as session,
    ):
        answers = list(session.scalars(select(EnquiryAnswer)))
        statuses = set(
            session.scalars(select(OutboxMessage.status).where(OutboxMessage.kind == "enquiry"))
        )
        logged = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.kind == "enquiry", AuditEntry.detail.contains('"answered"'))
        )
        chain = verify(session)
    assert len(answers) == len(children) and all(a.decision == "share" for a in answers)
    assert all(a.research != "[]" and a.answered_at is not None for a in answers)
    assert statuses == {"answered"}
    assert logged == len(children)  # each answer recorded once, however often it was fetched
    assert chain.ok
