"""Ingest: exactly once, in any order, whole or not at all."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, date, datetime

import pytest

from tests.support.city import City
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.sync.package import PackageError, _container
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import generate_people

VERIFIED = datetime(2026, 1, 5, 9, tzinfo=UTC)


def people(count: int, seed: int = 3) -> list[BatchRecord]:
    return [record_of(p, VERIFIED) for p in generate_people(seed, count, date(2026, 1, 1))]


def stored(city: City) -> tuple[int, int]:
    """(packages, submissions) the hub holds."""
    with city.hub.transaction() as tx:
        packages = hub_intake.packages(tx)
    return len(packages), sum(p.record_count for p in packages)


def test_a_batch_is_taken_once_and_the_same_file_again_says_so(city: City) -> None:
    path = city.batch(city.office(0), people(5))
    first = city.ingest(path)
    again = city.ingest(path)
    assert (first.records, first.already) == (5, False)
    assert (again.records, again.already, again.package_id) == (5, True, first.package_id)
    assert stored(city) == (1, 5)


def test_same_package_id_with_other_bytes_is_a_conflict_and_changes_nothing(city: City) -> None:
    office = city.office(0)
    city.ingest(city.batch(office, people(3), sequence=1))
    other = city.batch(office, people(4, seed=9), sequence=1)  # same id (device + sequence)
    with pytest.raises(PackageError) as refused:
        city.ingest(other)
    assert refused.value.code == "hub.package_conflict"
    assert stored(city) == (1, 3)


def test_batches_out_of_order_are_taken_and_the_gap_listed_until_filled(city: City) -> None:
    office = city.office(1)
    records = people(6)
    first = city.batch(office, records[:2], sequence=1)
    third = city.batch(office, records[2:4], sequence=3)
    second = city.batch(office, records[4:], sequence=2)
    assert city.ingest(third).gaps == (1, 2)
    assert city.ingest(first).gaps == (2,)
    assert city.ingest(second).gaps == ()
    assert stored(city) == (3, 6)


def test_a_laptop_the_hub_never_enrolled_is_refused(city: City) -> None:
    stranger = synthetic.offices(5, seed=99)[4]
    path = city.folder / "stranger.ucjsync"
    path.write_bytes(stranger.batch(people(2), city.recipient))
    with pytest.raises(PackageError) as refused:
        city.ingest(path)
    assert refused.value.code == "hub.device_not_enrolled"
    assert stored(city) == (0, 0)


def test_a_batch_changed_after_signing_is_refused(city: City) -> None:
    path = city.batch(city.office(0), people(2))
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["manifest.json"] = members["manifest.json"].replace(
        b'"record_count":2', b'"record_count":3'
    )
    assert b'"record_count":3' in members["manifest.json"]
    path.write_bytes(_container(members))
    with pytest.raises(PackageError) as refused:
        city.ingest(path)
    assert refused.value.code == "package.bad_signature"
    assert stored(city) == (0, 0)


def test_a_laptop_signing_for_another_office_is_refused(city: City) -> None:
    office = city.office(0)
    liar = dataclasses.replace(office, code=city.office(1).code)
    path = city.folder / "liar.ucjsync"
    path.write_bytes(liar.batch(people(2), city.recipient))
    with pytest.raises(PackageError) as refused:
        city.ingest(path)
    assert refused.value.code == "hub.office_mismatch"
    assert stored(city) == (0, 0)


def test_one_bad_record_refuses_the_whole_batch_naming_its_line(city: City) -> None:
    records = people(3)
    records[1] = dataclasses.replace(records[1], declared_income=True)  # type: ignore[arg-type]
    path = city.batch(city.office(0), records)
    with pytest.raises(DomainError) as refused:
        city.ingest(path)
    assert refused.value.code == "hub.bad_record"
    assert refused.value.values["record"] == 2
    assert refused.value.field == "declared_income"
    assert stored(city) == (0, 0)


def test_a_record_whose_nik_contradicts_its_birth_date_is_kept_as_unfit(city: City) -> None:
    records = people(3)
    records[0] = dataclasses.replace(records[0], birth_date=date(1970, 1, 1))
    records[2] = dataclasses.replace(records[2], sex="P" if records[2].sex == "L" else "L")
    done = city.ingest(city.batch(city.office(0), records))
    assert (done.records, done.unfit) == (3, 2)


def test_every_ingest_extends_an_intact_audit_chain(city: City) -> None:
    for n in range(3):
        city.ingest(city.batch(city.office(n), people(2, seed=n)))
    with city.hub.transaction() as tx:
        actions = [e.action for e in hub_intake.audit_events(tx)]
        assert check_hub_chain(tx) == []
    assert actions.count("batch.ingested") == 3
    assert actions.count("device.enrolled") == 3
