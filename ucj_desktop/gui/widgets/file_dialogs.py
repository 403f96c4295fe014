"""The system's file dialogs, starting in the officer's Documents folder: the only place the
GUI opens a QFileDialog, so every screen asks for files the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """Where file dialogs start: the officer's Documents folder."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_save_path(
    parent: QWidget, title: str, name: str, filters: str, folder: Path | None = None
) -> tuple[Path, str] | None:
    """The system's save dialog, starting at Documents/``name`` (or ``folder``/``name``): the
    path and the filter the officer chose, or None when cancelled."""
    start = (folder or documents_folder()) / name
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return (Path(chosen), selected) if chosen else None


def ask_save_file(
    parent: QWidget, title: str, name: str, filters: str, suffix: str, folder: Path | None = None
) -> Path | None:
    """Like ``ask_save_path`` for one file type: the path, given ``suffix`` when the officer
    typed a name without it; None when cancelled."""
    chosen = ask_save_path(parent, title, name, filters, folder)
    if chosen is None:
        return None
    path = chosen[0]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """The system's open dialog, starting in Documents; None when cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """The system's folder dialog, starting in Documents; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))
    return Path(chosen) if chosen else None


def ask_open_paths(parent: QWidget, title: str, filters: str) -> list[Path]:
    """The system's open dialog for several files, starting in Documents; [] when cancelled."""
    chosen, _selected = QFileDialog.getOpenFileNames(
        parent, title, str(documents_folder()), filters
    )
    return [Path(name) for name in chosen]
