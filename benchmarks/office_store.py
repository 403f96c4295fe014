"""The realistic office store the benchmarks run on: built the way the app builds one, cached.

    python benchmarks/office_store.py [--dtsen 1000000] [--registrations 11666] [--rebuild]

One seeded generator. A synthetic DTSEN extract of --dtsen rows goes in through the real
importer (``import_reference``: helper process, checks, trigram index); then --registrations
workers of it (the city quota by default) are taken through their life by the real services,
in rounds of ``ROUND`` as an office works week by week: saved by a petugas (drafts and
submissions), rejected or verified by a verifikator, exported in a batch by the admin, and
answered by the hub (``tests/support/ack_builder.py``, real card tokens): enrolled with a KPJ or
returned with a reason. The newest work is still pending when the generator stops: one batch
exported and not yet answered, some verified, some submitted. Every step writes its audit
events, so the store ends with about five events a registration (the issue measured 58,374
events and 239 MB for a real-looking office).

Final states (for the quota of 11,666; scaled for other sizes): see ``STATES``. 11,100 hold a
quota place, so a benchmark can still submit 500 more before the quota is full. There is no
service that cancels a registration yet (the status machine has the action and the permission
has the admin, but nothing calls it), so the store has no CANCELLED record.

The store is built once per (GENERATOR_VERSION, seed, sizes) into benchmarks/.cache (ignored by
git) and copied for each run (``office_copy``), since the benchmarks write to it. Bump
GENERATOR_VERSION when the way it is built changes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_reference import PASSWORD, TODAY, _new_store, make_extract
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.ack_builder import (
    HubKeys,
    build_ack,
    enrolled_record,
    open_batch,
    returned_record,
)
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import (
    FormEntry,
    Terms,
    reject_registration,
    save_registration,
    verify_registrations,
)
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.services.sync_keys import enrollment_document, import_hub_key

GENERATOR_VERSION = 1
SEED = 20261205
CACHE = Path(__file__).resolve().parent / ".cache"
QUOTA = 11_666
ROUND = 1_000  # registrations saved between two exports (an office's week or two)
FRESH = 13_000  # eligible DTSEN rows left unregistered, for the benchmarks to register
# Final state -> how many, for a store of QUOTA registrations.
STATES = {
    "enrolled": 10_200,
    "returned": 150,
    "draft": 266,
    "rejected": 150,
    "submitted": 200,
    "exported": 500,  # the newest batch, not answered yet
    "verified": 200,  # verified after the newest export
}
PENDING = ("exported", "verified")  # the newest work: last in the rounds
OFFICERS = {"petugas": Role.PETUGAS, "verifikator": Role.VERIFIKATOR}


@dataclass(frozen=True)
class OfficeCopy:
    """A private copy of the cached store, open, with its officers signed in."""

    root: Path
    opened: OpenStore
    secrets: SecretStore
    admin: OfficerSession
    petugas: OfficerSession
    verifikator: OfficerSession
    hub: HubKeys
    enrollment: dict[str, Any]
    fresh: list[list[str]]  # eligible DTSEN rows nobody registered (extract columns)
    meta: dict[str, Any]


def state_counts(registrations: int) -> dict[str, int]:
    counts = {k: round(v * registrations / QUOTA) for k, v in STATES.items()}
    counts["enrolled"] += registrations - sum(counts.values())
    return counts


def form_input(cells: list[str], occupations: tuple[str, ...] = ("PKL",)) -> RegistrationInput:
    """The form as an officer fills it in for one DTSEN row (birth date and sex from the NIK)."""
    return RegistrationInput(
        nik=cells[0],
        kk_number=cells[1],
        full_name=cells[2],
        birth_date=None,
        sex=None,
        phone="081234567890",
        address=cells[5],
        rt=cells[6],
        rw=cells[7],
        kelurahan_code=cells[8],
        occupations=occupations,
        declared_income=1_000_000,
        consent=True,
    )


# One registration row straight into the table (a benchmark's background, not its measurement).
INSERT_REGISTRATION = (
    "INSERT INTO registration (id, nik, kk_number, full_name, birth_date, sex, address, rt, rw, "
    "kelurahan_code, occupations, declared_income, consent, desil, status, created_by, "
    "created_at, updated_at, verified_at) VALUES (?,?,?,?,?,?,?,?,?,?,'[\"PKL\"]',1000000,1,"
    "?,?,?,datetime('now'),datetime('now'),datetime('now'))"
)


def registration_values(cells: list[str], status: str, officer_id: int) -> tuple[Any, ...]:
    """INSERT_REGISTRATION's values for the worker of one DTSEN row."""
    born = f"{cells[3][6:]}-{cells[3][3:5]}-{cells[3][:2]}"
    return (
        str(uuid.uuid4()),
        cells[0],
        cells[1],
        cells[2],
        born,
        *cells[4:9],
        int(cells[9]),
        status,
        officer_id,
    )


def eligible_rows(extract: Path, count: int) -> list[list[str]]:
    """The first ``count`` rows of the extract a counter could submit (desil 1-5, under 64)."""
    found: list[list[str]] = []
    with extract.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        for cells in reader:
            born = date(int(cells[3][6:]), int(cells[3][3:5]), int(cells[3][:2]))
            if int(cells[9]) <= 5 and (TODAY - born).days < 64 * 365:
                found.append(cells)
                if len(found) == count:
                    break
    return found


def _plan(registrations: int, rng: random.Random) -> list[str]:
    counts = state_counts(registrations)
    settled = [s for s, n in counts.items() if s not in PENDING for _ in range(n)]
    rng.shuffle(settled)
    return settled + [s for s in PENDING for _ in range(counts[s])]


def _new_officers(opened: OpenStore, admin: OfficerSession) -> dict[str, OfficerSession]:
    sessions = {}
    for name, role in OFFICERS.items():
        _info, temp = add_officer(opened, admin, name, name.title(), frozenset({role}))
        first = sign_in(opened, name, temp)
        change_password(opened, first, temp, PASSWORD)
        sessions[name] = sign_in(opened, name, PASSWORD)
    return sessions


class _Office:
    """The building office: its store, officers and the hub answering its batches."""

    def __init__(self, root: Path, opened: OpenStore, admin: OfficerSession) -> None:
        self.root, self.opened, self.admin = root, opened, admin
        self.secrets = SecretStore(FileKeyring(root / "keyring.json"))
        self.officers = _new_officers(opened, admin)
        self.hub = HubKeys.generate()
        hub_file = root / "hub.json"
        hub_file.write_text(json.dumps(self.hub.public_file()))
        import_hub_key(opened, admin, hub_file)
        self.enrollment = enrollment_document(opened, admin, self.secrets)
        self.acks = 0
        self.kpj = 26_000_000_000

    def work_round(self, rows: list[list[str]], states: list[str]) -> None:
        petugas, verifikator = self.officers["petugas"], self.officers["verifikator"]
        ids: dict[str, str] = {}
        terms = Terms(today=TODAY)
        for cells, state in zip(rows, states, strict=True):
            entry = FormEntry(form_input(cells))
            saved = save_registration(
                self.opened, petugas, entry, submit=state != "draft", terms=terms
            )
            ids[saved.id] = state
        for rid in [r for r, s in ids.items() if s == "rejected"]:
            reject_registration(self.opened, verifikator, rid, "DOKUMEN_KURANG")
        onward = [r for r, s in ids.items() if s in ("enrolled", "returned", "exported")]
        if onward:
            done = verify_registrations(self.opened, verifikator, onward)
            assert not done.refused, done.refused[:3]
            self._export_and_answer(ids)
        verified = [r for r, s in ids.items() if s == "verified"]
        if verified:
            assert not verify_registrations(self.opened, verifikator, verified).refused

    def _export_and_answer(self, states: dict[str, str]) -> None:
        batch = export_batch(self.opened, self.admin, self.secrets, self.root / "batches")
        assert batch.path is not None
        opened_batch = open_batch(batch.path.read_bytes(), self.hub, self.enrollment)
        answers = []
        for record in opened_batch.records:
            state = states[str(record["registration_id"])]
            if state == "enrolled":
                self.kpj += 1
                answers.append(
                    enrolled_record(
                        self.hub,
                        record,
                        office_code=str(self.enrollment["office_code"]),
                        kpj=f"{self.kpj:011d}",
                        start=date(2026, 12, 1),
                        end=date(2027, 11, 30),
                    )
                )
            elif state == "returned":
                answers.append(returned_record(str(record["registration_id"]), "KK tidak cocok"))
        if not answers:
            return  # the newest batch: the hub has not answered yet
        self.acks += 1
        ack = self.root / f"ack-{self.acks}.ucjsync"
        ack.write_bytes(build_ack(self.hub, self.enrollment, answers, sequence=self.acks))
        import_ack(self.opened, self.admin, self.secrets, ack)


def build(folder: Path, dtsen: int, registrations: int, seed: int) -> dict[str, Any]:
    """Build the store in ``folder`` (store/, keyring.json, meta.json); returns the meta."""
    started = time.perf_counter()
    extract = folder / "dtsen.csv"
    make_extract(extract, dtsen)
    opened, admin = _new_store(folder)
    try:
        import_reference(opened, admin, "dtsen", extract, today=TODAY)
        office = _Office(folder, opened, admin)
        rows = eligible_rows(extract, registrations + FRESH)
        assert len(rows) == registrations + FRESH, "the extract is too small"
        plan = _plan(registrations, random.Random(seed))
        for start in range(0, registrations, ROUND):
            end = min(start + ROUND, registrations)
            office.work_round(rows[start:end], plan[start:end])
            print(f"  {end:,} registrations", file=sys.stderr)
        raw = opened.store.engine.raw_connection()
        counts = dict(raw.execute(_COUNT_STATES).fetchall())
        events = raw.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        raw.close()
    finally:
        opened.close()
    extract.unlink()
    for scratch in ("batches", "hub.json"):
        shutil.rmtree(folder / scratch, ignore_errors=True)
        (folder / scratch).unlink(missing_ok=True)
    for ack in folder.glob("ack-*.ucjsync"):
        ack.unlink()
    meta = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "dtsen_rows": dtsen,
        "registrations": registrations,
        "states": counts,
        "audit_events": events,
        "store_mb": round(_store_bytes(folder) / 1e6, 1),
        "build_seconds": round(time.perf_counter() - started, 1),
        "built_at": datetime.now().isoformat(timespec="seconds"),
        "hub_signing_key": office.hub.signing.private_bytes_raw().hex(),
        "hub_identity": office.hub.identity,
        "enrollment": office.enrollment,
        "fresh": rows[registrations:],
    }
    (folder / "meta.json").write_text(json.dumps(meta))
    return meta


_COUNT_STATES = "SELECT status, count(*) FROM registration GROUP BY status"


def _store_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in (folder / "store").rglob("*") if p.is_file())


def cached_store(
    dtsen: int = 1_000_000, registrations: int = QUOTA, seed: int = SEED, rebuild: bool = False
) -> Path:
    """The folder of the cached store of this shape, built first if missing."""
    folder = CACHE / f"office-v{GENERATOR_VERSION}-seed{seed}-dtsen{dtsen}-reg{registrations}"
    if rebuild:
        shutil.rmtree(folder, ignore_errors=True)
    if not (folder / "meta.json").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"building the office store {folder.name} (once; cached)", file=sys.stderr)
        # Built aside and renamed whole: a killed build leaves no half store in the cache.
        with tempfile.TemporaryDirectory(dir=CACHE, prefix="building-") as tmp:
            build(Path(tmp), dtsen, registrations, seed)
            shutil.rmtree(folder, ignore_errors=True)
            Path(tmp).rename(folder)
            Path(tmp).mkdir()  # for TemporaryDirectory's clean-up
    return folder


def office_copy(dest: Path, **shape: Any) -> OfficeCopy:
    """A private copy of the cached store in ``dest``, opened, officers signed in."""
    source = cached_store(**shape)
    meta = json.loads((source / "meta.json").read_text())
    shutil.copytree(source / "store", dest / "store")
    shutil.copy2(source / "keyring.json", dest / "keyring.json")
    # On disk before anything is timed, as an office's store is: otherwise the first WAL
    # checkpoint's fsync writes back the whole fresh copy (a 300 ms save in the p99).
    for copied in (dest / "store").iterdir():
        with copied.open("rb+") as fh:
            os.fsync(fh.fileno())
    secrets = SecretStore(FileKeyring(dest / "keyring.json"))
    opened = open_store(StorePaths(dest / "store"), secrets)
    hub = HubKeys(
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(meta["hub_signing_key"])),
        meta["hub_identity"],
    )
    return OfficeCopy(
        dest,
        opened,
        secrets,
        sign_in(opened, "admin", PASSWORD),
        sign_in(opened, "petugas", PASSWORD),
        sign_in(opened, "verifikator", PASSWORD),
        hub,
        meta["enrollment"],
        meta["fresh"],
        meta,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dtsen", type=int, default=1_000_000)
    parser.add_argument("--registrations", type=int, default=QUOTA)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = cached_store(args.dtsen, args.registrations, rebuild=args.rebuild)
    meta = json.loads((folder / "meta.json").read_text())
    shown = {k: v for k, v in meta.items() if k not in ("fresh", "enrollment", "hub_signing_key")}
    print(json.dumps({"folder": str(folder), **shown}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
