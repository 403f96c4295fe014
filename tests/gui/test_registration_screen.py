"""The registration form driven from the keyboard on a real store with a synthetic DTSEN extract.

Modal boxes and the file dialog are answered by replacing ``_confirm`` / ``_ask_pdf_path`` on
the instance; services, store, reference data and the PDF are the real thing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from tests.support.settings_packages import build_settings
from tests.support.sync_office import trust_hub
from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.eligibility import Rule
from ucj_desktop.domain.nik import age_on, mask_nik, nik_birth_date
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.text.labels import local_date
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registration_queries import get_registration
from ucj_desktop.services.settings import rules_in_force
from ucj_desktop.services.settings_import import import_settings
from ucj_desktop.services.sync_keys import enrollment_document
from ucj_desktop.store.models import Registration
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TODAY = date.today()  # the screen checks against today's date, like at the counter
OUTSIDE = "32.16.01.2001"  # a kelurahan code of Kabupaten Bekasi, not Kota Bekasi


@dataclass
class People:
    eligible: tuple[str, ...]
    desil_out: tuple[str, ...]
    too_old: tuple[str, ...]
    outside: tuple[str, ...]
    covered: tuple[str, ...]
    not_in_dtsen: str


def _age(nik: str) -> int:
    return age_on(nik_birth_date(nik, TODAY)[0], TODAY)


@pytest.fixture
def people(opened_store, admin_session, tmp_path) -> People:
    rows = list(dtsen_rows(7, 300, TODAY))

    def pick(test, skip=()):
        return next(r for r in rows if test(r) and r not in skip)

    young = lambda r: 20 <= _age(r[0]) < 60  # noqa: E731
    eligible = pick(lambda r: young(r) and int(r[9]) <= 3)
    covered = pick(lambda r: young(r) and int(r[9]) <= 3, (eligible,))
    desil_out = pick(lambda r: young(r) and int(r[9]) == 7)
    too_old = pick(lambda r: _age(r[0]) >= 66 and int(r[9]) <= 5)
    outside = pick(lambda r: young(r) and int(r[9]) <= 3, (eligible, covered))
    extract = tmp_path / "dtsen.csv"
    with extract.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows[:-1])
    assert import_reference(opened_store, admin_session, "dtsen", extract, today=TODAY).applied
    # An import refuses another city's rows now; a store loaded before that rule may hold one,
    # and the form must still judge it by residence.
    with opened_store.store.session() as session:
        session.execute(
            text("UPDATE dtsen_person SET kelurahan_code = :code WHERE nik = :nik"),
            {"code": OUTSIDE, "nik": outside[0]},
        )
        session.commit()
    outside = (*outside[:8], OUTSIDE, outside[9])
    coverage = tmp_path / "cakupan.csv"
    coverage.write_text(f"NIK,SKEMA\n{covered[0]},Non ASN\n", encoding="utf-8")
    assert import_reference(opened_store, admin_session, "coverage", coverage, today=TODAY).applied
    missing = rows[-1][0]
    assert missing not in {r[0] for r in rows[:-1]}
    return People(eligible, desil_out, too_old, outside, covered, missing)


@pytest.fixture
def petugas(opened_store, admin_session):
    add_officer(
        opened_store, admin_session, "petugas", "Petugas Loket", {Role.PETUGAS}, "temp-pass-0001"
    )
    first = sign_in(opened_store, "petugas", "temp-pass-0001")
    return change_password(opened_store, first, "temp-pass-0001", "own-pass-0002")


@pytest.fixture
def screen(qtbot, opened_store, petugas, people):
    widget = RegistrationScreen(opened_store, petugas)
    qtbot.addWidget(widget)
    widget.typing_pause.setInterval(0)  # checked at once: the tests wait for nobody's typing
    widget.resize(1180, 760)
    widget.questions = []
    widget._confirm = lambda text, action: widget.questions.append(text) or True
    widget._ask_pdf_path = lambda: pytest.fail("unexpected file dialog")
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.ui.nikEdit.setFocus()
    return widget


def focused():
    return QApplication.focusWidget()


def type_nik(qtbot, screen, nik):
    with qtbot.waitSignal(screen.assessed, timeout=3000):
        qtbot.keyClicks(screen.ui.nikEdit, nik)


def tab(qtbot):
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def reason(screen, rule):
    return screen.panel.rows[rule].reason.text(), screen.panel.rows[rule].outcome


def test_typing_a_nik_fills_the_form_from_dtsen(qtbot, screen, people):
    row = people.eligible
    type_nik(qtbot, screen, row[0])
    ui = screen.ui
    assert ui.nameEdit.text() == row[2]
    assert ui.kkEdit.text() == row[1]
    assert ui.addressEdit.text() == row[5]
    assert (ui.rtEdit.text(), ui.rwEdit.text()) == (row[6], row[7])
    assert screen.kelurahan_code() == row[8]
    assert ui.birthDateEdit.text() == nik_birth_date(row[0], TODAY)[0].strftime("%d-%m-%Y")
    assert ui.sexEdit.text() == ("Perempuan" if row[4] == "P" else "Laki-laki")
    assert ui.desilBadge.text() == f"Desil {row[9]} · PRIORITAS"
    assert screen.panel.priority_badge.isVisibleTo(screen)
    assert screen.panel.quota_label.text() == "Kuota terpakai kantor ini: 0 dari 11.666"


def test_keyboard_only_registration_submits_and_clears_for_the_next_worker(
    qtbot, screen, people, opened_store, petugas
):
    row = people.eligible
    type_nik(qtbot, screen, row[0])
    assert not screen.ui.submitButton.isEnabled()  # occupation and consent still missing
    order = []
    tab(qtbot)
    while focused() is not screen.ui.phoneEdit:
        order.append(focused().objectName())
        tab(qtbot)
    assert order == ["nameEdit", "kkEdit", "addressEdit", "rtEdit", "rwEdit", "kelurahanCombo"]
    qtbot.keyClicks(focused(), "0812-3456-7890")
    tab(qtbot)
    assert focused() is screen.ui.occupation1Combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # first category: Pengemudi ojek online
    tab(qtbot)
    tab(qtbot)
    assert focused() is screen.ui.incomeSpin
    assert screen.ui.incomeSpin.text() == "Rp 1.000.000"
    tab(qtbot)
    assert focused() is screen.ui.consentCheck
    with qtbot.waitSignal(screen.assessed):
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert screen.ui.submitButton.isEnabled()
    assert screen.panel.verdict_label.text() == "Memenuhi syarat"
    assert screen.panel.premium_label.text().startswith("Iuran Rp16.800/bulan dibayar Pemkot")

    with qtbot.waitSignal(screen.saved, timeout=5000) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    reg_id, status = saved.args
    assert status == "submitted"
    detail = get_registration(opened_store, petugas, reg_id)
    assert detail.data.phone == "+6281234567890"
    assert detail.data.occupations == ("OJOL",)
    assert screen.ui.nikEdit.text() == "" and screen.ui.nameEdit.text() == ""
    assert focused() is screen.ui.nikEdit
    assert screen.ui.statusLabel.text().startswith("Diajukan untuk verifikasi")
    assert screen.panel.quota_label.text() == "Kuota terpakai kantor ini: 1 dari 11.666"


def test_consent_unchecked_blocks_submission(qtbot, screen, people):
    type_nik(qtbot, screen, people.eligible[0])
    with qtbot.waitSignal(screen.assessed):
        screen.ui.occupation1Combo.setCurrentIndex(1)
    assert not screen.ui.submitButton.isEnabled()
    screen.ui.nameEdit.setFocus()
    qtbot.keyClick(screen.ui.nameEdit, Qt.Key.Key_Return)  # Enter: nothing saved, reasons shown
    assert screen.error_text_for("consent") == (
        "Persetujuan pekerja wajib dicentang sebelum disimpan."
    )
    assert focused() is screen.ui.consentCheck


@pytest.mark.parametrize(
    ("who", "rule", "expected"),
    [
        ("desil_out", "dtsen", "Desil 7: di luar desil 1–5"),
        ("too_old", "age", "Usia {age} tahun: batas 65"),
        ("not_in_dtsen", "dtsen", "Tidak ada di DTSEN: perbarui data di kelurahan/kecamatan"),
        ("outside", "residence", f"Alamat di luar Kota Bekasi (kode wilayah {OUTSIDE})"),
        ("covered", "coverage", "Sudah terdaftar sebagai peserta (daftar cakupan)"),
    ],
)
def test_each_failure_is_explained_and_blocks_submission(
    qtbot, screen, people, who, rule, expected
):
    person = getattr(people, who)
    nik = person if isinstance(person, str) else person[0]
    type_nik(qtbot, screen, nik)
    with qtbot.waitSignal(screen.assessed):
        screen.ui.occupation1Combo.setCurrentIndex(1)
    with qtbot.waitSignal(screen.assessed):
        screen.ui.consentCheck.setChecked(True)
    text, outcome = reason(screen, rule)
    assert outcome == "fail"
    assert text.startswith(expected.format(age=_age(nik)))
    assert screen.panel.verdict_label.text().startswith("Tidak memenuhi syarat")
    assert not screen.ui.submitButton.isEnabled()


def test_not_loaded_dtsen_says_where_to_import(qtbot, opened_store, petugas):
    widget = RegistrationScreen(opened_store, petugas)
    qtbot.addWidget(widget)
    widget.typing_pause.setInterval(0)
    with qtbot.waitSignal(widget.assessed):
        qtbot.keyClicks(widget.ui.nikEdit, "3275014101900001")
    assert reason(widget, "dtsen") == (
        "Belum ada data DTSEN di kantor ini (impor di Data Referensi)",
        "cannot_check",
    )


def test_duplicate_nik_shows_the_existing_registration(qtbot, screen, people):
    type_nik(qtbot, screen, people.eligible[0])
    with qtbot.waitSignal(screen.saved):
        screen.ui.consentCheck.setChecked(True)
        screen.ui.occupation1Combo.setCurrentIndex(2)
        screen.save_draft()
    assert screen.ui.statusLabel.text().startswith("Tersimpan sebagai draf")
    type_nik(qtbot, screen, people.eligible[0])
    assert screen.ui.duplicateFrame.isVisibleTo(screen)
    assert screen.ui.duplicateLabel.text() == "NIK ini sudah terdaftar di kantor ini, status: Draf."
    assert reason(screen, "duplicate")[1] == "fail"
    with qtbot.waitSignal(screen.open_existing) as opened:
        qtbot.mouseClick(screen.ui.openExistingButton, Qt.MouseButton.LeftButton)
    assert opened.args[0] == screen.lookup.registration_id
    assert screen.edit(opened.args[0])
    assert screen.ui.nameEdit.text() == people.eligible[2]
    assert not screen.ui.duplicateFrame.isVisibleTo(screen)


def test_bad_phone_gets_an_error_next_to_it_while_typing(qtbot, screen, people):
    type_nik(qtbot, screen, people.eligible[0])
    with qtbot.waitSignal(screen.assessed):
        qtbot.keyClicks(screen.ui.phoneEdit, "0841234567")
    assert screen.error_text_for("phone").startswith("Ini bukan nomor HP")
    assert screen.error_text_for("full_name") == ""
    with qtbot.waitSignal(screen.assessed):
        screen.ui.phoneEdit.clear()
        qtbot.keyClicks(screen.ui.phoneEdit, "081234567890")
    assert screen.error_text_for("phone") == ""


def test_escape_asks_before_clearing_a_filled_form(qtbot, screen, people):
    type_nik(qtbot, screen, people.eligible[0])
    qtbot.keyClick(screen.ui.nameEdit, Qt.Key.Key_Escape)
    assert screen.questions == ["Bersihkan formulir? Data yang sudah diketik hilang."]
    assert screen.ui.nikEdit.text() == ""
    qtbot.keyClick(screen.ui.nikEdit, Qt.Key.Key_Escape)
    assert len(screen.questions) == 1  # nothing to lose: no question


def test_referral_slip_pdf_masks_the_nik(qtbot, screen, people, tmp_path):
    row = people.desil_out
    type_nik(qtbot, screen, row[0])
    assert screen.panel.referral_button.isVisibleTo(screen)
    target = tmp_path / "rujukan.pdf"
    screen._ask_pdf_path = lambda: target
    with qtbot.waitSignal(screen.slip_printed, timeout=5000):
        qtbot.mouseClick(screen.panel.referral_button, Qt.MouseButton.LeftButton)
    pdf = pypdfium2.PdfDocument(target)
    text = pdf[0].get_textpage().get_text_range()
    assert mask_nik(row[0]) in text
    assert row[0] not in text
    assert "desil 7" in text
    kelurahan = kelurahan_by_code(row[8])
    assert kelurahan is not None and kelurahan.name in text
    pdf.close()


def test_eligible_worker_has_no_referral_button(qtbot, screen, people):
    type_nik(qtbot, screen, people.eligible[0])
    assert not screen.panel.referral_button.isVisibleTo(screen)


def test_the_panel_names_the_rules_version_and_newer_settings_judge_the_form_once_shown_again(
    qtbot, screen, people, opened_store, admin_session, secret_store, tmp_path
):
    rules = rules_in_force(opened_store)
    assert screen.panel.rules_label.text() == (
        f"Aturan program versi 1 (berlaku sejak {local_date(rules.since)})"
    )
    type_nik(qtbot, screen, people.eligible[0])
    with qtbot.waitSignal(screen.assessed):
        screen.ui.occupation1Combo.setCurrentIndex(screen.ui.occupation1Combo.findData("OJOL"))
    with qtbot.waitSignal(screen.assessed):
        screen.ui.consentCheck.setChecked(True)
    assert screen.can_submit()

    # Sinkronisasi imports the hub's version 2, which no longer covers online drivers.
    hub = trust_hub(opened_store, admin_session, tmp_path / "hub.json")
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    v2 = ProgramConfig(categories=("PKL", "UMKM", "NELAYAN"), version=2)
    package = tmp_path / "pengaturan.ucjsync"
    package.write_bytes(build_settings(hub, enrollment, v2))
    done = import_settings(opened_store, admin_session, secret_store, package)
    screen.refresh()  # what the main window does when the form is shown again

    assert screen.panel.rules_label.text() == (
        f"Aturan program versi 2 (berlaku sejak {local_date(done.in_force_from)})"
    )
    combo = screen.ui.occupation1Combo
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    assert offered == ["PKL", "UMKM", "NELAYAN", "OJOL"]  # the chosen one kept, to be refused
    assert combo.currentData() == "OJOL"
    assert reason(screen, Rule.OCCUPATION)[1] == "fail"
    assert not screen.can_submit()
    with qtbot.waitSignal(screen.assessed):
        combo.setCurrentIndex(combo.findData("PKL"))
    assert screen.can_submit()
    with qtbot.waitSignal(screen.saved, timeout=10_000) as saved:
        screen.submit()
    with opened_store.transaction() as tx:
        assert tx.get(Registration, saved.args[0]).config_version == 2
