"""The data-flow register matches the agreements held and what the store holds under them;
retention removes what a provider has not changed for longer than its agreement allows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, timedelta
from fnmatch import fnmatchcase

from sqlalchemy import func, select

from caseworker.agreements.registry import known_agreements
from caseworker.audit.log import recent
from caseworker.insight.register import COLUMNS, register, register_csv
from caseworker.profile import DEMO_PROFILE
from caseworker.store.models import ConsentRecord, PurgeRecord, SourceItem, SourcePerson
from caseworker.store.settings import get_json
from caseworker.sync.retention import purge_expired, retention_days
from tests.conftest import ROOT
from tests.support.marked import read_marked_csv


def test_every_permitting_clause_is_a_row_and_the_counts_match_the_store(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    viewer = DEMO_PROFILE.viewer
    with store.session() as session:
        rows = register(session, viewer)
        agreements = [k.document for k in known_agreements(session) if not k.superseded]
        items = session.execute(
            select(SourceItem.partner_id, SourceItem.category, SourceItem.released)
        ).all()
        people = dict(
            session.execute(
                select(SourcePerson.partner_id, func.count()).group_by(SourcePerson.partner_id)
            ).all()
        )
    expected = {
        (doc.id, rule.clause, recipient.org, role, name)
        for doc in agreements
        for rule in doc.rules
        if rule.effect == "permit"
        for recipient in rule.recipients
        for role in recipient.roles
        for name in rule.data_classes
    }
    assert {
        (r.agreement_id, r.clause, r.recipient_org, r.recipient_role, r.data_class) for r in rows
    } == expected
    by_id = {doc.id: doc for doc in agreements}
    mine = [r for r in rows if r.held is not None]
    assert mine and all(r.recipient_org in ("*", viewer.org) for r in mine)
    assert all(r.held is None for r in rows if r.recipient_org not in ("*", viewer.org))
    for r in mine:
        doc = by_id[r.agreement_id]
        assert r.retention_days == doc.retention_days
        data_class = doc.data_classes[r.data_class]
        if any(f.startswith("record.") for f in data_class.fields):
            wanted = [
                released
                for partner, category, released in items
                if partner == r.provider
                and (
                    not data_class.categories
                    or any(fnmatchcase(category, p) for p in data_class.categories)
                )
            ]
            if r.level == "on_request":  # held only where the provider released it
                wanted = [x for x in wanted if set(data_class.fields) & set(x.split(","))]
            assert r.held == len(wanted), r
        else:
            assert r.held == people.get(r.provider, 0), r
        if r.held:
            assert r.oldest is not None
            assert r.purge_due == r.oldest + timedelta(days=r.retention_days)
    # Shared on request and never released: nothing held.
    assert any(r.level == "on_request" and r.held == 0 for r in mine)


def test_the_register_as_csv_and_from_the_command_line(cli_env: dict[str, str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            env=env, capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip

    assert run("sync", "--demo").returncode == 0
    out = tmp_path / "register.csv"
    done = run("insight", "register", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o077 == 0  # owner-only, like every export
    marking, table = read_marked_csv(out)
    assert marking == "OFFICIAL"  # flows, not anyone's data
    assert tuple(table[0]) == COLUMNS
    rows = json.loads(run("insight", "register", "--json").stdout)
    assert len(table) == len(rows)
    assert {r["Provider"] for r in table} >= {
        "Constabulary Public Protection Unit",
        "Hillside Academy",
    }
    audit = json.loads(run("audit", "list", "--kind", "export", "--json").stdout)
    assert audit[0]["detail"]["what"] == "register"


def test_register_csv_quotes_what_needs_quoting(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        rows = register(session, DEMO_PROFILE.viewer)
    parsed = list(csv.reader(io.StringIO(register_csv(rows))))[1:-1]  # within the marking
    assert len(parsed) == len(rows) + 1
    assert all(len(line) == len(COLUMNS) for line in parsed)  # commas in labels are quoted


def test_retention_removes_old_records_and_keeps_consent(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    today = date.today()
    with store.session() as session:
        # A sync runs the retention check once a day for every provider with agreements.
        assert get_json(session, "retention-run:police") == today.isoformat()
        assert retention_days(known_agreements(session, "police"), today) == 730
        before = session.scalar(
            select(func.count()).select_from(SourceItem).where(SourceItem.partner_id == "police")
        )
        consents = session.scalar(select(func.count()).select_from(ConsentRecord))
    assert before
    with store.writing() as session:
        # Again today: nothing to do, it already ran.
        assert purge_expired(session, "police", 730, today) is None
        # Everything the sandbox loaded was last changed more than a day before a date a
        # year on: with a one-day retention, all of police's records go.
        outcome = purge_expired(session, "police", 1, today + timedelta(days=365), force=True)
    assert outcome is not None and outcome.records_removed >= before
    with store.session() as session:
        assert not session.scalar(
            select(func.count()).select_from(SourceItem).where(SourceItem.partner_id == "police")
        )
        assert not session.scalar(
            select(func.count())
            .select_from(SourcePerson)
            .where(SourcePerson.partner_id == "police")
        )
        assert session.scalar(select(func.count()).select_from(ConsentRecord)) == consents
        assert (
            session.scalars(select(PurgeRecord.cause)).all()[-1]
            == "kept longer than the 1-day retention"
        )
        purge = recent(session, kinds=("purge",), limit=1)[0]
    assert (
        purge.detail["provider"] == "police"
        and purge.detail["records_removed"] == outcome.records_removed
    )
