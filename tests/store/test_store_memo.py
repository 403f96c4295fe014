"""StoreMemo: a value is kept on its connection until anything is committed to the store, by
this connection, another connection of this program, or another program; nothing read inside
a transaction with writes of its own is kept."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

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


def _in_a_worker_thread(write: Callable[[], object]) -> None:
    writer = threading.Thread(target=write)
    writer.start()
    writer.join()


@pytest.mark.parametrize(
    "written_by",
    [lambda write: write(), _in_a_worker_thread],
    # The store keeps one connection per thread: the reading thread's own connection writes
    # (SQLite's data_version leaves a connection's own commits out: total_changes does not),
    # or a worker thread's connection does, as the GUI's write worker would (data_version).
    ids=["the-same-connection", "another-connection"],
)
def test_a_commit_is_seen_by_the_next_use(
    opened_store: OpenStore, admin_session, add_registrations, written_by
) -> None:
    load = CountingLoad()
    with opened_store.transaction() as tx:
        assert StoreMemo(tx).get("count", load) == 0
        reader = tx.connection().connection.driver_connection
    written_by(lambda: add_registrations(opened_store, admin_session.officer_id, 3))
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
