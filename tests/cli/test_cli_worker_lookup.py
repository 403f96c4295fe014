"""`ucj verify`, `ucj print --ids` and `ucj hand-over` pick a worker by registration id, NIK or
KPJ; a key that matches none or several is one clear line and changes nothing. Run in-process
on a copy of the demo office (synthetic workers all along the life cycle)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.support.cli_runner import console_entry, run_in_process
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.card_printing import print_queue
from ucj_desktop.services.demo import DEMO_PASSWORD
from ucj_desktop.services.registration_queries import RegistrationFilter, list_registrations
from ucj_desktop.services.store_access import open_store, secret_store_for
from ucj_desktop.store.models import Registration


@pytest.fixture
def ucj(demo_paths: StorePaths, cli_env: dict[str, str], tmp_path: Path):
    main = console_entry("ucj")

    def run(*args: str, user: str) -> subprocess.CompletedProcess[str]:
        env = {**cli_env, "UCJ_USER": user, "UCJ_PASSWORD": DEMO_PASSWORD}
        argv = [*args, "--data-dir", str(demo_paths.root)]
        return run_in_process(main, "ucj", argv, env=env, cwd=tmp_path)

    return run


@pytest.fixture
def opened(demo_paths: StorePaths):
    store = open_store(demo_paths, secret_store_for(demo_paths))
    yield store
    store.close()


def _one(opened, status: Status) -> Registration:
    admin = sign_in(opened, "admin", DEMO_PASSWORD)
    row = list_registrations(opened, admin, RegistrationFilter(status=status))[0]
    with opened.transaction() as tx:
        found = tx.get(Registration, row.id)
    assert found is not None
    return found


def _status(opened, registration_id: str) -> str:
    with opened.transaction() as tx:
        row = tx.get(Registration, registration_id)
    assert row is not None
    return row.status


def test_verify_takes_the_workers_nik(ucj, opened):
    waiting = _one(opened, Status.SUBMITTED)
    result = ucj("verify", waiting.nik, "--approve", user="verifikator")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"registration {waiting.id}: verified"
    assert _status(opened, waiting.id) == Status.VERIFIED


def test_print_and_hand_over_take_kpj_and_nik(ucj, opened, tmp_path):
    petugas = sign_in(opened, "petugas", DEMO_PASSWORD)
    waiting = print_queue(opened, petugas, "waiting")[:2]
    with opened.transaction() as tx:
        nik = tx.get(Registration, waiting[1].id).nik
    out = tmp_path / "kartu.pdf"
    printed = ucj("print", "cards", "--ids", waiting[0].kpj, nik, "--out", str(out), user="petugas")
    assert printed.returncode == 0, printed.stderr
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert waiting[0].kpj in text and waiting[1].kpj in text
    handed = ucj("hand-over", waiting[0].kpj, user="petugas")
    assert handed.returncode == 0, handed.stderr
    assert "1 card(s) recorded as handed over" in handed.stdout
    by_id = {e.id: e for e in print_queue(opened, petugas, "all")}
    assert by_id[waiting[0].id].handed_over and not by_id[waiting[1].id].handed_over


def test_a_key_matching_no_worker_or_several_is_one_line_and_changes_nothing(ucj, opened):
    waiting = _one(opened, Status.SUBMITTED)
    unknown = waiting.nik[:-4] + ("0001" if waiting.nik[-4:] != "0001" else "0002")
    refused = ucj("verify", unknown, "--approve", user="verifikator")
    assert refused.returncode != 0
    assert refused.stderr.strip().endswith(f"no registration has NIK {unknown}; nothing changed")
    assert len(refused.stderr.strip().splitlines()) == 1

    bad = ucj("verify", "12345", "--approve", user="verifikator")
    assert bad.returncode != 0 and "'12345' is not a registration id" in bad.stderr
    assert "Traceback" not in bad.stderr + refused.stderr

    # Two records carrying one KPJ (a hub's mistake): the CLI will not guess between them.
    enrolled = _one(opened, Status.ENROLLED)
    other = next(
        e
        for e in print_queue(opened, sign_in(opened, "admin", DEMO_PASSWORD), "all")
        if e.id != enrolled.id
    )
    with opened.transaction() as tx:
        twin = tx.get(Registration, other.id)
        twin.kpj = enrolled.kpj
        tx.add(twin)
        tx.commit()
    twice = ucj("hand-over", str(enrolled.kpj), user="petugas")
    assert twice.returncode != 0
    line = twice.stderr.strip()
    assert f"KPJ {enrolled.kpj} matches 2 registrations" in line
    assert enrolled.id in line and other.id in line
    assert _status(opened, waiting.id) == Status.SUBMITTED
