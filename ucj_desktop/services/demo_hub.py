"""The demo's city hub, inside the demo folder: the real hub (ucj_desktop/hub) on its own
SQLCipher file, its keys in the demo's file keyring, and a stand-in for BPJS that answers the
hub's collective file. It lets a demo store go the whole way (batch -> hub -> ack -> card)
on one laptop, with the same keys, files and checks as a real office and hub.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.files.tabular_reader import open_rows
from ucj_desktop.hub.access import Hub, initialise_hub, open_hub, public_key_document
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.bpjs_column_map import load_column_map
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.city_quota import CityQuota
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_batches import (
    AckReport,
    copy_batch_for_hub,
    import_ack,
    list_batches,
)
from ucj_desktop.services.sync_keys import export_enrollment, import_hub_key

DEMO_HUB_FOLDER = "hub-demo"
DEMO_HUB_NAME = "Hub DEMO Disnaker (latihan)"
# What the stand-in BPJS writes for a NIK it refuses (BPJS's own words, carried to the office).
BPJS_REFUSAL = "NIK tidak padan dengan data Dukcapil"


@dataclass(frozen=True)
class DemoHubRound:
    """One pass of the demo hub: batches taken in, BPJS answered, acks imported."""

    batches: int  # batch files the hub took in (new ones)
    enrolled: int
    returned: int
    waiting: int
    acks: int  # ack files imported at the office
    city_quota: CityQuota | None

    def as_ack_report(self) -> AckReport:
        """The office's view, summed over the acks imported (what the Sync screen shows)."""
        return AckReport(
            package_id="",
            already_imported=self.acks == 0,
            enrolled=self.enrolled,
            returned=self.returned,
            waiting=self.waiting,
            city_quota=self.city_quota,
        )


def demo_hub_root(opened: OpenStore) -> Path:
    return opened.paths.root / DEMO_HUB_FOLDER


def _open_demo_hub(opened: OpenStore, secrets: SecretStore) -> Hub:
    if not opened.manifest.demo:
        raise DomainError("demo.not_demo")
    root = demo_hub_root(opened)
    if not (root / "hub.json").exists():
        raise DomainError("demo.no_hub")
    return open_hub(root, secrets)


def create_demo_hub(opened: OpenStore, admin: OfficerSession, secrets: SecretStore) -> None:
    """Make the demo hub and exchange keys with the demo office, as the two operators do with
    files: the office's enrollment file into the hub, the hub's public key into the office."""
    root = demo_hub_root(opened)
    hub, _recovery_code = initialise_hub(root, secrets)  # the code: the demo keyring keeps it
    try:
        export_enrollment(opened, admin, secrets, root / "kantor-demo.json")
        enroll_device(hub, root / "kantor-demo.json")
        key, _ = hub.signing_keys()
        document = public_key_document(key, DEMO_HUB_NAME)
        atomic_write_text(root / "kunci-hub.json", json.dumps(document, indent=2) + "\n")
        import_hub_key(opened, admin, root / "kunci-hub.json")
    finally:
        hub.close()


def answer_from_demo_hub(
    opened: OpenStore,
    who: OfficerSession,
    secrets: SecretStore,
    *,
    bpjs_refuses: Collection[str] = (),
) -> DemoHubRound:
    """What the city would do with this demo office's batches, done at once: every batch not
    yet answered goes to the demo hub (its bytes, as kept by the office), the hub allocates,
    writes BPJS's file, reads the stand-in BPJS's answer (a KPJ for every NIK but those in
    ``bpjs_refuses``) and emits acks, which the office imports. A verifier's or admin's job.
    The office's trail gains what a batch carried by hand would bring: ``ack.imported`` and
    each record's answer (handing the hub the batch is no rewrite of it: nothing else)."""
    authorize(opened, who, Permission.ACK_IMPORT)
    hub = _open_demo_hub(opened, secrets)
    root = demo_hub_root(opened)
    try:
        taken = 0
        for batch in list_batches(opened, who):
            if batch.acked:
                continue
            handed = copy_batch_for_hub(opened, who, batch.sequence, root / "masuk")
            taken += 0 if ingest_file(hub, handed).already else 1
        allocate(hub)
        _bpjs_round(hub, root, bpjs_refuses)
        round_ = emit_acks(hub, root / "keluar")
    finally:
        hub.close()
    reports = [
        import_ack(opened, who, secrets, ack.path)
        for ack in sorted(round_.acks, key=lambda a: a.sequence)
        if ack.office_code == opened.office_code
    ]
    fresh = [r for r in reports if not r.already_imported]
    return DemoHubRound(
        batches=taken,
        enrolled=sum(r.enrolled for r in fresh),
        returned=sum(r.returned for r in fresh),
        waiting=sum(r.waiting for r in fresh),
        acks=len(fresh),
        city_quota=next((r.city_quota for r in reversed(fresh) if r.city_quota), None),
    )


def _bpjs_round(hub: Hub, root: Path, refuses: Collection[str]) -> None:
    """Send BPJS the seated workers and read its answer (nothing to send: nothing to do)."""
    try:
        sent = export_bpjs(hub, root / "bpjs" / "kolektif.xlsx")
    except DomainError as exc:
        if exc.code == "hub.nothing_to_send":
            return
        raise
    if sent.again:  # the newest file went out before and was answered: nothing new
        return
    answer = root / "bpjs" / f"hasil-{sent.file_id}.csv"
    bpjs_answers(sent.path, answer, refuses)
    import_bpjs(hub, answer)


def demo_kpj(nik: str) -> str:
    """The KPJ the stand-in BPJS gives a NIK: 11 digits, the same every time."""
    return f"{int(hashlib.sha256(f'demo-kpj:{nik}'.encode()).hexdigest(), 16) % 10**11:011d}"


def bpjs_answers(upload: Path, out: Path, refuses: Collection[str] = ()) -> int:
    """Play BPJS: read the hub's collective file and write its result (CSV): a KPJ for every
    NIK, or a refusal with its reason for those in ``refuses``. Returns the lines answered."""
    column_map = load_column_map()
    nik_header = next(c.header for c in column_map.columns if c.source == "nik")
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["NOMOR_IDENTITAS", "KPJ", "KETERANGAN"])
    lines = 0
    with open_rows(upload) as stream:
        where = stream.header.index(nik_header)
        for _line, cells in stream.rows:
            nik = str(cells[where])
            if nik in refuses:
                writer.writerow([nik, "", BPJS_REFUSAL])
            else:
                writer.writerow([nik, demo_kpj(nik), ""])
            lines += 1
    atomic_write_text(out, text.getvalue())
    return lines
