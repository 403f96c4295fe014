"""A hub with a few synthetic offices enrolled, for the hub's tests (see
ucj_desktop/hub/synthetic.py for the offices and their people)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import Hub, public_key_document
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.ingest import Ingested, ingest_file
from ucj_desktop.hub.synthetic import SyntheticOffice
from ucj_desktop.sync.records import BatchRecord


@dataclass
class City:
    hub: Hub
    folder: Path
    offices: list[SyntheticOffice]
    sent: list[Path] = field(default_factory=list)

    @property
    def recipient(self) -> str:
        key, _ = self.hub.signing_keys()
        return str(public_key_document(key)["age_recipient"])

    def office(self, n: int) -> SyntheticOffice:
        return self.offices[n]

    def batch(
        self,
        office: SyntheticOffice,
        records: list[BatchRecord],
        *,
        sequence: int | None = None,
        created_at: datetime | None = None,
    ) -> Path:
        """Write office's next batch (or batch ``sequence``) of ``records`` to a file."""
        data = office.batch(records, self.recipient, sequence=sequence, created_at=created_at)
        seq = sequence if sequence is not None else office.sequence
        path = self.folder / f"{office.code}-{seq:04d}-{len(self.sent)}.ucjsync"
        path.write_bytes(data)
        self.sent.append(path)
        return path

    def ingest(self, path: Path) -> Ingested:
        return ingest_file(self.hub, path)


def enroll_offices(hub: Hub, folder: Path, count: int, seed: int = 1) -> City:
    folder.mkdir(parents=True, exist_ok=True)
    offices = synthetic.offices(count, seed)
    for office in offices:
        path = folder / f"enroll-{office.code}.json"
        path.write_text(json.dumps(office.enrollment()), encoding="utf-8")
        enroll_device(hub, path)
    return City(hub, folder, offices)
