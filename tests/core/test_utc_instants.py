"""Every instant the store holds reads back as an aware UTC datetime, whatever offset it was
written with (issue 21): SQLite keeps no zone, and putting it back by hand in each reader had
been done in eight places, with one left to forget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select

from caseworker.store.models import Partner, UtcDateTime
from caseworker.store.store import Store


def test_an_instant_written_with_an_offset_reads_back_the_same_instant_in_utc(
    store: Store,
) -> None:
    summer = datetime(2026, 7, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))  # 09:00 UTC
    with store.session() as session:
        session.add(
            Partner(
                id="p", name="P", agency="health", protocol="fhir", base_url="https://p.example",
                last_success_at=summer, paused_until=datetime(2026, 7, 1, 9, 30),  # naive: UTC
            )
        )  # fmt: skip
    with store.session() as session:
        row = session.get(Partner, "p")
        assert row is not None
        assert row.last_success_at == summer and row.last_success_at.tzinfo == UTC
        assert row.last_success_at.hour == 9
        assert row.paused_until == datetime(2026, 7, 1, 9, 30, tzinfo=UTC)
        later = session.scalars(
            select(Partner.id).where(Partner.last_success_at > summer - timedelta(minutes=1))
        ).all()
    assert later == ["p"]  # comparisons in SQL see the same instant


def test_every_instant_column_is_utc() -> None:
    from caseworker.store.models import Base

    plain = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if "DATETIME" in str(column.type).upper() and not isinstance(column.type, UtcDateTime)
    ]
    assert plain == []
