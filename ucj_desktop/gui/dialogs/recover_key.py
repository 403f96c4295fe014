"""Kode pemulihan: the store key back into this computer's keyring from the printed code.

Offered at start-up when the key is missing or is not this store's (a new keyring, a wiped
profile, another computer). The same service as ``ucj recover`` (``recover_store_key``) checks
the code, proves it opens the file, then saves it; it runs on the TaskRunner. The code is typed
in the lines of the printed recovery sheet (widgets/recovery_code.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.messages import recovery_code_line
from ucj_desktop.gui.widgets.page import error_label
from ucj_desktop.gui.widgets.recovery_code import RecoveryCodeEdit
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import recover_store_key

log = logging.getLogger(__name__)


class RecoverKeyDialog(QDialog):
    """Accepted once the key from the typed code is in the keyring and the store opens."""

    recovered = Signal()

    def __init__(
        self,
        paths: StorePaths,
        secrets: SecretStore,
        *,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoverKeyDialog")
        self.setWindowTitle(self.tr("Pulihkan kunci data"))
        self.paths = paths
        self.secrets = secrets
        self.runner = runner or app_runner()
        self.task: TaskHandle | None = None

        title = QLabel(self.tr("Masukkan kode pemulihan"))
        title.setObjectName("titleLabel")
        intro = QLabel(
            self.tr(
                "Ketik kode dari lembar kode pemulihan yang dicetak saat penyiapan, baris demi "
                "baris seperti tercetak. Huruf kecil, spasi dan tanda hubung boleh. Kunci data "
                "akan disimpan lagi di brankas kunci (keyring) komputer ini."
            )
        )
        intro.setWordWrap(True)
        self.code_edit = RecoveryCodeEdit()
        self.code_edit.changed.connect(self._update)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error_label = error_label()
        self.buttons = QDialogButtonBox()
        self.recover_button = self.buttons.addButton(
            self.tr("&Pulihkan kunci"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.recover_button.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(lambda: self.recover())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        self._update()

    def recover(self) -> TaskHandle | None:
        if self.task is not None:
            return None
        paths, secrets, code = self.paths, self.secrets, self.code_edit.code()

        def work(_progress: Any, _cancel: Any) -> None:
            recover_store_key(paths, code, secrets)

        self.error_label.clear()
        self.code_edit.mark_line(None)
        self.progress.show()
        self.task = self.runner.run(
            work, on_done=self._done, on_failed=self._failed, name="recover-key"
        )
        self._update()
        return self.task

    def _done(self, _result: object) -> None:
        self.task = None
        self.progress.hide()
        self.recovered.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("key recovery failed", exc_info=exc)
        self.error_label.setText(error_text(exc))
        self.code_edit.mark_line(recovery_code_line(exc))
        self._update()

    def _update(self) -> None:
        idle = self.task is None
        self.code_edit.setEnabled(idle)
        self.recover_button.setEnabled(idle and bool(self.code_edit.code()))

    def reject(self) -> None:
        if self.task is not None:  # the key is being checked and saved; it finishes whole
            return
        super().reject()
