"""The file dialogs behind every screen's seam, answered as an officer would (offscreen Qt
shows its own QFileDialog): the path typed comes back, the chosen filter picks the format,
cancel gives None."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.screens.report import FILE_TYPES, ReportScreen
from ucj_desktop.gui.widgets.file_dialogs import ask_open_path, ask_save_path


def _answer(path: Path | None, file_filter: str | None = None) -> None:
    """When the dialog is up: type ``path`` (and pick ``file_filter``) and accept, or cancel."""

    tries = [250]  # ~5 s; a dialog that never comes fails the test instead of waiting forever

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, act)
            return
        if path is None:
            dialog.reject()
            return
        if file_filter is not None:
            dialog.selectNameFilter(file_filter)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # typed by the officer
        dialog.accept()

    QTimer.singleShot(20, act)


@pytest.fixture(autouse=True)
def _qt_dialogs(monkeypatch):
    # The platform's native dialog cannot be driven; Qt's own is what offscreen shows anyway.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _non_native(QFileDialog.getSaveFileName))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _non_native(QFileDialog.getOpenFileName))


def _non_native(function):
    def call(parent, caption, directory, filters):
        return function(
            parent, caption, directory, filters, options=QFileDialog.Option.DontUseNativeDialog
        )

    return call


def test_save_and_open_give_the_path_or_none(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(tmp_path / "cadangan.ucjbak")
    assert ask_save_path(parent, "Simpan", "x.ucjbak", "Cadangan UCJ (*.ucjbak)") == (
        tmp_path / "cadangan.ucjbak",
        "Cadangan UCJ (*.ucjbak)",
    )
    existing = tmp_path / "ada.ucjbak"
    existing.write_bytes(b"x")
    _answer(existing)
    assert ask_open_path(parent, "Buka", "Cadangan UCJ (*.ucjbak)") == existing
    _answer(None)
    assert ask_open_path(parent, "Buka", "Cadangan UCJ (*.ucjbak)") is None


def test_the_report_format_follows_the_filter_chosen(qtbot, office, tmp_path):
    screen = ReportScreen(office.opened, office.verifikator)
    qtbot.addWidget(screen)
    _answer(tmp_path / "iuran", FILE_TYPES[".pdf"])  # no suffix typed
    assert screen._ask_save_path("Iuran.xlsx") == tmp_path / "iuran.pdf"
    _answer(tmp_path / "iuran.csv", FILE_TYPES[".xlsx"])  # a suffix typed wins
    assert screen._ask_save_path("Iuran.xlsx") == tmp_path / "iuran.csv"


def test_the_restore_dialog_asks_for_a_backup_file(qtbot, tmp_path, store_paths, secret_store):
    dialog = RestoreDialog(store_paths, secret_store)
    qtbot.addWidget(dialog)
    backup = tmp_path / "kantor.ucjbak"
    backup.write_bytes(b"x")
    _answer(backup)
    assert dialog._ask_backup_file() == backup
