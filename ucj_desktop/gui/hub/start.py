"""``ucj-desktop --hub``: the hub desk's start. The hub in the data folder (``hub/``, where
``ucj-hub`` keeps it: ``hub.json`` and its SQLCipher file or PostgreSQL address) is opened with
this computer's keyring (``--demo``: the demo city, made on first use, its keys in a file
beside it). A hub without operators asks for its first (an admin) here; then the office's
sign-in, and the hub's window with the office's idle lock."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.hub.window import HubWindow, hub_login
from ucj_desktop.gui.language import apply_language, language_folder, read_last_language
from ucj_desktop.gui.login import LAST_USER_KEY
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.text.messages import store_problem_text
from ucj_desktop.gui.widgets.page import error_label, role_label
from ucj_desktop.hub.desk import HubDesk, create_first_operator, has_operators, open_desk
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.password_policy import PasswordPolicyError
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.errors import Problem, StoreError

log = logging.getLogger(__name__)

HUB_FOLDER = "hub"  # as ucj-hub: DATA_DIR/hub
IDLE_MINUTES = 10  # the office's default idle lock (services/settings.py)


def desk_settings(desk: HubDesk) -> QSettings:
    """The desk's GUI preferences (the last operator's name), in the hub's folder: never a
    password or personal data."""
    return QSettings(str(desk.hub.root / "desk.ini"), QSettings.Format.IniFormat)


class FirstOperatorDialog(QDialog):
    """The hub's first operator (an admin), asked once, on a hub without any."""

    def __init__(self, desk: HubDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.username = ""
        self.setWindowTitle(self.tr("Operator pertama — UCJ Hub"))
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 24, 28, 20)
        box.setSpacing(10)
        for name, text in (
            ("titleLabel", self.tr("Operator pertama hub")),
            (
                "introLabel",
                self.tr(
                    "Hub ini belum punya akun operator. Buat akun admin hub: admin menambah "
                    "akun operator lainnya, melihat jejak audit dan mendaftarkan laptop kantor."
                ),
            ),
        ):
            label = role_label(text, wrap=True)
            label.setObjectName(name)
            box.addWidget(label)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nama pengguna"), self.username_edit)
        form.addRow(self.tr("Nama &lengkap"), self.name_edit)
        form.addRow(self.tr("&Kata sandi"), self.password_edit)
        form.addRow(self.tr("&Ulangi kata sandi"), self.repeat_edit)
        box.addLayout(form)
        self.error = error_label()
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat akun"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(460, 0)

    def accept(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self._say(self.tr("Kata sandi dan ulangannya berbeda."))
            return
        try:
            create_first_operator(
                self.desk,
                self.username_edit.text(),
                self.name_edit.text(),
                self.password_edit.text(),
            )
        except (DomainError, PasswordPolicyError, StoreError) as exc:
            self._say(error_text(exc))
            return
        self.username = self.username_edit.text().strip().lower()
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def open_hub_desk(paths: StorePaths, demo: bool) -> HubDesk:
    """The hub of the data folder (the demo city with ``demo``, made on first use)."""
    if demo:
        from ucj_desktop.services.demo_city import open_or_create_demo_city

        return open_or_create_demo_city(paths.root)
    return open_desk(paths.root / HUB_FOLDER, SecretStore())


def hub_problem_text(exc: StoreError, folder: Path) -> str:
    """Why the hub did not open, in one message."""
    if exc.problem is Problem.NOT_INITIALISED:
        return QApplication.translate(
            "hub_start",
            "Belum ada hub di {folder}. Buat dahulu dengan: ucj-hub init (lihat ucj-hub --help).",
        ).format(folder=folder)
    return store_problem_text(exc)


def run_hub_desk(
    app: QApplication, paths: StorePaths, demo: bool, *, last_language: bool = True
) -> int:
    """The desk from the first operator (when the hub has none) to the window's close; in the
    language last used with this hub (``last_language``) or the one the start applied."""
    try:
        desk = open_hub_desk(paths, demo)
    except StoreError as exc:
        log.warning("hub did not open: %s", exc.problem.value)
        QMessageBox.critical(None, "UCJ Hub", hub_problem_text(exc, paths.root / HUB_FOLDER))
        return 1
    try:
        settings = desk_settings(desk)
        if last_language:
            apply_language(read_last_language(language_folder(settings)))
        if not has_operators(desk):
            first = FirstOperatorDialog(desk)
            if first.exec() != QDialog.DialogCode.Accepted.value:
                return 0
            settings.setValue(LAST_USER_KEY, first.username)
        login = hub_login(desk, settings)
        login.exec()
        if login.officer_session is None:
            return 0
        window = HubWindow(desk, login.officer_session, settings, IDLE_MINUTES)
        window.show()
        return int(app.exec())
    finally:
        desk.close()
