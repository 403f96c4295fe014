"""The payload records both ends share: round trips, validation, and reading format version 1."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from ucj_desktop.sync.card_token import CardClaims
from ucj_desktop.sync.records import (
    FORMAT_VERSION,
    AckProblem,
    AckRecord,
    AckResult,
    BatchRecord,
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
    assert FORMAT_VERSION == 3  # 3 added the audit anchor to the manifest, not the records


def test_version_2_and_3_records_read_the_same() -> None:
    data = BATCH.to_dict()
    assert BatchRecord.from_dict(data, version=2) == BatchRecord.from_dict(data, version=3)


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


def test_an_unknown_format_version_is_refused() -> None:
    with pytest.raises(RecordError):
        BatchRecord.from_dict(BATCH.to_dict(), version=4)


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
    assert ack_problem_words(AckProblem.NOT_A_KPJ.value) == "not an 11-digit KPJ"
