"""The bases every screen stands on: ``Page`` (any desk window: the office's or the hub's)
and ``Screen`` (a page of the office store)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ucj_desktop.gui.operations import Op, run_operation
from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner
from ucj_desktop.gui.text import officer_locale
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.widgets.page import page_header, vbox
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.store_access import OpenStore

StoreT = TypeVar("StoreT")


class Page(QWidget, Generic[StoreT]):
    """A screen of a desk window: the store it works on (``store``), the signed-in officer,
    the task runner, the one operation at a time (``task``), the page layout and its header.
    ``__init__`` builds the page.

    Store writes go through ``run_op`` (gui/operations.py): one service call on the runner,
    ``task_ended`` after each, whatever its end.

    Modal boxes (questions, file choosers, dialogs run with ``exec``) go through small methods
    of the screen (``_ask_*``, ``_confirm``, ``_warn``...; each screen's module names its own),
    so tests answer them on the instance while the screen's own logic runs unchanged.
    """

    task_ended = Signal()  # after every background task of the screen, whatever its end

    key: ClassVar[str]  # the navigation key; the widget is named ``screen_<key>``
    style_sheet: ClassVar[str] = ""

    def __init__(
        self,
        store: StoreT,
        who: OfficerSession,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(f"screen_{self.key}")
        if self.style_sheet:
            self.setStyleSheet(self.style_sheet)
        self.who = who
        self.runner = runner or app_runner()
        self.today = today  # a fixed day for tests and the tour; None is the calendar's
        self.task: TaskHandle | None = None
        self.build()

    def build(self) -> None:
        """Lay out the screen's widgets (each screen writes its own)."""
        raise NotImplementedError

    @property
    def _locale(self) -> QLocale:
        """Numbers, rupiah and dates as the officer reads them now (asked at each use: the
        language may change while the screen is open)."""
        return officer_locale()

    def current_day(self) -> date:
        return self.today or date.today()

    def page_layout(self, title: str, hint: str, spacing: int | None = 10) -> QVBoxLayout:
        """The screen's layout with the page margins and the title/hint header."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        if spacing is not None:
            layout.setSpacing(spacing)
        page_header(layout, title, hint)
        return layout

    @staticmethod
    def content_page() -> tuple[QWidget, QVBoxLayout]:
        """A bare page for ``stack_pages``: no margins, the screens' row spacing."""
        content = QWidget()
        content_layout = vbox(content, margins=(0, 0, 0, 0), spacing=10)
        return content, content_layout

    def stack_pages(
        self, layout: QVBoxLayout, content: QWidget, *, align_top: bool = False
    ) -> None:
        """``self.stack`` in ``layout``: page 0 the screen's ``content``, page 1 a message
        (``self.message_label``) shown instead when the list cannot be read."""
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(content)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        if align_top:
            self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.setProperty("role", "pageHint")
        message_page = QFrame()
        message_layout = QVBoxLayout(message_page)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.message_label)
        message_layout.addStretch(1)
        self.stack.addWidget(message_page)

    def show_content(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_error(self, exc: BaseException) -> None:
        """The message page, saying why the list could not be read."""
        self.message_label.setText(error_text(exc))
        self.stack.setCurrentIndex(1)

    def run_op(
        self,
        op: Op[Any],
        *,
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        **options: Any,
    ) -> TaskHandle | None:
        """Run one operation unless one is already running (then None); ``options`` are
        ``run_operation``'s (busy widgets, progress bar, cancel button, name)."""
        if self.task is not None:
            return None

        def ended(callback: Callable[[Any], object]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self.task = None
                callback(value)
                self.task_ended.emit()

            return call

        self.task = run_operation(
            self.runner, op, on_success=ended(on_success), on_failure=ended(on_failure), **options
        )
        return self.task


class Screen(Page[OpenStore]):
    """A screen of the office store (``opened``)."""

    @property
    def opened(self) -> OpenStore:
        return self.store
