"""The admin's officer accounts screen, the add/edit-roles dialog and the temporary password box.

Modal boxes go through small methods (``_confirm``, ``_warn``, ``_show_password``) so tests can
answer them on the instance while the screen's own logic runs unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.forms.ui_officer_dialog import Ui_OfficerDialog
from ucj_desktop.gui.models.officers import OfficerTableModel
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.page import page_header
from ucj_desktop.gui.widgets.questions import confirm, warn
from ucj_desktop.gui.widgets.style import SCREEN_STYLE, style_table
from ucj_desktop.services.accounts import (
    OfficerInfo,
    OfficerSession,
    add_officer,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
    set_officer_roles,
)
from ucj_desktop.services.store_access import OpenStore


# Tables and buttons of the admin screens; scoped to the screen so app.qss stays the theme.
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
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
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
        self.copied_label = QLabel()
        self.copied_label.setProperty("role", "pageHint")
        self.copy_button = QPushButton(self.tr("&Salin"))
        self.copy_button.clicked.connect(self.copy_password)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
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


class UsersScreen(QWidget):
    """Officer accounts: list, add, disable/enable, reset password, change roles.

    ``officers_changed`` is emitted after any account was changed from this screen.
    """

    officers_changed = Signal()

    def __init__(self, opened: OpenStore, who: OfficerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen_pengguna")
        self.setStyleSheet(SCREEN_STYLE)
        self.opened = opened
        self.who = who
        self.officer_dialog: OfficerDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        page_header(layout, self.tr("Pengguna"), self.tr("Akun petugas, peran dan kata sandi."))

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(10)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(self.tr("&Tambah petugas…"))
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("&Reset kata sandi…"))
        self.roles_button = QPushButton(self.tr("Ubah &peran…"))
        self.count_label = QLabel()
        self.count_label.setProperty("role", "pageHint")
        for button in (self.add_button, self.toggle_button, self.reset_button, self.roles_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        content_layout.addLayout(buttons)

        self.model = OfficerTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(OfficerTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OfficerTableModel.COL_USERNAME, Qt.SortOrder.AscendingOrder)
        style_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OfficerTableModel.COL_FULL_NAME, QHeaderView.ResizeMode.Stretch)
        content_layout.addWidget(self.table, 1)
        self.stack.addWidget(content)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.setProperty("role", "pageHint")
        message_frame = QFrame()
        message_layout = QVBoxLayout(message_frame)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.message_label)
        message_layout.addStretch(1)
        self.stack.addWidget(message_frame)

        # The table first: arrow keys pick an officer, Tab reaches the buttons, Alt+letter acts.
        self.setFocusProxy(self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.toggle_button)
        QWidget.setTabOrder(self.toggle_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.roles_button)

        self.add_button.clicked.connect(self.add_officer)
        self.toggle_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(self.edit_roles)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_roles())
        self.refresh()

    # Reading

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the store, keeping (or moving to) the selected officer."""
        keep = select or (officer.username if (officer := self.selected_officer()) else None)
        try:
            officers = list_officers(self.opened, self.who)
        except EXPECTED_ERRORS as exc:
            self.message_label.setText(error_text(exc))
            self.stack.setCurrentIndex(1)
            self.model.set_officers([])
            self._update_buttons()
            return
        self.stack.setCurrentIndex(0)
        self.model.set_officers(officers)
        disabled = sum(1 for o in officers if o.disabled)
        self.count_label.setText(
            self.tr("{n} petugas, {d} nonaktif").format(n=len(officers), d=disabled)
            if disabled
            else self.tr("{n} petugas").format(n=len(officers))
        )
        if keep is not None:
            self.select_username(keep)
        elif officers:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_officer(self) -> OfficerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.officer_at(self.proxy.mapToSource(rows[0]).row())

    def select_username(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        officer = self.selected_officer()
        listing = self.stack.currentIndex() == 0
        self.add_button.setEnabled(listing)
        for button in (self.toggle_button, self.reset_button, self.roles_button):
            button.setEnabled(officer is not None)
        if officer is not None and officer.disabled:
            self.toggle_button.setText(self.tr("&Aktifkan"))
        else:
            self.toggle_button.setText(self.tr("&Nonaktifkan"))

    # Actions

    def add_officer(self) -> OfficerDialog:
        """Open the add dialog (window-modal, not blocking); the list reloads when it is saved."""
        return self._open_dialog(OfficerDialog(self.opened, self.who, parent=self))

    def edit_roles(self) -> OfficerDialog | None:
        officer = self.selected_officer()
        if officer is None:
            return None
        return self._open_dialog(OfficerDialog(self.opened, self.who, officer, parent=self))

    def _open_dialog(self, dialog: OfficerDialog) -> OfficerDialog:
        self.officer_dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_saved(self, dialog: OfficerDialog) -> None:
        saved = dialog.result_officer
        self.refresh(select=saved.username if saved else None)
        self.officers_changed.emit()

    def _dialog_closed(self, dialog: OfficerDialog) -> None:
        if self.officer_dialog is dialog:
            self.officer_dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def toggle_disabled(self) -> None:
        officer = self.selected_officer()
        if officer is None:
            return
        who = f"{officer.username} ({officer.full_name})"
        if officer.disabled:
            question = self.tr("Aktifkan kembali akun {who}? Petugas dapat masuk lagi.")
            action = self.tr("Aktifkan")
        else:
            question = self.tr(
                "Nonaktifkan akun {who}? Petugas tidak dapat masuk sampai akunnya diaktifkan "
                "lagi. Data yang sudah dibuatnya tetap tersimpan."
            )
            action = self.tr("Nonaktifkan")
        if not self._confirm(question.format(who=who), action):
            return
        self._run(
            lambda: set_officer_disabled(
                self.opened, self.who, officer.username, not officer.disabled
            ),
            officer.username,
        )

    def reset_password(self) -> None:
        officer = self.selected_officer()
        if officer is None:
            return
        question = self.tr(
            "Buat kata sandi sementara baru untuk {who}? Kata sandi lamanya tidak berlaku "
            "lagi, kunci karena salah sandi dibuka, dan petugas wajib menggantinya saat masuk."
        ).format(who=f"{officer.username} ({officer.full_name})")
        if not self._confirm(question, self.tr("Reset kata sandi")):
            return
        try:
            info, password = reset_officer_password(self.opened, self.who, officer.username)
        except EXPECTED_ERRORS as exc:
            self._warn(error_text(exc))
            self.refresh()
            return
        self.refresh(select=info.username)
        self.officers_changed.emit()
        self._show_password(info, password)

    def _run(self, change: Callable[[], object], username: str) -> None:
        try:
            change()
        except EXPECTED_ERRORS as exc:
            self._warn(error_text(exc))
            self.refresh()
            return
        self.refresh(select=username)
        self.officers_changed.emit()

    # Modal boxes (tests answer these on the instance)

    def _confirm(self, text: str, action: str) -> bool:
        return confirm(self, self.tr("Pengguna"), text, action=action, cancel=self.tr("Batal"))

    def _warn(self, text: str) -> None:
        warn(self, self.tr("Pengguna"), text)

    def _show_password(self, info: OfficerInfo, password: str) -> None:
        TemporaryPasswordDialog(info, password, created=False, parent=self).exec()
