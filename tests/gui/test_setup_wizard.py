"""First run: the wizard creates the encrypted store and shows the recovery code once."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ucj_desktop.gui.setup_wizard import SetupWizard
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.store_key import load_store_key
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.store.manifest import read_manifest


def _fill_admin(qtbot, wizard: SetupWizard, password: str, repeat: str | None = None) -> None:
    page = wizard.admin_page
    for edit in (page.username, page.full_name, page.password, page.repeat):
        edit.clear()
    qtbot.keyClicks(page.username, "siti")
    qtbot.keyClicks(page.full_name, "Siti Aminah")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.repeat, repeat if repeat is not None else password)


def _pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_wizard_creates_store_admin_and_shows_a_working_recovery_code(
    qtbot, store_paths, secret_store, tmp_path
):
    wizard = SetupWizard(store_paths, secret_store)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.office_page.combo
    index = combo.findData("32.75.03.1002")
    assert index >= 0
    combo.setCurrentIndex(index)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page

    _fill_admin(qtbot, wizard, "sandi-kuat-2026", repeat="sandi-lain-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page  # mismatch: stays, says why
    assert wizard.admin_page.error.text()
    assert not store_paths.manifest.exists()

    _fill_admin(qtbot, wizard, "pendek")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert "8" in wizard.admin_page.error.text()
    assert not store_paths.manifest.exists()

    _fill_admin(qtbot, wizard, "sandi-kuat-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    opened = wizard.opened
    assert opened is not None
    assert read_manifest(store_paths.manifest).office_code == "32.75.03.1002"

    shown = wizard.recovery_page.code.text().replace("\n", "-").replace("  ", "-")
    key = decode_recovery_code(shown)
    assert load_store_key(secret_store, opened.manifest.store_id) == key

    # Finish stays disabled, and Esc does not close the wizard, until the code is kept.
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()

    pdf_path = tmp_path / "kode.pdf"
    wizard.ask_pdf_path = lambda: pdf_path
    wizard.recovery_page.save_button.click()
    text = _pdf_text(pdf_path)
    groups = shown.split("-")
    assert all(group in text for group in groups)
    assert "Kode Pemulihan" in text
    assert str(pdf_path) in wizard.recovery_page.saved_label.text()

    wizard.recovery_page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted.value

    who = sign_in(opened, "siti", "sandi-kuat-2026")
    assert who.full_name == "Siti Aminah"
    assert opened.device_fingerprint()
    opened.close()
