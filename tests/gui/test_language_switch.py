"""The language switch on real windows over a real store: every open screen changes language at
once, a half-typed registration keeps its values, numbers follow, the choice is the officer's
(kept with the account) and the computer's (the next login), and pseudo-localisation brackets
every word. English comes from a catalog built by Qt's lrelease in the test
(tests/gui/language_support.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.gui.language_support import english_words
from tests.support.offices import OWN
from ucj_desktop.gui.language import apply_language, read_last_language
from ucj_desktop.gui.login import LoginDialog
from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.wording import catalog


@pytest.fixture
def english(tmp_path: Path) -> Iterator[Path]:
    with english_words(tmp_path / "catalog") as folder:
        yield folder


def _settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def _registration(window: MainWindow) -> RegistrationScreen:
    window.show_screen("pendaftaran")
    form = window.screens["pendaftaran"]
    assert isinstance(form, RegistrationScreen)
    return form


def test_a_live_switch_keeps_a_half_typed_form_while_its_words_change(
    qtbot, office, gui_settings, english
):
    window = MainWindow(office.opened, office.petugas, gui_settings)
    qtbot.addWidget(window)
    form = _registration(window)
    nik = office.people[0][0]
    with qtbot.waitSignal(form.assessed):
        form.ui.nikEdit.setText(nik)  # DTSEN fills the name, KK and address
    form.ui.phoneEdit.setText("081234567890")
    form.ui.occupation1Combo.setCurrentIndex(1)
    form.ui.incomeSpin.setValue(1_500_000)
    typed = form.fields.form_input()
    assert form.ui.nameLabel.text() == "Nama &lengkap"
    assert "11.666" in form.panel.quota_label.text()

    with qtbot.waitSignal(window.language_saved):
        window.language_switch.buttons["en"].click()
    _settle()

    assert catalog.language() == "en"
    assert window.screens["pendaftaran"] is form  # the same screen, not built again
    assert form.fields.form_input() == typed  # every value the officer typed or chose
    assert form.ui.nameLabel.text() == "Full &name"
    assert form.ui.submitButton.text() == "&Submit for verification"
    assert form.panel.findChild(type(form.ui.nameLabel), "panelTitle").text() == "Eligibility"
    assert form.panel.quota_label.text() == "Quota used by this office: 0 of 11,666"
    assert form.ui.incomeSpin.text().endswith("1,500,000")
    assert window.ui.navList.item(0).text() == "Home"  # the navigation follows
    assert window.lock_action.text() == "Lock screen"

    window.language_switch.buttons["id"].click()
    _settle()
    assert form.fields.form_input() == typed
    assert form.ui.nameLabel.text() == "Nama &lengkap"
    assert "11.666" in form.panel.quota_label.text()


def test_screens_without_typed_input_are_built_again_in_the_new_language(
    qtbot, office, gui_settings, english
):
    window = MainWindow(office.opened, office.admin, gui_settings)
    qtbot.addWidget(window)
    window.show_screen("pekerja")
    workers = window.screens["pekerja"]
    workers.search_edit.setText("rina")  # a filter: carried over to the new screen
    dashboard = window.screens["beranda"]
    assert "11.666" in window.dashboard.quota_label.text()

    apply_language("en")
    _settle()

    rebuilt = window.screens["pekerja"]
    assert rebuilt is not workers and rebuilt.search_edit.text() == "rina"
    assert window.ui.pages.currentWidget() is rebuilt
    assert "beranda" not in window.screens.built  # dropped; built again when shown
    window.show_screen("beranda")
    assert window.screens["beranda"] is not dashboard
    assert "11,666" in window.dashboard.quota_label.text()


def test_the_officers_choice_survives_signing_out_and_in(qtbot, office, gui_settings, english):
    window = MainWindow(office.opened, office.petugas, gui_settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.language_saved) as saved:
        window.language_switch.buttons["en"].click()
    assert saved.args == [True]
    window.close()
    apply_language("id")  # another officer's Indonesian on this computer meanwhile

    again = sign_in(office.opened, "rina", OWN)
    assert again.language == "en"
    login = LoginDialog(office.opened, gui_settings)
    qtbot.addWidget(login)
    login.ui.usernameEdit.setText("rina")
    login.ui.passwordEdit.setText(OWN)
    login.ok_button.click()
    assert login.officer_session is not None
    assert catalog.language() == "en"  # signed in: the officer's language
    assert read_last_language(Path(gui_settings.fileName()).parent) == "en"


def test_the_login_shows_in_the_language_last_used_on_this_computer(
    qtbot, office, tmp_path, english
):
    settings = QSettings(str(tmp_path / "computer" / "gui.ini"), QSettings.Format.IniFormat)
    (tmp_path / "computer").mkdir()
    login = LoginDialog(office.opened, settings)
    qtbot.addWidget(login)
    login.ui.usernameEdit.setText("half-typed")
    assert login.switch is not None and login.ok_button.text() == "Masuk"
    login.switch.buttons["en"].click()
    _settle()
    assert login.ok_button.text() == "Sign in"  # at once, what was typed kept
    assert login.ui.usernameEdit.text() == "half-typed"
    assert login.ui.usernameLabel.text() == "&User name"
    login.close()

    apply_language("id")
    # The next start on this computer: the login in the language last used.
    apply_language(read_last_language(tmp_path / "computer"))
    next_login = LoginDialog(office.opened, settings)
    qtbot.addWidget(next_login)
    assert next_login.ok_button.text() == "Sign in"
    assert next_login.switch is not None and next_login.switch.buttons["en"].isChecked()


def test_pseudo_localisation_brackets_and_lengthens_every_word(qtbot, office, gui_settings):
    try:
        apply_language("id", pseudo=True)
        window = MainWindow(office.opened, office.petugas, gui_settings)
        qtbot.addWidget(window)
        home = window.ui.navList.item(0).text()
        assert home == catalog.lengthened("Beranda")
        assert home.startswith("[Beranda") and home.endswith("]") and len(home) > 10
        form = _registration(window)
        label = form.ui.nameLabel.text()
        assert label == catalog.lengthened("Nama &lengkap") and label.startswith("[Nama &l")
    finally:
        apply_language("id")
    _settle()
    assert window.ui.navList.item(0).text() == "Beranda"


def test_a_language_clicked_on_the_login_is_kept_with_the_account(
    qtbot, office, tmp_path, english, gui_settings
):
    """An officer whose account says Indonesian clicks English on the login and signs in:
    the screens stay English, and the account keeps English for the next sign-in."""
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    login = LoginDialog(office.opened, settings)
    qtbot.addWidget(login)
    login.switch.buttons["en"].click()
    login.ui.usernameEdit.setText(office.petugas.username)
    login.ui.passwordEdit.setText(OWN)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        login.ok_button.click()
    assert catalog.language() == catalog.ENGLISH
    window = MainWindow(office.opened, login.officer_session, gui_settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.language_saved, timeout=10_000) as saved:
        pass
    assert saved.args == [True]
    assert sign_in(office.opened, office.petugas.username, OWN).language == "en"
    apply_language("id")
