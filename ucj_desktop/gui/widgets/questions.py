"""The one way a screen asks the officer a yes/no question or tells them something."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    *,
    action: str | None = None,
    cancel: str | None = None,
    default_yes: bool = False,
) -> bool:
    """True when the officer agrees. With ``action``/``cancel`` the buttons say what happens
    ("Nonaktifkan" / "Batal"); otherwise they are the system's Yes / No."""
    if action is None:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, default)
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(cancel or "", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.exec()
    return box.clickedButton() is yes


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
