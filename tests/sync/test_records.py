"""The payload records both ends share: round trips, validation, and reading format version 1."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from ucj_desktop.sync.card_token import CardClaims
from ucj_desktop.sync.records import (
    FORMAT_VERSION,
    MAX_COUNT,
    AckProblem,
    AckRecord,
    AckResult,
    BatchRecord,
    QuotaProblem,
    QuotaSnapshot,
    RecordError,
    card_token_problem,
)
from ucj_desktop.wording.sync_reasons import ACK_PROBLEM_WORDS, ack_problem_words

BATCH = BatchRecord(
    registration_id="0f1e2d3c-0000-4000-8000-000000000001",
    nik="3275011203900001",
    kk_number="3275011203900002",
    full_name="Sari Wulandari",
    birth_date=date(1990, 3, 12),
    sex="P",
    phone=None,
    address="Jl. Melati 3",
    rt="001",
    rw="002",
    kelurahan_code="32.75.01.1001",
    occupations=("PKL", "OJOL"),
    declared_income=2_500_000,
    desil=3,
    verified_at=datetime(2026, 1, 5, 8, 30, 0),
)


def test_a_batch_record_round_trips_through_its_payload_object() -> None:
    data = BATCH.to_dict()
    assert data["occupations"] == ["PKL", "OJOL"]  # a list since format version 2
    assert BatchRecord.from_dict(json.loads(json.dumps(data))) == BATCH
    # 3 added the audit anchor to the manifest, 4 the waiting ack and the quota: batch
    # records are those of version 2.
    assert FORMAT_VERSION == 4


def test_version_2_3_and_4_records_read_the_same() -> None:
    data = BATCH.to_dict()
    assert BatchRecord.from_dict(data, version=2) == BatchRecord.from_dict(data, version=3)
    assert BatchRecord.from_dict(data, version=4) == BatchRecord.from_dict(data, version=3)


def test_a_version_1_batch_record_with_occupations_as_a_string_is_read() -> None:
    v1 = {**BATCH.to_dict(), "occupations": json.dumps(["PKL", "OJOL"])}
    assert BatchRecord.from_dict(v1, version=1) == BATCH


def test_occupations_as_a_string_is_refused_in_version_2() -> None:
    v1 = {**BATCH.to_dict(), "occupations": '["PKL"]'}
    with pytest.raises(RecordError) as caught:
        BatchRecord.from_dict(v1, version=2)
    assert caught.value.field == "occupations"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"nik": 3275011203900001}, "nik"),
        ({"birth_date": "12/03/1990"}, "birth_date"),
        ({"declared_income": "2500000"}, "declared_income"),
        ({"desil": "3"}, "desil"),
        ({"verified_at": "yesterday"}, "verified_at"),
        ({"occupations": [1]}, "occupations"),
    ],
)
def test_a_batch_record_names_its_first_bad_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(RecordError) as caught:
        BatchRecord.from_dict({**BATCH.to_dict(), **change})
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        # A JSON escape can carry a lone surrogate, which no database can encode as UTF-8.
        (json.loads('{"rw": "0\\ud8001"}'), "rw", "bad_characters"),
        ({"phone": "+62812\u0000345678"}, "phone", "bad_characters"),
        ({"occupations": ["OJOL", "PKL\n"]}, "occupations", "bad_characters"),
        ({"registration_id": "r" * 37}, "registration_id", "too_long"),
        ({"desil": 11}, "desil", "out_of_range"),
    ],
)
def test_a_batch_record_holds_only_what_the_hub_can_store(
    change: dict[str, object], field: str, problem: str
) -> None:
    with pytest.raises(RecordError) as caught:
        BatchRecord.from_dict({**BATCH.to_dict(), **change})
    assert (caught.value.field, caught.value.problem) == (field, problem)


def test_an_unknown_format_version_is_refused() -> None:
    with pytest.raises(RecordError):
        BatchRecord.from_dict(BATCH.to_dict(), version=5)


ENROLLED = AckRecord.enrolled(
    "rid-1", kpj="12345678901", start=date(2026, 2, 1), end=date(2027, 1, 31), card_token="UCJ1.x.y"
)


def test_ack_records_round_trip() -> None:
    assert AckRecord.from_dict(ENROLLED.to_dict()) == ENROLLED
    returned = AckRecord.returned("rid-2", "KK tidak cocok")
    assert returned.to_dict() == {
        "registration_id": "rid-2",
        "result": "returned",
        "reason": "KK tidak cocok",
    }
    assert AckRecord.from_dict(returned.to_dict()) == returned
    assert ENROLLED.result is AckResult.ENROLLED


def test_a_returned_reason_is_collapsed_and_cut() -> None:
    record = AckRecord.from_dict(
        {"registration_id": "r", "result": "returned", "reason": "  KK \n  salah " + "x" * 600}
    )
    assert record.reason is not None
    assert record.reason.startswith("KK salah x") and len(record.reason) == 500


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"kpj": "1234567890"}, "kpj", AckProblem.NOT_A_KPJ),
        ({"kpj": None}, "kpj", AckProblem.NOT_A_KPJ),
        ({"coverage_start": "01/02/2026"}, "coverage_start", AckProblem.NOT_A_DATE),
        ({"coverage_end": "2026-01-01"}, "coverage_end", AckProblem.END_BEFORE_START),
        ({"card_token": "  "}, "card_token", AckProblem.CARD_MISSING),
        ({"card_token": None}, "card_token", AckProblem.CARD_MISSING),
        ({"card_token": 7}, "card_token", AckProblem.CARD_NOT_A_CODE),
        ({"result": "lost"}, "result", AckProblem.UNKNOWN_RESULT),
        ({"result": "returned", "reason": " "}, "reason", AckProblem.EMPTY_REASON),
    ],
)
def test_an_ack_record_is_refused_with_a_code(
    change: dict[str, object], field: str, problem: AckProblem
) -> None:
    with pytest.raises(RecordError) as caught:
        AckRecord.from_dict({**ENROLLED.to_dict(), **change})
    assert (caught.value.field, caught.value.problem) == (field, problem)


def test_a_waiting_record_round_trips_with_exactly_its_keys() -> None:
    waiting = AckRecord.waiting("rid-3", 17)
    assert (waiting.result, waiting.rank) == (AckResult.WAITING, 17)
    assert AckResult.WAITING == "waiting"
    assert waiting.to_dict() == {"registration_id": "rid-3", "result": "waiting", "rank": 17}
    assert AckRecord.from_dict(json.loads(json.dumps(waiting.to_dict()))) == waiting
    assert AckRecord.from_dict(waiting.to_dict(), version=4) == waiting
    # The other results carry no rank.
    assert "rank" not in ENROLLED.to_dict() and ENROLLED.rank is None


@pytest.mark.parametrize("rank", [0, -3, 2.0, "5", True, None, [1], MAX_COUNT + 1], ids=repr)
def test_a_waiting_record_without_a_whole_rank_from_1_is_refused(rank: object) -> None:
    record = {"registration_id": "rid-3", "result": "waiting", "rank": rank}
    with pytest.raises(RecordError) as caught:
        AckRecord.from_dict(record)
    assert (caught.value.field, caught.value.problem) == ("rank", AckProblem.RANK_NOT_A_RANK)
    assert ack_problem_words(caught.value.problem) == (
        "peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1"
    )


def test_a_waiting_record_is_unknown_in_an_ack_before_version_4() -> None:
    record = AckRecord.waiting("rid-3", 1).to_dict()
    assert AckRecord.from_dict(record, version=4).rank == 1
    for version in (1, 2, 3):
        with pytest.raises(RecordError) as caught:
            AckRecord.from_dict(record, version=version)
        assert caught.value.problem == AckProblem.UNKNOWN_RESULT
    # Enrolled and returned read the same in every version.
    assert AckRecord.from_dict(ENROLLED.to_dict(), version=1) == ENROLLED


def test_a_quota_snapshot_round_trips() -> None:
    snapshot = QuotaSnapshot(used=11_000, total=11_666, waiting=240)
    assert snapshot.to_dict() == {"used": 11_000, "total": 11_666, "waiting": 240}
    assert QuotaSnapshot.from_dict(json.loads(json.dumps(snapshot.to_dict()))) == snapshot
    full = QuotaSnapshot.from_dict({"used": 5, "total": 5, "waiting": 0})
    assert (full.used, full.total, full.waiting) == (5, 5, 0)
    assert QuotaSnapshot.from_dict({"used": 0, "total": 0, "waiting": 0}).total == 0


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        ([1, 2, 3], "quota", QuotaProblem.NOT_A_MAPPING),
        ("11000/11666", "quota", QuotaProblem.NOT_A_MAPPING),
        ({"used": 1, "total": 2}, "quota", QuotaProblem.WRONG_KEYS),
        ({"used": 1, "total": 2, "waiting": 0, "as_of": "x"}, "quota", QuotaProblem.WRONG_KEYS),
        ({"used": -1, "total": 2, "waiting": 0}, "used", QuotaProblem.NOT_A_COUNT),
        ({"used": 1, "total": "2", "waiting": 0}, "total", QuotaProblem.NOT_A_COUNT),
        ({"used": 1, "total": 2, "waiting": 0.5}, "waiting", QuotaProblem.NOT_A_COUNT),
        ({"used": 1, "total": 2, "waiting": None}, "waiting", QuotaProblem.NOT_A_COUNT),
        ({"used": True, "total": 2, "waiting": 0}, "used", QuotaProblem.NOT_A_COUNT),
        ({"used": 1, "total": MAX_COUNT + 1, "waiting": 0}, "total", QuotaProblem.NOT_A_COUNT),
        ({"used": 3, "total": 2, "waiting": 0}, "used", QuotaProblem.USED_OVER_TOTAL),
    ],
)
def test_a_bad_quota_snapshot_is_refused_with_a_code(
    data: object, field: str, problem: QuotaProblem
) -> None:
    with pytest.raises(RecordError) as caught:
        QuotaSnapshot.from_dict(data)
    assert (caught.value.field, caught.value.problem) == (field, problem)


def test_the_card_token_must_claim_this_record() -> None:
    claims = CardClaims(
        kpj="12345678901",
        nik_masked="327501******0001",
        name="Sari",
        coverage_end=date(2027, 1, 31),
        office="32.75.01.1001",
    )
    mine = {"nik": "3275011203900001", "office": "32.75.01.1001"}
    assert card_token_problem(claims, ENROLLED, **mine) is None
    other_office = {**mine, "office": "32.75.01.1002"}
    assert card_token_problem(claims, ENROLLED, **other_office) is AckProblem.CARD_OTHER_OFFICE
    assert card_token_problem("card.bad_signature", ENROLLED, **mine) is (
        AckProblem.CARD_NOT_FROM_HUB
    )
    assert card_token_problem("card.whatever", ENROLLED, **mine) is AckProblem.CARD_DAMAGED


def test_every_ack_problem_has_its_own_words() -> None:
    assert set(ACK_PROBLEM_WORDS) == set(AckProblem)
    assert len(set(ACK_PROBLEM_WORDS.values())) == len(AckProblem)
    assert ack_problem_words(AckProblem.NOT_A_KPJ.value) == "nomor KPJ (kolom kpj) bukan 11 angka"
