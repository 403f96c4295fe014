"""The hub desk's demo (``ucj-desktop --demo --hub``): a city hub with synthetic offices at
work, in the demo folder, its keys in a file keyring beside it, every screen marked DEMO.

Everything in it is made by the real hub use cases, as an operator would: laptops enrolled,
batches ingested (one office's second batch never arrives, another office never sends), the
cycle closed with fewer seats than workers (so some wait, ranked), BPJS's file written and the
stand-in BPJS's answer read (some refused), the freed seats given on, the acks written. The
demo's operators are ``admin``, ``verifikator`` and ``petugas`` with the demo password. In
``flashdisk/`` wait the next batches of two offices and a batch from a laptop the hub never
enrolled, for the operator to take in at Paket masuk (the last is refused, with its reason).

It stands apart from the office demo's own hub (services/demo_hub.py), which answers the demo
office's batches. Nobody in it is real (hub/synthetic.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.roles import Role
from ucj_desktop.files.atomic import atomic_write, atomic_write_text
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import Hub, initialise_hub, operator_as, public_key_document
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.desk import HubDesk, create_first_operator, open_desk
from ucj_desktop.hub.desk_views import quota, waiting
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.ingest import ingest_files
from ucj_desktop.hub.synthetic import SyntheticOffice
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.demo import DEMO_PASSWORD
from ucj_desktop.services.demo_hub import bpjs_answers, demo_kpj
from ucj_desktop.sync.records import BatchRecord

DEMO_CITY_FOLDER = "hub-kota-demo"
KEYRING = "demo-keyring.json"
DONE = "demo-kota.selesai"  # written last: a folder without it was cut short and is made again
OFFICES, SENDING, WORKERS, DOUBLED, QUOTA = 8, 7, 140, 6, 90
SEED = 20260301
OPERATORS = (
    ("verifikator", "Verifikator Hub Demo", Role.VERIFIKATOR),
    ("petugas", "Petugas Hub Demo", Role.PETUGAS),
)
_FIRST_PASSWORD = "demo-sementara-2026"  # noqa: S105  (changed to the demo password at once)
FLASHDISK = "flashdisk"
MISTAKEN_ANSWER = "hasil-keliru.csv"


def demo_city_root(data_dir: Path) -> Path:
    return data_dir / DEMO_CITY_FOLDER


def demo_city_secrets(root: Path) -> SecretStore:
    return SecretStore(FileKeyring(root / KEYRING))


def open_or_create_demo_city(data_dir: Path) -> HubDesk:
    """The demo city's hub desk in ``data_dir``, made on first use (again if cut short)."""
    root = demo_city_root(data_dir)
    if not (root / DONE).exists():
        shutil.rmtree(root, ignore_errors=True)
        make_demo_city(root)
    return open_desk(root, demo_city_secrets(root), demo=True)


def make_demo_city(root: Path) -> None:
    """Make the demo city in ``root`` (a folder that does not exist yet)."""
    secrets = demo_city_secrets(root)
    root.mkdir(parents=True)
    hub, _code = initialise_hub(root, secrets, config=ProgramConfig(quota=QUOTA))
    try:
        with operator_as("admin"):
            _fill(hub, root)
        desk = HubDesk(hub, demo=True)
        create_first_operator(desk, "admin", "Admin Hub Demo", DEMO_PASSWORD)
        admin = sign_in(desk, "admin", DEMO_PASSWORD)
        for username, full_name, role in OPERATORS:
            add_officer(desk, admin, username, full_name, frozenset({role}), _FIRST_PASSWORD)
            first = sign_in(desk, username, _FIRST_PASSWORD)
            change_password(desk, first, _FIRST_PASSWORD, DEMO_PASSWORD)
    finally:
        hub.close()
    atomic_write_text(root / DONE, "demo city made\n")


def _fill(hub: Hub, root: Path) -> None:
    offices = synthetic.offices(OFFICES, SEED)
    keys = root / "kunci-kantor"
    keys.mkdir()
    for office in offices:
        path = keys / f"{office.code}.json"
        atomic_write_text(path, json.dumps(office.enrollment(), indent=2))
        enroll_device(hub, path)
    recipient = str(public_key_document(hub.signing_keys()[0])["age_recipient"])
    city = synthetic.city_records(offices[:SENDING], WORKERS, seed=SEED, doubled=DOUBLED)
    sent, later = root / "masuk", root / FLASHDISK
    sent.mkdir()
    later.mkdir()
    files = []
    for n, office in enumerate(offices[:SENDING]):
        records = city.by_office[office.code]
        third = len(records) // 3
        parts = [records[:third], records[third : 2 * third], records[2 * third :]]
        for sequence, part in enumerate(parts, start=1):
            # Office 2's second batch never reaches the hub; offices 0 and 1 hand their third
            # in later (on the stick in flashdisk/).
            if n == 2 and sequence == 2:
                office.sequence += 1
                continue
            folder = later if n < 2 and sequence == 3 else sent
            files.append(_write(office, part, recipient, folder))
    _write(_stranger(), city.by_office[offices[0].code][:3], recipient, later, "laptop-asing-")
    list(ingest_files(hub, [f for f in files if f.parent == sent], helper_process=False))
    allocate(hub)
    upload = export_bpjs(hub, root / "bpjs" / "kolektif-1.xlsx")
    answer = root / "bpjs" / "hasil-1.csv"
    everyone = [r.nik for records in city.by_office.values() for r in records]
    bpjs_answers(upload.path, answer, set(everyone[::10]))  # the stand-in refuses a few
    import_bpjs(hub, answer)
    allocate(hub)  # the seats BPJS's refusals freed go to the first waiting
    emit_acks(hub, root / "keluar")
    _mistaken_answer(hub, root / "bpjs" / MISTAKEN_ANSWER, [r.nik for r in _strangers()])


def _mistaken_answer(hub: Hub, path: Path, unknown: list[str]) -> None:
    """A result file BPJS might send by mistake: a KPJ for the first waiting worker (never
    sent) and for a NIK the hub never received. Reading it is refused; its lines are held in
    the BPJS screen's Karantina."""
    desk = HubDesk(hub, demo=True)
    [first] = waiting(desk, quota(desk), 0, 1)
    lines = ["NOMOR_IDENTITAS,KPJ,KETERANGAN"]
    lines += [f"{nik},{demo_kpj(nik)}," for nik in (first.person.nik, *unknown[:1])]
    atomic_write_text(path, "\r\n".join(lines) + "\r\n")


def _write(
    office: SyntheticOffice,
    records: list[BatchRecord],
    recipient: str,
    folder: Path,
    prefix: str = "",
) -> Path:
    """The office's next batch of ``records``, named as ``ucj export-batch`` names one."""
    data = office.batch(records, recipient)
    name = f"{prefix}UCJ-{office.code.replace('.', '')}-batch-{office.sequence:05d}.ucjsync"
    atomic_write(folder / name, data)
    return folder / name


def _stranger() -> SyntheticOffice:
    """A laptop the hub never enrolled (its batch is refused: signed by an unknown key)."""
    return synthetic.offices(1, SEED + 1)[0]


def _strangers() -> list[BatchRecord]:
    """Workers no office of the demo city registered."""
    office = _stranger()
    return synthetic.city_records([office], 2, seed=SEED + 1).by_office[office.code]
