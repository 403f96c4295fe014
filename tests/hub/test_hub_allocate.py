"""City-wide dedup and the quota as a ranking, decided at the cycle's close."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import col, select

from tests.support.city import City, bpjs_answer
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.coverage import import_coverage
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.settings import set_setting
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.hub_models import HubAllocation, HubOutcome, HubQuotaSlot, HubSubmission
from ucj_desktop.store.repos import hub_outcomes
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import generate_people

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def workers(count: int, seed: int = 3, desil: int | None = None) -> list[BatchRecord]:
    found = []
    for n, p in enumerate(generate_people(seed, count, date(2026, 1, 1))):
        record = record_of(p, T0 + timedelta(minutes=n))
        found.append(record if desil is None else dataclasses.replace(record, desil=desil))
    return found


def words(city: City) -> dict[tuple[str, str], tuple[str, str | None, str | None, int | None]]:
    """(office, registration) -> (state, reason, other office, rank)."""
    with city.hub.transaction() as tx:
        rows = tx.exec(
            select(HubSubmission, HubOutcome).join(
                HubOutcome, HubOutcome.submission_id == HubSubmission.id
            )
        ).all()
    return {
        (s.office_code, s.registration_id): (o.state, o.reason, o.other_office, o.rank)
        for s, o in rows
    }


def test_one_nik_at_two_offices_goes_to_the_earlier_verification(city: City) -> None:
    [worker] = workers(1)
    late = dataclasses.replace(
        worker, registration_id="late-one", verified_at=T0 + timedelta(hours=1)
    )
    # The later one arrives first: arrival order must not matter.
    city.ingest(city.batch(city.office(1), [late]))
    city.ingest(city.batch(city.office(2), [worker]))
    allocate(city.hub)
    said = words(city)
    assert said[(city.office(2).code, worker.registration_id)][0] == "allocated"
    state, reason, other, _ = said[(city.office(1).code, "late-one")]
    assert (state, reason, other) == ("returned", "hub.registered_elsewhere", city.office(2).code)


def test_a_tie_in_verification_time_goes_to_the_lower_office_code(city: City) -> None:
    [worker] = workers(1)
    twin = dataclasses.replace(worker, registration_id="twin")
    city.ingest(city.batch(city.office(2), [worker]))
    city.ingest(city.batch(city.office(0), [twin]))
    allocate(city.hub)
    said = words(city)
    assert said[(city.office(0).code, "twin")][0] == "allocated"
    assert said[(city.office(2).code, worker.registration_id)][2] == city.office(0).code


def test_nik_digits_against_birth_date_and_sex_are_returned_with_the_reason(city: City) -> None:
    a, b = workers(2)
    a = dataclasses.replace(a, birth_date=a.birth_date - timedelta(days=400))
    b = dataclasses.replace(b, sex="P" if b.sex == "L" else "L")
    city.ingest(city.batch(city.office(0), [a, b]))
    allocate(city.hub)
    said = words(city)
    assert said[(city.office(0).code, a.registration_id)][:2] == ("returned", "hub.nik_birth_date")
    assert said[(city.office(0).code, b.registration_id)][:2] == ("returned", "hub.nik_sex")


def test_a_worker_on_the_coverage_list_is_returned(city: City, tmp_path: Path) -> None:
    a, b = workers(2)
    listing = tmp_path / "coverage.csv"
    listing.write_text(f"NIK;SKEMA\n{a.nik};PBI\n", encoding="utf-8")
    import_coverage(city.hub, listing)
    city.ingest(city.batch(city.office(0), [a, b]))
    allocate(city.hub)
    said = words(city)
    assert said[(city.office(0).code, a.registration_id)][:2] == ("returned", "hub.already_covered")
    assert said[(city.office(0).code, b.registration_id)][0] == "allocated"


def test_seats_go_to_desil_1_to_3_first_and_the_rest_wait_ranked(city: City) -> None:
    # Quota 20: 15 desil-5 workers verified first, then 10 desil-2 workers.
    rich = workers(15, seed=11, desil=5)
    poor = [
        dataclasses.replace(r, verified_at=T0 + timedelta(days=1, minutes=n))
        for n, r in enumerate(workers(10, seed=12, desil=2))
    ]
    city.ingest(city.batch(city.office(0), rich))
    city.ingest(city.batch(city.office(1), poor))
    done = allocate(city.hub)
    assert (done.allocated, done.waiting, done.seats_used, done.quota) == (20, 5, 20, 20)
    said = words(city)
    assert all(said[(city.office(1).code, r.registration_id)][0] == "allocated" for r in poor)
    # The desil-5 workers verified last wait, in verification order.
    waiting = [said[(city.office(0).code, r.registration_id)] for r in rich[10:]]
    assert [w[0] for w in waiting] == ["waiting"] * 5
    assert [w[3] for w in waiting] == [1, 2, 3, 4, 5]


def test_allocating_again_with_nothing_new_changes_nothing(city: City) -> None:
    city.ingest(city.batch(city.office(0), workers(25)))
    first = allocate(city.hub)
    before = words(city)
    again = allocate(city.hub)
    assert first.changed and not again.changed
    assert words(city) == before


def test_the_quota_is_never_exceeded_across_cycles(city: City) -> None:
    city.ingest(city.batch(city.office(0), workers(12, seed=1)))
    allocate(city.hub)
    city.ingest(city.batch(city.office(1), workers(12, seed=2)))
    allocate(city.hub)
    with city.hub.transaction() as tx:
        assert hub_outcomes.seats_in_use(tx) == 20
    said = words(city).values()
    assert sum(1 for w in said if w[0] == "allocated") == 20
    assert sum(1 for w in said if w[0] == "waiting") == 4


def test_raising_the_quota_seats_the_first_waiting(city: City) -> None:
    batch = workers(22, desil=3)
    city.ingest(city.batch(city.office(0), batch))
    allocate(city.hub)
    set_setting(city.hub, "quota", "21")
    done = allocate(city.hub)
    assert (done.allocated, done.waiting) == (1, 1)
    said = words(city)
    assert said[(city.office(0).code, batch[20].registration_id)][0] == "allocated"
    assert said[(city.office(0).code, batch[21].registration_id)][3] == 1


def test_a_resubmitted_record_supersedes_its_older_submission(city: City) -> None:
    [worker] = workers(1)
    office = city.office(0)
    fixed = dataclasses.replace(worker, full_name=worker.full_name + " Putra")
    # The newer batch arrives before the older one.
    city.ingest(city.batch(office, [fixed], sequence=2))
    city.ingest(city.batch(office, [worker], sequence=1))
    allocate(city.hub)
    with city.hub.transaction() as tx:
        rows = tx.exec(
            select(HubSubmission.full_name, HubOutcome.state).join(
                HubOutcome, HubOutcome.submission_id == HubSubmission.id
            )
        ).all()
    assert sorted(rows) == sorted(
        [(fixed.full_name, "allocated"), (worker.full_name, "superseded")]
    )


def test_the_quota_lowered_then_raised_over_freed_seats_fills_the_holes(
    city: City, tmp_path: Path
) -> None:
    city.ingest(city.batch(city.office(0), workers(25, desil=2)))
    allocate(city.hub)
    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    in_seat_order = list(bpjs_answer(upload, tmp_path / "probe.xlsx"))
    bpjs_answer(upload, tmp_path / "result.xlsx", reject=set(in_seat_order[14:19]))
    import_bpjs(city.hub, tmp_path / "result.xlsx")  # seats 15-19 free: a hole below 20
    set_setting(city.hub, "quota", "15")  # drops the free seats above 15: 1-15 and 20 stay
    with city.hub.transaction() as tx:
        assert hub_outcomes.seat_count(tx) == 16
    set_setting(city.hub, "quota", "21")
    done = allocate(city.hub)
    assert (done.allocated, done.seats_used, done.quota) == (5, 20, 21)
    with city.hub.transaction() as tx:
        slots = tx.exec(select(HubQuotaSlot.slot)).all()
        taken = tx.exec(select(HubAllocation.slot)).all()
    assert sorted(slots) == list(range(1, 22))
    assert sorted(taken) == list(range(1, 21))  # the five waiting took seats 15-19


def test_the_newest_submission_is_the_laptops_latest_batch_whatever_its_clock_said(
    city: City,
) -> None:
    worker, fixed = corrected()
    office = city.office(0)
    # The laptop's clock ran years ahead when it made batch 1, and was set right for batch 2.
    city.ingest(
        city.batch(office, [worker], sequence=1, created_at=datetime(2031, 1, 1, tzinfo=UTC))
    )
    city.ingest(
        city.batch(office, [fixed], sequence=2, created_at=datetime(2026, 1, 9, tzinfo=UTC))
    )
    allocate(city.hub)
    assert_newest_won(city, fixed, worker)


def test_a_replacement_laptops_batch_is_newer_than_the_old_laptops_whatever_its_clock(
    city: City,
) -> None:
    worker, fixed = corrected()
    old = city.office(0)
    old_batch = city.batch(old, [worker], created_at=datetime(2031, 1, 1, tzinfo=UTC))
    new = dataclasses.replace(
        synthetic.offices(1, seed=77)[0], code=old.code, name=old.name, sequence=0
    )
    enrollment = city.folder / "replacement.json"
    enrollment.write_text(json.dumps(new.enrollment()), encoding="utf-8")
    assert enroll_device(city.hub, enrollment).replaced == (old.device_id,)
    new_batch = city.batch(new, [fixed], created_at=datetime(2026, 1, 9, tzinfo=UTC))
    city.ingest(new_batch)  # the replacement's batch arrives first, the old laptop's late
    city.ingest(old_batch)
    allocate(city.hub)
    assert_newest_won(city, fixed, worker)


def corrected() -> tuple[BatchRecord, BatchRecord]:
    """A worker's record and the office's correction of it (same registration)."""
    [worker] = workers(1)
    return worker, dataclasses.replace(worker, full_name=worker.full_name + " Putra")


def assert_newest_won(city: City, newest: BatchRecord, older: BatchRecord) -> None:
    with city.hub.transaction() as tx:
        rows = tx.exec(
            select(HubSubmission.full_name, HubOutcome.state).join(
                HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id)
            )
        ).all()
    assert sorted(rows, key=lambda row: row[1]) == [
        (newest.full_name, "allocated"),
        (older.full_name, "superseded"),
    ]


def test_a_desil_outside_the_band_at_ingest_is_seated_once_the_band_is_widened(
    city: City,
) -> None:
    set_setting(city.hub, "desil_max", "4")
    [worker] = workers(1, desil=5)
    assert city.ingest(city.batch(city.office(0), [worker])).unfit == 1  # would be returned
    set_setting(city.hub, "desil_max", "5")
    done = allocate(city.hub)
    assert (done.allocated, done.returned) == (1, 0)
    assert words(city)[(city.office(0).code, worker.registration_id)][0] == "allocated"


def test_a_band_narrowed_after_ingest_returns_the_new_and_the_waiting_outside_it(
    city: City,
) -> None:
    # Quota 20: 20 desil-2 workers take the seats, the desil-5 one waits.
    seated, [rich] = workers(20, seed=5, desil=2), workers(1, seed=6, desil=5)
    city.ingest(city.batch(city.office(0), [*seated, rich]))
    allocate(city.hub)
    assert words(city)[(city.office(0).code, rich.registration_id)][::3] == ("waiting", 1)
    [late] = workers(1, seed=7, desil=5)
    city.ingest(city.batch(city.office(1), [late]))
    set_setting(city.hub, "desil_max", "4")
    done = allocate(city.hub)
    assert (done.allocated, done.waiting, done.returned) == (0, 0, 2)
    said = words(city)
    for office, record in ((0, rich), (1, late)):
        assert said[(city.office(office).code, record.registration_id)][:2] == (
            "returned",
            "hub.desil_not_eligible",
        )
