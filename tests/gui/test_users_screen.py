"""The officer accounts screen and its dialogs, driven like an admin would, on a real store.

Modal boxes are answered by replacing the screen's ``_confirm`` / ``_warn`` / ``_show_password``
on the instance; everything else (services, store, models, dialogs) is the real thing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.models.officers import OfficerTableModel
from ucj_desktop.gui.screens.users import TemporaryPasswordDialog, UsersScreen
from ucj_desktop.gui.text.error_text import code_text, error_text
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.services.accounts import (
    add_officer,
    change_password,
    list_officers,
    sign_in,
)
from ucj_desktop.store.errors import Problem, StoreError

ADMIN_PASSWORD = "admin-pass-123"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def admin(opened_store):
    return sign_in(opened_store, "admin", ADMIN_PASSWORD)


@pytest.fixture
def screen(qtbot, opened_store, admin):
    widget = UsersScreen(opened_store, admin)
    qtbot.addWidget(widget)
    widget.warnings = []
    widget._warn = widget.warnings.append
    widget._confirm = lambda text, action: pytest.fail(f"unexpected question: {text}")
    widget._show_password = lambda info, password: pytest.fail("unexpected password box")
    return widget


def _click(qtbot, screen, button):
    """Click, then wait for the account change the click started (an operation) to end."""
    button.click()
    qtbot.waitUntil(lambda: screen.task is None, timeout=20_000)


def _status(screen, username):
    return screen.model.index(screen.model.row_of(username), OfficerTableModel.COL_STATUS).data()


def _officer(opened, admin, username):
    return next(o for o in list_officers(opened, admin) if o.username == username)


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_officer_added_through_the_dialog_is_listed_and_must_change_password(
    qtbot, screen, opened_store
):
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.add_button, LEFT)
    dialog = screen.officer_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    shown = []
    dialog._show_password = lambda info, password: shown.append((info.username, password))

    qtbot.keyClicks(dialog.ui.usernameEdit, "siti.aminah")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Siti Aminah")
    qtbot.mouseClick(dialog.ui.verifikatorCheck, LEFT)
    with qtbot.waitSignal(screen.officers_changed):
        qtbot.mouseClick(_ok(dialog), LEFT)

    assert _status(screen, "siti.aminah") == "Wajib ganti sandi"
    assert screen.selected_officer().username == "siti.aminah"
    assert screen.selected_officer().roles == {Role.PETUGAS, Role.VERIFIKATOR}
    assert screen.count_label.text() == "2 petugas"
    # The temporary password is shown exactly once, and it works with a forced change.
    [(username, password)] = shown
    assert username == "siti.aminah"
    assert sign_in(opened_store, "siti.aminah", password).must_change_password is True


def test_enter_in_the_dialog_saves(qtbot, screen, opened_store, admin):
    dialog = screen.add_officer()
    dialog._show_password = lambda info, password: None
    qtbot.keyClicks(dialog.ui.usernameEdit, "budi")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Budi Santoso")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.fullNameEdit, Qt.Key.Key_Return)
    assert _officer(opened_store, admin, "budi").roles == {Role.PETUGAS}  # the default role
    assert screen.model.row_of("budi") is not None


def test_bad_user_name_is_shown_under_the_field_and_adds_nobody(qtbot, screen, opened_store, admin):
    dialog = screen.add_officer()
    dialog._show_password = lambda info, password: pytest.fail("nothing was created")
    qtbot.keyClicks(dialog.ui.usernameEdit, "siti aminah")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Siti Aminah")
    qtbot.mouseClick(_ok(dialog), LEFT)

    assert dialog.isVisible()
    assert dialog.ui.usernameError.isVisible()
    assert dialog.ui.usernameError.text() == error_text(DomainError("username.invalid"))
    assert dialog.ui.fullNameError.isHidden()
    assert dialog.focusWidget() is dialog.ui.usernameEdit
    assert [o.username for o in list_officers(opened_store, admin)] == ["admin"]
    assert screen.model.rowCount() == 1

    # Typing again clears the message; a good name then saves.
    dialog.ui.usernameEdit.selectAll()
    qtbot.keyClicks(dialog.ui.usernameEdit, "siti.aminah")
    assert dialog.ui.usernameError.isHidden()
    dialog._show_password = lambda info, password: None
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), LEFT)
    assert screen.model.row_of("siti.aminah") is not None


def test_each_missing_field_is_named_under_its_own_field(qtbot, screen):
    dialog = screen.add_officer()
    qtbot.keyClicks(dialog.ui.usernameEdit, "rina")
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert dialog.ui.fullNameError.text() == error_text(DomainError("officer.full_name_empty"))

    qtbot.keyClicks(dialog.ui.fullNameEdit, "Rina")
    dialog.ui.petugasCheck.setChecked(False)
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert dialog.ui.fullNameError.isHidden()
    assert dialog.ui.rolesError.text() == error_text(DomainError("role.none"))
    assert dialog.isVisible()


def test_taken_user_name_is_refused_in_the_dialog(qtbot, screen):
    dialog = screen.add_officer()
    qtbot.keyClicks(dialog.ui.usernameEdit, "Admin")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Admin Kedua")
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert dialog.ui.usernameError.text() == error_text(DomainError("officer.exists"))


def test_disable_then_enable_an_officer(qtbot, screen, opened_store, admin):
    add_officer(opened_store, admin, "budi", "Budi Santoso", frozenset({Role.PETUGAS}))
    screen.refresh()
    asked = []
    screen._confirm = lambda text, action: asked.append((text, action)) or True

    assert screen.select_username("budi")
    assert screen.toggle_button.text() == "&Nonaktifkan"
    _click(qtbot, screen, screen.toggle_button)
    assert _officer(opened_store, admin, "budi").disabled is True
    assert _status(screen, "budi") == "Nonaktif"
    assert screen.toggle_button.text() == "&Aktifkan"
    assert screen.count_label.text() == "2 petugas, 1 nonaktif"
    assert "budi" in asked[0][0]

    _click(qtbot, screen, screen.toggle_button)
    assert _officer(opened_store, admin, "budi").disabled is False
    assert _status(screen, "budi") == "Wajib ganti sandi"
    assert [action for _text, action in asked] == ["Nonaktifkan", "Aktifkan"]
    assert screen.warnings == []


def test_declining_the_question_changes_nothing(qtbot, screen, opened_store, admin):
    add_officer(opened_store, admin, "budi", "Budi Santoso", frozenset({Role.PETUGAS}))
    screen.refresh()
    screen._confirm = lambda text, action: False
    screen.select_username("budi")
    _click(qtbot, screen, screen.toggle_button)
    _click(qtbot, screen, screen.reset_button)
    assert _officer(opened_store, admin, "budi").disabled is False
    assert _status(screen, "budi") == "Wajib ganti sandi"


def test_admin_cannot_disable_themselves(qtbot, screen, opened_store, admin):
    screen._confirm = lambda text, action: True
    screen.select_username("admin")
    _click(qtbot, screen, screen.toggle_button)
    assert screen.warnings == [error_text(DomainError("officer.cannot_disable_self"))]
    assert _officer(opened_store, admin, "admin").disabled is False
    assert _status(screen, "admin") == "Aktif"


def test_reset_password_gives_a_temporary_password_that_must_be_changed(
    qtbot, screen, opened_store, admin
):
    _info, first = add_officer(opened_store, admin, "rina", "Rina", frozenset({Role.PETUGAS}))
    rina = sign_in(opened_store, "rina", first)
    change_password(opened_store, rina, first, "rina-pass-1")
    screen.refresh()
    assert _status(screen, "rina") == "Aktif"
    shown = []
    screen._confirm = lambda text, action: True
    screen._show_password = lambda info, password: shown.append((info.username, password))

    screen.select_username("rina")
    _click(qtbot, screen, screen.reset_button)

    [(username, temporary)] = shown
    assert username == "rina"
    assert temporary != first
    assert sign_in(opened_store, "rina", temporary).must_change_password is True
    assert _status(screen, "rina") == "Wajib ganti sandi"
    with pytest.raises(DomainError):
        sign_in(opened_store, "rina", "rina-pass-1")


def test_roles_are_changed_through_the_dialog(qtbot, screen, opened_store, admin):
    add_officer(opened_store, admin, "budi", "Budi", frozenset({Role.PETUGAS}))
    screen.refresh()
    screen.select_username("budi")
    qtbot.mouseClick(screen.roles_button, LEFT)
    dialog = screen.officer_dialog
    assert dialog.ui.petugasCheck.isChecked()
    assert not dialog.ui.usernameEdit.isEnabled()
    dialog.ui.adminCheck.setChecked(True)
    with qtbot.waitSignal(screen.officers_changed):
        qtbot.mouseClick(_ok(dialog), LEFT)
    assert _officer(opened_store, admin, "budi").roles == {Role.PETUGAS, Role.ADMIN}
    row = screen.model.row_of("budi")
    assert screen.model.index(row, OfficerTableModel.COL_ROLES).data() == "Petugas, Admin"


def test_last_admin_keeps_the_admin_role(qtbot, screen, opened_store, admin):
    screen.select_username("admin")
    dialog = screen.edit_roles()
    dialog.ui.adminCheck.setChecked(False)
    dialog.ui.petugasCheck.setChecked(True)
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert dialog.isVisible()
    assert dialog.ui.rolesError.text() == error_text(DomainError("officer.last_admin"))
    assert _officer(opened_store, admin, "admin").roles == {Role.ADMIN}


def test_petugas_sees_a_permission_sentence_instead_of_the_list(qtbot, opened_store, admin):
    _info, temporary = add_officer(opened_store, admin, "siti", "Siti", frozenset({Role.PETUGAS}))
    change_password(
        opened_store, sign_in(opened_store, "siti", temporary), temporary, "siti-pass-1"
    )
    petugas = sign_in(opened_store, "siti", "siti-pass-1")

    screen = UsersScreen(opened_store, petugas)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.message_label.text() == error_text(
        DomainError("permission.denied", permission="officer.manage")
    )
    assert "admin" in screen.message_label.text()
    assert not screen.table.isVisible()
    assert screen.model.rowCount() == 0
    assert not screen.add_button.isEnabled()


def test_keyboard_first_the_table_then_mnemonics(qtbot, screen):
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.setFocus()
    # The table is the screen's focus proxy: showing the screen puts the keys in the list.
    assert screen.table.hasFocus()
    assert screen.selected_officer().username == "admin"
    # Alt+T presses "Tambah petugas…" (a mnemonic clicks after a short animation).
    qtbot.keyClick(screen.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.officer_dialog is not None)
    screen.officer_dialog.reject()
    for button in (screen.add_button, screen.toggle_button, screen.reset_button):
        assert "&" in button.text()


def test_temporary_password_box_copies_the_password(qtbot, opened_store, admin):
    info = _officer(opened_store, admin, "admin")
    box = TemporaryPasswordDialog(info, "ABCD-EFGH-JKMN", created=False)
    qtbot.addWidget(box)
    assert box.password_label.text() == "ABCD-EFGH-JKMN"
    assert box.password_label.font().fixedPitch() or box.password_label.font().pointSize() >= 20
    qtbot.mouseClick(box.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH-JKMN"
    assert box.copied_label.text()


# The sentences themselves


ALL_CODES = {
    "permission.denied": {"permission": "officer.manage"},
    "auth.invalid": {},
    "auth.locked": {"minutes": 15},
    "auth.disabled": {},
    "auth.must_change_password": {},
    "officer.exists": {},
    "officer.unknown": {},
    "officer.cannot_disable_self": {},
    "officer.last_admin": {},
    "officer.full_name_empty": {},
    "username.invalid": {},
    "role.none": {},
    "role.unknown": {"role": "kepala"},
    "password.too_short": {"minimum": 8},
    "password.too_long": {"maximum": 256},
    "password.surrounding_space": {},
    "password.unchanged": {},
    "settings.idle_lock_range": {"min": 1, "max": 240},
}


@pytest.mark.parametrize("code", sorted(ALL_CODES))
def test_every_known_code_has_its_own_plain_sentence(code):
    text = error_text(DomainError(code, **ALL_CODES[code]))
    assert text.endswith(".")
    assert code not in text
    for leak in ("{", "}", "?", "DomainError", "Traceback", "values"):
        assert leak not in text


def test_sentences_carry_the_numbers_and_name_the_field():
    assert "15 menit" in code_text("auth.locked", {"minutes": 15})
    assert "5 kali" in code_text("auth.invalid", {})
    assert "8 karakter" in error_text(PasswordPolicyError("password.too_short", minimum=8))
    assert "Nama pengguna" in error_text(DomainError("username.invalid", field="username"))
    assert "Nama lengkap" in error_text(DomainError("officer.full_name_empty"))
    assert "1 dan 240 menit" in code_text("settings.idle_lock_range", {"min": 1, "max": 240})


def test_unknown_code_and_unexpected_errors_never_show_python():
    assert "batch.weird" in error_text(DomainError("batch.weird", field="x", secret=1))
    internal = error_text(RuntimeError("boom <object at 0x7f>"))
    assert "boom" not in internal and "RuntimeError" not in internal
    assert "0x7f" not in error_text(OSError(28, "No space left on device"))


def test_a_full_target_is_a_full_disk_and_a_locked_file_is_about_that_file():
    full = error_text(OSError(28, "No space left on device", "/media/stick/kartu.pdf"))
    assert full == error_text(StoreError(Problem.DISK_FULL))
    # A file the officer picked that cannot be written (open in Excel, a locked stick) is about
    # that file: never "move the data folder".
    locked = error_text(PermissionError(13, "Permission denied", "C:/Data/dtsen.xlsx"))
    assert locked != error_text(StoreError(Problem.READ_ONLY))
    assert "Berkas tidak dapat dibaca atau ditulis" in locked
    assert "Berkas tidak dapat dibaca" in error_text(OSError(2, "No such file", "/x"))
