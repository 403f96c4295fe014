"""The admin's officer accounts screen (its dialogs are in dialogs/officer.py).

Its modal boxes: ``_confirm``, ``_warn``, ``_show_password`` (why: see ``Page``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
)

from ucj_desktop.gui.dialogs.officer import OfficerDialog, TemporaryPasswordDialog
from ucj_desktop.gui.models.officers import OfficerTableModel
from ucj_desktop.gui.operations import Op
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.page import role_label, tab_chain
from ucj_desktop.gui.widgets.questions import confirm, warn
from ucj_desktop.gui.widgets.style import SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import Mode, rows_table
from ucj_desktop.services.accounts import (
    OfficerInfo,
    list_officers,
    reset_officer_password,
    set_officer_disabled,
)


class UsersScreen(Screen):
    """Officer accounts: list, add, disable/enable, reset password, change roles.

    ``officers_changed`` is emitted after any account was changed from this screen.
    """

    officers_changed = Signal()

    key = "pengguna"
    style_sheet = SCREEN_STYLE

    def build(self) -> None:
        self.officer_dialog: OfficerDialog | None = None

        layout = self.page_layout(
            self.tr("Pengguna"), self.tr("Akun petugas, peran dan kata sandi."), spacing=None
        )

        content, content_layout = self.content_page()
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(self.tr("&Tambah petugas…"))
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("&Reset kata sandi…"))
        self.roles_button = QPushButton(self.tr("Ubah &peran…"))
        self.count_label = role_label(role="pageHint")
        for button in (self.add_button, self.toggle_button, self.reset_button, self.roles_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        content_layout.addLayout(buttons)

        self.model = OfficerTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(OfficerTableModel.SORT_ROLE)
        self.table = rows_table(self.proxy, selection=Mode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OfficerTableModel.COL_USERNAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OfficerTableModel.COL_FULL_NAME, QHeaderView.ResizeMode.Stretch)
        content_layout.addWidget(self.table, 1)
        self.stack_pages(layout, content, align_top=True)

        # The table first: arrow keys pick an officer, Tab reaches the buttons, Alt+letter acts.
        self.setFocusProxy(self.table)
        tab_chain(
            self.table, self.add_button, self.toggle_button, self.reset_button, self.roles_button
        )

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
            self.show_error(exc)
            self.model.set_officers([])
            self._update_buttons()
            return
        self.show_content()
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
        opened, session, disable = self.opened, self.who, not officer.disabled
        self._run(
            lambda _progress, _cancel: set_officer_disabled(
                opened, session, officer.username, disable
            ),
            lambda _info: self._changed(officer.username),
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
        opened, who = self.opened, self.who

        def done(result: tuple[OfficerInfo, str]) -> None:
            info, password = result
            self._changed(info.username)
            self._show_password(info, password)

        self._run(
            lambda _progress, _cancel: reset_officer_password(opened, who, officer.username), done
        )

    def _run(self, change: Op[Any], done: Callable[[Any], None]) -> None:
        """One account change as an operation; the buttons wait until it has ended."""
        self.run_op(
            change,
            on_success=done,
            on_failure=self._change_failed,
            busy=(self.toggle_button, self.reset_button, self.roles_button),
            name="officer",
        )

    def _changed(self, username: str) -> None:
        self.refresh(select=username)
        self.officers_changed.emit()

    def _change_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, EXPECTED_ERRORS):
            raise exc
        self._warn(error_text(exc))
        self.refresh()

    # Modal boxes (tests answer these on the instance)

    def _confirm(self, text: str, action: str) -> bool:
        return confirm(self, self.tr("Pengguna"), text, action=action, cancel=self.tr("Batal"))

    def _warn(self, text: str) -> None:
        warn(self, self.tr("Pengguna"), text)

    def _show_password(self, info: OfficerInfo, password: str) -> None:
        TemporaryPasswordDialog(info, password, created=False, parent=self).exec()
