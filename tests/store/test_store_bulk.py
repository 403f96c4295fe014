"""Bulk writes (store/bulk.py) store exactly what the ORM stores: same values read back, same
text in the file for dates and times, and a UNIQUE conflict still reported as one."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.bulk import insert_rows, update_by_id
from ucj_desktop.store.errors import UniqueConflict
from ucj_desktop.store.models import AuditEvent, Registration

WHEN = datetime(2026, 12, 5, 9, 30, 15, 123456, tzinfo=UTC)


def _raw(opened: OpenStore, sql: str, *params: object) -> list[tuple[object, ...]]:
    with opened.transaction() as tx:
        cursor = tx.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        return list(cursor.execute(sql, params).fetchall())


def test_an_update_by_id_reads_back_as_the_orm_wrote_it(
    opened_store: OpenStore, admin_session, add_registrations
) -> None:
    by_orm, by_bulk, untouched = add_registrations(opened_store, admin_session.officer_id, 3)
    change = {
        "status": "enrolled",
        "kpj": "00012345678",
        "coverage_start": date(2026, 12, 1),
        "updated_at": WHEN,
        "hub_rank": None,
        "consent": False,
    }
    with opened_store.transaction() as tx:
        row = tx.get(Registration, by_orm.id)
        assert row is not None
        for key, value in change.items():
            setattr(row, key, value)
        tx.add(row)
        tx.commit()
    with opened_store.transaction() as tx:
        update_by_id(tx, Registration, [{"id": by_bulk.id, **change}])
        tx.commit()

    columns = ", ".join(change)
    stored = {
        rid: _raw(opened_store, f"SELECT {columns} FROM registration WHERE id = ?", rid)[0]
        for rid in (by_orm.id, by_bulk.id)
    }
    assert stored[by_bulk.id] == stored[by_orm.id]  # the same text and numbers in the file
    with opened_store.transaction() as tx:
        bulk = tx.get(Registration, by_bulk.id)
        other = tx.get(Registration, untouched.id)
        assert bulk is not None and other is not None
        assert (bulk.status, bulk.kpj, bulk.coverage_start, bulk.consent) == (
            "enrolled",
            "00012345678",
            date(2026, 12, 1),
            False,
        )
        assert bulk.updated_at.replace(tzinfo=UTC) == WHEN
        assert other.status == untouched.status and other.kpj is None


def _event(seq: int) -> dict[str, object]:
    return {
        "seq": seq,
        "at": WHEN,
        "officer_id": None,
        "role": None,
        "action": "test.bulk",
        "entity": "registration",
        "entity_id": str(uuid.uuid4()),
        "device_id": "device",
        "detail": "{}",
        "prev_hash": "0" * 64,
        "hash": f"{seq:064d}",
    }


def test_inserted_rows_read_back_and_a_taken_key_is_a_unique_conflict(
    opened_store: OpenStore,
) -> None:
    [(head,)] = _raw(opened_store, "SELECT max(seq) FROM audit_event")
    rows = [_event(int(str(head)) + i) for i in (1, 2)]
    with opened_store.transaction() as tx:
        insert_rows(tx, AuditEvent, rows)
        tx.commit()
    with opened_store.transaction() as tx:
        stored = [tx.get(AuditEvent, row["seq"]) for row in rows]
    assert [(e.entity_id, e.at.replace(tzinfo=UTC)) for e in stored if e] == [
        (row["entity_id"], WHEN) for row in rows
    ]

    with pytest.raises(UniqueConflict), opened_store.transaction() as tx:
        insert_rows(tx, AuditEvent, [rows[0]])
