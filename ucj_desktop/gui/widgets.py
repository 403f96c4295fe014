"""Building blocks every screen shares: the page header, table look and the screen stylesheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QTableView, QVBoxLayout, QWidget

from ucj_desktop.domain.premium import thousands
from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.store_access import OpenStore

SCREEN_STYLE = """
QTableView { background: #ffffff; alternate-background-color: #f6f9fb; border: 1px solid #d9e1e7;
             border-radius: 6px; selection-background-color: #cfe3ec; selection-color: #15303d; }
QTableView::item { padding: 0 8px; }
QHeaderView::section { background: #eef3f6; color: #15303d; font-weight: bold;
                       padding: 6px 8px 6px 11px; border: none; border-bottom: 1px solid #d9e1e7; }
QPushButton { padding: 5px 14px; }
"""

# The outcome line under a screen's buttons (MessageBanner): a bold title, green or red.
RESULT_STYLE = """
QLabel[role="resultTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="resultTitle"][tone="good"] { color: #1b6e47; }
QLabel[role="resultTitle"][tone="bad"] { color: #b3261e; }
"""


def style_table(table: QTableView) -> None:
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def page_header(layout: QVBoxLayout, title: str, hint: str) -> None:
    """Title and hint styled like every other screen (app.qss roles pageTitle / pageHint)."""
    title_label = QLabel(title)
    title_label.setProperty("role", "pageTitle")
    hint_label = QLabel(hint)
    hint_label.setProperty("role", "pageHint")
    hint_label.setWordWrap(True)
    layout.addWidget(title_label)
    layout.addWidget(hint_label)
    layout.addSpacing(12)


def role_label(text: str = "", role: str | None = None, wrap: bool = False) -> QLabel:
    """A label the screen stylesheets style by its ``role`` property."""
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a property the sheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def number_text(value: int) -> str:
    """A count as Indonesians write it: 11.666 (a dot between thousands)."""
    return thousands(value)


class MessageBanner:
    """What the last action did: a title (tone "good", "bad" or plain) and a selectable
    detail line, both hidden while empty. The labels go wherever the screen's layout wants."""

    def __init__(self) -> None:
        self.title = role_label(role="resultTitle", wrap=True)
        self.detail = role_label(role="pageHint", wrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show("", "")

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.title)
        layout.addWidget(self.detail)

    def show(self, title: str, detail: str, tone: str = "") -> None:
        self.title.setText(title)
        self.title.setProperty("tone", tone)
        repolish(self.title)
        self.title.setVisible(bool(title))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class TaskScreen(QWidget):
    """A screen of the office store whose long work runs on the TaskRunner: the store, the
    signed-in officer, the runner, the one task at a time, the page layout and its header."""

    task_ended = Signal()  # after every background task of the screen, whatever its end

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        key: str,
        style: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"screen_{key}")
        self.setStyleSheet(style)
        self.opened = opened
        self.who = who
        self.runner = runner or app_runner()
        self.task: TaskHandle | None = None

    def page_layout(self, title: str, hint: str) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        page_header(layout, title, hint)
        return layout


def documents_folder() -> Path:
    """Where file dialogs start: the officer's Documents folder."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> tuple[Path, str] | None:
    """The system's save dialog, starting at Documents/``name``: the path and the filter the
    officer chose, or None when cancelled."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / name), filters
    )
    return (Path(chosen), selected) if chosen else None


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """The system's open dialog, starting in Documents; None when cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return Path(chosen) if chosen else None
