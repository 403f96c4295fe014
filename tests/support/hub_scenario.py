"""A city for the hub's crash tests (tests/faults/hub_kills.py): a hub with four synthetic
offices, a quota smaller than the workers, the offices' batches (two from some offices, one
read out of order, one record corrected in a later batch, one file handed in twice) and a fake
BPJS that answers the hub's collective file.

The hub is made once (the template: ``hub/`` and ``keyring.json``) and copied for every run of
the scenario, so every run starts from the same hub, keys included, and the batch files made
once for it serve them all. On PostgreSQL the copy is the template's rows put back into the
one database (:func:`reset_postgres`); the folder (``hub.json`` and the keyring) is copied
alike. Synthetic people only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import URL, create_engine, insert, text

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import Hub, initialise_hub, open_hub, public_key_document
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.hub.synthetic import SyntheticOffice
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.hub_models import HubModel
from ucj_desktop.sync.records import BatchRecord

COMMANDS = ("ingest", "allocate", "export-bpjs", "import-bpjs", "emit-acks")
HUB, KEYRING = "hub", "keyring.json"
ACKS = "acks"  # emit-acks' folder, in a run's folder
REJECTED = "NIK tidak padan dengan data Dukcapil"


@dataclass(frozen=True)
class Step:
    """One operator command. ``target``: the batch file (absolute) for ingest; for the others
    a path inside the run's folder (BPJS file written, BPJS result read, acks folder)."""

    number: int
    command: str
    target: str = ""
    answers: str = ""  # import-bpjs: the BPJS file (in the run's folder) the result answers

    def __str__(self) -> str:
        return f"{self.number:02d} {self.command} {Path(self.target).name}".rstrip()

    def path(self, run: Path) -> Path:
        return run / self.target


def kpj_of(nik: str) -> str:
    """The 11-digit KPJ the fake BPJS gives a NIK (the same every time)."""
    return f"{int(hashlib.sha256(f'kpj:{nik}'.encode()).hexdigest(), 16) % 10**11:011d}"


def rejects(nik: str) -> bool:
    """Whether the fake BPJS refuses this NIK (about one in five)."""
    return hashlib.sha256(f"tolak:{nik}".encode()).digest()[0] % 5 == 0


def bpjs_answers(upload: Path, result: Path) -> tuple[int, int]:
    """Play BPJS: read the hub's collective file and write the result file, a KPJ or a
    rejection with KETERANGAN per line. Returns (enrolled, rejected)."""
    book = load_workbook(upload, read_only=True)
    try:
        lines = [row[:2] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    finally:
        book.close()
    answer = Workbook()
    sheet = answer.active
    sheet.append(["NO", "NOMOR_IDENTITAS", "NAMA_LENGKAP", "KPJ", "KETERANGAN"])
    refused = 0
    for n, (nik, name) in enumerate(lines, start=1):
        nik = str(nik)
        if rejects(nik):
            refused += 1
            sheet.append([n, nik, name, None, REJECTED])
        else:
            sheet.append([n, nik, name, kpj_of(nik), None])
    answer.save(result)
    return len(lines) - refused, refused


def _keyring(folder: Path) -> SecretStore:
    return SecretStore(FileKeyring(folder / KEYRING))


def open_run(run: Path) -> Hub:
    """The hub of a run's folder (close it before the next child is forked)."""
    return open_hub(run / HUB, _keyring(run))


@dataclass
class Scenario:
    work: Path
    offices: list[SyntheticOffice]
    steps: list[Step]
    quota: int
    db: URL | None  # PostgreSQL, password included (the test's); None: SQLCipher
    template_rows: dict[str, list[dict[str, Any]]] = dataclasses.field(default_factory=dict)

    @property
    def template(self) -> Path:
        return self.work / "template"

    def first(self, command: str) -> Step:
        """The scenario's first step running ``command``."""
        return next(s for s in self.steps if s.command == command)

    def new_run(self, name: str) -> Path:
        """A fresh copy of the template hub, in ``work/name`` (an old one there is removed)."""
        run = self.work / name
        shutil.rmtree(run, ignore_errors=True)
        shutil.copytree(self.template, run)
        if self.db is not None:
            reset_postgres(self.db, self.template_rows)
        return run


def build_scenario(
    work: Path,
    *,
    db: URL | None = None,
    seed: int = 7,
    workers: int = 40,
    doubled: int = 4,
    quota: int = 24,
) -> Scenario:
    """The template hub (four offices enrolled, ``quota`` seats) and the batch files."""
    shutil.rmtree(work, ignore_errors=True)
    template = work / "template"
    template.mkdir(parents=True)
    url = None if db is None else _without_password(db).render_as_string(hide_password=False)
    hub, _code = initialise_hub(
        template / HUB,
        _keyring(template),
        db=url,
        db_password=None if db is None else db.password,
        config=ProgramConfig(quota=quota),
    )
    try:
        offices = synthetic.offices(4, seed)
        for office in offices:
            enrollment = work / f"enroll-{office.code}.json"
            enrollment.write_text(json.dumps(office.enrollment()), encoding="utf-8")
            enroll_device(hub, enrollment)
        key, _ = hub.signing_keys()
        recipient = str(public_key_document(key)["age_recipient"])
    finally:
        hub.close()
    rows = {} if db is None else snapshot_postgres(db)
    city = synthetic.city_records(offices, workers, seed=seed, doubled=doubled)
    batches = work / "batches"
    batches.mkdir()

    def batch(office: SyntheticOffice, records: list[BatchRecord], sequence: int) -> str:
        path = batches / f"{office.code}-{sequence}.ucjsync"
        path.write_bytes(office.batch(records, recipient, sequence=sequence))
        return str(path)

    a, b, c, d = offices
    mine = {o.code: city.by_office[o.code] for o in offices}
    half_a, half_b = len(mine[a.code]) // 2, len(mine[b.code]) // 2
    # Office A corrects a name in its second batch: that submission supersedes the first.
    corrected = dataclasses.replace(mine[a.code][0], full_name=mine[a.code][0].full_name + " Putri")
    a1 = batch(a, mine[a.code][:half_a], 1)
    a2 = batch(a, [*mine[a.code][half_a:], corrected], 2)
    b1, b2 = batch(b, mine[b.code][:half_b], 1), batch(b, mine[b.code][half_b:], 2)
    c1 = batch(c, mine[c.code], 1)
    again = batches / "copy-of-c1.ucjsync"  # the same stick read twice, under another name
    shutil.copyfile(c1, again)
    d1 = batch(d, mine[d.code], 1)
    plan: list[tuple[str, str, str]] = [
        *(("ingest", f, "") for f in (a2, a1, b1, c1, str(again), b2, d1)),  # A's 2 before 1
        ("allocate", "", ""),
        ("emit-acks", ACKS, ""),
        ("export-bpjs", "out/kolektif-1.xlsx", ""),
        ("import-bpjs", "bpjs/hasil-1.xlsx", "out/kolektif-1.xlsx"),
        ("allocate", "", ""),  # the seats BPJS's rejections freed go to the first waiting
        ("export-bpjs", "out/kolektif-2.xlsx", ""),
        ("emit-acks", ACKS, ""),
    ]
    steps = [Step(n, *row) for n, row in enumerate(plan, start=1)]
    return Scenario(work, offices, steps, quota, db, rows)


def _without_password(db: URL) -> URL:
    # Not db.set(password=None): to URL.set, None means "keep the password".
    return URL.create(db.drivername, db.username, None, db.host, db.port, db.database, db.query)


# --- PostgreSQL: the template's rows, put back before every run ---------------------------------


def snapshot_postgres(db: URL) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return {
                t.name: [dict(r._mapping) for r in conn.execute(t.select())]
                for t in HubModel.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def reset_postgres(db: URL, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every hub table back to the template's rows (the schema and its version stay)."""
    tables = HubModel.metadata.sorted_tables
    engine = create_engine(db)
    try:
        with engine.begin() as conn:
            names = ", ".join(t.name for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            for table in tables:
                if rows.get(table.name):
                    conn.execute(insert(table), rows[table.name])
    finally:
        engine.dispose()
