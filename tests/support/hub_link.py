"""An office linked to the test hub (tests/support/ack_builder.py): the hub's key trusted, the
office's enrollment known to the hub, batches exported through the real service and answered
with real signed, sealed acks imported through the real service.

For tests about what an office does with the hub's answers (waiting ranks, the city quota)
on any store; the big sync module (tests/services/test_services_sync.py) keeps its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from tests.support.ack_builder import HubKeys, build_ack, enrolled_record, open_batch
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_batches import AckReport, export_batch, import_ack
from ucj_desktop.services.sync_keys import enrollment_document, import_hub_key
from ucj_desktop.sync.records import QuotaSnapshot

START, END = date(2026, 2, 1), date(2027, 1, 31)


@dataclass
class HubLink:
    opened: OpenStore
    admin: OfficerSession
    secrets: SecretStore
    folder: Path
    hub: HubKeys
    enrollment: dict[str, object]
    office_code: str
    # What the hub received: each exported registration's latest batch record, by id.
    received: dict[str, Mapping[str, object]] = field(default_factory=dict)

    @classmethod
    def connect(
        cls, opened: OpenStore, admin: OfficerSession, secrets: SecretStore, folder: Path
    ) -> HubLink:
        """Trust a fresh test hub's key (as `ucj keys import` does) and hand it the office's
        enrollment."""
        hub = HubKeys.generate()
        folder.mkdir(parents=True, exist_ok=True)
        hub_file = folder / "hub-key.json"
        hub_file.write_text(json.dumps(hub.public_file()), encoding="utf-8")
        import_hub_key(opened, admin, hub_file)
        enrollment = enrollment_document(opened, admin, secrets)
        office = str(enrollment["office_code"])
        return cls(opened, admin, secrets, folder, hub, enrollment, office)

    def export(self) -> list[str]:
        """Every verified registration in one batch to the hub; their ids, in batch order."""
        out = self.folder / f"out-{uuid.uuid4().hex[:8]}"
        info = export_batch(self.opened, self.admin, self.secrets, out)
        assert info.path is not None
        records = open_batch(info.path.read_bytes(), self.hub, self.enrollment).records
        for record in records:
            self.received[str(record["registration_id"])] = record
        return [str(r["registration_id"]) for r in records]

    def enrolled(self, rid: str, n: int) -> dict[str, object]:
        """The record enrolling ``rid`` as KPJ ``n``, with a genuine card token."""
        return enrolled_record(
            self.hub,
            self.received[rid],
            office_code=self.office_code,
            kpj=f"{n:011d}",
            start=START,
            end=END,
        )

    def ack_file(
        self,
        records: Sequence[Mapping[str, object]],
        *,
        sequence: int,
        quota: QuotaSnapshot | None = None,
        created_at: datetime | None = None,
    ) -> Path:
        """Ack number ``sequence`` to this office, written to a file."""
        data = build_ack(
            self.hub,
            self.enrollment,
            records,
            sequence=sequence,
            quota=quota,
            created_at=created_at or datetime(2026, 3, sequence % 28 + 1, 9, 0, tzinfo=UTC),
        )
        path = self.folder / f"ack-{sequence}-{uuid.uuid4().hex[:8]}.ucjsync"
        path.write_bytes(data)
        return path

    def answer(
        self,
        records: Sequence[Mapping[str, object]],
        *,
        sequence: int,
        quota: QuotaSnapshot | None = None,
        created_at: datetime | None = None,
    ) -> AckReport:
        """Ack number ``sequence`` imported by the admin."""
        path = self.ack_file(records, sequence=sequence, quota=quota, created_at=created_at)
        return import_ack(self.opened, self.admin, self.secrets, path)
