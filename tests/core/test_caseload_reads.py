"""The home page's caseload asks the audit log when each person was last looked at. Every
entry of a year's work is a view, so that question must go through the index on the
citizen: through the index on the kind it walked 50,000 entries for each row (0.1 s), and
the window's first screen waited for it."""

from __future__ import annotations

from caseworker.audit.log import record_all
from caseworker.store.store import Store
from caseworker.views.caseload import last_looked_query


def test_when_a_person_was_last_looked_at_is_found_through_their_own_entries(
    store: Store,
) -> None:
    record_all(store, [("view", n % 50 + 1, {"records": 3}) for n in range(500)])
    query = last_looked_query([7, 8])
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "ix_audit_citizen" in plan, plan
    with store.session() as session:
        assert session.scalar(query) is not None  # and it still finds their views
