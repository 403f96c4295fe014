"""Every registration of the office: search by NIK or name, filters, a lazily paged table, and
the detail dialog (full NIK, history, "Ubah").

The detail dialog opens through ``_present`` (window-modal ``open()``), so tests reach the
dialog as ``screen.detail_dialog`` while the screen's own logic runs unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
)

from ucj_desktop.domain.areas import all_kelurahan
from ucj_desktop.domain.categories import DEFAULT_CATEGORIES
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.dialogs.registration_detail import RegistrationDetailDialog
from ucj_desktop.gui.models.registrations import RegistrationTableModel, occupations_short_text
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import status_label, waiting_label
from ucj_desktop.gui.widgets.page import role_label, tab_chain
from ucj_desktop.gui.widgets.questions import warn
from ucj_desktop.gui.widgets.style import SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import Mode, rows_table
from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    count_registrations,
    list_registrations,
)
from ucj_desktop.wording.labels import category_words

SEARCH_DELAY_MS = 300
CELL_PADDING = 24  # the cell's 8 px padding each side (widgets/style.py) and a margin
SORT_ARROW = 20  # the header's sort indicator beside the column's title
REASON_MIN_WIDTH = 160  # the reason (free words, whole in its tooltip) never narrower
# Shown in the detail and chosen by the filters: kept in this order while they fit, so a narrow
# list drops the kelurahan first.
YIELDING_COLUMNS = (
    RegistrationTableModel.COL_CREATED,
    RegistrationTableModel.COL_DESIL,
    RegistrationTableModel.COL_KELURAHAN,
)
DESIL_RANGE = range(1, 11)


def _combo(min_chars: int) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(min_chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class WorkerListScreen(Screen):
    """The worker list. ``edit_requested(id)`` follows "Ubah" in the detail dialog."""

    edit_requested = Signal(str)
    detail_opened = Signal(object)  # the RegistrationDetailDialog, already open

    key = "pekerja"
    style_sheet = SCREEN_STYLE

    def build(self) -> None:
        self.detail_dialog: RegistrationDetailDialog | None = None

        layout = self.page_layout(
            self.tr("Daftar Pekerja"),
            self.tr(
                "Semua pendaftaran kantor ini, terbaru di atas. Tekan Enter atau klik dua kali "
                "untuk melihat rincian dan riwayatnya."
            ),
            spacing=None,
        )
        content, content_layout = self.content_page()

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Cari:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("NIK (awalnya) atau bagian nama"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(420)
        # The hint is read whole, whatever its language's length.
        self.search_edit.ensurePolished()
        hint = self.search_edit.placeholderText()
        self.search_edit.setMinimumWidth(
            self.search_edit.fontMetrics().horizontalAdvance(hint) + 40
        )
        search_label.setBuddy(self.search_edit)
        self.count_label = role_label(role="cardLabel")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.status_combo = _combo(10)
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.category_combo = _combo(12)
        self.category_combo.addItem(self.tr("Semua pekerjaan"), None)
        for category in DEFAULT_CATEGORIES:
            self.category_combo.addItem(category_words(category.code), category.code)
        self.kelurahan_combo = _combo(12)
        self.kelurahan_combo.addItem(self.tr("Semua kelurahan"), None)
        for area in sorted(all_kelurahan(), key=lambda k: k.name):
            self.kelurahan_combo.addItem(area.name, area.code)
        self.desil_combo = _combo(9)
        self.desil_combo.addItem(self.tr("Semua desil"), None)
        for desil in DESIL_RANGE:
            self.desil_combo.addItem(self.tr("Desil {n}").format(n=desil), desil)
        # The status beside the search, the other three below it: four filters in one row
        # need more than a 125% laptop screen has once their words are longer (English).
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        for row, text, widget in (
            (search_row, self.tr("&Status:"), self.status_combo),
            (filters, self.tr("&Pekerjaan:"), self.category_combo),
            (filters, self.tr("&Kelurahan:"), self.kelurahan_combo),
            (filters, self.tr("&Desil:"), self.desil_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addSpacing(6)
            row.addWidget(label)
            row.addWidget(widget)
            widget.currentIndexChanged.connect(lambda _i: self.requery())
            # The choice shown at first ("Semua ...") is never cut short.
            widget.setMinimumContentsLength(
                max(widget.minimumContentsLength(), len(widget.itemText(0)))
            )
        search_row.addStretch(1)
        search_row.addSpacing(12)
        search_row.addWidget(self.count_label)
        content_layout.addLayout(search_row)
        filters.addStretch(1)
        content_layout.addLayout(filters)

        self.model = RegistrationTableModel(parent=self)
        self.table = rows_table(self.model, name="workerTable", selection=Mode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every fetched row on each page.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._widths = self._column_widths()
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)
        # The registrar is in the detail; the reason needs the room more.
        self.table.hideColumn(RegistrationTableModel.COL_OFFICER)
        content_layout.addWidget(self.table, 1)
        self.stack_pages(layout, content)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.requery)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        # Not `activated`: whether one click activates depends on the platform style.
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self.model.fetch_failed.connect(lambda exc: self._warn(error_text(exc)))

        tab_chain(
            self.search_edit,
            self.status_combo,
            self.category_combo,
            self.kelurahan_combo,
            self.desil_combo,
            self.table,
        )
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def _column_widths(self) -> dict[int, int]:
        """Each column as wide as its longest words (the status's waiting rank of five
        digits, two occupations), from the table's own font: right at any scale."""
        metrics = self.table.fontMetrics()
        model = RegistrationTableModel

        def fit(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

        pairs = [
            occupations_short_text((a.code, b.code))
            for a in DEFAULT_CATEGORIES
            for b in DEFAULT_CATEGORIES
            if a != b
        ]
        return {
            model.COL_NIK: fit("3275014******0001"),
            model.COL_NAME: 150,
            model.COL_STATUS: fit(*(status_label(s) for s in Status), waiting_label(88_888)),
            model.COL_KELURAHAN: fit(*(area.name for area in all_kelurahan())),
            model.COL_DESIL: fit(self.tr("Desil"), "10") + SORT_ARROW,
            model.COL_OCCUPATIONS: fit(*pairs),
            model.COL_CREATED: fit("31-12-2026 23:59"),
        }

    def _fit_columns(self) -> None:
        """At a narrow window (125% scaling on a 1366-px laptop) the columns the detail and
        the filters also show give way, last first, so the reason stays in sight."""
        room = (
            self.table.maximumViewportSize().width()
            - self.table.verticalScrollBar().sizeHint().width()
        )
        needed = REASON_MIN_WIDTH + sum(
            width for column, width in self._widths.items() if column not in YIELDING_COLUMNS
        )
        for column in YIELDING_COLUMNS:
            fits = needed + self._widths[column] <= room
            self.table.setColumnHidden(column, not fits)
            if fits:
                needed += self._widths[column]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # Filters

    def current_filter(self) -> RegistrationFilter:
        status = self.status_combo.currentData()
        category = self.category_combo.currentData()
        kelurahan = self.kelurahan_combo.currentData()
        desil = self.desil_combo.currentData()
        return RegistrationFilter(
            text=self.search_edit.text().strip(),
            status=Status(status) if isinstance(status, str) else None,
            category=category if isinstance(category, str) else None,
            kelurahan_code=kelurahan if isinstance(kelurahan, str) else None,
            desil=desil if isinstance(desil, int) else None,
        )

    def select_status(self, status: Status | None) -> None:
        value = None if status is None else status.value
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(value)))

    def set_search(self, text: str) -> None:
        """Type ``text`` into the search box and search at once (no debounce wait)."""
        self.search_edit.setText(text)
        self._search_now()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.requery()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # Reading

    def refresh(self) -> None:
        """Re-read the list with the current filters (after another screen changed records)."""
        self.requery()

    def requery(self) -> None:
        """Count and list the records that match the filters (first page now)."""
        self._search_timer.stop()
        flt = self.current_filter()
        try:
            total = count_registrations(self.opened, self.who, flt)
        except EXPECTED_ERRORS as exc:
            self.show_error(exc)
            self.model.set_source(lambda _offset, _limit: [], 0)
            return
        self.show_content()
        self.model.set_source(
            lambda offset, limit: list_registrations(self.opened, self.who, flt, offset, limit),
            total,
        )
        self.model.fetchMore()
        filtered = flt != RegistrationFilter()
        n = self._locale.toString(total)
        self.count_label.setText(
            self.tr("{n} pendaftaran cocok").format(n=n)
            if filtered
            else self.tr("{n} pendaftaran").format(n=n)
        )
        if self.model.rowCount():
            self.table.selectRow(0)

    # Detail

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_detail(self.model.row_at(index.row()).id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def open_detail(self, registration_id: str) -> RegistrationDetailDialog:
        dialog = RegistrationDetailDialog(self.opened, self.who, registration_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edit_requested.connect(self.edit_requested)
        dialog.finished.connect(lambda _r: self._detail_closed(dialog))
        self.detail_dialog = dialog
        self._present(dialog)
        self.detail_opened.emit(dialog)
        return dialog

    def _detail_closed(self, dialog: RegistrationDetailDialog) -> None:
        if self.detail_dialog is dialog:
            self.detail_dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # Modal boxes (tests answer these on the instance)

    def _present(self, dialog: RegistrationDetailDialog) -> None:
        dialog.open()

    def _warn(self, text: str) -> None:
        warn(self, self.tr("Daftar Pekerja"), text)
