"""The form's live check keeps what rarely changes between keystrokes, and still sees every
change another counter commits: the quota, the settings, the officer, the files in force.

"Another counter" is a second connection to the same store file (``open_store`` again), as a
second program on the office's laptop would have; every change it makes is committed before
the first counter checks again, on the connection whose memo was filled by the first check.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.support.offices import Office
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.eligibility import Outcome, Rule
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.services.accounts import set_officer_disabled
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.reference_lookup import lookup_nik
from ucj_desktop.services.registrations import (
    FormEntry,
    Terms,
    assess_registration,
    save_registration,
)
from ucj_desktop.services.settings import PROGRAM_CONFIG
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.store.repos.registrations import quota_count
from ucj_desktop.store.repos.settings import put_setting


@pytest.fixture
def other_counter(office: Office, store_paths, secret_store) -> Iterator[OpenStore]:
    opened = open_store(store_paths, secret_store)
    try:
        yield opened
    finally:
        opened.close()


def _store_config(opened: OpenStore, config: ProgramConfig) -> None:
    with opened.transaction() as tx:
        put_setting(tx, PROGRAM_CONFIG, config.to_mapping())
        tx.commit()


def _check(office: Office, index: int):  # type: ignore[no-untyped-def]
    return assess_registration(
        office.opened,
        office.petugas,
        FormEntry(office.registration_input(index)),
        Terms(today=office.today),
    )


def test_a_quota_place_taken_at_another_counter_is_seen_by_the_next_check(
    office: Office, other_counter: OpenStore
) -> None:
    with office.opened.transaction() as tx:
        used = quota_count(tx)
    _store_config(office.opened, ProgramConfig(version=2, quota=used + 1))
    first = _check(office, 0).eligibility.result(Rule.QUOTA)
    assert first.outcome is Outcome.PASS and first.values["registered"] == used
    assert _check(office, 0).eligibility.result(Rule.QUOTA).outcome is Outcome.PASS  # kept

    save_registration(
        other_counter,
        office.petugas,
        FormEntry(office.registration_input(1)),
        submit=True,
        terms=Terms(today=office.today),
    )

    after = _check(office, 0).eligibility.result(Rule.QUOTA)
    assert (after.outcome, after.code) == (Outcome.FAIL, "quota.exhausted")
    assert dict(after.values) == {"registered": used + 1, "quota": used + 1}


def test_settings_stored_by_another_connection_judge_the_next_check(
    office: Office, other_counter: OpenStore
) -> None:
    # The form's worker is an OJOL driver, a category of the defaults.
    assert _check(office, 0).eligibility.result(Rule.OCCUPATION).outcome is Outcome.PASS
    _store_config(other_counter, ProgramConfig(version=5, categories=("PKL",)))

    assert _check(office, 0).eligibility.result(Rule.OCCUPATION).outcome is Outcome.FAIL


def test_an_officer_disabled_at_another_counter_is_stopped_at_the_next_check(
    office: Office, other_counter: OpenStore
) -> None:
    _check(office, 0)
    set_officer_disabled(other_counter, office.admin, office.petugas.username, True)

    with pytest.raises(DomainError) as caught:
        _check(office, 0)
    assert caught.value.code == "auth.session_ended"


def test_a_coverage_list_imported_at_another_counter_is_used_by_the_next_check(
    office: Office, other_counter: OpenStore, tmp_path: Path
) -> None:
    before = _check(office, 0).eligibility.result(Rule.COVERAGE)
    assert before.outcome is Outcome.CANNOT_CHECK  # no coverage list in force yet
    listed = tmp_path / "coverage.csv"
    with listed.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["nik", "skema"], [office.people[0][0], "BPJS TK"]])
    import_reference(other_counter, office.admin, "coverage", listed, today=office.today)

    after = _check(office, 0).eligibility.result(Rule.COVERAGE)
    assert after.outcome is Outcome.FAIL


def test_a_check_on_an_unchanged_store_reads_only_the_persons_rows(office: Office) -> None:
    statements: list[str] = []

    def trace(dbapi_conn, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.set_trace_callback(statements.append)

    engine = office.opened.store.engine
    _check(office, 0)
    event.listen(engine, "checkout", trace)
    try:
        _check(office, 1)
    finally:
        event.remove(engine, "checkout", trace)
    read = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(read) == 3, read  # the change stamp, the DTSEN row, the live NIK
    assert "data_version" in read[0]
    assert "dtsen_person" in read[1] and office.people[1][0] in read[1]
    assert "FROM registration WHERE nik" in read[2]


def test_the_nik_lookup_sees_a_coverage_list_and_a_disabling_done_elsewhere(
    office: Office, other_counter: OpenStore, tmp_path: Path
) -> None:
    nik = office.people[0][0]
    assert not lookup_nik(office.opened, office.petugas, nik).coverage_loaded
    listed = tmp_path / "coverage.csv"
    with listed.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["nik", "skema"], [nik, "BPJS TK"]])
    import_reference(other_counter, office.admin, "coverage", listed, today=office.today)
    found = lookup_nik(office.opened, office.petugas, nik)
    assert found.coverage_loaded and found.covered_by == "BPJS TK"

    set_officer_disabled(other_counter, office.admin, office.petugas.username, True)
    with pytest.raises(DomainError) as caught:
        lookup_nik(office.opened, office.petugas, nik)
    assert caught.value.code == "auth.session_ended"
