"""The screen walk's views before the first window (tests/support/screen_walk.py runs them):
the first-run wizard page by page, and the start-up messages of a store this computer cannot
open with the dialogs they offer.

- The wizard on a computer without a keyring (its one page says why), then with one: the
  office (none chosen, then the longest name), the admin refused (passwords that differ), the
  recovery code with its PDF saved (the walk returns that recovery sheet).
- The store it made, its key gone from the keyring: the start-up message, "Masukkan kode
  pemulihan…", the code refused (a typo, its line marked), then the right code, which opens
  the store (and a backup is made). The same store with another store's key: its message,
  closed. Then with a damaged store.json: its message, "Pulihkan dari cadangan…" with the
  backup chosen and the code typed, which brings the store back.

The app's own start-up runs (``_open_or_set_up``) and waits in its modal boxes; timers answer
them as a person would (tests/support/modal.py). A step that fails closes every modal box so the
start-up returns, and the walk raises the step's error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from tests.support.modal import POLL_MS, click, when, when_modal
from tests.support.recovery_codes import mistyped
from ucj_desktop.gui.app import _open_or_set_up
from ucj_desktop.gui.dialogs.code_task import CodeTaskDialog
from ucj_desktop.gui.dialogs.recover_key import RecoverKeyDialog
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.setup_wizard import SetupWizard
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import keyring_entry, new_store_key, save_store_key
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.backups import create_backup
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.manifest import read_manifest

ADMIN, ADMIN_PASSWORD = "siti", "sandi-kuat-2026"

Check = Callable[[str, QWidget], None]


def walk_start_up(check: Check, folder: Path) -> dict[str, Path]:
    """Every view before the first window, each measured by ``check(name, widget)``; the PDFs
    saved on the way, by name."""
    _wizard_without_keyring(check, StorePaths(folder / "no-keyring"))
    # This computer's keyring: a file, so nothing touches the machine's own.
    keyring.set_keyring(FileKeyring(folder / "keyring.json"))
    paths = StorePaths(folder / "office")
    code, sheet = _wizard(check, paths, folder)
    secrets = SecretStore()
    store_id = read_manifest(paths.manifest).store_id

    secrets.delete(keyring_entry(store_id))  # a new Windows profile, a wiped keyring
    opened = _start_up(paths, lambda steps: _recover_with_code(check, steps, code))
    if not isinstance(opened, OpenStore):
        raise RuntimeError("the recovery code did not open the store")
    try:  # the office's backup on its flash drive, for the damaged store below
        admin = sign_in(opened, ADMIN, ADMIN_PASSWORD)
        backup = create_backup(opened, admin, secrets, folder / "flashdisk-kantor").path
    finally:
        opened.close()

    save_store_key(secrets, store_id, new_store_key())  # another store's key in its place
    if _start_up(paths, lambda steps: _close_message(check, steps, "key-wrong")) is not None:
        raise RuntimeError("a wrong key opened the store")

    paths.manifest.write_text("{", "utf-8")  # store.json cut short: a backup brings it back
    opened = _start_up(paths, lambda steps: _restore_backup(check, steps, backup, code))
    if not isinstance(opened, OpenStore):
        raise RuntimeError("the restored store did not open")
    opened.close()
    return {"recovery-sheet": sheet}


def _wizard_without_keyring(check: Check, paths: StorePaths) -> None:
    wizard = SetupWizard(paths, SecretStore(fail.Keyring()))
    wizard.show()
    try:
        if wizard.currentPage() is not wizard.keyring_page:
            raise RuntimeError("no keyring, yet the wizard asks for the office")
        check("setup-keyring", wizard)
    finally:
        _close(wizard)


def _wizard(check: Check, paths: StorePaths, folder: Path) -> tuple[str, Path]:
    """The wizard the whole way on ``paths``; the recovery code it showed and the sheet it
    saved."""
    wizard = SetupWizard(paths, SecretStore())
    wizard.show()
    try:
        office = wizard.office_page
        check("setup-office", wizard)  # nothing chosen: the placeholder shows
        combo = office.combo
        longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
        combo.setCurrentIndex(longest)
        check("setup-office-chosen", wizard)
        wizard.next()
        admin = wizard.admin_page
        for edit, text in (
            (admin.username, ADMIN),
            (admin.full_name, "Siti Aminah Nurhasanah"),
            (admin.password, ADMIN_PASSWORD),
            (admin.repeat, "sandi-lain-2026"),
        ):
            edit.setText(text)
        wizard.next()  # refused: the passwords differ
        if wizard.currentPage() is not admin or not admin.error.text():
            raise RuntimeError("the wizard took two different passwords")
        check("setup-admin", wizard)
        admin.repeat.setText(ADMIN_PASSWORD)
        wizard.next()
        page = wizard.recovery_page
        if wizard.currentPage() is not page or wizard.result_info is None:
            raise RuntimeError("the wizard did not make the store")
        # Saved where an admin would: a long path in the line under the code.
        sheet = folder / "flashdisk-kantor" / "dokumen penyiapan" / "kode-pemulihan-ucj.pdf"
        sheet.parent.mkdir(parents=True)
        wizard.ask_pdf_path = lambda: sheet  # type: ignore[method-assign]
        page.save_button.click()
        if not sheet.exists():
            raise RuntimeError(f"the recovery sheet was not saved: {page.saved_label.text()}")
        check("setup-recovery-code", wizard)
        page.confirm.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result_info.recovery_code, sheet
    finally:
        if wizard.opened is not None:
            wizard.opened.close()
        _close(wizard)


def _close(dialog: QDialog) -> None:
    QDialog.done(dialog, QDialog.DialogCode.Rejected.value)
    dialog.deleteLater()


class _Steps:
    """Steps run from timers while the start-up waits in a modal box's exec(). The first that
    fails is kept, and every modal box is closed so the start-up returns."""

    def __init__(self) -> None:
        self.error: BaseException | None = None

    def step(self, action: Callable[..., None]) -> Callable[..., None]:
        def run(*args: Any) -> None:
            if self.error is not None:
                return
            try:
                action(*args)
            except Exception as exc:  # noqa: BLE001  (raised by the walk once start-up returns)
                self.error = exc
                self._close_modal()

        return run

    def _close_modal(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        busy = isinstance(widget, CodeTaskDialog) and widget.task is not None
        if isinstance(widget, QDialog) and not busy:  # a running task finishes first
            QDialog.done(widget, QDialog.DialogCode.Rejected.value)
        QTimer.singleShot(POLL_MS, self._close_modal)  # a cancelled dialog goes back to its box


def _start_up(paths: StorePaths, answer: Callable[[_Steps], None]) -> object | None:
    """The app's start-up on ``paths``, its boxes answered by ``answer``."""
    steps = _Steps()
    answer(steps)
    opened = _open_or_set_up(paths, demo=False, tour=False)
    if steps.error is not None:
        if isinstance(opened, OpenStore):
            opened.close()
        raise steps.error
    return opened


def _recover_with_code(check: Check, steps: _Steps, code: str) -> None:
    def on_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        check("key-missing", box)
        when_modal(RecoverKeyDialog, steps.step(on_dialog))
        click(box, "Masukkan kode pemulihan")

    def on_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoverKeyDialog)
        check("recover-key", dialog)
        dialog.code_edit.setText(mistyped(code, 6))
        dialog.recover_button.click()
        when(
            lambda: dialog.task is None and bool(dialog.error_label.text()),
            steps.step(lambda: refused(dialog)),
        )

    def refused(dialog: RecoverKeyDialog) -> None:
        check("recover-key-refused", dialog)  # the reason, the sheet's line to check marked
        dialog.code_edit.setText(code)
        dialog.recover_button.click()

    when_modal(QMessageBox, steps.step(on_message))


def _restore_backup(check: Check, steps: _Steps, backup: Path, code: str) -> None:
    def on_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        check("store-damaged", box)  # the backup only: the code cannot mend a damaged file
        when_modal(RestoreDialog, steps.step(on_dialog))
        click(box, "Pulihkan dari cadangan")

    def on_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.choose(backup)
        dialog.code_edit.setText(code)
        check("restore-replace", dialog)  # what the backup holds; the old folder kept aside
        dialog.restore_button.click()

    when_modal(QMessageBox, steps.step(on_message))


def _close_message(check: Check, steps: _Steps, name: str) -> None:
    def on_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        check(name, box)
        click(box, "Tutup")

    when_modal(QMessageBox, steps.step(on_message))
