"""Ingest: exactly once, in any order, whole or not at all."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.support.city import City
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.errors import Problem, StoreError, UniqueConflict
from ucj_desktop.store.hub_models import HubSubmission
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


BAD_FIELDS = [
    ("registration_id", "r" * 37, "too_long"),
    ("registration_id", "", "empty"),
    ("nik", "32750115089000011", "too_long"),  # was cut to 16 digits and stored
    ("kk_number", "3" * 17, "too_long"),
    ("full_name", "A" * 101, "too_long"),
    ("full_name", "Siti\x00Rahayu", "bad_characters"),
    ("sex", "LL", "too_long"),  # was cut to "L"
    ("phone", "+62" + "8" * 20, "too_long"),
    ("address", "Jl. Melati\x00 No. 1", "bad_characters"),
    ("address", "x" * 201, "too_long"),
    ("rt", "0011", "too_long"),
    ("rw", "0\x7f1", "bad_characters"),
    ("kelurahan_code", "32.75.01.10011", "too_long"),
    ("occupations", ["OJOL"] * 11, "too_many"),
    ("occupations", ["X" * 33], "too_long"),
    ("declared_income", 2**63, "out_of_range"),
    ("declared_income", -1, "out_of_range"),
    ("desil", 2**31, "out_of_range"),
    ("desil", 0, "out_of_range"),
]


@pytest.mark.parametrize(
    ("field", "value", "reason"), BAD_FIELDS, ids=[f"{f}-{r}" for f, _, r in BAD_FIELDS]
)
def test_a_field_out_of_bounds_refuses_the_batch_naming_record_and_field(
    city: City, field: str, value: object, reason: str
) -> None:
    records = people(3)
    if field == "occupations":
        value = tuple(value)  # type: ignore[arg-type]
    records[1] = dataclasses.replace(records[1], **{field: value})
    path = city.batch(city.office(0), records)
    with pytest.raises(DomainError) as refused:
        city.ingest(path)
    assert refused.value.code == "hub.bad_record"
    assert (refused.value.field, refused.value.values) == (
        field,
        {"record": 2, "reason": reason},
    )
    assert stored(city) == (0, 0)  # nothing applied
    with city.hub.transaction() as tx:
        assert "batch.ingested" not in {e.action for e in hub_intake.audit_events(tx)}
    # The same office's next, sound batch goes in.
    assert city.ingest(city.batch(city.office(0), people(2, seed=8))).records == 2


def _a_stored_submission(city: City) -> dict[str, object]:
    city.ingest(city.batch(city.office(0), people(1)))
    with city.hub.transaction() as tx:
        row = tx.exec(select(HubSubmission)).one()
    return row.model_dump(exclude={"id"})


def _copy_row(row: dict[str, object]) -> tuple[object, ...]:
    """A submission as insert_submissions takes it (SUBMISSION_COLUMNS order)."""
    return tuple(row[name] for name in hub_intake.SUBMISSION_COLUMNS)


@pytest.mark.parametrize("hub", ["postgresql"], indirect=True)
def test_a_unique_violation_inside_copy_is_a_unique_conflict(city: City) -> None:
    again = _a_stored_submission(city)  # same package, same registration: the key is taken
    with pytest.raises(UniqueConflict), city.hub.transaction() as tx:
        hub_intake.insert_submissions(tx, [_copy_row(again)])
    assert stored(city) == (1, 1)


@pytest.mark.parametrize("hub", ["postgresql"], indirect=True)
def test_a_lock_timeout_inside_copy_is_the_store_is_locked(city: City) -> None:
    row = {**_a_stored_submission(city), "registration_id": "another"}
    with city.hub.store.engine.connect() as other:
        other.execute(text("LOCK TABLE hub_submission IN ACCESS EXCLUSIVE MODE"))
        with pytest.raises(StoreError) as refused, city.hub.transaction() as tx:
            tx.connection().execute(text("SET LOCAL lock_timeout = '100ms'"))
            hub_intake.insert_submissions(tx, [_copy_row(row)])
        other.rollback()
    assert refused.value.problem is Problem.LOCKED
    assert stored(city) == (1, 1)
