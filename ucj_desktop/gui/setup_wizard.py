"""First-run setup: office, first admin account, then the recovery code shown once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ucj_desktop.domain.areas import all_kelurahan
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.text.messages import store_problem_text
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.page import error_label
from ucj_desktop.gui.widgets.style import fixed_font
from ucj_desktop.paths import StorePaths
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import (
    InitResult,
    OpenStore,
    initialise_store,
    keyring_of,
    open_store,
)
from ucj_desktop.store.errors import StoreError


class OfficePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Kantor kelurahan"))
        self.setSubTitle(self.tr("Pilih kelurahan tempat aplikasi ini dipakai."))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kel in all_kelurahan():
            self.combo.addItem(f"{kel.name} — Kec. {kel.kecamatan_name} ({kel.code})", kel.code)
        completer = self.combo.completer() or QCompleter()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kelurahan"), self.combo)
        form.addItem(QSpacerItem(0, 24))
        restore_hint = QLabel(
            self.tr(
                "Komputer pengganti? Data kantor yang sudah ada dapat dipulihkan dari berkas "
                "cadangan (.ucjbak) dengan kode pemulihannya."
            )
        )
        restore_hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        self.restore_button.clicked.connect(lambda: wizard.restore_from_backup())
        self.restore_error = error_label()
        form.addRow(restore_hint)
        form.addRow(self.restore_button)
        form.addRow(self.restore_error)

    def office_code(self) -> str:
        return str(self.combo.currentData())


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Admin pertama"))
        self.setSubTitle(
            self.tr("Akun ini mengelola pengguna, kunci dan cadangan. Sandi minimal 8 karakter.")
        )
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow(self.tr("&Ulangi sandi"), self.repeat)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        """Creating the store happens here, so the next page can show the recovery code."""
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Kata sandi dan ulangannya berbeda."))
            return False
        try:
            self._wizard.create_store(
                self.username.text(), self.full_name.text(), self.password.text()
            )
        except (DomainError, PasswordPolicyError) as exc:
            self.error.setText(error_text(exc))
            return False
        except StoreError as exc:
            self.error.setText(store_problem_text(exc))
            return False
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kode pemulihan"))
        self.setSubTitle(
            self.tr(
                "Kode ini hanya ditampilkan sekali. Cetak atau simpan PDF-nya, lalu simpan "
                "di lemari terkunci. Tanpa kode ini, keyring yang hilang berarti data hilang."
            )
        )
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = fixed_font()
        font.setPointSize(15)
        font.setBold(True)
        self.code.setFont(font)
        self.save_button = QPushButton(self.tr("Simpan &PDF untuk dicetak…"))
        self.save_button.clicked.connect(self._save_pdf)
        self.copy_button = QPushButton(self.tr("Sa&lin"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code.text().replace("\n", "-"))
        )
        self.saved_label = QLabel()
        self.confirm = QCheckBox(self.tr("Saya sudah mencetak / menyimpan kode pemulihan"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        result = self._wizard.result_info
        assert result is not None
        groups = result.recovery_code.split("-")
        self.code.setText("\n".join("  ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def _save_pdf(self) -> None:
        path = self._wizard.ask_pdf_path()
        if path is None:
            return
        result = self._wizard.result_info
        opened = self._wizard.opened
        assert result is not None and opened is not None
        try:
            render_recovery_sheet(
                path,
                result.recovery_code,
                result.office_code,
                result.office_name,
                result.store_id,
                self._wizard.device_fingerprint,
                datetime.now(),
            )
        except OSError as exc:
            self.saved_label.setText(
                self.tr("Gagal menyimpan: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        self.saved_label.setText(self.tr("Tersimpan: {path}").format(path=path))


class SetupWizard(QWizard):
    """Creates the office store. ``opened`` is set once the admin page has been accepted."""

    def __init__(
        self, paths: StorePaths, secret_store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.secret_store = secret_store
        self.opened: OpenStore | None = None
        self.result_info: InitResult | None = None
        self.device_fingerprint = ""
        self.setWindowTitle(self.tr("Penyiapan UCJ Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.office_page = OfficePage(self)
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.office_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.resize(640, 460)

    def reject(self) -> None:
        # The recovery code is shown once: do not let Esc or the close box lose it unseen.
        if self.currentPage() is self.recovery_page and not self.recovery_page.isComplete():
            return
        super().reject()

    def create_store(self, username: str, full_name: str, password: str) -> None:
        if self.opened is not None:  # Back then Next again: the store already exists
            return
        self.opened, self.result_info = initialise_store(
            self.paths,
            self.office_page.office_code(),
            username,
            full_name,
            password,
            self.secret_store,
        )
        self.device_fingerprint = self.opened.device_fingerprint()

    def restore_from_backup(self) -> bool:
        """Instead of a new store: the office's store back from a backup (then the wizard is
        done and ``opened`` is the restored store)."""
        dialog = RestoreDialog(self.paths, self.secret_store, parent=self)
        if not self._run_dialog(dialog) or dialog.report is None:
            return False
        try:
            self.opened = open_store(self.paths, keyring_of(self.paths, self.secret_store))
        except StoreError as exc:  # restored, yet it will not open: say why, stay here
            self.office_page.restore_error.setText(store_problem_text(exc))
            return False
        self.done(QDialog.DialogCode.Accepted.value)
        return True

    def _run_dialog(self, dialog: QDialog) -> bool:
        """A seam for tests, which drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted.value

    def ask_pdf_path(self) -> Path | None:
        """Where to save the recovery sheet (a seam for tests, which pass a path)."""
        chosen = ask_save_path(
            self,
            self.tr("Simpan lembar kode pemulihan"),
            "kode-pemulihan-ucj.pdf",
            "PDF (*.pdf)",
            folder=Path.home(),
        )
        return chosen[0] if chosen else None
