"""The hub's half of the sync, as far as offices need it today: open a device's batch and
answer it with a signed, sealed acknowledgement (the full hub service is a later issue).

Used by the test suite and the benchmarks as "the hub" (the real hub is a later issue). The
records are those of ucj_desktop/sync/records.py, the format both ends share.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.sync.card_token import CardClaims, issue_card_token
from ucj_desktop.sync.package import OpenedPackage, build_package, key_fingerprint, open_package
from ucj_desktop.sync.records import AckRecord, BatchRecord, QuotaSnapshot


@dataclass
class HubKeys:
    signing: Ed25519PrivateKey
    identity: str  # AGE-SECRET-KEY-1...

    @classmethod
    def generate(cls) -> HubKeys:
        return cls(Ed25519PrivateKey.generate(), str(pyrage.x25519.Identity.generate()))

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def recipient(self) -> str:
        return str(pyrage.x25519.Identity.from_str(self.identity).to_public())

    def public_file(self, name: str = "Hub Disnaker Kota Bekasi") -> dict[str, object]:
        """The hub's public-key file that offices import (`ucj keys import`)."""
        return {
            "format": "ucj-enrollment",
            "version": 1,
            "role": "hub",
            "name": name,
            "signing_key": self.signing_public.hex(),
            "age_recipient": self.recipient,
            "fingerprint": fingerprint(self.signing_public.hex(), self.recipient),
        }


def open_batch(data: bytes, hub: HubKeys, enrollment: Mapping[str, object]) -> OpenedPackage:
    """Open a batch from the enrolled device described by its enrollment document."""
    device_key = bytes.fromhex(str(enrollment["signing_key"]))
    return open_package(
        data,
        trusted_signers={key_fingerprint(device_key): device_key},
        identity=hub.identity,
        expected_kind="batch",
    )


def batch_records(opened: OpenedPackage) -> list[BatchRecord]:
    """The batch's records, read as the format version its manifest names."""
    return [BatchRecord.from_dict(r, opened.manifest.version) for r in opened.records]


def card_token(
    hub: HubKeys,
    batch_record: Mapping[str, object],
    *,
    office_code: str,
    kpj: str,
    end: date,
    name: str | None = None,
) -> str:
    """The hub-signed card token for the worker of one batch record (its "nik" and
    "full_name"; ``name`` when the hub corrected the spelling) enrolled at ``office_code``."""
    claims = CardClaims(
        kpj=kpj,
        nik_masked=mask_nik(str(batch_record["nik"])),
        name=str(batch_record["full_name"]) if name is None else name,
        coverage_end=end,
        office=office_code,
    )
    return issue_card_token(claims, hub.signing)


def token_bytes(token: str) -> bytes:
    """The bytes a format-2 card token's digits stand for (ucj_desktop/sync/card_token.py)."""
    number = int(token)
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


def token_text(data: bytes) -> str:
    """A format-2 card token's digits for ``data``."""
    return str(int.from_bytes(data, "big"))


def claims_changed(token: str) -> str:
    """``token`` with its coverage end moved a year on and its signature kept, as a forger would
    edit a card: every claim still reads, the signature no longer fits."""
    data = bytearray(token_bytes(token))
    days = int.from_bytes(data[16:18], "big") + 365
    data[16:18] = days.to_bytes(2, "big")
    return token_text(bytes(data))


def enrolled_record(
    hub: HubKeys,
    batch_record: Mapping[str, object],
    *,
    office_code: str,
    kpj: str,
    start: date,
    end: date,
    name: str | None = None,
) -> dict[str, object]:
    """The ack record enrolling the worker of ``batch_record`` (one of the records of a batch
    from ``office_code``), with a real card token signed by ``hub``."""
    token = card_token(hub, batch_record, office_code=office_code, kpj=kpj, end=end, name=name)
    return AckRecord.enrolled(
        str(batch_record["registration_id"]), kpj=kpj, start=start, end=end, card_token=token
    ).to_dict()


def returned_record(registration_id: str, reason: str) -> dict[str, object]:
    """The ack record returning a registration to its registrar with the hub's ``reason``."""
    return AckRecord.returned(registration_id, reason).to_dict()


def waiting_record(registration_id: str, rank: int) -> dict[str, object]:
    """The ack record telling the office its verified registration waits for a quota place,
    ``rank`` in the city's line (1 is next)."""
    return AckRecord.waiting(registration_id, rank).to_dict()


def build_ack(
    hub: HubKeys,
    enrollment: Mapping[str, object],
    records: Sequence[Mapping[str, object]],
    sequence: int = 1,
    package_id: str | None = None,
    quota: QuotaSnapshot | None = None,
    created_at: datetime | None = None,
) -> bytes:
    """An acknowledgement for the device of ``enrollment``: one record per registration,
    {"registration_id", "result": "enrolled", "kpj", "coverage_start", "coverage_end",
    "card_token"} (see ``enrolled_record``), {"registration_id", "result": "returned",
    "reason"} or {"registration_id", "result": "waiting", "rank"}; ``quota`` is the city's
    quota snapshot in the manifest. ``sequence`` orders the hub's acks to one office (a newer
    ack has a higher one); ``created_at`` defaults to now."""
    return build_package(
        kind="ack",
        office_code=str(enrollment["office_code"]),
        device_id="hub",
        package_id=package_id or str(uuid.uuid4()),
        sequence=sequence,
        records=records,
        signing_key=hub.signing,
        recipient=str(enrollment["age_recipient"]),
        created_at=created_at,
        quota=quota,
    )
