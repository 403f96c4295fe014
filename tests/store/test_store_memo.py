"""StoreMemo: a value is kept on its connection until anything is committed to the store, by
this connection, another connection of this program, or another program; nothing read inside
a transaction with writes of its own is kept."""

from __future__ import annotations

import threading

from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.memo import StoreMemo
from ucj_desktop.store.repos.registrations import quota_count


class CountingLoad:
    """``quota_count`` that counts how often the store was really asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, tx) -> int:  # type: ignore[no-untyped-def]
        self.calls += 1
        return quota_count(tx)


def test_a_value_is_read_once_while_nothing_is_committed(opened_store: OpenStore) -> None:
    load = CountingLoad()
    for _ in range(3):
        with opened_store.transaction() as tx:
            assert StoreMemo(tx).get("count", load) == 0
    assert load.calls == 1


def test_a_commit_on_the_same_connection_is_seen(
    opened_store: OpenStore, admin_session, add_registrations
) -> None:
    load = CountingLoad()
    with opened_store.transaction() as tx:
        assert StoreMemo(tx).get("count", load) == 0
        connection = tx.connection().connection.driver_connection
    add_registrations(opened_store, admin_session.officer_id, 2)
    with opened_store.transaction() as tx:
        # The pool's one connection wrote and reads again: SQLite's data_version leaves a
        # connection's own commits out, the memo's stamp does not.
        assert tx.connection().connection.driver_connection is connection
        assert StoreMemo(tx).get("count", load) == 2
    assert load.calls == 2


def test_a_commit_by_another_connection_of_this_program_is_seen(
    opened_store: OpenStore, admin_session, add_registrations
) -> None:
    load = CountingLoad()
    with opened_store.transaction() as tx:
        assert StoreMemo(tx).get("count", load) == 0
        reader = tx.connection().connection.driver_connection
    # The store keeps one connection per thread: the GUI thread reads, a worker thread writes.
    writer = threading.Thread(
        target=add_registrations, args=(opened_store, admin_session.officer_id, 3)
    )
    writer.start()
    writer.join()
    with opened_store.transaction() as tx:
        assert tx.connection().connection.driver_connection is reader
        assert StoreMemo(tx).get("count", load) == 3
    assert load.calls == 2


def test_nothing_read_beside_uncommitted_writes_is_kept(
    opened_store: OpenStore, admin_session, add_registrations
) -> None:
    [row] = add_registrations(opened_store, admin_session.officer_id, 1)
    load = CountingLoad()
    with opened_store.transaction() as tx:
        assert StoreMemo(tx).get("count", load) == 1
        row.status = "draft"  # gives its quota place back, but is never committed
        tx.add(row)
        tx.flush()
        assert StoreMemo(tx).get("count", load) == 0
        tx.rollback()
    with opened_store.transaction() as tx:
        assert StoreMemo(tx).get("count", load) == 1
    assert load.calls == 3
