"""Sign-in, the forced password change, and the unlock prompt after the idle lock.

At start-up the login shows before the store's database is open (gui/store_opening.py): this
module imports no service at load time (SQLAlchemy and the models come with them), and the
sign-in waits for the opening, which starts once the login has been painted.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from ucj_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from ucj_desktop.gui.language import (
    apply_language,
    choose_at_login,
    language_folder,
    remember_language,
)
from ucj_desktop.gui.store_opening import StoreOpening
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.widgets.language_switch import LanguageSwitch
from ucj_desktop.security.password_policy import PasswordPolicyError
from ucj_desktop.wording import catalog

if TYPE_CHECKING:
    from ucj_desktop.hub.desk import HubDesk
    from ucj_desktop.services.accounts import OfficerSession
    from ucj_desktop.services.store_access import OpenStore

# A store an officer signs in to: an office's, or the city hub's desk (hub/desk.py), whose
# operators have the same accounts (services/accounts.py runs on either).
SignInStore: TypeAlias = "OpenStore | HubDesk"

LAST_USER_KEY = "login/last_username"


UiT = TypeVar("UiT", Ui_ChangePasswordDialog, Ui_LoginDialog)


class LockCause(Enum):
    """Why the window is locked: the unlock prompt says which."""

    IDLE = "idle"  # nobody touched keyboard or mouse for the idle-lock minutes
    MANUAL = "manual"  # the officer locked it (Kunci layar, Ctrl+L)


class _PasswordPrompt(QDialog, Generic[UiT]):
    """What the sign-in and password-change dialogs share: a generated form ``ui`` with an
    ``errorLabel`` (hidden until _show_error) and an OK/Cancel ``buttons`` box whose OK is the
    default button and runs _submit()."""

    def __init__(self, ui: UiT, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui: UiT = ui
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.ui.errorLabel.hide()
        self.ok_button: QPushButton = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.ui.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _submit(self) -> None:
        raise NotImplementedError


class ChangePasswordDialog(_PasswordPrompt[Ui_ChangePasswordDialog]):
    """The officer's own password change; ``forced`` at first sign-in (cannot be skipped)."""

    def __init__(
        self, opened: SignInStore, who: OfficerSession, forced: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(Ui_ChangePasswordDialog(), parent)
        self.opened = opened
        self.who = who
        self.updated: OfficerSession | None = None
        if not forced:
            self.ui.introLabel.setText(self.tr("Ganti kata sandi Anda."))
        self.ok_button.setText(self.tr("Simpan"))
        self.cancel_button.setText(self.tr("Batal"))

    def _submit(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self._show_error(self.tr("Kata sandi baru dan ulangannya berbeda."))
            self.ui.repeatEdit.setFocus()
            return
        from ucj_desktop.services.accounts import change_password

        try:
            self.updated = change_password(self.opened, self.who, self.ui.currentEdit.text(), new)
        except (DomainError, PasswordPolicyError) as exc:
            self._show_error(error_text(exc))
            return
        self.accept()


class LoginDialog(_PasswordPrompt[Ui_LoginDialog]):
    """Ask for user name and password; ``unlock_for`` fixes the user (unlocking the window,
    locked for ``cause``). ``store`` is the open store, or at start-up the store still being
    opened: its opening starts once this dialog has been painted, and signing in waits for it.
    ``retitled`` after its words are set (again after a language change: the hub's desk says
    its own name over them)."""

    retitled = Signal()

    def __init__(
        self,
        store: SignInStore | StoreOpening,
        settings: QSettings,
        unlock_for: OfficerSession | None = None,
        parent: QWidget | None = None,
        cause: LockCause = LockCause.IDLE,
    ) -> None:
        super().__init__(Ui_LoginDialog(), parent)
        self.store = store
        self.settings = settings
        self.unlock_for = unlock_for
        self.officer_session: OfficerSession | None = None
        self._chosen_here: str | None = None  # the language clicked on this login
        self.cause = cause
        self.switch: LanguageSwitch | None = None
        self._set_texts()
        if unlock_for is not None:
            self.ui.usernameEdit.setText(unlock_for.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.passwordEdit.setFocus()
        else:
            # The language last used on this computer (the start applied it); a click here
            # speaks the other at once, and is remembered for the next start.
            self.switch = LanguageSwitch(self)
            self.switch.chosen.connect(self._switch_chosen)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.switch)
            self.ui.layout.insertLayout(0, row)
            last = str(settings.value(LAST_USER_KEY, "") or "")
            self.ui.usernameEdit.setText(last)
            (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()

    def _set_texts(self) -> None:
        """The words this dialog sets in code (again after a language change)."""
        ok, cancel = self.ok_button, self.cancel_button
        self.ui.officeLabel.setText(
            self.tr("UCJ Desktop · kantor {code}").format(code=self.store.manifest.office_code)
        )
        if self.unlock_for is not None:
            self.setWindowTitle(self.tr("Layar terkunci — UCJ Desktop"))
            self.ui.titleLabel.setText(self.tr("Layar terkunci"))
            why = (
                self.tr("Terkunci karena tidak ada aktivitas.")
                if self.cause is LockCause.IDLE
                else self.tr("Anda mengunci layar.")
            )
            self.ui.hintLabel.setText(
                self.tr(
                    "{why} Pekerjaan Anda tetap utuh; masukkan kata sandi untuk melanjutkan."
                ).format(why=why)
            )
            ok.setText(self.tr("Buka kunci"))
            cancel.setText(self.tr("Keluar aplikasi"))
        else:
            ok.setText(self.tr("Masuk"))
            cancel.setText(self.tr("Keluar"))
            if self.store.manifest.demo:
                self.ui.hintLabel.setText(
                    self.tr("DEMO — akun: admin, petugas, verifikator\nKata sandi: demo-ucj-2026")
                )
            else:
                self.ui.hintLabel.hide()
        self.retitled.emit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # the children first: the button box resets its words
        if event.type() == QEvent.Type.LanguageChange:
            # The form's own words, then this dialog's; what is typed stays, an error said in
            # the other language goes.
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]  # generated code
            self.ui.errorLabel.hide()
            self._set_texts()
        return handled

    def _switch_chosen(self, code: str) -> None:
        self._chosen_here = code
        self._choose_language(code)

    def _choose_language(self, code: str) -> None:
        apply_language(code, pseudo=catalog.pseudo())
        remember_language(language_folder(self.settings), code)

    def _show_error(self, text: str) -> None:
        super()._show_error(text)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            super()._show_error(self.tr("Isi nama pengguna."))
            self.ui.usernameEdit.setFocus()
            return
        opened = self.store.wait() if isinstance(self.store, StoreOpening) else self.store
        if opened is None:  # the store did not open: the start-up closes this and says why
            return
        from ucj_desktop.services.accounts import sign_in

        purpose = "unlock" if self.unlock_for is not None else "login"
        try:
            who = sign_in(opened, username, self.ui.passwordEdit.text(), purpose=purpose)
        except DomainError as exc:
            self._show_error(error_text(exc))
            return
        if who.must_change_password:
            dialog = ChangePasswordDialog(opened, who, forced=True, parent=self)
            dialog.ui.currentEdit.setText(self.ui.passwordEdit.text())
            dialog.ui.newEdit.setFocus()
            if self._run_change_password(dialog) != QDialog.DialogCode.Accepted.value:
                self._show_error(self.tr("Kata sandi sementara harus diganti dulu."))
                return
            assert dialog.updated is not None
            who = dialog.updated
        if self.unlock_for is None:
            self.settings.setValue(LAST_USER_KEY, who.username)
            self.settings.sync()
            self._speak_officers_language(who)
        self.officer_session = who
        self.accept()

    def _speak_officers_language(self, who: OfficerSession) -> None:
        """The officer chose a language before (any computer): the screens speak it now,
        unless the officer chose one on this login (the window keeps that with the account)."""
        if self._chosen_here is not None:
            choose_at_login(self._chosen_here)  # the window this sign-in opens keeps it
            return
        if who.language is not None and who.language != catalog.language():
            self._choose_language(who.language)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if isinstance(self.store, StoreOpening) and not self.store.started:
            # On screen now: the opening's imports may take the CPU (after this paint).
            QTimer.singleShot(0, self.store.start)

    def _run_change_password(self, dialog: ChangePasswordDialog) -> int:
        """Modal run of the forced change (a seam: tests drive the same dialog non-modally)."""
        return dialog.exec()
