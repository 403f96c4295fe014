"""Pulihkan dari cadangan: an office store back from a ``.ucjbak`` file, on this or a new PC.

Offered where an admin needs it: in the first-run wizard (a replacement computer) and when the
store on this computer is damaged. The dialog shows what the chosen backup holds before anything
is done; the restore itself (checks, copy, integrity check) runs on the TaskRunner. The open
dialog goes through ``_ask_backup_file`` so tests answer it on the instance.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.gui.dialogs.code_task import CodeTaskDialog
from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.file_dialogs import ask_open_path
from ucj_desktop.gui.widgets.page import number_text, path_text
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.backups import (
    SUFFIX,
    BackupFile,
    RestoreReport,
    read_backup,
    restore_backup,
)


class RestoreDialog(CodeTaskDialog):
    """Accepted once the store is back in ``paths`` (``report`` says what came back)."""

    restored = Signal(object)

    def __init__(
        self,
        paths: StorePaths,
        secrets: SecretStore,
        *,
        replace: bool = False,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(paths, secrets, parent, runner)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.backup: BackupFile | None = None
        self.report: RestoreReport | None = None

        intro = QLabel(
            self.tr(
                "Pilih berkas cadangan (.ucjbak) dari flashdisk. Data kantor akan dipulihkan "
                "seperti saat cadangan dibuat."
            )
        )
        intro.setWordWrap(True)
        # The chosen file's whole path, wrapped over lines where it is long (a one-line field
        # cut it); the path as typed, without the line breaks' marks, in its tooltip.
        self.file_label = QLabel()
        self.file_label.setObjectName("backupPath")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Pilih berkas…"))
        self.choose_button.clicked.connect(lambda: self.choose())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self._show_path(None)
        self.info_label = QLabel()
        self.info_label.setObjectName("backupInfo")
        self.info_label.setWordWrap(True)
        code_hint = QLabel(
            self.tr(
                "Kode pemulihan dicetak saat penyiapan. Boleh dikosongkan bila komputer ini "
                "masih menyimpan kunci data kantor tersebut."
            )
        )
        code_hint.setWordWrap(True)
        self.replace_box = QCheckBox(
            self.tr("&Ganti data yang ada (data lama dipindah ke folder backups, tidak dihapus)")
        )
        self.replace_box.setChecked(replace)
        self.replace_box.setVisible(replace)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Berkas"))
        file_label.setBuddy(self.choose_button)  # a row of two has no buddy of its own
        form.addRow(file_label, file_row)
        form.addRow("", self.info_label)
        form.addRow(self.tr("&Kode pemulihan"), self.code_edit)
        form.addRow("", code_hint)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(lambda: self.restore())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self._update()

    def choose(self, path: Path | None = None) -> BackupFile | None:
        """Read what the backup ``path`` (default: ask) holds and show it."""
        if path is None:
            path = self._ask_backup_file()
            if path is None:
                return None
        self._show_path(path)
        self.error_label.clear()
        try:
            self.backup = read_backup(path)
        except EXPECTED_ERRORS as exc:
            self.backup = None
            self.info_label.clear()
            self.error_label.setText(error_text(exc))
        else:
            info = self.backup.info
            text = self.tr(
                "Kantor {name} ({code}) · dibuat {when} oleh {who} · {n} pendaftaran"
            ).format(
                name=info.office_name,
                code=info.office_code,
                when=local_time(info.created, with_seconds=False),
                who=info.created_by,
                n=number_text(info.registrations),
            )
            if info.last_batch is not None:
                text += "\n" + self.tr(
                    "Batch terakhir di dalamnya: #{n}. Batch yang dikirim sesudah cadangan ini "
                    "dibuat tidak ikut kembali: cocokkan dengan hub (Disnaker) sebelum mengirim "
                    "batch lagi."
                ).format(n=info.last_batch)
            self.info_label.setText(text)
        self._update()
        return self.backup

    def _show_path(self, path: Path | None) -> None:
        if path is None:
            self.file_label.setText(self.tr("Belum ada berkas yang dipilih."))
            self.file_label.setProperty("role", "pageHint")
            self.file_label.setToolTip("")
        else:
            self.file_label.setText(path_text(path))
            self.file_label.setProperty("role", None)
            self.file_label.setToolTip(QDir.toNativeSeparators(str(path)))
        repolish(self.file_label)

    def restore(self) -> TaskHandle | None:
        if self.task is not None or self.backup is None:
            return None
        paths, secrets, path = self.paths, self.secrets, self.backup.path
        code = self.code_edit.code() or None
        replace = self.replace_box.isChecked()

        def work(_progress: Any, _cancel: Any) -> RestoreReport:
            return restore_backup(paths, secrets, path, recovery_code=code, replace=replace)

        return self.start(work, "restore")

    def succeeded(self, result: Any) -> None:
        self.report = result
        self.restored.emit(result)

    def _update(self) -> None:
        idle = self.task is None
        self.choose_button.setEnabled(idle)
        self.code_edit.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.backup is not None)

    # Modal boxes (tests answer these on the instance)

    def _ask_backup_file(self) -> Path | None:
        return ask_open_path(
            self,
            self.tr("Pilih berkas cadangan"),
            self.tr("Cadangan UCJ (*{suffix})").format(suffix=SUFFIX),
        )
