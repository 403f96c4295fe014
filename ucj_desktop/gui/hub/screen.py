"""The base of the hub desk's screens: the office's page (screens/base.Page: runner, one task
at a time, layout, ``run_op``) on the hub desk instead of an office store, with the pieces
every hub screen uses: the outcome line, a progress row with its cancel button, reads on the
runner's read workers, and a place a chart can be put in.

Modal boxes go through small methods (``_ask_*``, ``_confirm``) so tests answer them on the
instance while the screen's own logic runs unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.gui.screens.base import Page
from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.draw_later import draw_later
from ucj_desktop.gui.widgets.file_dialogs import ask_folder, ask_open_path, ask_save_file
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE
from ucj_desktop.hub.desk import HubDesk
from ucj_desktop.services.accounts import OfficerSession

log = logging.getLogger(__name__)
T = TypeVar("T")

HUB_STYLE = (
    SCREEN_STYLE
    + RESULT_STYLE
    + """
QFrame[role="tile"] { background: #ffffff; border: 1px solid #d9e1e7; border-radius: 8px; }
QLabel[role="tileValue"] { font-size: 22px; font-weight: bold; color: #0b4f6c; }
QLabel[role="tileLabel"] { font-size: 12px; color: #4a5b66; }
"""
)


class HubScreen(Page):
    """A screen of the hub desk (``desk``).

    It reads nothing while it is built: its first ``refresh`` (``reload``, each screen's own)
    comes when it is first shown, or when the window shows it, so the window opens with only
    the screen in sight read. What ``read_later`` hands the runner's read workers starts once
    the screen has painted: the screen appears first, the counts over every record after.
    """

    style_sheet = HUB_STYLE
    read_once = False  # refreshed at least once
    chart_drawn = Signal()  # after each drawing of the screen's chart, whatever it showed

    def __init__(
        self,
        desk: HubDesk,
        who: OfficerSession,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self.desk = desk
        self._painted = False
        self._waiting_reads: list[Callable[[], object]] = []
        super().__init__(who, parent, runner, today=today)

    def refresh(self) -> None:
        """Read what the screen shows again."""
        self.read_once = True
        self.reload()

    def reload(self) -> None:
        """Each screen's own reading (``refresh`` calls it)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.read_once:
            self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._start_reads)

    def _start_reads(self) -> None:
        waiting, self._waiting_reads = self._waiting_reads, []
        for start in waiting:
            start()

    # -- pieces ---------------------------------------------------------------------------

    message: MessageBanner  # the outcome line: each screen adds it with ``banner``

    def banner(self, layout: QVBoxLayout) -> MessageBanner:
        """The outcome line of the screen's last action (``self.message``), added to
        ``layout``."""
        self.message = MessageBanner()
        self.message.add_to(layout)
        return self.message

    def progress_in(self, row: QHBoxLayout) -> tuple[QProgressBar, QPushButton]:
        """A progress bar and its Batal button at the end of ``row`` (beside the buttons that
        start the work), hidden until an operation shows them."""
        bar = QProgressBar()
        bar.setTextVisible(False)
        cancel = QPushButton(self.tr("&Batal"))
        row.addWidget(bar, 1)
        row.addWidget(cancel)
        bar.hide()
        cancel.hide()
        return bar, cancel

    def tile(self, label: str) -> tuple[QFrame, QLabel, QLabel]:
        """A figure on a small card: the frame, its value label and its caption label."""
        frame = QFrame()
        frame.setProperty("role", "tile")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 8, 14, 10)
        box.setSpacing(2)
        value, caption = role_label("—", "tileValue"), role_label(label, "tileLabel", wrap=True)
        box.addWidget(value)
        box.addWidget(caption)
        return frame, value, caption

    def chart_place(self, layout: QBoxLayout, caption: str = "", height: int = 180) -> QWidget:
        """Where the screen's chart goes, under ``caption`` (``chart_caption``), ``height``
        pixels tall: empty and hidden until ``put_chart``, so it takes no room. Each screen
        draws its chart in ``draw_chart`` (importing gui/widgets/charts.py there), which
        ``draw_chart_soon`` runs a turn of the event loop later: the chart library is never
        on a screen's first show."""
        self.chart_area = QWidget()
        self.chart_area.setObjectName("chartArea")
        box = QVBoxLayout(self.chart_area)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.chart_caption = role_label(caption, "cardLabel", wrap=True)
        self.chart_caption.setVisible(bool(caption))  # none: the screen says it elsewhere
        box.addWidget(self.chart_caption)
        self.chart_height = height
        self.chart_area.hide()
        layout.addWidget(self.chart_area)
        self._chart_later = draw_later(self, self._draw_chart)
        return self.chart_area

    def draw_chart_soon(self) -> None:
        """Draw the chart on a turn of the event loop once the screen has painted, as the
        background reads start (``chart_drawn`` after): a screen's first show paints without
        it, however many turns the loop takes before the paint."""
        if self._painted:
            self._chart_later.start()
        elif self._chart_later.start not in self._waiting_reads:
            self._waiting_reads.append(self._chart_later.start)

    def draw_chart(self) -> None:
        """Each screen's own drawing of its chart (``put_chart`` the first time)."""
        raise NotImplementedError

    def _draw_chart(self) -> None:
        self.draw_chart()
        box = self.chart_area.layout()
        if box is not None:
            box.activate()  # placed now: a picture taken next has the chart
        self.chart_drawn.emit()

    def put_chart(self, chart: QWidget) -> None:
        """Show ``chart`` in the screen's chart place (instead of any shown before)."""
        box = self.chart_area.layout()
        assert box is not None
        while box.count() > 1:  # the caption stays
            item = box.takeAt(1)
            old = None if item is None else item.widget()
            if old is not None:
                old.deleteLater()
        chart.setFixedHeight(self.chart_height)
        box.addWidget(chart)
        self.chart_area.show()

    @staticmethod
    def sized_by_sight(table: QTableView) -> QTableView:
        """Columns sized to the rows in sight, not to every row the model holds (a page of
        200, or more as it scrolls): what a screen shows first is all it measures."""
        table.horizontalHeader().setResizeContentsPrecision(0)
        return table

    def number(self, value: int) -> str:
        return number_text(value)

    # -- reads on the runner ------------------------------------------------------------------

    def read_later(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object] | None = None,
        name: str = "",
    ) -> None:
        """``work()`` on a read worker (a count over the city's records) once the screen has
        painted; ``done(result)`` on the GUI thread, or ``failed(exception)`` (default:
        logged, nothing shown)."""

        def fail(exc: BaseException) -> None:
            if not isinstance(exc, EXPECTED_ERRORS):
                log.error("a hub desk read failed", exc_info=exc)
            if failed is not None:
                failed(exc)

        def start() -> TaskHandle:
            return self.runner.run(
                lambda _progress, _cancel: work(),
                on_done=done,
                on_failed=fail,
                writes=False,
                name=name,
            )

        if self._painted:
            start()
        else:
            self._waiting_reads.append(start)

    def failure_text(self, exc: BaseException) -> str:
        """The sentence for a failed operation (an unexpected one is logged as a bug)."""
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("a hub desk operation failed", exc_info=exc)
        return error_text(exc)

    # -- modal boxes (tests answer these on the instance) --------------------------------------

    def _ask_open_path(self, title: str, filters: str) -> Path | None:
        return ask_open_path(self, title, filters)

    def _ask_folder(self, title: str) -> Path | None:
        return ask_folder(self, title)

    def _ask_save_file(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        return ask_save_file(self, title, name, filters, suffix)

    def _confirm(self, title: str, text: str, action: str) -> bool:
        return confirm(self, title, text, action=action, cancel=self.tr("Batal"))

    def run_desk_op(self, op: Any, on_success: Callable[[Any], object], **options: Any) -> Any:
        """``run_op`` whose failure is said on the screen's banner (``self.message``)."""
        return self.run_op(
            op,
            on_success=on_success,
            on_failure=lambda exc: self.message.show(
                self.tr("Tidak berhasil"), self.failure_text(exc), "bad"
            ),
            **options,
        )
