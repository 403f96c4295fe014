"""The city hub's tables (SQLite/SQLCipher or PostgreSQL), apart from the office's.

They hang on their own SQLModel registry, so the office's metadata (and its Alembic history)
never sees them, and one set of models and migrations serves both databases. Every rule the
hub must never break is a constraint here, not a check in code:

- a package is received once: ``hub_package.package_id`` is the primary key, and one device
  cannot send two packages with one sequence number (``ux_hub_package_device_seq``);
- a record is read once from its package (``ux_hub_submission_package_reg``);
- a NIK is allocated once in the city (``hub_allocation.nik`` primary key), and an allocation
  takes one of the quota's numbered slots (``hub_allocation.slot`` unique, a foreign key to
  ``hub_quota_slot``): the quota cannot be exceeded by any interleaving of writers.

Times are aware UTC (SQLModel's UTCDateTime: ``timestamptz`` on PostgreSQL, UTC text on SQLite),
so both databases sort and compare them alike.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import BigInteger, Column, Index, Integer, LargeBinary, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from ucj_desktop.store.models import AuditEvent, Officer


def utc(moment: datetime | None = None) -> datetime:
    """``moment`` (default now) as an aware UTC time; a naive one is taken to be UTC."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# Record ids: 64-bit on PostgreSQL (a province has tens of millions of records); SQLite's
# INTEGER PRIMARY KEY is already 64-bit and the only type it numbers by itself.
BIG_ID = BigInteger().with_variant(Integer(), "sqlite")


class HubModel(SQLModel, registry=registry()):
    """Base of the hub's tables: their own metadata, apart from the office store's."""


class HubInfo(HubModel, table=True):
    """The hub itself (one row, id 1). Writers that extend the audit chain lock this row."""

    __tablename__ = "hub_info"

    id: int = Field(primary_key=True)
    hub_id: str = Field(max_length=36)
    name: str
    created_at: datetime
    audit_seq: int = 0  # the chain head, kept here so appending is one locked row
    audit_head: str = "0" * 64


class HubSetting(HubModel, table=True):
    """Programme settings the hub enforces (quota, months paid...), as JSON values."""

    __tablename__ = "hub_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str


class HubKey(HubModel, table=True):
    """A hub key pair, newest first in use; retired keys stay so that older acks and card
    tokens still verify. Private halves live in the keyring, escrowed here sealed with the
    hub's master key (the one the recovery code gives back)."""

    __tablename__ = "hub_key"

    id: int = Field(primary_key=True)
    signing_key: str = Field(max_length=64, unique=True)  # raw Ed25519 public key, hex
    signer: str = Field(max_length=64, unique=True)  # sha256 of it: how manifests name it
    age_recipient: str = Field(max_length=80)
    created_at: datetime
    retired_at: datetime | None = None
    escrow: str  # AES-GCM(master key) of the private halves, hex


class HubDevice(HubModel, table=True):
    """An office laptop whose batches the hub accepts."""

    __tablename__ = "hub_device"

    device_id: str = Field(primary_key=True, max_length=36)
    office_code: str = Field(max_length=13, index=True)
    office_name: str
    signing_key: str = Field(max_length=64, unique=True)
    signer: str = Field(max_length=64, unique=True)
    age_recipient: str = Field(max_length=80)
    fingerprint: str = Field(max_length=32)  # the read-aloud form
    enrolled_at: datetime
    replaced_at: datetime | None = None  # a newer laptop of the same office took over


class HubPackage(HubModel, table=True):
    """A batch received: the same bytes again are a no-op, other bytes under its id a conflict."""

    __tablename__ = "hub_package"
    __table_args__ = (UniqueConstraint("device_id", "sequence", name="ux_hub_package_device_seq"),)

    package_id: str = Field(primary_key=True, max_length=36)
    sha256: str = Field(max_length=64)
    device_id: str = Field(foreign_key="hub_device.device_id", max_length=36)
    office_code: str = Field(max_length=13, index=True)
    sequence: int
    created_at: datetime  # as the office's manifest says
    record_count: int
    received_at: datetime
    audit_seq: int | None = None
    audit_head: str | None = Field(default=None, max_length=64)


class HubSubmission(HubModel, table=True):
    """One registration as one batch carried it. An office that resubmits a returned record
    sends it again in a later batch: the newest submission of a registration is the one
    decided, older ones are superseded."""

    __tablename__ = "hub_submission"
    __table_args__ = (
        UniqueConstraint("package_id", "registration_id", name="ux_hub_submission_package_reg"),
        Index("ix_hub_submission_reg", "office_code", "registration_id"),
    )

    id: int | None = Field(default=None, sa_column=Column(BIG_ID, primary_key=True))
    package_id: str = Field(foreign_key="hub_package.package_id", max_length=36)
    registration_id: str = Field(max_length=36)
    office_code: str = Field(max_length=13)
    nik: str = Field(max_length=16, index=True)
    kk_number: str = Field(max_length=16)
    full_name: str
    birth_date: date
    sex: str = Field(max_length=1)
    phone: str | None = None
    address: str
    rt: str = Field(max_length=3)
    rw: str = Field(max_length=3)
    kelurahan_code: str = Field(max_length=13)
    occupations: str  # JSON list
    declared_income: int = Field(sa_column=Column(BigInteger, nullable=False))
    desil: int | None = None
    verified_at: datetime | None = None
    # Why the record cannot be enrolled whatever else arrives or the settings say: its NIK's
    # digits against birth date and sex (a code, set when the record is read). The desil band
    # and the city are settings, judged at each allocation.
    problem: str | None = Field(default=None, max_length=64)


class HubOutcome(HubModel, table=True):
    """What the hub decided for one submission, and what the office has been told."""

    __tablename__ = "hub_outcome"
    __table_args__ = (
        # The hub desk's waiting line a page at a time (its length is its highest rank), what
        # each ack carried and what became of each BPJS file (store/repos/hub_lines.py).
        Index("ix_hub_outcome_state_rank", "state", "rank"),
        Index("ix_hub_outcome_told_in", "told_in"),
        Index("ix_hub_outcome_bpjs_file", "bpjs_file"),
    )

    submission_id: int = Field(sa_column=Column(BIG_ID, primary_key=True, autoincrement=False))
    office_code: str = Field(max_length=13, index=True)
    # returned | waiting | allocated | sent | enrolled | superseded
    state: str = Field(max_length=16, index=True)
    reason: str | None = Field(default=None, max_length=64)  # a code (wording/hub_reasons.py)
    other_office: str | None = Field(default=None, max_length=13)
    note: str | None = None  # BPJS's own words for a rejection
    rank: int | None = None
    bpjs_file: int | None = Field(default=None, foreign_key="hub_bpjs_file.id")
    bpjs_line: int | None = None  # its row in that file (the file is rewritten in this order)
    kpj: str | None = Field(default=None, max_length=11)
    coverage_start: date | None = None
    coverage_end: date | None = None
    card_token: str | None = None
    decided_at: datetime
    # The ack that carried the final word (enrolled/returned), and the rank last told.
    told_in: str | None = Field(default=None, max_length=36)
    told_rank: int | None = None


class HubQuotaSlot(HubModel, table=True):
    """The city quota as numbered seats: an allocation must take a free one."""

    __tablename__ = "hub_quota_slot"

    slot: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})


class HubAllocation(HubModel, table=True):
    """A worker the city pays for: one per NIK, one per seat."""

    __tablename__ = "hub_allocation"

    nik: str = Field(primary_key=True, max_length=16)
    submission_id: int = Field(sa_column=Column(BIG_ID, unique=True, nullable=False))
    slot: int = Field(foreign_key="hub_quota_slot.slot", unique=True)
    allocated_at: datetime


class HubCoverage(HubModel, table=True):
    """The city's list of workers already covered by another payer."""

    __tablename__ = "hub_coverage"

    nik: str = Field(primary_key=True, max_length=16)


class HubBpjsFile(HubModel, table=True):
    """A collective registration file sent to BPJS (its rows: outcomes with this file)."""

    __tablename__ = "hub_bpjs_file"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    created_at: datetime
    row_count: int
    months: int
    column_map: str = Field(max_length=64)
    sha256: str | None = Field(default=None, max_length=64)  # None: not yet written (a kill)


class HubBpjsResult(HubModel, table=True):
    """A BPJS result file applied (the same file again is a no-op)."""

    __tablename__ = "hub_bpjs_result"

    sha256: str = Field(primary_key=True, max_length=64)
    imported_at: datetime
    enrolled: int
    rejected: int


class HubAck(HubModel, table=True):
    """An acknowledgement made for an office, with its bytes (age sealing is randomized, so
    writing it again means writing these bytes)."""

    __tablename__ = "hub_ack"
    __table_args__ = (
        UniqueConstraint("office_code", "sequence", name="ux_hub_ack_office_seq"),
        # The desk's list of rounds, read without the bytes (store/repos/hub_lines.py).
        Index(
            "ix_hub_ack_listed",
            "round",
            "office_code",
            "sequence",
            "package_id",
            "created_at",
            "record_count",
            "written_at",
        ),
    )

    package_id: str = Field(primary_key=True, max_length=36)
    office_code: str = Field(max_length=13)
    sequence: int
    round: int = Field(index=True)
    created_at: datetime
    record_count: int
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    written_at: datetime | None = None  # None: made, its file not yet written (a kill)


class HubAuditEvent(HubModel, table=True):
    """The hub's append-only trail, chained like an office's (security/audit_chain.py)."""

    __tablename__ = "hub_audit_event"

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime
    operator: str
    action: str = Field(index=True)
    entity: str | None = None
    entity_id: str | None = None
    hub_id: str = Field(max_length=36)
    detail: str = "{}"
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


# The hub desk's operators and their trail (``ucj-desktop --hub``): the office's own account
# and audit tables, in the hub's database too, so services/accounts.py runs on it unchanged
# (hub/desk.py). The hub's metadata names them: it is what the migrations are made against.
for _desk_table in (Officer.__table__, AuditEvent.__table__):  # type: ignore[attr-defined]
    _desk_table.to_metadata(HubModel.metadata)
