"""The audit log is append-only and hash-chained: any change, removal or reordering of an
entry is found by verification, and names the first entry that does not hold."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from caseworker.audit.chain import verify
from caseworker.audit.log import recent, record
from caseworker.profile import DEMO_PROFILE, save_profile
from caseworker.store.store import Store
from caseworker.views.activity import for_citizen


def _write(store: Store, count: int) -> None:
    with store.session() as session:
        save_profile(session, DEMO_PROFILE)
    for n in range(count):
        record(store, "view", citizen_id=n % 3 + 1, records=n)


def _tamper(store: Store, *statements: str) -> None:
    """What someone with the key and a SQLite shell could do: drop the guards, then edit."""
    with store.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        for statement in statements:
            connection.exec_driver_sql(statement)


def test_an_untouched_log_verifies_and_reads_back_newest_first(store: Store) -> None:
    _write(store, 12)
    with store.session() as session:
        report = verify(session)
        assert report.ok and report.entries == 12
        mine = for_citizen(session, 2)
        assert [e.detail["records"] for e in mine] == [10, 7, 4, 1]
        assert all(e.actor == "Demo social worker" and e.kind == "view" for e in mine)
        assert recent(session, limit=1)[0].seq == 12


def test_the_application_cannot_change_or_remove_an_entry(store: Store) -> None:
    _write(store, 3)
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), store.engine.begin() as c:
            c.execute(text(statement))
    with store.session() as session:
        assert verify(session).ok


@pytest.mark.parametrize(
    ("statements", "broken_at", "words"),
    [
        (["UPDATE audit_log SET detail = '{\"records\":99}' WHERE seq = 5"], 5, "changed"),
        (["UPDATE audit_log SET actor = 'Someone else' WHERE seq = 9"], 9, "changed"),
        (["DELETE FROM audit_log WHERE seq = 4"], 4, "missing"),
        (["DELETE FROM audit_log WHERE seq >= 8"], 8, "newest entries"),
        (
            [  # swap two entries' places, numbers and all
                "UPDATE audit_log SET seq = -1 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = 6",
                "UPDATE audit_log SET seq = 6 WHERE seq = -1",
            ],
            3,
            "does not follow",
        ),
    ],
)
def test_tampering_is_found_at_the_first_entry_that_does_not_hold(
    store: Store, statements: list[str], broken_at: int, words: str
) -> None:
    _write(store, 10)
    _tamper(store, *statements)
    with store.session() as session:
        report = verify(session)
    assert not report.ok
    assert report.broken_at == broken_at
    assert words in str(report.problem or "")
    assert report.entries == broken_at - 1


def test_an_entry_rewritten_with_a_fresh_hash_still_breaks_the_next_link(store: Store) -> None:
    """Recomputing the changed entry's own hash is not enough: the next one points at the old."""
    from caseworker.audit.chain import entry_hash

    _write(store, 6)
    with store.session() as session:
        row = session.execute(text("SELECT * FROM audit_log WHERE seq = 2")).mappings().one()
    fields = {k: row[k] for k in ("seq", "at", "actor", "org", "role", "kind", "citizen_id")}
    fields["detail"] = '{"records":42}'
    forged = entry_hash(fields, row["prev_hash"])
    _tamper(
        store,
        f"UPDATE audit_log SET detail = '{fields['detail']}', hash = '{forged}' WHERE seq = 2",
    )
    with store.session() as session:
        report = verify(session)
    assert not report.ok and report.broken_at == 3


def test_a_broken_log_can_be_sealed_with_a_reason_and_checked_again_after(store: Store) -> None:
    from caseworker.audit.seal import SealRefused, acknowledge
    from caseworker.policy import OrganisationPolicy

    allowed = OrganisationPolicy(audit_acknowledge_roles=("social_worker", "team_manager"))
    _write(store, 8)
    with pytest.raises(SealRefused, match="intact"):
        acknowledge(store, "Nothing is wrong with it at all.", allowed)
    _tamper(store, "DELETE FROM audit_log WHERE seq = 3")
    with pytest.raises(SealRefused, match="reason"):
        acknowledge(store, "short", allowed)
    with pytest.raises(SealRefused, match="Only these roles"):  # by default, managers only
        acknowledge(store, "Copy taken for the IG investigation, ref IG-2026-014.")
    seal = acknowledge(store, "Copy taken for the IG investigation, ref IG-2026-014.", allowed)
    assert (seal.seq, seal.broken_at) == (8, 3) and "missing" in seal.problem
    record(store, "view", citizen_id=1, records=1)
    with store.session() as session:
        report = verify(session)
        (sealing,) = recent(session, kinds=("settings",), limit=1)
    assert report.ok and report.seal == seal  # intact from the seal on, and the seal is named
    assert sealing.detail["setting"] == "audit log sealed" and sealing.seq == 9

    # Tampering after the seal is found as before.
    _tamper(store, "UPDATE audit_log SET actor = 'someone' WHERE seq = 10")
    with store.session() as session:
        report = verify(session)
    assert not report.ok and report.broken_at == 10


def test_start_up_checks_what_was_written_since_the_last_whole_check(store: Store) -> None:
    """A whole check that finds the log sound is remembered; the start-up check then walks
    only the entries after it, and still finds an entry changed among them. An entry changed
    before it is for the whole check (the window runs it once open), which still finds it."""
    from caseworker.services.reading import audit_check

    _write(store, 10)
    assert audit_check(store).ok  # the whole log: remembered as sound up to entry 10
    _write(store, 5)
    quick = audit_check(store, since_checked=True)
    assert quick.ok and quick.entries == 15

    _tamper(store, "UPDATE audit_log SET detail = '{\"records\":99}' WHERE seq = 13")
    quick = audit_check(store, since_checked=True)
    assert not quick.ok and quick.broken_at == 13


def test_an_entry_changed_before_the_last_whole_check_is_found_by_the_whole_check(
    store: Store,
) -> None:
    from caseworker.services.reading import audit_check

    _write(store, 10)
    assert audit_check(store).ok
    _tamper(store, "UPDATE audit_log SET actor = 'Someone else' WHERE seq = 4")
    assert audit_check(store, since_checked=True).ok  # not walked at start-up…
    whole = audit_check(store)
    assert not whole.ok and whole.broken_at == 4  # …but by the whole check


def test_a_remembered_entry_that_was_changed_sends_start_up_back_to_the_whole_walk(
    store: Store,
) -> None:
    """Changing the remembered entry itself, or forging the note of it, gains nothing: the
    start-up check then walks the whole log."""
    from caseworker.services.reading import audit_check

    _write(store, 10)
    assert audit_check(store).ok
    _tamper(store, "UPDATE audit_log SET hash = '" + "f" * 64 + "' WHERE seq = 10")
    report = audit_check(store, since_checked=True)
    assert not report.ok and report.broken_at == 10

    _tamper(
        store,
        'UPDATE settings SET value = \'{"seq": 9, "hash": "' + "0" * 64 + "\"}' "
        "WHERE key = 'audit-checked'",
    )
    assert not audit_check(store, since_checked=True).ok
