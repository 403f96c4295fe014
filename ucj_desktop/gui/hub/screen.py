"""The base of the hub desk's screens: the office's page (screens/base.Page: runner, one task
at a time, layout, ``run_op``) on the hub desk instead of an office store, with the pieces
every hub screen uses: the outcome line, a progress row with its cancel button, reads on the
runner's read workers, and a place a chart can be put in.

Its modal boxes, which every hub screen shares: ``_ask_*``, ``_confirm`` (why: see ``Page``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.hub.navigation import page_heading
from ucj_desktop.gui.models.paged import RowsTableModel
from ucj_desktop.gui.operations import Op
from ucj_desktop.gui.screens.base import Page
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.draw_later import draw_later
from ucj_desktop.gui.widgets.file_dialogs import ask_folder, ask_open_path, ask_save_file
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import read_only_table
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.desk import HubDesk, as_operator

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


class HubScreen(Page[HubDesk]):
    """A screen of the hub desk (``desk``).

    It reads nothing while it is built: its first ``refresh`` (``reload``, each screen's own)
    comes when it is first shown, or when the window shows it, so the window opens with only
    the screen in sight read. What ``read_later`` hands the runner's read workers starts once
    the screen has painted: the screen appears first, the counts over every record after.
    """

    style_sheet = HUB_STYLE
    read_once = False  # refreshed at least once
    spacing: ClassVar[int | None] = 8  # between the rows of the page (None: the style's)
    _painted = False  # until the first paint, reads wait in ``_waiting_reads``
    _waiting_reads: tuple[Callable[[], object], ...] = ()
    reading = 0  # reads started and not yet delivered (a language switch waits for them)
    action_buttons: tuple[QPushButton, ...] = ()  # busy while an operation runs
    progress_bar: QProgressBar | None = None  # shown while an operation runs
    chart_drawn = Signal()  # after each drawing of the screen's chart, whatever it showed

    @property
    def desk(self) -> HubDesk:
        return self.store

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
        waiting, self._waiting_reads = self._waiting_reads, ()
        for start in waiting:
            start()

    # -- pieces ---------------------------------------------------------------------------

    def build(self) -> None:
        title, hint = page_heading(self.key)
        self.build_page(self.page_layout(title, hint, self.spacing))

    def build_page(self, layout: QVBoxLayout) -> None:
        """Each screen's own widgets, in ``layout`` under its title and hint."""
        raise NotImplementedError

    def action_button(
        self, text: str, slot: Callable[[], object], permission: Permission | None = None
    ) -> QPushButton:
        """A button that starts one of the screen's operations (``slot``), shown only when
        the officer's role allows ``permission``; every one is busy while an operation
        runs."""
        button = QPushButton(text)
        if permission is not None:
            button.setVisible(allowed(self.who.roles, permission))
        button.clicked.connect(lambda: slot())
        self.action_buttons += (button,)
        return button

    def labelled_combo(self, row: QHBoxLayout, text: str, width: int) -> QComboBox:
        """A combo box ``width`` characters wide after its label ``text`` (its buddy), at the
        end of ``row``."""
        label = QLabel(text)
        combo = QComboBox()
        combo.setMinimumContentsLength(width)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        return combo

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
        self.progress_bar = bar
        return bar, cancel

    def action_row(self, layout: QVBoxLayout, *buttons: QPushButton) -> QHBoxLayout:
        """A row in ``layout`` of the screen's action ``buttons`` and, after them, the progress
        bar and its Batal button (``progress_in``); the caller adds what else the row holds."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        self.progress_in(row)
        layout.addLayout(row)
        return row

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
            self._waiting_reads += (self._chart_later.start,)

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

    def sorting_table(
        self, model: RowsTableModel[Any], stretch: int, sort_column: int, name: str
    ) -> QTableView:
        """The rows of ``model`` sorted by the officer's click on a header (by ``SORT_ROLE``),
        at first by ``sort_column``; ``stretch`` takes the width left."""
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(model.SORT_ROLE)
        table = self.sized_by_sight(read_only_table(proxy, stretch, name=name))
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        return table

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

        # A screen deleted while its read ran (its window closed) takes no answer: its
        # widgets are gone.
        def fail(exc: BaseException) -> None:
            self.reading -= 1
            if not isinstance(exc, EXPECTED_ERRORS):
                log.error("a hub desk read failed", exc_info=exc)
            if failed is not None and shiboken6.isValid(self):
                failed(exc)

        def deliver(result: T) -> None:
            self.reading -= 1
            if shiboken6.isValid(self):
                done(result)

        def start() -> TaskHandle:
            # Counted, so that a language switch keeps this screen until its reads are in.
            self.reading += 1
            return self.runner.run(
                lambda _progress, _cancel: work(),
                on_done=deliver,
                on_failed=fail,
                writes=False,
                name=name,
            )

        if self._painted:
            start()
        else:
            self._waiting_reads += (start,)

    def read_now(
        self, work: Callable[[], T], failed: Callable[[BaseException], object]
    ) -> T | None:
        """``work()`` on the GUI thread (a short read the screen shows at once); None after
        ``failed(exception)`` when the hub could not be read."""
        try:
            return work()
        except EXPECTED_ERRORS as exc:
            failed(exc)
            return None

    def failure_text(self, exc: BaseException) -> str:
        """The sentence for a failed operation (an unexpected one is logged as a bug)."""
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("a hub desk operation failed", exc_info=exc)
        return error_text(exc)

    def say_failed(self, title: str) -> Callable[[BaseException], None]:
        """What says a failure on the screen's banner: ``title``, then why."""
        return lambda exc: self.message.show(title, self.failure_text(exc), "bad")

    def say_done(self, title: str, detail: str, ended: SignalInstance, done: object) -> None:
        """An operation that succeeded: ``title`` and ``detail`` on the screen's banner, what
        the screen shows read again, then ``ended(done)``."""
        self.message.show(title, detail, "good")
        self.refresh()
        ended.emit(done)

    # -- modal boxes (tests answer these on the instance) --------------------------------------

    def _ask_open_path(self, title: str, filters: str) -> Path | None:
        return ask_open_path(self, title, filters)

    def _ask_folder(self, title: str) -> Path | None:
        return ask_folder(self, title)

    def _ask_save_file(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        return ask_save_file(self, title, name, filters, suffix)

    def _confirm(self, title: str, text: str, action: str) -> bool:
        return confirm(self, title, text, action=action, cancel=self.tr("Batal"))

    # -- operations ---------------------------------------------------------------------------

    def as_operator(self, permission: Permission, work: Callable[[Hub], T]) -> Op[T]:
        """The operation ``work(hub)``, run as the officer signed in at the desk when their
        role allows ``permission`` (hub/desk.as_operator: one desk action in the trail)."""
        desk, who = self.desk, self.who
        return lambda _progress, _cancel: as_operator(desk, who, permission, work)

    def run_desk_op(
        self,
        op: Any,
        on_success: Callable[[Any], object],
        saying: str = "",
        *,
        on_failure: Callable[[BaseException], object] | None = None,
        **options: Any,
    ) -> Any:
        """``run_op`` whose failure is said on the screen's banner (``self.message``) unless
        ``on_failure`` is given; the banner says ``saying`` meanwhile when given; the action
        buttons are busy and the progress bar shows unless ``options`` (``run_op``'s) say
        otherwise."""
        options = {"busy": self.action_buttons, "progress_bar": self.progress_bar} | options
        if saying:
            self.message.show(saying, "")
        return self.run_op(
            op,
            on_success=on_success,
            on_failure=on_failure or self.say_failed(self.tr("Tidak berhasil")),
            **options,
        )
