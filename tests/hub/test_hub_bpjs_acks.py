"""The BPJS round trip and the acks, on both databases."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from tests.support.city import City, bpjs_answer, kpj_for
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import coverage_period, export_bpjs, import_bpjs
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.hub_models import HubOutcome
from ucj_desktop.store.repos import hub_bpjs, hub_intake, hub_outcomes
from ucj_desktop.sync.card_token import verify_card_token
from ucj_desktop.sync.package import open_package
from ucj_desktop.sync.records import AckRecord, AckResult, BatchRecord
from ucj_desktop.synthetic import generate_people

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def workers(count: int, seed: int) -> list[BatchRecord]:
    return [
        dataclasses.replace(record_of(p, T0 + timedelta(minutes=n)), desil=2)
        for n, p in enumerate(generate_people(seed, count, date(2026, 1, 1)))
    ]


@pytest.fixture
def seated(city: City) -> dict[str, list[BatchRecord]]:
    """Office 0: 12 workers, office 1: 12 more (quota 20: the last 4 of office 1 wait)."""
    sent = {city.office(0).code: workers(12, 1), city.office(1).code: workers(12, 2)}
    sent[city.office(1).code] = [
        dataclasses.replace(r, verified_at=T0 + timedelta(days=1, minutes=n))
        for n, r in enumerate(sent[city.office(1).code])
    ]
    for n in (0, 1):
        city.ingest(city.batch(city.office(n), sent[city.office(n).code]))
    allocate(city.hub)
    return sent


def read_niks(path: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    niks = [str(r[0]) for r in book.active.iter_rows(min_row=2, values_only=True)]
    book.close()
    return niks


def edited_answer(city: City, tmp_path: Path, edit: Callable[[Any], None]) -> Path:
    """BPJS's answer to the hub's next file, its sheet changed by ``edit``."""
    from openpyxl import load_workbook

    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    answer = tmp_path / "result.xlsx"
    bpjs_answer(upload, answer)
    book = load_workbook(answer)
    edit(book.active)
    book.save(answer)
    return answer


def test_the_bpjs_file_holds_the_seated_in_seat_order_and_is_written_again_alike(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    done = export_bpjs(city.hub, tmp_path / "bpjs-1.xlsx")
    assert (done.file_id, done.rows, done.again) == (1, 20, False)
    first = seated[city.office(0).code] + seated[city.office(1).code][:8]
    assert read_niks(done.path) == [r.nik for r in first]
    again = export_bpjs(city.hub, tmp_path / "bpjs-again.xlsx")
    assert (again.file_id, again.again) == (1, True)
    assert again.path.read_bytes() == done.path.read_bytes()


def test_the_result_enrolls_returns_and_frees_seats_for_the_waiting(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    rejected = seated[city.office(0).code][3].nik
    bpjs_answer(upload, tmp_path / "result.xlsx", reject={rejected})
    done = import_bpjs(city.hub, tmp_path / "result.xlsx")
    assert (done.enrolled, done.rejected, done.already) == (19, 1, False)
    assert import_bpjs(city.hub, tmp_path / "result.xlsx").already
    later = allocate(city.hub)
    assert (later.allocated, later.waiting, later.seats_used) == (1, 3, 20)
    with city.hub.transaction() as tx:
        sent_next = hub_outcomes.seated(tx, state="allocated")
    assert [s.nik for s in sent_next] == [seated[city.office(1).code][8].nik]


def test_a_result_naming_a_worker_never_sent_is_refused_whole(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    waiting = seated[city.office(1).code][-1].nik  # waits: never sent

    def add_a_line(sheet: Any) -> None:
        sheet.append([waiting, kpj_for(waiting), None])
        sheet.cell(row=sheet.max_row, column=1).data_type = "s"

    with pytest.raises(DomainError) as refused:
        import_bpjs(city.hub, edited_answer(city, tmp_path, add_a_line))
    assert refused.value.code == "hub.bpjs_unmatched"
    assert refused.value.values["lines"] == "22"
    with city.hub.transaction() as tx:
        assert len(hub_outcomes.sent_by_nik(tx)) == 20  # nothing applied


def test_a_result_whose_nik_column_holds_numbers_is_refused_whole(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:

    def numbers(sheet: Any) -> None:
        for row in (3, 7):  # as Excel keeps a NIK typed into a column of numbers
            cell = sheet.cell(row=row, column=1)
            cell.value = int(str(cell.value))

    with pytest.raises(DomainError) as refused:
        import_bpjs(city.hub, edited_answer(city, tmp_path, numbers))
    assert refused.value.code == "bpjs_result.bad_lines"
    assert refused.value.values["problems"] == (
        (3, "nik", "number", None),
        (7, "nik", "number", None),
    )
    with city.hub.transaction() as tx:
        assert len(hub_outcomes.sent_by_nik(tx)) == 20  # nothing applied


def test_an_answer_from_bpjs_never_overwrites_a_word_given_meanwhile(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    export_bpjs(city.hub, tmp_path / "bpjs.xlsx")
    with city.hub.transaction() as tx:
        first, second = sorted(s.submission_id for s in hub_outcomes.sent_by_nik(tx).values())[:2]
        hub_outcomes.set_outcomes(tx, [{"submission_id": first, "state": "returned"}])
        tx.commit()
    answers = [
        {"submission_id": sid, "state": "enrolled", "kpj": "26000000001"} for sid in (first, second)
    ]
    with city.hub.transaction() as tx:
        assert hub_bpjs.answer_sent(tx, answers) == 1
        tx.commit()
        states = dict(
            tx.exec(
                select(HubOutcome.submission_id, HubOutcome.state).where(
                    col(HubOutcome.submission_id).in_((first, second))
                )
            ).all()
        )
    assert states == {first: "returned", second: "enrolled"}


def test_acks_tell_each_office_in_words_and_tokens_it_can_check(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    rejected = seated[city.office(0).code][0].nik
    bpjs_answer(upload, tmp_path / "result.xlsx", reject={rejected})
    import_bpjs(city.hub, tmp_path / "result.xlsx")
    first = emit_acks(city.hub, tmp_path / "acks")
    assert [a.office_code for a in first.acks] == [city.office(0).code, city.office(1).code]
    assert (first.quota.used, first.quota.total, first.quota.waiting) == (19, 20, 4)
    key, _ = city.hub.signing_keys()
    hub_key = {key.signer: bytes.fromhex(key.signing_key)}
    start, end = coverage_period(datetime.now(UTC).date(), 3)
    for ack, office in zip(first.acks, (city.office(0), city.office(1)), strict=True):
        opened = open_package(
            ack.path.read_bytes(),
            trusted_signers=hub_key,
            identity=office.keys.age_identity,
            expected_kind="ack",
        )
        assert opened.manifest.sequence == 1
        records = {r["registration_id"]: AckRecord.from_dict(r) for r in opened.records}
        for worker in seated[office.code]:
            said = records[worker.registration_id]
            if worker.nik == rejected:
                assert said.result is AckResult.RETURNED
                assert said.reason == "Ditolak BPJS Ketenagakerjaan: NIK sudah terdaftar di BPJS"
            elif said.result is AckResult.ENROLLED:
                assert (said.kpj, said.coverage_start, said.coverage_end) == (
                    kpj_for(worker.nik),
                    start,
                    end,
                )
                assert said.card_token is not None
                claims = verify_card_token(said.card_token, hub_key)
                assert (claims.kpj, claims.office) == (said.kpj, office.code)
            else:
                assert said.result is AckResult.WAITING and said.rank in (1, 2, 3, 4)
    # Nothing new: the same acks, byte for byte; then new words go in a new, numbered ack.
    again = emit_acks(city.hub, tmp_path / "again")
    assert again.again
    assert [a.path.read_bytes() for a in again.acks] == [a.path.read_bytes() for a in first.acks]
    assert allocate(city.hub).allocated == 1  # the rejected worker's seat
    later = emit_acks(city.hub, tmp_path / "later")
    assert [(a.office_code, a.sequence) for a in later.acks] == [(city.office(1).code, 2)]


def test_every_step_is_in_the_hub_audit_chain(
    city: City, seated: dict[str, list[BatchRecord]], tmp_path: Path
) -> None:
    from ucj_desktop.hub.audit import check_hub_chain

    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    bpjs_answer(upload, tmp_path / "result.xlsx")
    import_bpjs(city.hub, tmp_path / "result.xlsx")
    emit_acks(city.hub, tmp_path / "acks")
    with city.hub.transaction() as tx:
        actions = {e.action for e in hub_intake.audit_events(tx)}
        assert check_hub_chain(tx) == []
    assert {
        "batch.ingested",
        "quota.allocated",
        "bpjs.file_made",
        "bpjs.file_written",
        "bpjs.result_imported",
        "acks.made",
        "acks.written",
    } <= actions


def test_nothing_to_send_says_so(city: City, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as refused:
        export_bpjs(city.hub, tmp_path / "bpjs.xlsx")
    assert refused.value.code == "hub.nothing_to_send"
    assert not (tmp_path / "bpjs.xlsx").exists()
