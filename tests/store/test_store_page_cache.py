"""The page cache a store connection gets: sized from the store file, within bounds."""

from __future__ import annotations

from ucj_desktop.store.engine import CACHE_MAX_KIB, CACHE_MIN_KIB, page_cache_kib


def test_the_page_cache_is_an_eighth_of_the_store_within_bounds():
    assert page_cache_kib(0) == CACHE_MIN_KIB
    # An office's store at full quota (1M DTSEN rows, 11,666 registrations) is ~240 MB.
    assert page_cache_kib(240 * 1024 * 1024) == 30 * 1024
    assert page_cache_kib(100 * 1024**3) == CACHE_MAX_KIB


def test_every_connection_to_the_store_gets_the_cache_of_its_file_size(opened_store):
    engine = opened_store.store.engine
    size = opened_store.store.db_path.stat().st_size
    with engine.connect() as first, engine.connect() as second:  # two pooled connections
        for conn in (first, second):
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
            assert cache == -page_cache_kib(size)  # negative: KiB, not pages
