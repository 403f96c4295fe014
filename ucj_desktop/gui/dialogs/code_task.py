"""What the two dialogs that take the recovery code share (restore.py, recover_key.py): the
code typed in the printed sheet's lines, one piece of work on the TaskRunner with a busy bar,
Esc refused while it runs (it finishes or fails whole), the refusal said under the form with
the sheet's line to check marked, and the dialog accepted when the work succeeds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QProgressBar, QWidget

from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.messages import recovery_code_line
from ucj_desktop.gui.widgets.page import error_label
from ucj_desktop.gui.widgets.recovery_code import RecoveryCodeEdit
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore

log = logging.getLogger(__name__)


class CodeTaskDialog(QDialog):
    """Work on the store's files in ``paths`` with its keyring ``secrets``. Subclasses lay out
    ``code_edit``, ``progress`` and ``error_label``, start their work with ``start`` and say in
    ``_update`` which controls are on; ``succeeded`` gets the result."""

    def __init__(
        self,
        paths: StorePaths,
        secrets: SecretStore,
        parent: QWidget | None,
        runner: TaskRunner | None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.secrets = secrets
        self.runner = runner or app_runner()
        self.task: TaskHandle | None = None
        self.code_edit = RecoveryCodeEdit()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error_label = error_label()

    def start(self, work: Callable[[Any, Any], object], name: str) -> TaskHandle:
        self.error_label.clear()
        self.code_edit.mark_line(None)
        self.progress.show()
        self.task = self.runner.run(work, on_done=self._finished, on_failed=self._failed, name=name)
        self._update()
        return self.task

    def succeeded(self, result: Any) -> None:
        """The work's result, before the dialog is accepted."""

    def _finished(self, result: object) -> None:
        self.task = None
        self.progress.hide()
        self.succeeded(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("%s failed", self.objectName(), exc_info=exc)
        self.error_label.setText(error_text(exc))
        self.code_edit.mark_line(recovery_code_line(exc))
        self._update()

    def _update(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.task is not None:  # the work is under way; it finishes or fails whole
            return
        super().reject()
