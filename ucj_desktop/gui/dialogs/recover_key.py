"""Kode pemulihan: the store key back into this computer's keyring from the printed code.

Offered at start-up when the key is missing or is not this store's (a new keyring, a wiped
profile, another computer). The same service as ``ucj recover`` (``recover_store_key``) checks
the code, proves it opens the file, then saves it; it runs on the TaskRunner. The code is typed
in the lines of the printed recovery sheet (widgets/recovery_code.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.gui.dialogs.code_task import CodeTaskDialog
from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import recover_store_key


class RecoverKeyDialog(CodeTaskDialog):
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
        super().__init__(paths, secrets, parent, runner)
        self.setObjectName("recoverKeyDialog")
        self.setWindowTitle(self.tr("Pulihkan kunci data"))

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
        self.code_edit.changed.connect(self._update)
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

        return self.start(work, "recover-key")

    def succeeded(self, result: Any) -> None:
        self.recovered.emit()

    def _update(self) -> None:
        idle = self.task is None
        self.code_edit.setEnabled(idle)
        self.recover_button.setEnabled(idle and bool(self.code_edit.code()))
