"""SQLModel tables. The schema itself changes only through Alembic revisions in migrations/."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Office(SQLModel, table=True):
    """The kelurahan office this store belongs to (one row)."""

    code: str = Field(primary_key=True, max_length=13)
    name: str
    device_id: str = Field(max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    signing_public_key: str | None = Field(default=None, max_length=64)
    age_recipient: str | None = Field(default=None, max_length=80)
    # The device's private keys, kept inside the encrypted store so that the recovery code
    # brings them back with the store key (the keyring holds the working copy).
    key_escrow: str | None = None


class Officer(SQLModel, table=True):
    """A person who signs in at the counter; roles are a comma-separated set."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=64)
    full_name: str
    roles: str
    password_hash: str
    must_change_password: bool = False
    disabled: bool = False
    failed_attempts: int = 0
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None
    # The language the officer chose for the screens ("id", "en"); None: the computer's last.
    language: str | None = Field(default=None, max_length=8)


class Registration(SQLModel, table=True):
    """One worker's registration and where it is in the life cycle."""

    # One live registration per NIK; a cancelled one may be followed by a new registration.
    __table_args__ = (
        Index(
            "ux_registration_nik_live",
            "nik",
            unique=True,
            sqlite_where=text("status != 'cancelled'"),
            postgresql_where=text("status != 'cancelled'"),
        ),
    )

    id: str = Field(primary_key=True, max_length=36)
    nik: str = Field(index=True, max_length=16)
    kk_number: str = Field(max_length=16)
    full_name: str
    birth_date: date
    sex: str = Field(max_length=1)
    phone: str | None = None
    address: str
    rt: str = Field(max_length=3)
    rw: str = Field(max_length=3)
    kelurahan_code: str = Field(index=True, max_length=13)
    occupations: str  # JSON list of category codes
    declared_income: int
    consent: bool = False
    desil: int | None = None
    status: str = Field(index=True, max_length=16)
    created_by: int = Field(foreign_key="officer.id")
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    kpj: str | None = Field(default=None, max_length=11)
    coverage_start: date | None = None
    coverage_end: date | None = None
    submitted_by: int | None = None
    submitted_at: datetime | None = None
    verified_by: int | None = None
    verified_at: datetime | None = None
    # The last rejection / return / cancellation: a reason code and the officer's words.
    decision_code: str | None = Field(default=None, max_length=32)
    decision_note: str | None = None
    batch_id: str | None = Field(default=None, index=True, max_length=36)
    card_token: str | None = None  # hub-signed token for the card's QR code
    card_printed_at: datetime | None = None
    card_prints: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    card_handed_at: datetime | None = None
    card_handed_by: int | None = None
    # ProgramConfig.version the record was last saved or submitted under (None: before 0008).
    config_version: int | None = None
    # The hub's "waiting" answer: place in the city quota line (1 is next) and when the hub
    # ranked it (the ack's created_at); cleared when the record is enrolled or returned.
    hub_rank: int | None = None
    hub_rank_at: datetime | None = None
    # The sequence of the newest acknowledgement that answered this registration: an older ack
    # read later never undoes its answer (docs/SYNC_FORMAT.md, "Acks out of order").
    hub_ack_seq: int | None = None

    def person_fields(self) -> dict[str, Any]:
        """The worker's own fields, occupations decoded: what the form edits and what the hub
        receives of the person (keyword arguments of RegistrationInput and BatchRecord)."""
        # The form's rules (phonenumbers, stdnum) load with the form, not with every store open.
        from ucj_desktop.domain.registration_form import PERSON_FIELDS

        values = {name: getattr(self, name) for name in PERSON_FIELDS}
        values["occupations"] = tuple(json.loads(self.occupations))
        return values


class AuditEvent(SQLModel, table=True):
    """Append-only trail; each event carries the hash of the one before it."""

    __tablename__ = "audit_event"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    officer_id: int | None = Field(default=None, foreign_key="officer.id")
    role: str | None = None
    action: str = Field(index=True)
    entity: str | None = None
    entity_id: str | None = None
    device_id: str
    detail: str = "{}"  # JSON; never NIK or name in clear
    prev_hash: str
    hash: str


class Setting(SQLModel, table=True):
    """Programme configuration overrides (quota, thresholds, categories) as JSON values."""

    key: str = Field(primary_key=True, max_length=64)
    value: str
    updated_at: datetime = Field(default_factory=utcnow)


class ReferenceSource(SQLModel, table=True):
    """One imported reference file; the row with ``in_force`` is the data in use."""

    __tablename__ = "reference_source"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True, max_length=16)  # dtsen | coverage | candidates
    file_name: str
    sha256: str = Field(max_length=64)
    rows_total: int
    rows_accepted: int
    rows_rejected: int
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by: int | None = Field(default=None, foreign_key="officer.id")
    in_force: bool = False


class DtsenPerson(SQLModel, table=True):
    """One person of the DTSEN extract in force (bulk-loaded; names indexed in dtsen_name_fts)."""

    __tablename__ = "dtsen_person"
    __table_args__ = (Index("ux_dtsen_person_nik", "nik", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    nik: str = Field(max_length=16)
    kk_number: str | None = Field(default=None, max_length=16)
    full_name: str
    birth_date: date | None = None
    sex: str | None = Field(default=None, max_length=1)
    address: str | None = None
    rt: str | None = Field(default=None, max_length=3)
    rw: str | None = Field(default=None, max_length=3)
    kelurahan_code: str | None = Field(default=None, max_length=13)
    desil: int
    source_line: int


class CoverageEntry(SQLModel, table=True):
    """A NIK already covered (city non-ASN workers, existing BPJS TK members)."""

    __tablename__ = "coverage_entry"
    __table_args__ = {"sqlite_with_rowid": False}

    nik: str = Field(primary_key=True, max_length=16)
    scheme: str | None = Field(default=None, max_length=32)
    source_line: int


class TrustedKey(SQLModel, table=True):
    """A public key this office accepts packages from (the hub's)."""

    __tablename__ = "trusted_key"
    __table_args__ = (Index("ux_trusted_key_fingerprint", "fingerprint", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    role: str = Field(max_length=8)  # "hub"
    name: str
    signing_key: str = Field(max_length=64)  # raw Ed25519 public key, hex
    fingerprint: str = Field(max_length=64)  # sha256 hex of the raw key (manifest "signer")
    age_recipient: str = Field(max_length=80)
    added_at: datetime = Field(default_factory=utcnow)
    active: bool = True


class SyncBatch(SQLModel, table=True):
    """An exported batch; its exact bytes are kept so a re-export writes the same file."""

    __tablename__ = "sync_batch"
    __table_args__ = (Index("ux_sync_batch_sequence", "sequence", unique=True),)

    id: str = Field(primary_key=True, max_length=36)
    sequence: int
    created_at: datetime = Field(default_factory=utcnow)
    created_by: int | None = Field(default=None, foreign_key="officer.id")
    record_count: int
    sha256: str = Field(max_length=64)
    package: bytes
    acked_at: datetime | None = None


class SyncAck(SQLModel, table=True):
    """An acknowledgement package already applied (re-imports are recognised by id + hash)."""

    __tablename__ = "sync_ack"

    id: str = Field(primary_key=True, max_length=36)
    sha256: str = Field(max_length=64)
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by: int | None = Field(default=None, foreign_key="officer.id")
    record_count: int


class ProgramSettings(SQLModel, table=True):
    """One version of the programme settings this office has judged by, and since when.

    The version in force is the ``program_config`` Setting; these rows keep every version the
    hub sent (and the one in force before the first), so the version a registration records
    (``config_version``) can still be read after newer ones arrive.
    """

    __tablename__ = "program_settings"

    version: int = Field(primary_key=True)
    settings: str  # JSON: ProgramConfig.to_mapping()
    in_force_from: datetime  # UTC: when this office started judging by it
    imported_by: int | None = Field(default=None, foreign_key="officer.id")
    # The hub's signed package it came in (none for the version in force before the first).
    package_id: str | None = Field(default=None, max_length=36)
    package_sha256: str | None = Field(default=None, max_length=64)
    signer: str | None = Field(default=None, max_length=64)  # the hub key (manifest "signer")
    hub_created_at: datetime | None = None  # the package's created_at
