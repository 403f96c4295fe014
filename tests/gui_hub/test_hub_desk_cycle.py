"""A whole city cycle driven through the hub desk's window, on SQLite and on PostgreSQL: the
first operator, the sign-in, batches of synthetic offices taken in (one refused, with its
reason), the cycle closed, BPJS's file written and its answer read (a mistaken answer held in
the Karantina), the acks written and each one's content checked by its office's own key, a
city report saved, and every step in the hub's trail under the operator's name."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui_hub.conftest import PASSWORD, QUOTA, city_of, workers
from tests.support.city import bpjs_answer
from ucj_desktop.gui.hub.acks import AcksScreen
from ucj_desktop.gui.hub.audit import HubAuditScreen
from ucj_desktop.gui.hub.bpjs import BpjsScreen
from ucj_desktop.gui.hub.intake import IntakeScreen
from ucj_desktop.gui.hub.offices import OfficesScreen
from ucj_desktop.gui.hub.quota import QuotaScreen
from ucj_desktop.gui.hub.reports import CityReportScreen
from ucj_desktop.gui.hub.start import FirstOperatorDialog
from ucj_desktop.gui.hub.window import HubWindow, hub_login
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.desk import has_operators
from ucj_desktop.sync.package import open_package
from ucj_desktop.sync.records import AckRecord, AckResult

WAIT = 60_000


def _first_operator(qtbot, desk) -> None:
    dialog = FirstOperatorDialog(desk)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("Admin")
    dialog.name_edit.setText("Admin Hub Kota")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "x")
    dialog.accept()
    assert dialog.error.text() == "Kata sandi dan ulangannya berbeda."
    assert not has_operators(desk)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.username == "admin"


def _sign_in(qtbot, desk, settings):
    login = hub_login(desk, settings)
    qtbot.addWidget(login)
    assert "Hub Disnaker Kota Bekasi" in login.ui.officeLabel.text()
    login.ui.usernameEdit.setText("admin")
    login.ui.passwordEdit.setText("salah-sekali-123")
    qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    assert login.officer_session is None
    assert "Nama pengguna atau kata sandi salah" in login.ui.errorLabel.text()
    login.ui.passwordEdit.setText(PASSWORD)
    qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    assert login.officer_session is not None
    return login.officer_session


def _rows(model) -> list:
    return [model.row_at(n) for n in range(model.rowCount())]


def test_a_whole_cycle_at_the_desk(qtbot, desk, tmp_path: Path, gui_settings) -> None:
    city = city_of(desk, tmp_path / "city")
    _first_operator(qtbot, desk)
    who = _sign_in(qtbot, desk, gui_settings)
    window = HubWindow(desk, who, gui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.screen_keys() == ["kantor", "paket", "kuota", "bpjs", "ack", "laporan", "audit"]

    # The stick: office 0 sends batches 1 and 3 (2 is lost), office 1 one batch, and a laptop
    # the hub never enrolled one; office 2 sends nothing.
    a, b, _c = city.offices
    sent = {a.code: workers(5, 1) + workers(3, 2), b.code: workers(6, 3)}
    stick = tmp_path / "stick"
    stick.mkdir()
    city.folder = stick
    city.batch(a, sent[a.code][:5], sequence=1)
    city.batch(a, sent[a.code][5:], sequence=3)
    city.batch(b, sent[b.code])
    stranger = synthetic.offices(1, seed=99)[0]
    city.batch(stranger, workers(2, 4))

    window.show_screen("paket")
    intake = window.screens["paket"]
    assert isinstance(intake, IntakeScreen)
    with qtbot.waitSignal(intake.ingested, timeout=WAIT) as taken:
        intake.take([stick])
    run = taken.args[0]
    assert (run.files, run.taken, run.refused, run.stopped) == (4, 3, 1, False)
    results = _rows(intake.results_model)
    [refused] = [r for r in results if not hasattr(r, "records")]
    shown = intake.results_model.index(results.index(refused), 3).data()
    assert shown.startswith("Ditolak: Paket ditandatangani laptop yang belum didaftarkan di hub")
    assert intake.message.title.text() == "3 dari 4 paket diterima"
    assert intake.packages_model.total == 3
    assert intake.tabs.tabText(0) == "Paket diterima (3)"

    window.show_screen("kantor")
    offices = window.screens["kantor"]
    assert isinstance(offices, OfficesScreen)
    by_code = {o.office_code: o for o in offices.rows}
    assert (by_code[a.code].batches, by_code[a.code].records, by_code[a.code].gaps) == (2, 8, (2,))
    assert (by_code[b.code].last_sequence, by_code[b.code].gaps) == (1, ())
    assert by_code[city.offices[2].code].batches == 0
    assert by_code[a.code].fingerprint == a.enrollment()["fingerprint"]

    window.show_screen("kuota")
    quota = window.screens["kuota"]
    assert isinstance(quota, QuotaScreen)
    with qtbot.waitSignal(quota.allocated, timeout=WAIT) as closed:
        quota.run_allocation()
    assert (closed.args[0].allocated, closed.args[0].waiting) == (QUOTA, 14 - QUOTA)
    assert [quota.values[k].text() for k in ("quota", "used", "free", "waiting")] == [
        str(QUOTA),
        str(QUOTA),
        "0",
        str(14 - QUOTA),
    ]
    assert [w.person.rank for w in _rows(quota.model)] == list(range(1, 14 - QUOTA + 1))
    assert quota.cutoff_label.text().startswith("Batas kuota: kursi terakhir diberikan")

    window.show_screen("bpjs")
    bpjs = window.screens["bpjs"]
    assert isinstance(bpjs, BpjsScreen)
    assert bpjs.values["seated"].text() == str(QUOTA)
    with qtbot.waitSignal(bpjs.exported, timeout=WAIT) as written:
        bpjs.write_file(tmp_path / "kolektif.xlsx")
    upload = written.args[0].path
    assert upload == tmp_path / "kolektif.xlsx" and written.args[0].rows == QUOTA
    # BPJS's mistaken answer first: a line for a worker the hub never sent. Refused whole,
    # its line held in the Karantina with where that NIK stands.
    waiting_nik = _rows(quota.model)[0].person.nik
    mistaken = tmp_path / "keliru.xlsx"
    bpjs_answer(upload, mistaken)
    book = load_workbook(mistaken)
    book.active.append([waiting_nik, "12345678901", None])
    book.save(mistaken)
    with qtbot.waitSignal(bpjs.quarantined, timeout=WAIT) as held:
        bpjs.read_result(mistaken)
    [line] = held.args[0]
    assert (line.line, line.nik, line.kpj) == (QUOTA + 2, waiting_nik, "12345678901")
    assert bpjs.quarantine_model.index(0, 4).data().endswith("Menunggu kuota")
    assert bpjs.tabs.tabText(1) == "Karantina (1)"
    assert bpjs.message.title.text() == "Berkas hasil BPJS ditolak"
    assert bpjs.values["sent"].text() == str(QUOTA)  # nothing applied
    refused_nik = load_workbook(upload).active["A2"].value
    answer = tmp_path / "hasil.xlsx"
    bpjs_answer(upload, answer, reject={refused_nik})
    with qtbot.waitSignal(bpjs.imported, timeout=WAIT) as read:
        bpjs.read_result(answer)
    assert (read.args[0].enrolled, read.args[0].rejected) == (QUOTA - 1, 1)
    assert bpjs.tabs.tabText(1) == "Karantina (0)"
    [made] = _rows(bpjs.files_model)
    assert made.states == {"enrolled": QUOTA - 1, "returned": 1}

    window.show_screen("ack")
    acks = window.screens["ack"]
    assert isinstance(acks, AcksScreen)
    with qtbot.waitSignal(acks.emitted, timeout=WAIT) as emitted:
        acks.write_acks(tmp_path / "keluar")
    round_ = emitted.args[0]
    assert sorted(x.office_code for x in round_.acks) == sorted([a.code, b.code])
    key, _keys = desk.hub.signing_keys()
    for carried in _rows(acks.model):
        office = a if carried.ack.office_code == a.code else b
        [file] = [x for x in round_.acks if x.office_code == office.code]
        opened = open_package(
            file.path.read_bytes(),
            trusted_signers={key.signer: bytes.fromhex(key.signing_key)},
            identity=office.keys.age_identity,
            expected_kind="ack",
        )
        told = [AckRecord.from_dict(r).result for r in opened.records]
        assert (carried.enrolled, carried.returned, carried.waiting) == (
            told.count(AckResult.ENROLLED),
            told.count(AckResult.RETURNED),
            told.count(AckResult.WAITING),
        )
    with qtbot.waitSignal(acks.previewed, timeout=WAIT) as preview:
        acks.refresh()
    assert preview.args[0] == {}
    assert acks.next_label.text() == "Tidak ada kabar baru untuk kantor."

    window.show_screen("laporan")
    report = window.screens["laporan"]
    assert isinstance(report, CityReportScreen)
    with qtbot.waitSignal(report.built, timeout=WAIT) as built:
        report.rebuild()
    table = built.args[0]
    assert table.kind == "quota" and table.totals is not None
    assert table.totals[2] == 14 and table.totals[6] == QUOTA - 1  # received, enrolled
    with qtbot.waitSignal(report.task_ended, timeout=WAIT):
        report.save(tmp_path / "kuota-kota.csv")
    assert (tmp_path / "kuota-kota.csv").read_text(encoding="utf-8-sig").count("\n") == 1 + 3 + 1

    window.show_screen("audit")
    audit = window.screens["audit"]
    assert isinstance(audit, HubAuditScreen)
    with qtbot.waitSignal(audit.checked, timeout=WAIT) as checked:
        audit.refresh()
    assert checked.args[0] == [] and audit.chain_label.text() == "Rantai jejak utuh"
    events = _rows(audit.model)
    ours = {e.action for e in events if e.operator == "admin"}
    assert {
        "batch.ingested",
        "quota.allocated",
        "bpjs.file_made",
        "bpjs.result_imported",
        "acks.made",
        "report.exported",
    } <= ours
    # Newest first: the first row is the latest event, and none is in the future.
    assert events[0].at == max(e.at for e in events) <= datetime.now(UTC)


@pytest.mark.parametrize("role", ["petugas", "verifikator"])
def test_each_role_sees_the_screens_it_may_use(qtbot, operators, sqlite_desk, gui_settings, role):
    window = HubWindow(sqlite_desk, operators[role], gui_settings)
    qtbot.addWidget(window)
    # Only the screen in sight is built: the others are built, and read, when first shown.
    assert list(window.screens.built) == ["kantor"]
    if role == "petugas":
        assert window.screen_keys() == ["kantor", "paket", "kuota"]
        quota = window.screens["kuota"]
        assert isinstance(quota, QuotaScreen)
        assert quota.allocate_button.isHidden()
    else:
        assert window.screen_keys() == ["kantor", "paket", "kuota", "bpjs", "ack", "laporan"]
    offices = window.screens["kantor"]
    assert isinstance(offices, OfficesScreen)
    assert offices.enroll_button.isHidden()  # enrolling a laptop is the admin's


def test_the_desk_locks_and_the_same_operator_unlocks(qtbot, operators, sqlite_desk, gui_settings):
    window = HubWindow(sqlite_desk, operators["verifikator"], gui_settings)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    dialog = window.lock_dialog
    assert dialog is not None and window.is_locked
    assert dialog.ui.usernameEdit.text() == "verifikator" and dialog.ui.usernameEdit.isReadOnly()
    assert "Hub Disnaker Kota Bekasi" in dialog.ui.officeLabel.text()
    dialog.ui.passwordEdit.setText("bukan-sandinya-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.is_locked
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
