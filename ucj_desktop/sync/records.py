"""The records inside a `.ucjsync` payload, shared by the office and the hub (docs/SYNC_FORMAT.md).

A :class:`BatchRecord` is one registration going to the hub; an :class:`AckRecord` is the hub's
answer for one registration; a :class:`QuotaSnapshot` is the city's quota as the hub counts it
(an ack's manifest carries it); a settings package's one record is a :class:`ProgramConfig`.
They turn into and out of their JSON objects here and nowhere else, and every reason an ack
record is refused is an :class:`AckProblem` code (the words for it live in
:mod:`ucj_desktop.wording.sync_reasons`).

Format version 4 adds the ``waiting`` ack result (with a quota rank) and the manifest's
``quota``; version 3 added the manifest's audit anchor; version 2 writes ``occupations`` as a
JSON list, where version 1 (still read) wrote a JSON string holding that list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum

from ucj_desktop.domain.characters import has_bad_characters
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kpj import is_kpj
from ucj_desktop.domain.registration_form import (
    MAX_ADDRESS,
    MAX_DECLARED_INCOME,
    MAX_NAME,
    Person,
)
from ucj_desktop.sync.card_token import CardClaims

# The package format version this code writes, and the ones it reads (the manifest's "version").
FORMAT_VERSION = 4
READABLE_VERSIONS = (1, 2, 3, 4)
# The first version whose acks may answer "waiting" and whose manifests carry "quota".
WAITING_SINCE = 4

# The hub corrects nothing longer than this: a returned record's reason is cut to it.
REASON_MAX_CHARS = 500
# No count of the city's workers (a rank, a quota figure) comes near this: a bigger one is
# damage, and would not fit the 32-bit integers a progress bar takes.
MAX_COUNT = 1_000_000_000


class AckResult(StrEnum):
    """What the hub says about one registration."""

    ENROLLED = "enrolled"
    RETURNED = "returned"
    WAITING = "waiting"  # verified by the hub, over the city quota: waits with a rank


class AckProblem(StrEnum):
    """Why an acknowledgement record is refused (the whole ack with it)."""

    NOT_A_KPJ = "kpj.not_a_kpj"
    NOT_A_DATE = "date.not_a_date"
    END_BEFORE_START = "coverage.end_before_start"
    UNKNOWN_RESULT = "result.unknown"
    EMPTY_REASON = "reason.empty"
    RANK_NOT_A_RANK = "rank.not_a_rank"
    CARD_MISSING = "card.missing"
    CARD_NOT_A_CODE = "card.not_a_code"
    CARD_DAMAGED = "card.damaged"
    CARD_NOT_FROM_HUB = "card.not_from_hub"
    CARD_OTHER_KPJ = "card.other_kpj"
    CARD_OTHER_NIK = "card.other_nik"
    CARD_OTHER_END = "card.other_end"
    CARD_OTHER_OFFICE = "card.other_office"
    SETTINGS_NOT_A_VERSION = "settings_version.not_a_version"


class RecordError(ValueError):
    """A record that does not follow the format: the field at fault and why (a code)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


# --- batch records (office -> hub) ----------------------------------------------------------


@dataclass(frozen=True)
class BatchRecord(Person):
    """One verified registration as the hub receives it: the person, and the registration's id,
    desil and verification time."""

    registration_id: str
    desil: int | None
    verified_at: datetime | None

    def to_dict(self) -> dict[str, object]:
        """The payload object (current format version)."""
        return {
            "registration_id": self.registration_id,
            "nik": self.nik,
            "kk_number": self.kk_number,
            "full_name": self.full_name,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
            "phone": self.phone,
            "address": self.address,
            "rt": self.rt,
            "rw": self.rw,
            "kelurahan_code": self.kelurahan_code,
            "occupations": list(self.occupations),
            "declared_income": self.declared_income,
            "desil": self.desil,
            "verified_at": self.verified_at.isoformat() if self.verified_at else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object], version: int = FORMAT_VERSION) -> BatchRecord:
        """Read a payload object of format ``version``; RecordError names the first bad field."""
        if version not in READABLE_VERSIONS:
            raise RecordError("version", "unsupported")
        occupations = data.get("occupations")
        if version == 1 and isinstance(occupations, str):
            try:
                occupations = json.loads(occupations)
            except json.JSONDecodeError:
                raise RecordError("occupations", "not_a_list") from None
        if not isinstance(occupations, list) or not all(isinstance(o, str) for o in occupations):
            raise RecordError("occupations", "not_a_list")
        verified_at = _optional_text(data, "verified_at")
        try:
            verified = None if verified_at is None else datetime.fromisoformat(verified_at)
        except ValueError:
            raise RecordError("verified_at", "not_a_time") from None
        income = data.get("declared_income")
        if type(income) is not int:
            raise RecordError("declared_income", "not_an_integer")
        desil = data.get("desil")
        if desil is not None and type(desil) is not int:
            raise RecordError("desil", "not_an_integer")
        record = cls(
            registration_id=_text(data, "registration_id"),
            nik=_text(data, "nik"),
            kk_number=_text(data, "kk_number"),
            full_name=_text(data, "full_name"),
            birth_date=_date(data, "birth_date"),
            sex=_text(data, "sex"),
            phone=_optional_text(data, "phone"),
            address=_text(data, "address"),
            rt=_text(data, "rt"),
            rw=_text(data, "rw"),
            kelurahan_code=_text(data, "kelurahan_code"),
            occupations=tuple(occupations),
            declared_income=income,
            desil=desil,
            verified_at=verified,
        )
        _check_bounds(record)
        return record


# The longest each text of a batch record may be: the hub's columns and the office's form.
# A longer one is damage, refused with its record (never cut to fit).
_TEXT_BOUNDS: dict[str, int] = {
    "registration_id": 36,
    "nik": 16,
    "kk_number": 16,
    "full_name": MAX_NAME,
    "sex": 1,
    "phone": 16,  # E.164: "+" and at most 15 digits
    "address": MAX_ADDRESS,
    "rt": 3,
    "rw": 3,
    "kelurahan_code": 13,
}
MAX_OCCUPATIONS = 10
MAX_OCCUPATION_CHARS = 32
DESIL_MIN, DESIL_MAX = 1, 10  # DTSEN's national deciles


def _check_bounds(record: BatchRecord) -> None:
    """RecordError for the first field a database column, the BPJS file or a card could not
    hold as it is: too long, with control characters (NUL among them), out of range."""
    if not record.registration_id:
        raise RecordError("registration_id", "empty")
    for field, longest in _TEXT_BOUNDS.items():
        value = getattr(record, field)
        if value is not None:
            _bounded_text(field, value, longest)
    if len(record.occupations) > MAX_OCCUPATIONS:
        raise RecordError("occupations", "too_many")
    for occupation in record.occupations:
        _bounded_text("occupations", occupation, MAX_OCCUPATION_CHARS)
    if not 0 <= record.declared_income <= MAX_DECLARED_INCOME:
        raise RecordError("declared_income", "out_of_range")
    if record.desil is not None and not DESIL_MIN <= record.desil <= DESIL_MAX:
        raise RecordError("desil", "out_of_range")


def _bounded_text(field: str, value: str, longest: int) -> None:
    if len(value) > longest:
        raise RecordError(field, "too_long")
    if has_bad_characters(value):
        raise RecordError(field, "bad_characters")


def _text(data: Mapping[str, object], field: str) -> str:
    value = data.get(field)
    if not isinstance(value, str):
        raise RecordError(field, "not_text")
    return value


def _optional_text(data: Mapping[str, object], field: str) -> str | None:
    value = data.get(field)
    if value is not None and not isinstance(value, str):
        raise RecordError(field, "not_text")
    return value


def _date(data: Mapping[str, object], field: str) -> date:
    try:
        return date.fromisoformat(str(data.get(field)))
    except ValueError:
        raise RecordError(field, AckProblem.NOT_A_DATE) from None


# --- acknowledgement records (hub -> office) ------------------------------------------------


@dataclass(frozen=True)
class AckRecord:
    """The hub's answer for one registration: enrolled (KPJ, coverage, card token), returned
    (a reason) or waiting (its rank among those over the city quota, 1 the next in line)."""

    registration_id: str
    result: AckResult
    kpj: str | None = None
    coverage_start: date | None = None
    coverage_end: date | None = None
    card_token: str | None = None
    reason: str | None = None  # the hub's words to the registrar (returned only)
    rank: int | None = None  # place in the city's waiting list, from 1 (waiting only)
    # The version of the programme settings in force at the hub when it wrote the ack (any
    # result; the same in every record of one ack). Readers before it ignore the key, so it
    # needs no new format version; an ack without it says nothing about the settings.
    settings_version: int | None = None

    @classmethod
    def enrolled(
        cls, registration_id: str, *, kpj: str, start: date, end: date, card_token: str
    ) -> AckRecord:
        return cls(registration_id, AckResult.ENROLLED, kpj, start, end, card_token)

    @classmethod
    def returned(cls, registration_id: str, reason: str) -> AckRecord:
        return cls(registration_id, AckResult.RETURNED, reason=reason)

    @classmethod
    def waiting(cls, registration_id: str, rank: int) -> AckRecord:
        return cls(registration_id, AckResult.WAITING, rank=rank)

    def to_dict(self) -> dict[str, object]:
        """The payload object; only the keys of its result (and the settings version when
        the hub sent one)."""
        data = self._answer_dict()
        if self.settings_version is not None:
            data["settings_version"] = self.settings_version
        return data

    def _answer_dict(self) -> dict[str, object]:
        if self.result is AckResult.WAITING:
            return {
                "registration_id": self.registration_id,
                "result": self.result.value,
                "rank": self.rank,
            }
        if self.result is AckResult.RETURNED:
            return {
                "registration_id": self.registration_id,
                "result": self.result.value,
                "reason": self.reason,
            }
        return {
            "registration_id": self.registration_id,
            "result": self.result.value,
            "kpj": self.kpj,
            "coverage_start": self.coverage_start.isoformat() if self.coverage_start else None,
            "coverage_end": self.coverage_end.isoformat() if self.coverage_end else None,
            "card_token": self.card_token,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object], version: int = FORMAT_VERSION) -> AckRecord:
        """Validate a payload object of an ack of format ``version``, in the order
        docs/SYNC_FORMAT.md lists the checks ("waiting" is a result from version 4 on).

        RecordError carries an :class:`AckProblem`. The card token is only checked to be
        present and text here; whether a trusted hub signed it for this record is
        :func:`card_token_problem`'s question, asked by the reader who holds the keys.
        """
        settings_version = data.get("settings_version")
        if settings_version is not None and (
            type(settings_version) is not int or not 1 <= settings_version <= MAX_COUNT
        ):
            raise RecordError("settings_version", AckProblem.SETTINGS_NOT_A_VERSION)
        record = cls._answer(data, version)
        return (
            record
            if settings_version is None
            else replace(record, settings_version=settings_version)
        )

    @classmethod
    def _answer(cls, data: Mapping[str, object], version: int) -> AckRecord:
        rid = str(data.get("registration_id"))
        result = data.get("result")
        if result == AckResult.ENROLLED:
            kpj = str(data.get("kpj") or "")
            if not is_kpj(kpj):
                raise RecordError("kpj", AckProblem.NOT_A_KPJ)
            start = _date(data, "coverage_start")
            end = _date(data, "coverage_end")
            if end < start:
                raise RecordError("coverage_end", AckProblem.END_BEFORE_START)
            token = data.get("card_token")
            if token is None or (isinstance(token, str) and not token.strip()):
                raise RecordError("card_token", AckProblem.CARD_MISSING)
            if not isinstance(token, str):
                raise RecordError("card_token", AckProblem.CARD_NOT_A_CODE)
            return cls.enrolled(rid, kpj=kpj, start=start, end=end, card_token=token.strip())
        if result == AckResult.RETURNED:
            reason = " ".join(str(data.get("reason") or "").split())
            if not reason:
                raise RecordError("reason", AckProblem.EMPTY_REASON)
            return cls.returned(rid, reason[:REASON_MAX_CHARS])
        if result == AckResult.WAITING and version >= WAITING_SINCE:
            rank = data.get("rank")
            if type(rank) is not int or not 1 <= rank <= MAX_COUNT:
                raise RecordError("rank", AckProblem.RANK_NOT_A_RANK)
            return cls.waiting(rid, rank)
        raise RecordError("result", AckProblem.UNKNOWN_RESULT)


# --- the city quota (an ack's manifest, hub -> office) ---------------------------------------


class QuotaProblem(StrEnum):
    """Why a quota snapshot is refused (the ack's manifest with it)."""

    NOT_A_MAPPING = "quota.not_a_mapping"
    WRONG_KEYS = "quota.wrong_keys"
    NOT_A_COUNT = "quota.not_a_count"
    USED_OVER_TOTAL = "quota.used_over_total"


@dataclass(frozen=True)
class QuotaSnapshot:
    """The city quota as the hub counted it when it wrote an ack: places ``used`` (enrolled
    and allocated) of ``total``, and how many verified workers are ``waiting`` beyond it."""

    used: int
    total: int
    waiting: int

    def to_dict(self) -> dict[str, int]:
        return {"used": self.used, "total": self.total, "waiting": self.waiting}

    @classmethod
    def from_dict(cls, data: object) -> QuotaSnapshot:
        """Exactly the keys used, total, waiting: counts (0 up to MAX_COUNT), used <= total.
        RecordError names the field and a :class:`QuotaProblem`."""
        if not isinstance(data, Mapping):
            raise RecordError("quota", QuotaProblem.NOT_A_MAPPING)
        if set(data) != {"used", "total", "waiting"}:
            raise RecordError("quota", QuotaProblem.WRONG_KEYS)
        counts: dict[str, int] = {}
        for name in ("used", "total", "waiting"):
            value = data[name]
            if type(value) is not int or not 0 <= value <= MAX_COUNT:
                raise RecordError(name, QuotaProblem.NOT_A_COUNT)
            counts[name] = value
        if counts["used"] > counts["total"]:
            raise RecordError("used", QuotaProblem.USED_OVER_TOTAL)
        return cls(**counts)


# verify_card_token's refusal codes, as reasons to refuse the ack record carrying the token.
_CARD_ERRORS = {
    "card.not_a_token": AckProblem.CARD_NOT_A_CODE,
    "card.bad_payload": AckProblem.CARD_DAMAGED,
    "card.bad_signature": AckProblem.CARD_NOT_FROM_HUB,
}
_CARD_DISAGREES = {
    "kpj": AckProblem.CARD_OTHER_KPJ,
    "nik": AckProblem.CARD_OTHER_NIK,
    "coverage_end": AckProblem.CARD_OTHER_END,
    "office": AckProblem.CARD_OTHER_OFFICE,
}


def card_token_problem(
    verified: CardClaims | str, record: AckRecord, *, nik: str, office: str
) -> AckProblem | None:
    """Why an enrolled record's card token is refused, or None when it is this record's.

    ``verified`` is what verify_card_token(s) made of the token: its claims, or the code it was
    refused with. ``nik`` is the registration's NIK as the office holds it.
    """
    if isinstance(verified, str):
        return _CARD_ERRORS.get(verified, AckProblem.CARD_DAMAGED)
    assert record.kpj is not None and record.coverage_end is not None  # an enrolled record
    differs = verified.disagreement(
        kpj=record.kpj, nik=nik, coverage_end=record.coverage_end, office=office
    )
    return None if differs is None else _CARD_DISAGREES[differs]


# --- programme settings (hub -> every office of the city) ------------------------------------


def settings_record(config: ProgramConfig) -> dict[str, object]:
    """The one record of a settings package: every programme setting, the version among them."""
    return config.to_mapping()


def settings_from_record(data: Mapping[str, object]) -> ProgramConfig:
    """The settings a package's record holds: exactly the settings this version knows (a
    missing one is never filled with this office's default; an unknown one is a rule this
    version cannot apply), each valid. RecordError names the setting and the problem:
    ``missing``, ``unknown_key`` or ProgramConfig's reason (``not_integer``, ...)."""
    known = [f.name for f in fields(ProgramConfig)]
    for name in known:
        if name not in data:
            raise RecordError(name, "missing")
    try:
        return ProgramConfig.from_mapping(data)
    except DomainError as exc:
        raise RecordError(exc.field or "settings", str(exc.values.get("reason", ""))) from None
