"""The long fault loop: random SIGKILLs across the writing commands, then `ucj check`.

    python tests/faults/random_kills.py --kills 200 [--seed 1] [--work DIR]

One office store (synthetic people only) goes through import, register, verify, export-batch,
import-ack, print, backup, restore, report, keys export and user add, each run as the real
`ucj` in a child killed by SIGKILL before a random ``os.fsync`` or ``os.replace`` (its 1st to
3rd) or just after its own 1st or 2nd commit (tests/faults/kill_at.py). After every run,
killed or not, `ucj check` must pass and the data folder must hold no temp file, staging
folder or restore journal. Prints the figures; exits 1 on any failure. The quick,
deterministic part of this is tests/faults/test_kill_*.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.support.ack_builder import HubKeys, build_ack, enrolled_record, open_batch  # noqa: E402
from tests.support.offices import new_officer, registration_input  # noqa: E402
from ucj_desktop.domain.errors import DomainError  # noqa: E402
from ucj_desktop.domain.roles import Role  # noqa: E402
from ucj_desktop.paths import StorePaths  # noqa: E402
from ucj_desktop.security.file_keyring import FileKeyring  # noqa: E402
from ucj_desktop.security.secrets import SecretStore  # noqa: E402
from ucj_desktop.services.accounts import sign_in  # noqa: E402
from ucj_desktop.services.registration_queries import verification_queue  # noqa: E402
from ucj_desktop.services.store_access import (  # noqa: E402
    check_store,
    initialise_store,
    open_store,
)
from ucj_desktop.services.sync_batches import list_batches  # noqa: E402
from ucj_desktop.services.sync_keys import enrollment_document, import_hub_key  # noqa: E402
from ucj_desktop.store.errors import StoreError  # noqa: E402
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows  # noqa: E402

KILL_AT = Path(__file__).with_name("kill_at.py")
PASSWORD = {"admin": "admin-pass-123", "rina": "own-pass-0002", "vera": "own-pass-0002"}
OFFICE = "32.75.01.1001"
LEFTOVERS = (".ucjtmp-*", ".restore-*", ".ucjbak-*", "restore-journal.json")


class Office:
    def __init__(self, work: Path, seed: int) -> None:
        self.work, self.today = work, date.today()
        self.paths = StorePaths(work / "store")
        self.keyring = work / "keyring.json"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("UCJ_")},
            "PYTHON_KEYRING_BACKEND": "ucj_desktop.security.file_keyring.FileKeyring",
            "UCJ_FILE_KEYRING": str(self.keyring),
            "UCJ_DATA_DIR": str(self.paths.root),
        }
        self.secrets = SecretStore(FileKeyring(self.keyring))
        opened, _ = initialise_store(
            self.paths, OFFICE, "admin", "Admin", PASSWORD["admin"], self.secrets
        )
        try:
            admin = sign_in(opened, "admin", PASSWORD["admin"])
            new_officer(opened, admin, "rina", {Role.PETUGAS})
            new_officer(opened, admin, "vera", {Role.VERIFIKATOR})
            self.hub = HubKeys.generate()
            hub_file = work / "hub.json"
            hub_file.write_text(json.dumps(self.hub.public_file()), encoding="utf-8")
            import_hub_key(opened, admin, hub_file)
            self.enrollment = enrollment_document(opened, admin, self.secrets)
        finally:
            opened.close()
        self.rows = [r for r in dtsen_rows(seed, 400, self.today) if int(r[9]) <= 5]
        self.extract = work / "dtsen.csv"
        with self.extract.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(DTSEN_HEADER)
            writer.writerows(self.rows)
        for folder in ("out", "backups", "reports", "keys", "forms", "acks", "pdf"):
            (work / folder).mkdir()
        self.next_person = 0
        self.acked: set[str] = set()

    def ucj(self, who: str, *args: str, kill: tuple[str, int] | None = None):
        point, nth = kill or ("replace", 10_000)
        return subprocess.run(
            [sys.executable, str(KILL_AT), point, str(nth), "--", *args],
            env={**self.env, "UCJ_USER": who, "UCJ_PASSWORD": PASSWORD[who]},
            cwd=self.work, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    def check(self) -> str:
        """'' when the store opens (settling anything interrupted) and checks whole."""
        try:
            opened = open_store(self.paths, self.secrets)
        except (StoreError, DomainError) as exc:
            return f"open: {exc}"
        try:
            report = check_store(opened)
        finally:
            opened.close()
        return "" if report.ok else f"{report.integrity.problems} {report.audit_breaks}"

    def with_store(self, who: str, work):
        opened = open_store(self.paths, self.secrets)
        try:
            return work(opened, sign_in(opened, who, PASSWORD[who]))
        finally:
            opened.close()

    # --- the commands: each returns (officer, argv), or None when it has nothing to do ---

    def c_import(self, n: int):
        return "admin", ["import", "dtsen", str(self.extract)]

    def c_register(self, n: int):
        row = self.rows[self.next_person % len(self.rows)]
        self.next_person += 1
        form = registration_input(row)
        data = {k: getattr(form, k) for k in (
            "nik", "kk_number", "full_name", "sex", "phone", "address", "rt", "rw",
            "kelurahan_code", "declared_income", "consent")}  # fmt: skip
        data["birth_date"] = form.birth_date.isoformat() if form.birth_date else None
        data["occupations"] = list(form.occupations)
        path = self.work / "forms" / f"f{n}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return "rina", ["register", str(path)]

    def c_verify(self, n: int):
        queue = self.with_store("vera", verification_queue)
        return ("vera", ["verify", queue[0].id, "--approve"]) if queue else None

    def c_export(self, n: int):
        return "vera", ["export-batch", "--out", str(self.work / "out")]

    def c_ack(self, n: int):
        waiting = [b for b in self.with_store("admin", list_batches) if not b.acked]
        files = {p.name.split("-")[-1].split(".")[0]: p for p in (self.work / "out").glob("UCJ-*")}
        for batch in waiting:
            path = files.get(batch.id[:8])
            if path is None or batch.id in self.acked:
                continue
            opened = open_batch(path.read_bytes(), self.hub, self.enrollment)
            records = [
                enrolled_record(self.hub, r, office_code=OFFICE, kpj=f"26{n:05d}{i:04d}",
                                start=self.today, end=self.today + timedelta(days=364))
                for i, r in enumerate(opened.records)
            ]  # fmt: skip
            ack = self.work / "acks" / f"ack-{batch.sequence}.ucjsync"
            if not ack.exists():
                ack.write_bytes(build_ack(self.hub, self.enrollment, records, batch.sequence))
            return "admin", ["import-ack", str(ack)]
        return None

    def c_print(self, n: int):
        return "admin", ["print", "cards", "--out", str(self.work / "pdf" / f"k{n}.pdf")]

    def c_backup(self, n: int):
        return "admin", ["backup", "--out", str(self.work / "backups")]

    def c_restore(self, n: int):
        made = sorted((self.work / "backups").glob("*.ucjbak"))
        return ("admin", ["restore", str(made[-1]), "--replace"]) if made else None

    def c_report(self, n: int):
        return "admin", ["report", "roster", "--out", str(self.work / "reports" / f"r{n}.xlsx")]

    def c_keys(self, n: int):
        return "admin", ["keys", "export", "--out", str(self.work / "keys" / f"e{n}.json")]

    def c_user(self, n: int):
        return "admin", ["user", "add", f"u{n}", "--role", "petugas", "--full-name", f"U {n}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=REPO / "build" / "random-kills")
    args = parser.parse_args()
    args.work = args.work.resolve()  # the children run with the work folder as cwd
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    rng = random.Random(args.seed)
    office = Office(args.work, args.seed)
    commands = [name for name in dir(office) if name.startswith("c_")]
    figures: Counter[str] = Counter()
    failures: list[str] = []
    started = time.monotonic()
    n = 0
    while figures["killed"] < args.kills:
        n += 1
        name = rng.choice(commands)
        planned = getattr(office, name)(n)
        if planned is None:
            figures["nothing to do"] += 1
            continue
        who, argv = planned
        point = rng.choice(["fsync", "replace", "commit"])
        kill = (point, rng.randint(2, 3) if point == "commit" else rng.randint(1, 3))
        result = office.ucj(who, *argv, kill=kill)
        if result.returncode == -signal.SIGKILL:
            figures["killed"] += 1
            if figures["killed"] % 25 == 0:
                print(f"... {figures['killed']} kills, {n} runs, {len(failures)} failures",
                      flush=True)  # fmt: skip
            figures[f"killed {name[2:]}"] += 1
        elif result.returncode == 0:
            figures["finished before the kill point"] += 1
        elif result.returncode == 1:
            figures["refused in words"] += 1
        else:
            failures.append(f"run {n} {argv} {kill}: exit {result.returncode} {result.stderr}")
        problem = office.check()  # what `ucj check` does, in this process (half the time)
        if problem:
            failures.append(f"run {n} {argv} {kill}: check {problem}")
        left = [p.name for g in LEFTOVERS for p in office.paths.root.glob(g)]
        if left:
            failures.append(f"run {n} {argv} {kill}: left {left}")
        if name == "c_ack" and result.returncode == 0:
            office.acked.add(argv[-1])
    elapsed = time.monotonic() - started
    print(f"runs: {n}, seconds: {elapsed:.0f}, seed: {args.seed}")
    for key, value in sorted(figures.items()):
        print(f"  {key}: {value}")
    print(f"failures: {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
