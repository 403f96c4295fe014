"""Sign-in, lockout, forced password change and the idle lock, on a real encrypted store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.login import LAST_USER_KEY, ChangePasswordDialog, LoginDialog
from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.services.accounts import add_officer, sign_in
from ucj_desktop.services.demo import DEMO_PASSWORD

ADMIN, ADMIN_PASSWORD = "admin", "admin-pass-123"  # as made by the opened_store fixture


def _type_and_submit(qtbot, dialog: LoginDialog, username: str | None, password: str) -> None:
    if username is not None:
        dialog.ui.usernameEdit.clear()
        qtbot.keyClicks(dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def test_correct_password_signs_in_and_remembers_only_the_user_name(
    qtbot, opened_store, gui_settings, tmp_path
):
    dialog = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert dialog.result() == dialog.DialogCode.Accepted.value
    assert dialog.officer_session is not None
    assert Role.ADMIN in dialog.officer_session.roles
    assert gui_settings.value(LAST_USER_KEY) == ADMIN
    gui_settings.sync()
    assert ADMIN_PASSWORD not in (tmp_path / "gui.ini").read_text()

    again = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(again)
    assert again.ui.usernameEdit.text() == ADMIN
    assert again.ui.passwordEdit.text() == ""


def test_wrong_password_shows_the_error_and_keeps_the_dialog_open(
    qtbot, opened_store, gui_settings
):
    dialog = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, ADMIN, "not-the-password")
    assert dialog.isVisible()
    assert dialog.officer_session is None
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text()
    assert dialog.ui.passwordEdit.text() == ""  # cleared for the next try


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(
    qtbot, opened_store, gui_settings
):
    dialog = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        _type_and_submit(qtbot, dialog, ADMIN, "wrong-password")
    assert "15" in dialog.ui.errorLabel.text()
    _type_and_submit(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert dialog.officer_session is None
    assert "15" in dialog.ui.errorLabel.text()


def test_new_account_must_change_its_temporary_password_before_working(
    qtbot, opened_store, admin_session, gui_settings
):
    _info, temporary = add_officer(
        opened_store, admin_session, "rina", "Rina Petugas", frozenset({Role.PETUGAS})
    )
    dialog = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(dialog)
    seen: list[ChangePasswordDialog] = []

    def drive(change: ChangePasswordDialog) -> int:
        # The real dialog, filled and confirmed by keyboard instead of a modal event loop.
        seen.append(change)
        assert change.ui.currentEdit.text() == temporary
        qtbot.keyClicks(change.ui.newEdit, "rina-baru-2026")
        qtbot.keyClicks(change.ui.repeatEdit, "rina-baru-2026")
        change.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return change.result()

    dialog._run_change_password = drive
    dialog.show()
    _type_and_submit(qtbot, dialog, "rina", temporary)
    assert seen, "the forced change dialog was not shown"
    assert dialog.officer_session is not None
    assert dialog.officer_session.must_change_password is False
    # The temporary password no longer works; the new one does.
    second = LoginDialog(opened_store, gui_settings)
    qtbot.addWidget(second)
    second.show()
    _type_and_submit(qtbot, second, "rina", temporary)
    assert second.officer_session is None
    _type_and_submit(qtbot, second, None, "rina-baru-2026")
    assert second.officer_session is not None


def test_forced_change_rejects_a_short_password_and_mismatched_repeat(
    qtbot, opened_store, admin_session
):
    _info, temporary = add_officer(
        opened_store, admin_session, "budi", "Budi", frozenset({Role.PETUGAS})
    )
    from ucj_desktop.services.accounts import sign_in

    who = sign_in(opened_store, "budi", temporary)
    change = ChangePasswordDialog(opened_store, who, forced=True)
    qtbot.addWidget(change)
    change.show()
    qtbot.keyClicks(change.ui.currentEdit, temporary)
    qtbot.keyClicks(change.ui.newEdit, "short")
    qtbot.keyClicks(change.ui.repeatEdit, "short")
    change.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert change.isVisible() and change.updated is None
    assert "8" in change.ui.errorLabel.text()
    change.ui.newEdit.setText("long-enough-1")
    change.ui.repeatEdit.setText("long-enough-2")
    change.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert change.isVisible() and change.updated is None


def test_idle_window_locks_hides_data_and_unlocks_with_the_same_password(
    qtbot, opened_store, admin_session, gui_settings
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    window.show()
    content = window.centralWidget()
    window.show_screen("audit")
    window.idle.set_timeout_ms(50)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked
    assert window.centralWidget() is not content  # data covered while locked
    assert content.isVisibleTo(window) is False

    lock = window.lock_dialog
    assert lock is not None and lock.ui.usernameEdit.isReadOnly()
    _type_and_submit(qtbot, lock, None, "wrong-password")
    assert window.is_locked
    with qtbot.waitSignal(window.unlocked, timeout=3000):
        _type_and_submit(qtbot, lock, None, ADMIN_PASSWORD)
    # The very same content comes back, on the screen the officer left.
    assert window.centralWidget() is content
    assert window.current_screen_key() == "audit"


def test_ctrl_l_locks_at_once(qtbot, opened_store, admin_session, gui_settings):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.locked, timeout=3000):
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    window.lock_dialog.done(0)  # Keluar aplikasi: the window closes


def _hint_when_locked(qtbot, window: MainWindow) -> str:
    assert window.is_locked and window.lock_dialog is not None
    hint = window.lock_dialog.ui.hintLabel
    assert hint.isVisible()
    return hint.text()


def test_the_unlock_prompt_says_why_the_window_locked(
    qtbot, opened_store, admin_session, gui_settings
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.locked, timeout=3000):
        window.findChild(QPushButton, "lockButton").click()  # the officer locks it
    manual = _hint_when_locked(qtbot, window)
    assert "Anda mengunci layar" in manual and "tidak ada aktivitas" not in manual
    with qtbot.waitSignal(window.unlocked, timeout=3000):
        _type_and_submit(qtbot, window.lock_dialog, None, ADMIN_PASSWORD)

    window.idle.set_timeout_ms(50)  # then nobody touches it
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    idle = _hint_when_locked(qtbot, window)
    assert "tidak ada aktivitas" in idle and "Anda mengunci layar" not in idle
    window.lock_dialog.done(0)


def _banners(window: MainWindow) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(QLabel, "demoBanner")
        if label.isVisibleTo(window) and "DEMO" in label.text()
    ]


def _locked(qtbot, opened, who, settings) -> MainWindow:
    """A shown window, locked by its officer, its cover on screen."""
    window = MainWindow(opened, who, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.locked, timeout=3000):
        window.lock()
    qtbot.waitUntil(window.centralWidget().isVisible)  # Qt shows the cover from its loop
    return window


def test_a_demo_window_keeps_its_demo_banner_while_locked(qtbot, demo_store, gui_settings):
    window = _locked(qtbot, demo_store, sign_in(demo_store, "admin", DEMO_PASSWORD), gui_settings)
    shown = _banners(window)
    assert shown and all(window.centralWidget().isAncestorOf(b) for b in shown)
    window.lock_dialog.done(0)


def test_a_real_window_shows_no_demo_banner_while_locked(
    qtbot, opened_store, admin_session, gui_settings
):
    window = _locked(qtbot, opened_store, admin_session, gui_settings)
    assert not _banners(window)
    window.lock_dialog.done(0)
