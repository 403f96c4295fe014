"""``ucj-desktop --self-test``: prove an installed or frozen app works end to end (no Qt here:
the GUI passes in the function that draws its window).

On a throw-away store it creates, migrates, writes, reads back, checks, renders a PDF and draws
the main window offscreen. Exit 0 when every step passed; otherwise one line names the step.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop import __version__
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.paths import StorePaths
from ucj_desktop.printing.cards import CardData, render_card
from ucj_desktop.printing.diagnostic import render_diagnostic_page
from ucj_desktop.security.file_keyring import ENV_FILE, FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.backups import create_backup, restore_backup
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.reference_lookup import NameSearch, lookup_nik, search_people
from ucj_desktop.services.store_access import (
    OpenStore,
    check_store,
    initialise_store,
    open_store,
)
from ucj_desktop.store.models import Registration
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.sync.card_token import CardClaims, issue_card_token
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows, generate_people

SELF_TEST_ADMIN = "admin"
SELF_TEST_PASSWORD = "self-test-password"  # noqa: S105  (throw-away store, deleted at exit)


class SelfTestFailure(Exception):
    pass


def _say(text: str) -> None:
    if sys.stdout is not None:  # a windowed frozen app on Windows has no stdout
        print(text, flush=True)


def _self_test_import(opened: OpenStore, root: Path) -> None:
    """A small DTSEN file through the helper-process reader: proves the frozen app can spawn
    it (multiprocessing.freeze_support) and that the FTS5 trigram index exists."""
    today = date.today()
    extract = root / "dtsen.csv"
    rows = list(dtsen_rows(7, 200, today))
    with extract.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows)
    who = sign_in(opened, SELF_TEST_ADMIN, SELF_TEST_PASSWORD)
    report = import_reference(opened, who, "dtsen", extract, today=today, helper_process=True)
    if not report.applied or report.rows_accepted != len(rows):
        raise SelfTestFailure(f"reference import loaded {report.rows_accepted} of {len(rows)}")
    found = lookup_nik(opened, who, rows[0][0])
    if found.dtsen is None or found.dtsen.full_name != rows[0][2]:
        raise SelfTestFailure("the imported person was not found by NIK")
    if not search_people(opened, who, NameSearch(rows[0][2][1:5])):
        raise SelfTestFailure("the name index found nothing")


def _self_test_card(root: Path, nik: str, name: str) -> int:
    """A card with a QR code of a token signed by a throw-away key (zxing-cpp + ReportLab)."""
    key = Ed25519PrivateKey.generate()
    today = date.today()
    claims = CardClaims("26000000001", mask_nik(nik), name, today, "32.75.01.1001")
    out = render_card(
        root / "card.pdf",
        CardData(
            name,
            "26000000001",
            nik,
            "Bekasijaya",
            "Bekasi Timur",
            today,
            today,
            today,
            issue_card_token(claims, key),
            "Bekasijaya",
        ),
    )
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or nik.encode() in data:
        raise SelfTestFailure("the card PDF is wrong or shows the full NIK")
    return len(data)


def _self_test_hub(root: Path) -> str:
    """The city hub's store: its own migrations ship in the bundle, it opens encrypted, and
    an office's enrolled laptop can send it a batch that it takes once."""
    from ucj_desktop.hub import synthetic
    from ucj_desktop.hub.access import initialise_hub, open_hub, public_key_document
    from ucj_desktop.hub.allocate import allocate
    from ucj_desktop.hub.devices import enroll_device
    from ucj_desktop.hub.ingest import ingest_file

    secrets = SecretStore(FileKeyring(root / "hub-keyring.json"))
    hub, _ = initialise_hub(root / "hub", secrets)
    hub.close()
    hub = open_hub(root / "hub", secrets)
    try:
        office = synthetic.offices(1)[0]
        (root / "office.json").write_text(json.dumps(office.enrollment()), encoding="utf-8")
        enroll_device(hub, root / "office.json")
        key, _ = hub.signing_keys()
        recipient = str(public_key_document(key)["age_recipient"])
        people = synthetic.city_records([office], 3).by_office[office.code]
        (root / "batch.ucjsync").write_bytes(office.batch(people, recipient))
        taken = ingest_file(hub, root / "batch.ucjsync")
        again = ingest_file(hub, root / "batch.ucjsync")
        if taken.records != 3 or not again.already:
            raise SelfTestFailure("the hub did not take the batch exactly once")
        seats = allocate(hub).seats_used
    finally:
        hub.close()
    if b"hub_submission" in (root / "hub" / "hub.db").read_bytes():
        raise SelfTestFailure("the hub's store file is readable")
    return f"hub store created, encrypted, took a batch once and seated {seats}"


def ucj_program() -> Path | None:
    """The ``ucj`` console program that came with this one: in the frozen bundle the second
    executable in the same folder; in an installed package the console script pip wrote, in
    the scripts folder of an install scheme (:func:`script_folders`), else the one on PATH."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).with_name("ucj.exe" if sys.platform == "win32" else "ucj")
        return beside if beside.exists() else None
    for folder in script_folders():
        found = shutil.which("ucj", path=str(folder))
        if found:
            return Path(found)
    found = shutil.which("ucj")
    return Path(found) if found else None


def script_folders() -> list[Path]:
    """Where pip puts console scripts for this interpreter: beside it, and the scripts folder
    of its default scheme (a venv's bin; /usr/local/bin on Debian) and of its user scheme
    (``pip install --user``: ~/.local/bin, %APPDATA%\\Python\\Python311\\Scripts). The
    scheme whose library folder holds this package comes first: pip put its scripts there."""
    package = Path(__file__).resolve().parents[1]
    user = sysconfig.get_preferred_scheme("user")
    schemes = list(dict.fromkeys([sysconfig.get_default_scheme(), user]))
    schemes.sort(key=lambda scheme: not _holds(scheme, package))
    folders = [Path(sysconfig.get_path("scripts", scheme)) for scheme in schemes]
    return list(dict.fromkeys([*folders[:1], Path(sys.executable).parent, *folders[1:]]))


def _holds(scheme: str, package: Path) -> bool:
    libraries = {sysconfig.get_path(name, scheme) for name in ("purelib", "platlib")}
    return any(package.is_relative_to(Path(folder).resolve()) for folder in libraries)


def _self_test_cli(paths: StorePaths, keyring_file: Path) -> str:
    """The ``ucj`` program runs: its version, then ``ucj check`` on the self-test's store
    (opened through the same file keyring), which must find it whole."""
    program = ucj_program()
    if program is None:
        raise SelfTestFailure("the ucj program is not installed beside this one")
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "ucj_desktop.security.file_keyring.FileKeyring",
        ENV_FILE: str(keyring_file),
    }
    env.pop("UCJ_DATA_DIR", None)
    version = subprocess.run(  # noqa: S603  (our own program, fixed arguments)
        [str(program), "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    if version.returncode != 0 or version.stdout.strip() != f"ucj {__version__}":
        raise SelfTestFailure(f"'ucj --version' said {version.stdout!r} {version.stderr!r}")
    # In English whatever the computer's language, so that its words can be checked.
    check = subprocess.run(  # noqa: S603
        [str(program), "--lang", "en", "--data-dir", str(paths.root), "check"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    if check.returncode != 0 or "check: OK" not in check.stdout:
        raise SelfTestFailure(f"'ucj check' failed: {check.stderr.strip() or check.stdout}")
    return f"{program.name} {__version__} ran 'ucj check' on the store: OK"


def run_self_test(draw_window: Callable[[object, Path], str] | None = None) -> int:
    """Run every step; ``draw_window(opened, card_pdf)`` draws the GUI and prints the card
    through Qt's printing (passed in by gui/app.py), returning what it checked."""
    with tempfile.TemporaryDirectory(prefix="ucj-selftest-") as tmp:
        root = Path(tmp)
        paths = StorePaths(root / "store")
        secrets = SecretStore(FileKeyring(root / "keyring.json"))
        step = "create"
        try:
            opened, _ = initialise_store(
                paths, "32.75.01.1001", SELF_TEST_ADMIN, "Self Test", SELF_TEST_PASSWORD, secrets
            )
            schema = opened.store.upgrade_report.to_revision
            _say(f"self-test: created encrypted store, schema {schema}")
            step = "write"
            person = next(generate_people(1, 1, date.today()))
            reg_id = str(uuid.uuid4())
            with opened.store.session() as session:
                admin_id = officer_repo.first_officer_id(session)
                assert admin_id is not None  # the store was just made with its admin
                session.add(
                    Registration(
                        id=reg_id,
                        **person.registration_fields(),
                        consent=True,
                        desil=person.desil,
                        status="draft",
                        created_by=admin_id,
                    )
                )
                session.commit()
            opened.close()
            step = "read back"
            opened = open_store(paths, secrets)
            with opened.store.session() as session:
                row = session.get(Registration, reg_id)
            if row is None or row.nik != person.nik or row.full_name != person.full_name:
                raise SelfTestFailure("the registration did not read back unchanged")
            step = "encryption"
            opened.store.checkpoint()
            if person.nik.encode() in paths.database.read_bytes():
                raise SelfTestFailure("a NIK is readable in the store file")
            step = "integrity"
            report = check_store(opened)
            if not report.ok:
                raise SelfTestFailure(f"check failed: {report}")
            _say("self-test: write, read back, integrity and audit chain OK")
            step = "backup"
            admin = sign_in(opened, SELF_TEST_ADMIN, SELF_TEST_PASSWORD)
            made = create_backup(opened, admin, secrets, root / "backup.ucjbak")
            restored_paths = StorePaths(root / "restored")
            restore_backup(restored_paths, secrets, made.path)
            restored = open_store(restored_paths, secrets)
            try:
                with restored.store.session() as session:
                    if session.get(Registration, reg_id) is None:
                        raise SelfTestFailure("the restored store lacks the registration")
            finally:
                restored.close()
            _say("self-test: backed the store up and restored it into another folder")
            step = "reference import"
            _self_test_import(opened, root)
            _say("self-test: imported a DTSEN extract through the reader process, looked it up")
            step = "pdf"
            pdf = render_diagnostic_page(
                root / "selftest.pdf",
                "UCJ Desktop self-test",
                [f"version {__version__}", "Kartu Peserta · Ñ é ’ –"],
            )
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF-") or b"FontFile2" not in data:
                raise SelfTestFailure("the PDF has no embedded font")
            _say(f"self-test: rendered a one-page PDF ({len(data)} bytes)")
            step = "card"
            card = _self_test_card(root, person.nik, person.full_name)
            _say(f"self-test: rendered a membership card with its QR code ({card} bytes)")
            step = "hub"
            _say(f"self-test: {_self_test_hub(root)}")
            step = "ucj program"
            _say(f"self-test: {_self_test_cli(paths, root / 'keyring.json')}")
            if draw_window is not None:
                step = "window"
                _say(f"self-test: {draw_window(opened, root / 'card.pdf')}")
            opened.close()
        except Exception as exc:  # noqa: BLE001  (the self-test reports every failure)
            _say(f"self-test FAILED at {step}: {type(exc).__name__}: {exc}")
            return 1
    _say(f"self-test: OK (UCJ Desktop {__version__})")
    return 0
