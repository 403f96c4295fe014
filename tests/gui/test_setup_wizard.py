"""First run: the keyring is asked first, the office is chosen (never preselected), the wizard
creates the encrypted store and shows the recovery code once, in the printed sheet's lines."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.support.clipping import clipped_texts
from ucj_desktop.gui.setup_wizard import SetupWizard
from ucj_desktop.paths import resources
from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.security.secrets import SecretStore
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
    qtbot.waitExposed(wizard)
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

    screen_lines = [line.split() for line in wizard.recovery_page.code.label.text().split("\n")]
    assert [len(line) for line in screen_lines] == [4, 4, 4, 2]  # the sheet's lines
    shown = "-".join(group for line in screen_lines for group in line)
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
    groups = set(shown.split("-"))
    printed_lines = [
        line.split() for line in text.splitlines() if line.split() and set(line.split()) <= groups
    ]
    assert printed_lines == screen_lines  # the same groups on the same lines as on screen
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


def _styled(wizard: SetupWizard) -> SetupWizard:
    """The wizard with the app's stylesheet (make_application sets it on the whole app)."""
    wizard.setStyleSheet((resources() / "styles" / "app.qss").read_text(encoding="utf-8"))
    return wizard


def _clipped(wizard: SetupWizard) -> list[str]:
    """What the shared checker finds cut on the wizard's page now (tests/support/clipping.py)."""
    return [str(clip) for clip in clipped_texts(wizard)]


def _save_page(wizard: SetupWizard, folder: Path, name: str) -> None:
    """The page as a PNG in the test's own folder (to be looked at; never in the repo)."""
    out = folder / "screens"
    out.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(out / f"{name}.png"))


def test_with_no_keyring_the_first_page_says_so_in_full_and_asks_nothing(
    qtbot, store_paths, tmp_path, caplog
):
    wizard = _styled(SetupWizard(store_paths, SecretStore(fail.Keyring())))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.keyring_page
    text = wizard.keyring_page.explanation.text()
    # The backend's class name goes to the log for IT, not onto the officer's page.
    assert "keyring.backends.fail.Keyring" not in text
    assert "keyring.backends.fail.Keyring" in caplog.text
    for where in ("Windows", "Linux", "macOS", "gnome-keyring"):
        assert where in text
    assert _clipped(wizard) == []
    _save_page(wizard, tmp_path, "setup-keyring")
    # Lanjut stays off; asking anyway does not reach the office page, nothing is made.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.keyring_page
    assert not store_paths.root.exists()


def test_a_usable_keyring_starts_at_the_office_page_with_no_office_chosen(
    qtbot, store_paths, secret_store, tmp_path
):
    wizard = _styled(SetupWizard(store_paths, secret_store))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.office_page
    assert wizard.currentPage() is page
    assert page.combo.currentText() == ""
    assert page.office_code() is None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the admin who just clicks Lanjut
    wizard.next()
    assert wizard.currentPage() is page
    # Part of a name is not a choice yet; the whole entry from the list is.
    page.combo.setEditText("Bekasi")  # typed, and the list not yet chosen from
    assert not next_button.isEnabled()
    page.combo.setCurrentIndex(page.combo.findData("32.75.01.1001"))
    assert page.office_code() == "32.75.01.1001"
    assert next_button.isEnabled()
    assert _clipped(wizard) == []
    _save_page(wizard, tmp_path, "setup-office")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert not store_paths.root.exists()


def test_every_page_fits_at_the_size_the_wizard_opens(qtbot, store_paths, secret_store, tmp_path):
    wizard = _styled(SetupWizard(store_paths, secret_store))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.office_page.combo.setCurrentIndex(wizard.office_page.combo.findData("32.75.03.1002"))
    wizard.next()
    _fill_admin(qtbot, wizard, "sandi-kuat-2026", repeat="beda-sandinya-2026")
    wizard.next()  # refused: the error line must show whole
    assert wizard.admin_page.error.text()
    assert _clipped(wizard) == []
    _save_page(wizard, tmp_path, "setup-admin")
    _fill_admin(qtbot, wizard, "sandi-kuat-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert _clipped(wizard) == []
    _save_page(wizard, tmp_path, "setup-recovery-code")
    assert wizard.opened is not None
    wizard.opened.close()
