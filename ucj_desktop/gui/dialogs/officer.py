"""The officer dialogs: add an officer or change roles, and the temporary password box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.forms.ui_officer_dialog import Ui_OfficerDialog
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.page import push_button, role_label
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.services.accounts import (
    OfficerInfo,
    OfficerSession,
    add_officer,
    set_officer_roles,
)
from ucj_desktop.services.store_access import OpenStore


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once, large and copyable, with what the officer must do."""

    def __init__(
        self, info: OfficerInfo, password: str, created: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi sementara"))
        self._password = password
        layout = QVBoxLayout(self)
        # Width fixed, height from the wrapped text: no empty band above or below it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)

        lead = (
            self.tr("Akun {username} ({name}) sudah dibuat. Kata sandi sementaranya:")
            if created
            else self.tr("Kata sandi sementara baru untuk {username} ({name}):")
        )
        intro = QLabel(lead.format(username=info.username, name=info.full_name))
        intro.setWordWrap(True)
        intro.setFixedWidth(440)
        layout.addWidget(intro)

        self.password_label = QLabel(password)
        self.password_label.setObjectName("temporaryPassword")
        font = fixed_font()
        font.setPointSize(22)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2.0)
        self.password_label.setFont(font)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.password_label.setStyleSheet(
            "background: #ffffff; border: 1px solid #c4d0d8; border-radius: 6px; "
            "padding: 12px; color: #15303d;"
        )
        layout.addWidget(self.password_label)

        note = QLabel(
            self.tr(
                "Berikan kata sandi ini langsung kepada petugas. Kata sandi ini hanya "
                "ditampilkan sekali, dan petugas wajib menggantinya dengan kata sandi "
                "sendiri saat pertama kali masuk dengan kata sandi ini."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "pageHint")
        layout.addWidget(note)

        buttons = QHBoxLayout()
        self.copied_label = role_label(role="pageHint")
        self.copy_button = push_button(self.tr("&Salin"), self.copy_password)
        self.close_button = push_button(self.tr("&Tutup"), self.accept, default=True)
        buttons.addWidget(self.copied_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def copy_password(self) -> None:
        QGuiApplication.clipboard().setText(self._password)
        self.copied_label.setText(self.tr("Disalin ke papan klip."))


class OfficerDialog(QDialog):
    """Add an officer (``officer=None``) or change an existing officer's roles.

    The service validates; its field errors appear in red under the field and the dialog stays
    open. ``result_officer`` holds the saved account after ``accepted``.
    """

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        officer: OfficerInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opened = opened
        self.who = who
        self.officer = officer
        self.result_officer: OfficerInfo | None = None
        self.ui = Ui_OfficerDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self._role_checks = {
            Role.PETUGAS: self.ui.petugasCheck,
            Role.VERIFIKATOR: self.ui.verifikatorCheck,
            Role.ADMIN: self.ui.adminCheck,
        }
        self._field_errors = {
            "username": (self.ui.usernameError, self.ui.usernameEdit),
            "full_name": (self.ui.fullNameError, self.ui.fullNameEdit),
            "roles": (self.ui.rolesError, self.ui.petugasCheck),
        }
        ok = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        cancel = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        if officer is None:
            ok.setText(self.tr("Tambah"))
        else:
            self.setWindowTitle(self.tr("Ubah peran"))
            ok.setText(self.tr("Simpan"))
            self.ui.introLabel.setText(
                self.tr("Peran baru berlaku saat {username} masuk berikutnya.").format(
                    username=officer.username
                )
            )
            self.ui.usernameEdit.setText(officer.username)
            self.ui.fullNameEdit.setText(officer.full_name)
            self.ui.usernameEdit.setEnabled(False)
            self.ui.fullNameEdit.setEnabled(False)
            self.ui.usernameHint.hide()
            for role, check in self._role_checks.items():
                check.setChecked(role in officer.roles)
        self.ui.usernameEdit.textEdited.connect(lambda _text: self._clear_error("username"))
        self.ui.fullNameEdit.textEdited.connect(lambda _text: self._clear_error("full_name"))
        for check in self._role_checks.values():
            check.toggled.connect(lambda _on: self._clear_error("roles"))
        self.clear_errors()
        if officer is None:
            self.ui.usernameEdit.setFocus()
        else:
            self.ui.petugasCheck.setFocus()

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, check in self._role_checks.items() if check.isChecked())

    def error_label(self, field: str | None) -> QLabel:
        """Where the error for ``field`` is shown (fields without a place: under the form)."""
        if field in self._field_errors:
            return self._field_errors[field][0]
        return self.ui.formError

    def clear_errors(self) -> None:
        for field in self._field_errors:
            self._clear_error(field)
        self.ui.formError.clear()
        self.ui.formError.hide()
        self._fit_height()

    def _clear_error(self, field: str) -> None:
        label = self._field_errors[field][0]
        if label.text():
            label.clear()
            label.hide()
            self._fit_height()
        else:
            label.hide()

    def _fit_height(self) -> None:
        """Grow or shrink to the wrapped text at the current width (errors come and go)."""
        layout = self.ui.dialogLayout
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        self.resize(self.width(), max(height, layout.totalMinimumSize().height()))

    def show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        label = self.error_label(field)
        label.setText(error_text(exc))
        label.show()
        self._fit_height()
        if label is not self.ui.formError:
            focus = self._field_errors[str(field)][1]
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def accept(self) -> None:
        self.clear_errors()
        try:
            if self.officer is None:
                info, password = add_officer(
                    self.opened,
                    self.who,
                    self.ui.usernameEdit.text(),
                    self.ui.fullNameEdit.text(),
                    self.roles(),
                )
            else:
                info = set_officer_roles(self.opened, self.who, self.officer.username, self.roles())
                password = None
        except EXPECTED_ERRORS as exc:
            self.show_error(exc)
            return
        self.result_officer = info
        if password is not None:
            self._show_password(info, password)
        super().accept()

    def _show_password(self, info: OfficerInfo, password: str) -> None:
        TemporaryPasswordDialog(info, password, created=True, parent=self).exec()
