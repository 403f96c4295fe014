"""Cadangan Data screen, the restore dialog, and restoring from the first-run wizard.

Real encrypted stores and file keyrings; a "replacement computer" is another data folder with an
empty keyring of its own. Backups and restores run on a real TaskRunner; file dialogs are
answered on the instance. Every person is synthetic.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.support.clipping import clipped_texts
from ucj_desktop.gui.app import _open_or_set_up
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.screens.backup import BackupScreen
from ucj_desktop.gui.setup_wizard import SetupWizard
from ucj_desktop.gui.task_runner import TaskRunner
from ucj_desktop.gui.widgets.page import ZERO_WIDTH_SPACE, path_text
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import list_officers, sign_in
from ucj_desktop.services.backups import create_backup, last_backup
from ucj_desktop.services.store_access import open_store

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000  # ms; a generous bound for a slow CI machine, never a sleep
ADMIN_PASSWORD = "admin-pass-123"  # tests/support/stores.py


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def screen(qtbot, office, runner) -> BackupScreen:
    widget = BackupScreen(office.opened, office.admin, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


@pytest.fixture
def backup_file(office, secret_store, tmp_path) -> Path:
    for i in range(3):
        office.register(i)
    return create_backup(office.opened, office.admin, secret_store, tmp_path / "b.ucjbak").path


@pytest.fixture
def new_pc(tmp_path) -> tuple[StorePaths, SecretStore]:
    keyring = FileKeyring(tmp_path / "replacement-keyring.json")
    return StorePaths(tmp_path / "replacement" / "UCJDesktop"), SecretStore(keyring)


def test_the_screen_asks_for_a_first_backup_then_makes_one_on_the_stick(
    qtbot, screen, office, tmp_path
):
    assert screen.status_label.text() == "Belum pernah dibuat cadangan. Buat sekarang."
    assert screen.status_label.property("tone") == "bad"
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    asked: list[str] = []
    screen._ask_save_path = lambda name: asked.append(name) or stick / name
    office.register(0)
    with qtbot.waitSignal(screen.backed_up, timeout=WAIT) as made:
        qtbot.mouseClick(screen.backup_button, LEFT)
    [written] = list(stick.iterdir())
    assert written.name == asked[0] and asked[0].startswith("UCJ-3275011001-cadangan-")
    assert made.args[0].path == written
    assert screen.message.title.text().startswith("Cadangan dibuat (")
    assert str(written) in screen.message.detail.text()
    assert screen.status_label.property("tone") == "good"
    assert "oleh Admin Kantor · 1 pendaftaran · " + written.name in screen.status_label.text()
    assert last_backup(office.opened, office.admin).file == written.name


def test_a_failed_backup_says_why_and_the_screen_stays_usable(qtbot, screen, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        screen.make_backup(blocked / "cadangan.ucjbak")
    assert screen.message.title.text() == "Cadangan tidak dibuat"
    assert screen.message.detail.text().startswith("Cadangan tidak dapat ditulis di folder itu")
    assert screen.backup_button.isEnabled()
    assert screen.status_label.property("tone") == "bad"  # still none made


def test_the_restore_dialog_shows_the_backup_then_needs_the_right_code(
    qtbot, recovery_code, backup_file, new_pc, runner
):
    paths, secrets = new_pc
    dialog = RestoreDialog(paths, secrets, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog._ask_backup_file = lambda: backup_file
    qtbot.mouseClick(dialog.choose_button, LEFT)
    info = dialog.info_label.text()
    assert "Kantor Bekasijaya (32.75.01.1001)" in info and "3 pendaftaran" in info
    assert dialog.restore_button.isEnabled()

    # Without the code this keyring cannot open it: said in words, nothing written.
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT)
    assert "kode pemulihan" in dialog.error_label.text()
    assert not paths.root.exists() or not any(paths.root.iterdir())

    qtbot.keyClicks(dialog.code_edit, recovery_code.lower())
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        dialog.restore()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    opened = open_store(paths, secrets)
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        assert {o.username for o in list_officers(opened, admin)} >= {"admin", "rina", "vera"}
    finally:
        opened.close()


def test_the_chosen_backup_shows_its_whole_path_however_deep(
    qtbot, backup_file, new_pc, runner, tmp_path
):
    deep = tmp_path / "flashdisk kantor" / "cadangan-bulanan" / "2026" / "Desember" / "minggu-1"
    deep.mkdir(parents=True)
    chosen = backup_file.rename(deep / "UCJ-3275011001-cadangan-20261205-101500.ucjbak")
    paths, secrets = new_pc
    dialog = RestoreDialog(paths, secrets, runner=runner)
    qtbot.addWidget(dialog)
    dialog.resize(640, 460)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choose(chosen)
    QApplication.processEvents()
    shown = dialog.file_label
    assert shown.fontMetrics().horizontalAdvance(str(chosen)) > shown.width()  # one line: cut
    assert shown.text().replace(ZERO_WIDTH_SPACE, "") == str(chosen)
    assert shown.toolTip() == str(chosen)
    assert clipped_texts(dialog) == []  # over lines, every part of it in sight


def test_a_path_may_break_after_each_folder_separator():
    assert path_text(Path("/media/flashdisk/UCJ-cadangan.ucjbak")) == (
        "/\u200bmedia/\u200bflashdisk/\u200bUCJ-cadangan.ucjbak"
    )
    # A Windows path (its separators kept as they are off Windows): no break after a
    # backslash otherwise.
    assert path_text(PureWindowsPath(r"E:\cadangan\UCJ-cadangan.ucjbak")) == (
        "E:\\\u200bcadangan\\\u200bUCJ-cadangan.ucjbak"
    )


def test_a_file_that_is_not_a_backup_is_named_as_such(qtbot, new_pc, runner, tmp_path):
    paths, secrets = new_pc
    photo = tmp_path / "foto.ucjbak"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(100))
    dialog = RestoreDialog(paths, secrets, runner=runner)
    qtbot.addWidget(dialog)
    assert dialog.choose(photo) is None
    assert dialog.error_label.text().startswith("Berkas ini bukan cadangan UCJ Desktop")
    assert not dialog.restore_button.isEnabled()


def test_a_replacement_pc_restores_from_the_first_run_wizard(
    qtbot, recovery_code, backup_file, new_pc, runner
):
    paths, secrets = new_pc
    wizard = SetupWizard(paths, secrets)
    qtbot.addWidget(wizard)
    wizard.show()

    def answer(dialog: RestoreDialog) -> bool:
        dialog.runner = runner
        dialog.choose(backup_file)
        dialog.code_edit.setText(recovery_code)
        with qtbot.waitSignal(dialog.restored, timeout=WAIT):
            dialog.restore()
        return True

    wizard._run_dialog = answer
    qtbot.mouseClick(wizard.office_page.restore_button, LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted.value
    assert wizard.opened is not None
    assert wizard.opened.manifest.office_code == "32.75.01.1001"
    wizard.opened.close()


def test_a_damaged_store_at_start_up_offers_the_restore(
    qtbot, office, backup_file, recovery_code, secret_store, store_paths
):
    office.opened.close()
    store_paths.database.write_bytes(b"")  # the file a crash or a bad disk left behind
    seen: list[str] = []

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_box)
            return
        seen.append(box.text())
        [restore] = [b for b in box.buttons() if b.text().startswith("&Pulihkan")]
        QTimer.singleShot(20, answer_dialog)
        restore.click()

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, answer_dialog)
            return
        seen.append(dialog.replace_box.text() if dialog.replace_box.isChecked() else "")
        dialog.choose(backup_file)
        dialog.code_edit.setText(recovery_code)
        dialog.restore()

    QTimer.singleShot(20, answer_box)
    opened = _open_or_set_up(store_paths, demo=False, tour=False)
    assert opened is not None
    try:
        assert "Berkas data rusak" in seen[0]
        assert seen[1].startswith("&Ganti data yang ada")
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        assert {"rina", "vera"} <= {o.username for o in list_officers(opened, admin)}
        [kept] = list(store_paths.backups.glob("replaced-*"))
        assert (kept / "ucj.db").read_bytes() == b""  # the damaged file, moved aside
    finally:
        opened.close()
