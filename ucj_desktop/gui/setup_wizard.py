"""First-run setup: the keyring checked before anything is asked, then the office (chosen, never
preselected), the first admin account, and the recovery code shown once in the printed sheet's
lines. The pages carry the app's own header (title and hint) instead of QWizard's banner."""

from __future__ import annotations

import logging
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
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ucj_desktop.domain.areas import all_kelurahan
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.text.messages import keyring_missing_text, store_problem_text
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.page import button_row, error_label, page_header
from ucj_desktop.gui.widgets.recovery_code import RecoveryCodeView
from ucj_desktop.paths import StorePaths
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import (
    InitResult,
    OpenStore,
    check_keyring,
    initialise_store,
    keyring_of,
    open_store,
)
from ucj_desktop.store.errors import StoreError

_log = logging.getLogger(__name__)


def _page_layout(page: QWizardPage, title: str, hint: str) -> QVBoxLayout:
    """A page's layout, opened by the header every screen of the app has."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(18, 12, 18, 6)
    page_header(layout, title, hint)
    return layout


class KeyringPage(QWizardPage):
    """Shown first, and only, when this computer's keyring cannot keep the store key: setup
    cannot go on without one, so it says so in full before asking anything (Lanjut stays off;
    the app is started again once the keyring is there)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = _page_layout(
            self,
            self.tr("Brankas kunci (keyring) belum siap"),
            self.tr("Penyiapan belum membuat apa pun. Siapkan brankas kunci dahulu."),
        )
        self.explanation = QLabel()
        self.explanation.setObjectName("keyringExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        # Scrolls when the words need more than the page (a longer language, a small screen).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.explanation)
        layout.addWidget(scroll, 1)

    def show_problem(self, error: StoreError) -> None:
        # The keyring backend's class name is for the IT admin reading the log, not the page.
        _log.warning("no usable keyring for the store key: %s", error.detail or "-")
        self.explanation.setText(keyring_missing_text())

    def isComplete(self) -> bool:
        return self._wizard.keyring_problem is None

    def validatePage(self) -> bool:
        return self.isComplete()


class OfficePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        layout = _page_layout(
            self,
            self.tr("Kantor kelurahan"),
            self.tr(
                "Pilih kelurahan tempat aplikasi ini dipakai: ketik sebagian nama atau kodenya, "
                "lalu pilih dari daftar. Pilihan ini tidak dapat diubah sesudah penyiapan."
            ),
        )
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kel in all_kelurahan():
            self.combo.addItem(f"{kel.name} — Kec. {kel.kecamatan_name} ({kel.code})", kel.code)
        # No office is chosen until the admin chooses one: Lanjut stays off until then.
        self.combo.setCurrentIndex(-1)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo has its line
        line.setPlaceholderText(self.tr("Ketik nama kelurahan…"))
        completer = self.combo.completer() or QCompleter()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # A list to choose from, never a name completed in the field (typing "Bekasi" must
        # not become Bekasijaya by itself).
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.combo.editTextChanged.connect(lambda _text: self.completeChanged.emit())
        self.combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
        form = QFormLayout()
        office_label = QLabel(self.tr("&Kelurahan"))
        office_label.setBuddy(self.combo)
        form.addRow(office_label, self.combo)
        layout.addLayout(form)
        layout.addSpacing(24)
        restore_hint = QLabel(
            self.tr(
                "Komputer pengganti? Data kantor yang sudah ada dapat dipulihkan dari berkas "
                "cadangan (.ucjbak) dengan kode pemulihannya."
            )
        )
        restore_hint.setObjectName("hintLabel")
        restore_hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        self.restore_button.clicked.connect(lambda: wizard.restore_from_backup())
        self.restore_error = error_label()
        layout.addWidget(restore_hint)
        layout.addLayout(button_row(self.restore_button))
        layout.addWidget(self.restore_error)
        layout.addStretch(1)

    def office_code(self) -> str | None:
        """The chosen office's code; None while the text names no office in the list."""
        index = self.combo.findText(self.combo.currentText(), Qt.MatchFlag.MatchExactly)
        return None if index < 0 else str(self.combo.itemData(index))

    def isComplete(self) -> bool:
        return self.office_code() is not None

    def validatePage(self) -> bool:  # Lanjut by any route needs an office chosen
        return self.isComplete()


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = _page_layout(
            self,
            self.tr("Admin pertama"),
            self.tr("Akun ini mengelola pengguna, kunci dan cadangan. Sandi minimal 8 karakter."),
        )
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow(self.tr("&Ulangi sandi"), self.repeat)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.error)
        layout.addStretch(1)

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
        layout = _page_layout(
            self,
            self.tr("Kode pemulihan"),
            self.tr(
                "Kode ini hanya ditampilkan sekali. Cetak atau simpan PDF-nya, lalu simpan "
                "di lemari terkunci. Tanpa kode ini, keyring yang hilang berarti data hilang. "
                "Barisnya sama dengan lembar yang dicetak."
            ),
        )
        self.code = RecoveryCodeView()
        self.save_button = QPushButton(self.tr("Simpan &PDF untuk dicetak…"))
        self.save_button.clicked.connect(self._save_pdf)
        self.copy_button = QPushButton(self.tr("Sa&lin"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code.code())
        )
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Saya sudah mencetak / menyimpan kode pemulihan"))
        self.confirm.toggled.connect(self.completeChanged)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addStretch(1)
        layout.addLayout(code_row)
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
        self.code.set_code(result.recovery_code)

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
        self.keyring_problem: StoreError | None = None
        self.setWindowTitle(self.tr("Penyiapan UCJ Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.keyring_page = KeyringPage(self)
        self.office_page = OfficePage(self)
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.keyring_page, self.office_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        # Before the first question: with no keyring the store could never be made.
        self.check_keyring()
        if self.keyring_problem is None:
            self.setStartId(self.pageIds()[1])
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setMinimumSize(640, 480)
        self.resize(720, 540)

    def check_keyring(self) -> None:
        """Ask the keyring now; ``keyring_problem`` holds its refusal, the first page says it."""
        try:
            check_keyring(self.secret_store)
        except StoreError as exc:
            self.keyring_problem = exc
            self.keyring_page.show_problem(exc)
        else:
            self.keyring_problem = None

    def reject(self) -> None:
        # The recovery code is shown once: do not let Esc or the close box lose it unseen.
        if self.currentPage() is self.recovery_page and not self.recovery_page.isComplete():
            return
        super().reject()

    def create_store(self, username: str, full_name: str, password: str) -> None:
        if self.opened is not None:  # Back then Next again: the store already exists
            return
        office = self.office_page.office_code()
        assert office is not None  # the office page cannot be left without one
        self.opened, self.result_info = initialise_store(
            self.paths,
            office,
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
        # QDialog's done, not QWizard's: that one asks the office page, which has no office
        # chosen (none is needed: the office came back with its data).
        QDialog.done(self, QDialog.DialogCode.Accepted.value)
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
