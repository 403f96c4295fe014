"""Many batches at once (``ucj-hub ingest DIR``): read in a helper process, several packages to a
transaction on PostgreSQL, each still whole or not at all, exactly once, reported in order."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime

from tests.support.city import City
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.ingest import _Reader, ingest_files, read_batch
from ucj_desktop.hub.ingest_store import Ingested, Refused, store_batches
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import generate_people

VERIFIED = datetime(2026, 1, 5, 9, tzinfo=UTC)


def people(count: int, seed: int) -> list[BatchRecord]:
    return [record_of(p, VERIFIED) for p in generate_people(seed, count, date(2026, 1, 1))]


def ingested_events(city: City) -> list[str]:
    with city.hub.transaction() as tx:
        assert check_hub_chain(tx) == []
        return [
            e.entity_id or "" for e in hub_intake.audit_events(tx) if e.action == "batch.ingested"
        ]


def held(city: City) -> dict[str, int]:
    """Package id -> records stored under it."""
    with city.hub.transaction() as tx:
        return {p.package_id: p.record_count for p in hub_intake.packages(tx)}


def test_a_folder_read_by_a_helper_process_is_taken_as_one_by_one(city: City) -> None:
    a, b = city.office(0), city.office(1)
    second = city.batch(a, people(3, 1), sequence=2)
    first = city.batch(a, people(2, 2), sequence=1)
    bad_records = people(2, 3)
    bad_records[1] = dataclasses.replace(bad_records[1], declared_income=True)  # type: ignore[arg-type]
    bad = city.batch(b, bad_records, sequence=1)
    other = city.batch(b, people(4, 4), sequence=2)
    conflict = city.batch(a, people(1, 5), sequence=1)  # batch 1's id, other content
    conflict = conflict.rename(conflict.with_name("conflict.ucjsync"))
    first_again = city.folder / "again.ucjsync"
    first_again.write_bytes(first.read_bytes())
    paths = [second, first, bad, other, first_again, conflict]

    results = list(ingest_files(city.hub, paths, helper_process=True))

    assert [r.path for r in results] == paths
    taken = [r for r in results if isinstance(r, Ingested)]
    # Gaps as each package left them: batch 2 before 1 lists 1 until 1 arrives.
    assert [(r.sequence, r.records, r.already, r.gaps) for r in taken] == [
        (2, 3, False, (1,)),
        (1, 2, False, ()),
        (2, 4, False, (1,)),
        (1, 2, True, ()),
    ]
    refused = {r.path.name: r.error for r in results if isinstance(r, Refused)}
    assert refused[bad.name].code == "hub.bad_record" and refused[bad.name].values["record"] == 2
    assert refused[conflict.name].code == "hub.package_conflict"
    assert held(city) == {taken[0].package_id: 3, taken[1].package_id: 2, taken[2].package_id: 4}
    assert sorted(ingested_events(city)) == sorted(held(city))


def test_a_package_that_cannot_be_stored_rolls_back_alone_and_the_others_stay(city: City) -> None:
    """Three packages offered to one transaction (each ready at once); the middle one takes a
    sequence number already held under another package id: it is refused, its records are
    nowhere, and the packages before and after it are stored."""
    office = city.office(2)
    before = city.batch(office, people(2, 6), sequence=1)
    clash = city.folder / "clash.ucjsync"
    clash.write_bytes(
        build_package(
            kind="batch",
            office_code=office.code,
            device_id=office.device_id,
            package_id=str(uuid.uuid4()),  # a new id for the same laptop's batch 1
            sequence=1,
            records=[r.to_dict() for r in people(3, 7)],
            signing_key=office.keys.signer(),
            recipient=city.recipient,
            created_at=datetime(2026, 1, 2, tzinfo=UTC),
            audit_anchor=(10, f"{1:064x}"),
        )
    )
    after = city.batch(office, people(4, 8), sequence=2)
    reader = _Reader(city.hub)
    items = iter([read_batch(reader.trust, p) for p in (before, clash, after)])

    results = list(store_batches(city.hub, items, lambda: True, reader.fresh))

    assert [type(r) for r in results] == [Ingested, Refused, Ingested]
    error = results[1].error  # type: ignore[union-attr]
    assert error.code == "hub.sequence_conflict" and error.values["sequence"] == 1
    stored = held(city)
    assert sorted(stored.values()) == [2, 4]
    assert sorted(ingested_events(city)) == sorted(stored)
    with city.hub.transaction() as tx:
        received = {p.registration_id for p in hub_outcomes.pending(tx)}
    assert received == {r.registration_id for r in people(2, 6) + people(4, 8)}


def test_a_bulk_ingest_keeps_the_planners_count_of_packages_current(city: City) -> None:
    """PostgreSQL plans each record's foreign-key check from its statistics of hub_package;
    an ingest that doubles the table analyses it, so the plan is made from the true size.
    SQLite has no such statistics to keep."""
    office = city.office(0)
    paths = [city.batch(office, people(1, 100 + n)) for n in range(70)]
    results = list(ingest_files(city.hub, paths))
    assert all(isinstance(r, Ingested) and not r.already for r in results)
    with city.hub.transaction() as tx:
        planned = hub_intake.planned_package_rows(tx)
    if city.hub.dialect == "postgresql":
        assert planned is not None and planned >= 65  # analysed past 64 packages
    else:
        assert planned is None
