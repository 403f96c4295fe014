"""Key exchange with the city hub: this device's enrollment file, and the hub's public key.

Files are JSON (docs/SYNC_FORMAT.md, "Keys"); both carry the fingerprint an officer reads
aloud over the phone to confirm that the file came from who it says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyrage

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.store_access import OpenStore, device_keys
from ucj_desktop.store.models import TrustedKey
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.unit_of_work import UnitOfWork
from ucj_desktop.sync.package import key_fingerprint

ENROLLMENT_FORMAT = "ucj-enrollment"


@dataclass(frozen=True)
class KeyInfo:
    role: str
    name: str
    fingerprint: str  # read-aloud form
    signer: str  # sha256 hex of the raw signing key, as manifests name it


def enrollment_document(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore
) -> dict[str, object]:
    """This device's public keys, for the hub to enroll."""
    authorize(opened, who, Permission.KEYS_MANAGE)
    keys = device_keys(opened, secrets)
    with opened.transaction() as session:
        office = office_repo.the_office(session)
    return {
        "format": ENROLLMENT_FORMAT,
        "version": 1,
        "role": "device",
        "office_code": office.code,
        "office_name": office.name,
        "device_id": office.device_id,
        "signing_key": keys.signing_public_hex,
        "age_recipient": keys.age_recipient,
        "fingerprint": fingerprint(keys.signing_public_hex, keys.age_recipient),
    }


def export_enrollment(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, out: Path
) -> KeyInfo:
    actor = authorize(opened, who, Permission.KEYS_MANAGE)
    document = enrollment_document(opened, who, secrets)
    atomic_write_text(out, json.dumps(document, indent=2, sort_keys=True) + "\n")
    with opened.transaction() as session:
        record_event(session, actor, "keys.exported", "office", str(document["office_code"]))
        session.commit()
    return KeyInfo(
        "device",
        str(document["office_name"]),
        str(document["fingerprint"]),
        key_fingerprint(bytes.fromhex(str(document["signing_key"]))),
    )


def parse_key_file(path: Path, role: str) -> dict[str, str]:
    """An enrollment/public-key file of ``role``, checked field by field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DomainError("keys.bad_file", field="file", reason=type(exc).__name__) from exc
    if not isinstance(data, dict) or data.get("format") != ENROLLMENT_FORMAT:
        raise DomainError("keys.bad_file", field="file", reason="not_an_enrollment_file")
    if data.get("role") != role:
        raise DomainError(
            "keys.wrong_role", field="file", role=str(data.get("role")), expected=role
        )
    try:
        signing = bytes.fromhex(str(data["signing_key"]))
        recipient = str(data["age_recipient"])
        pyrage.x25519.Recipient.from_str(recipient)
    except (KeyError, ValueError, pyrage.RecipientError) as exc:
        raise DomainError("keys.bad_file", field="file", reason="bad_keys") from exc
    if len(signing) != 32:
        raise DomainError("keys.bad_file", field="file", reason="signing_key_length")
    return {
        "name": str(data.get("office_name") or data.get("name") or role),
        "signing_key": signing.hex(),
        "age_recipient": recipient,
    }


def import_hub_key(uow: UnitOfWork, who: OfficerSession, path: Path) -> KeyInfo:
    """Trust the hub key in ``path``; the newest hub key is the one batches are sealed to."""
    actor = authorize(uow, who, Permission.KEYS_MANAGE)
    data = parse_key_file(path, "hub")
    signer = key_fingerprint(bytes.fromhex(data["signing_key"]))
    spoken = fingerprint(data["signing_key"], data["age_recipient"])
    with uow.transaction() as session:
        if office_repo.trusted_key(session, signer) is None:
            for old in office_repo.hub_keys(session):
                old.active = False  # kept: acks signed by an older hub key still verify
                session.add(old)
            session.add(
                TrustedKey(
                    role="hub",
                    name=data["name"],
                    signing_key=data["signing_key"],
                    fingerprint=signer,
                    age_recipient=data["age_recipient"],
                )
            )
            record_event(
                session,
                actor,
                "keys.hub_imported",
                "trusted_key",
                signer[:16],
                {"fingerprint": spoken},
            )
            session.commit()
    return KeyInfo("hub", data["name"], spoken, signer)


def trusted_hub_signers(uow: UnitOfWork) -> dict[str, bytes]:
    """Every hub key this office trusts (older ones too), by the fingerprint manifests use."""
    with uow.transaction() as tx:
        return {row.fingerprint: bytes.fromhex(row.signing_key) for row in office_repo.hub_keys(tx)}


def hub_recipient(uow: UnitOfWork) -> str:
    """The age recipient of the current hub key: batches are sealed to it."""
    with uow.transaction() as tx:
        row = office_repo.current_hub_key(tx)
    if row is None:
        raise DomainError("keys.no_hub_key", field="hub")
    return row.age_recipient
