"""Which office laptops the hub trusts, and the hub's own public key for offices.

An office enrolls its laptop with the file ``ucj keys export`` writes; the operator reads the
fingerprint back over the phone before trusting it. A replaced laptop of the same office is
enrolled the same way: the old one is marked replaced (its batches already received stay
valid, and a late batch it signed is still accepted), and acks go to the new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code, normalize_area_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.hub.access import Hub, public_key_document
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.services.sync_keys import parse_key_file
from ucj_desktop.store.hub_models import HubDevice, utc
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.sync.package import key_fingerprint


@dataclass(frozen=True)
class Enrolled:
    office_code: str
    office_name: str
    device_id: str
    fingerprint: str  # read aloud
    replaced: tuple[str, ...]  # device ids of the office this laptop takes over from
    already: bool  # this very device was enrolled before: nothing changed


def _device_fields(path: Path) -> tuple[dict[str, str], str, str]:
    keys = parse_key_file(path, "device")
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    office = kelurahan_by_code(normalize_area_code(str(data.get("office_code", ""))))
    if office is None:
        raise DomainError("keys.bad_file", field="office_code", reason="office")
    device_id = str(data.get("device_id") or "")
    if not 8 <= len(device_id) <= 36:
        raise DomainError("keys.bad_file", field="device_id", reason="device id")
    return keys, office.code, device_id


def enroll_device(hub: Hub, path: Path) -> Enrolled:
    keys, office_code, device_id = _device_fields(path)
    signer = key_fingerprint(bytes.fromhex(keys["signing_key"]))
    spoken = fingerprint(keys["signing_key"], keys["age_recipient"])
    with hub.transaction() as tx:
        known = tx.get(HubDevice, device_id)
        if known is not None:
            if known.signer != signer or known.office_code != office_code:
                raise DomainError("hub.device_conflict", field="file", device=device_id[:8])
            return Enrolled(office_code, known.office_name, device_id, spoken, (), True)
        if hub_intake.device_by_signer(tx, signer) is not None:
            raise DomainError("hub.device_conflict", field="file", device=device_id[:8])
        now = utc()
        replaced = []
        for old in hub_intake.office_devices(tx, office_code):
            if old.replaced_at is None:
                old.replaced_at = now
                tx.add(old)
                replaced.append(old.device_id)
        tx.add(
            HubDevice(
                device_id=device_id,
                office_code=office_code,
                office_name=keys["name"],
                signing_key=keys["signing_key"],
                signer=signer,
                age_recipient=keys["age_recipient"],
                fingerprint=spoken,
                enrolled_at=now,
            )
        )
        record_hub_event(
            tx,
            "device.enrolled",
            "device",
            device_id,
            {"office": office_code, "fingerprint": spoken, "replaces": replaced},
        )
        tx.commit()
    return Enrolled(office_code, keys["name"], device_id, spoken, tuple(replaced), False)


def export_key(hub: Hub, out: Path) -> str:
    """Write the hub's public key file; returns its read-aloud fingerprint."""
    key, _ = hub.signing_keys()
    document = public_key_document(key)
    atomic_write_text(out, json.dumps(document, indent=2, sort_keys=True) + "\n")
    with hub.transaction() as tx:
        record_hub_event(tx, "keys.exported", "hub_key", str(key.id))
        tx.commit()
    return str(document["fingerprint"])


def rotate_key(hub: Hub) -> str:
    """A new hub key pair; the old one stays to verify what it signed. Returns the new
    fingerprint (offices import the new public key file)."""
    with hub.transaction() as tx:
        row = hub.new_key(tx)
        record_hub_event(tx, "keys.rotated", "hub_key", str(row.id))
        tx.commit()
    return fingerprint(row.signing_key, row.age_recipient)
