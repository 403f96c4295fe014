"""A hub with a few synthetic offices enrolled, for the hub's tests (see
ucj_desktop/hub/synthetic.py for the offices and their people)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
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


def kpj_for(nik: str) -> str:
    """The KPJ the fake BPJS gives a NIK (11 digits, the same every time)."""
    return f"{int(hashlib.sha256(nik.encode()).hexdigest(), 16) % 10**11:011d}"


def bpjs_answer(upload: Path, out: Path, *, reject: Collection[str] = ()) -> dict[str, str | None]:
    """What BPJS sends back for the collective file ``upload``: a KPJ for each NIK, or a
    rejection for the NIKs in ``reject``. Returns NIK -> KPJ (None: rejected)."""
    from openpyxl import Workbook, load_workbook

    book = load_workbook(upload, read_only=True)
    niks = [str(row[0]) for row in book.active.iter_rows(min_row=2, values_only=True)]
    book.close()
    answer = Workbook()
    sheet = answer.active
    sheet.append(["NIK", "KPJ", "KETERANGAN"])
    given: dict[str, str | None] = {}
    for nik in niks:
        given[nik] = None if nik in reject else kpj_for(nik)
        sheet.append([nik, given[nik], "NIK sudah terdaftar di BPJS" if nik in reject else None])
    for row in sheet.iter_rows(min_row=2):
        for cell in row[:2]:
            if cell.value is None:
                continue
            cell.data_type = "s"
            cell.number_format = "@"
    answer.save(out)
    return given


def enroll_offices(hub: Hub, folder: Path, count: int, seed: int = 1) -> City:
    folder.mkdir(parents=True, exist_ok=True)
    offices = synthetic.offices(count, seed)
    for office in offices:
        path = folder / f"enroll-{office.code}.json"
        path.write_text(json.dumps(office.enrollment()), encoding="utf-8")
        enroll_device(hub, path)
    return City(hub, folder, offices)
