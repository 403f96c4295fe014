"""A store whose key this computer's keyring lacks, from the start-up message to an unlocked
store: the recovery code typed in the printed sheet's lines (the service under `ucj recover`),
or a backup restored (the restore service). Real encrypted stores, real file keyrings, the real
TaskRunner; modal boxes are answered from timers as a person would. Every person is synthetic.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.support.modal import click, when, when_modal
from tests.support.recovery_codes import mistyped
from ucj_desktop.gui.app import _open_or_set_up
from ucj_desktop.gui.dialogs.recover_key import RecoverKeyDialog
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.widgets.recovery_code import RecoveryCodeEdit
from ucj_desktop.paths import resources
from ucj_desktop.security.recovery import code_lines
from ucj_desktop.security.store_key import (
    keyring_entry,
    load_store_key,
    new_store_key,
    save_store_key,
)
from ucj_desktop.services.accounts import list_officers, sign_in
from ucj_desktop.services.backups import create_backup
from ucj_desktop.services.store_access import OpenStore

ADMIN_PASSWORD = "admin-pass-123"  # tests/support/stores.py


def _styled_shot(widget: QWidget, folder: Path, name: str) -> None:
    """The dialog, styled as the app styles it, as a PNG in the test's own folder."""
    widget.setStyleSheet((resources() / "styles" / "app.qss").read_text(encoding="utf-8"))
    assert widget.grab().save(str(folder / f"{name}.png"))


@contextmanager
def _started(store_paths) -> Iterator[OpenStore]:
    """The app's start-up on ``store_paths`` (its modal boxes answered by timers set before),
    which must end with the store open; closed afterwards."""
    opened = _open_or_set_up(store_paths, demo=False, tour=False)
    assert isinstance(opened, OpenStore)
    try:
        yield opened
    finally:
        opened.close()


def _the_office_is_back(opened: OpenStore) -> None:
    admin = sign_in(opened, "admin", ADMIN_PASSWORD)
    assert {"rina", "vera"} <= {o.username for o in list_officers(opened, admin)}


@pytest.fixture
def backup_file(office, secret_store, tmp_path) -> Path:
    for i in range(3):
        office.register(i)
    return create_backup(office.opened, office.admin, secret_store, tmp_path / "b.ucjbak").path


def test_a_missing_key_comes_back_from_the_code_typed_at_the_start_up_message(
    qtbot, office, recovery_code, secret_store, store_paths, tmp_path
):
    store_id = office.opened.manifest.store_id
    office.opened.close()
    secret_store.delete(keyring_entry(store_id))  # a new Windows profile, a wiped keyring
    seen: dict[str, object] = {}

    def on_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        when_modal(RecoverKeyDialog, on_dialog)
        click(box, "Masukkan kode pemulihan")

    def on_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoverKeyDialog)
        dialog.code_edit.setText(mistyped(recovery_code, 6).lower())
        dialog.recover_button.click()
        when(
            lambda: dialog.task is None and bool(dialog.error_label.text()), lambda: refused(dialog)
        )

    def refused(dialog: RecoverKeyDialog) -> None:
        seen["error"] = dialog.error_label.text()
        seen["marked"] = [line.property("invalid") for line in dialog.code_edit.lines]
        seen["key_after_typo"] = load_store_key(secret_store, store_id)
        _styled_shot(dialog, tmp_path, "recover-key-typo")
        dialog.code_edit.setText(recovery_code)
        dialog.recover_button.click()

    when_modal(QMessageBox, on_box)
    with _started(store_paths) as opened:
        assert "Kunci data tidak ada" in str(seen["message"])
        assert "ucj recover" not in str(seen["message"])  # no command the bundle's user lacks
        assert any("Pulihkan dari cadangan" in b for b in seen["buttons"])  # type: ignore[attr-defined]
        # The typo is named by group and by the line of the printed sheet; nothing was saved.
        assert seen["error"] == (
            "Kode pemulihan tidak sah: periksa kelompok ke-6 (baris 2) dengan lembar kode "
            "pemulihan."
        )
        assert seen["marked"] == [False, True, False, False]
        assert seen["key_after_typo"] is None
        # The right code: the key is back, the store is open, the admin signs in.
        assert load_store_key(secret_store, store_id) is not None
        _the_office_is_back(opened)


def test_a_wrong_key_is_mended_by_restoring_a_backup_from_the_start_up_message(
    qtbot, office, backup_file, recovery_code, secret_store, store_paths, tmp_path
):
    store_id = office.opened.manifest.store_id
    office.opened.close()
    save_store_key(secret_store, store_id, new_store_key())  # another store's key in its place
    seen: dict[str, object] = {}

    def on_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        when_modal(RestoreDialog, on_dialog)
        click(box, "Pulihkan dari cadangan")

    def on_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen["replace"] = dialog.replace_box.isChecked()
        dialog.choose(backup_file)
        # Typed as on the sheet: lower case, the groups of each line spaced.
        for line in code_lines(recovery_code):
            qtbot.keyClicks(dialog.code_edit, " ".join(line).lower())
        seen["typed"] = dialog.code_edit.code()
        _styled_shot(dialog, tmp_path, "restore-with-code")
        dialog.restore_button.click()

    when_modal(QMessageBox, on_box)
    with _started(store_paths) as opened:
        assert "bukan kunci data kantor ini" in str(seen["message"])
        assert seen["replace"] is True
        assert seen["typed"] == recovery_code
        _the_office_is_back(opened)
        [kept] = list(store_paths.backups.glob("replaced-*"))  # the old folder, moved aside
        assert (kept / "store.json").exists()


def test_closing_the_message_leaves_the_store_and_keyring_as_they_were(
    qtbot, office, secret_store, store_paths
):
    store_id = office.opened.manifest.store_id
    office.opened.close()
    secret_store.delete(keyring_entry(store_id))
    before = store_paths.database.read_bytes()
    when_modal(QMessageBox, lambda box: click(box, "Tutup"))  # type: ignore[arg-type]
    assert _open_or_set_up(store_paths, demo=False, tour=False) is None
    assert store_paths.database.read_bytes() == before
    assert load_store_key(secret_store, store_id) is None


def test_the_code_entry_has_the_sheets_lines_and_takes_a_pasted_code(qtbot, recovery_code):
    entry = RecoveryCodeEdit()
    qtbot.addWidget(entry)
    entry.show()
    # A whole code pasted into the first line spreads over the four, as the sheet prints it.
    entry.lines[0].setFocus()
    entry.lines[0].insert(recovery_code.lower())
    assert [line.text().split() for line in entry.lines] == code_lines(recovery_code)
    assert entry.code() == recovery_code
    # Typed line by line: a full line moves on to the next one by itself.
    entry.clear()
    entry.lines[0].setFocus()
    first = code_lines(recovery_code)[0]
    qtbot.keyClicks(entry.lines[0], "".join(first))
    assert entry.lines[0].text() == "  ".join(first)
    assert entry.focusWidget() is entry.lines[1]
    # 0, 1 and 8 typed for O, I, B are kept as typed here; the service reads them as letters.
    entry.setText("0" * 56)
    assert entry.code().count("0") == 56
