"""The whole loop, through the real services of both ends: two offices register and verify,
export their batches; the hub ingests, allocates, writes the BPJS file, reads BPJS's answer
and emits acks; the offices import them and print cards whose QR codes verify."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from tests.support.city import bpjs_answer
from tests.support.hub_office import link
from tests.support.offices import Office, new_officer, write_extract
from tests.support.stores import ADMIN, ADMIN_PASSWORD
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.hub.settings import set_setting
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.card_printing import PrintRequest, print_documents
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import verify_registration
from ucj_desktop.services.store_access import OpenStore, initialise_store
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.services.sync_keys import trusted_hub_signers
from ucj_desktop.store.models import Registration
from ucj_desktop.sync.card_token import verify_card_token


def second_office(office: Office, secrets: SecretStore, folder: Path) -> Office:
    """Kelurahan Margahayu, set up from scratch, with the same DTSEN extract."""
    opened, _ = initialise_store(
        StorePaths(folder / "store"), "32.75.01.1002", ADMIN, "Admin", ADMIN_PASSWORD, secrets
    )
    admin = sign_in(opened, ADMIN, ADMIN_PASSWORD)
    extract = write_extract(folder / "dtsen.csv", office.people)
    import_reference(opened, admin, "dtsen", extract, today=office.today)
    petugas = new_officer(opened, admin, "rina", {Role.PETUGAS})
    verifikator = new_officer(opened, admin, "vera", {Role.VERIFIKATOR})
    return Office(opened, admin, petugas, verifikator, office.people, office.today)


def register_and_verify(office: Office, indexes: range) -> list[str]:
    ids = [office.register(i) for i in indexes]
    for rid in ids:
        verify_registration(office.opened, office.verifikator, rid)
    return ids


def statuses(opened: OpenStore, ids: list[str]) -> dict[str, tuple[str, int | None, str | None]]:
    with opened.transaction() as tx:
        rows = [tx.get(Registration, rid) for rid in ids]
    return {r.id: (r.status, r.hub_rank, r.kpj) for r in rows if r is not None}


def test_offices_to_hub_to_bpjs_and_back_to_printed_cards(
    office: Office, hub: Hub, secret_store: SecretStore, tmp_path: Path
) -> None:
    set_setting(hub, "quota", "9")
    other = second_office(office, secret_store, tmp_path / "margahayu")
    try:
        link(hub, office, secret_store, tmp_path / "bekasijaya")
        link(hub, other, secret_store, tmp_path / "margahayu")
        first = register_and_verify(office, range(0, 6))
        # Margahayu registers four others and one Bekasijaya already has (verified later).
        second = register_and_verify(other, range(6, 10))
        duplicate = register_and_verify(other, range(0, 1))
        stick = tmp_path / "stick"
        for o in (office, other):
            export_batch(o.opened, o.admin, secret_store, stick)
        taken = [ingest_file(hub, p) for p in sorted(stick.iterdir())]
        assert sorted(t.records for t in taken) == [5, 6]

        done = allocate(hub)
        assert (done.allocated, done.waiting, done.returned) == (9, 1, 1)
        upload = export_bpjs(hub, tmp_path / "bpjs.xlsx").path
        bpjs_answer(upload, tmp_path / "hasil.xlsx")
        assert import_bpjs(hub, tmp_path / "hasil.xlsx").enrolled == 9
        acks = emit_acks(hub, tmp_path / "acks")
        assert len(acks.acks) == 2

        for o in (office, other):
            code = o.opened.office_code.replace(".", "")
            [path] = [a.path for a in acks.acks if code in a.path.name]
            report = import_ack(o.opened, o.admin, secret_store, path)
            assert report.city_quota is not None and report.city_quota.used == 9

        said = statuses(office.opened, first) | statuses(other.opened, second + duplicate)
        assert said[duplicate[0]][0] == Status.RETURNED
        waiting = [rid for rid, s in said.items() if s[0] == Status.EXPORTED]
        assert len(waiting) == 1 and said[waiting[0]][1] == 1  # rank 1
        enrolled = [rid for rid, s in said.items() if s[0] == Status.ENROLLED]
        assert len(enrolled) == 9
        city = dashboard_summary(office.opened).city_quota  # the ack's snapshot
        assert city is not None and (city.used, city.total, city.waiting) == (9, 9, 1)

        # Cards: printed to PDF, each QR code a token the office's trusted hub key verifies.
        out = tmp_path / "kartu.pdf"
        count = print_documents(office.opened, office.admin, PrintRequest("cards"), out)
        kpjs = {s[2] for rid, s in said.items() if rid in first and s[0] == Status.ENROLLED}
        assert count == len(kpjs)
        pdf = pdfium.PdfDocument(str(out))
        try:
            images = [page.render(scale=6).to_pil() for page in pdf]
        finally:
            pdf.close()
        tokens = [
            r.text
            for image in images
            for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        ]
        signers = trusted_hub_signers(office.opened)
        assert {verify_card_token(t, signers).kpj for t in tokens} == kpjs
    finally:
        other.opened.close()
