"""The admin's reference data screen: the DTSEN extract and the coverage list in force, their
import (off the GUI thread, with progress and cancel), the rejected rows, and a name search.

Its modal boxes: ``_ask_file``, ``_open_folder``, ``_warn`` (why: see ``Page``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTabWidget

from ucj_desktop.gui.dialogs.column_map import ColumnMapDialog, kind_label, problem_text
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.reference_job import ImportJob, NeedsMapping, run_import_job
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.file_dialogs import ask_open_path
from ucj_desktop.gui.widgets.import_results import ImportResultsPanel
from ucj_desktop.gui.widgets.page import tab_chain
from ucj_desktop.gui.widgets.questions import warn
from ucj_desktop.gui.widgets.reference_cards import SourceCard
from ucj_desktop.gui.widgets.reference_search import SEARCH_LIMIT, PeopleSearchPage
from ucj_desktop.gui.widgets.style import SCREEN_STYLE
from ucj_desktop.services.reference_import import (
    KINDS,
    ImportCancelled,
    ImportReport,
    sources_in_force,
)
from ucj_desktop.services.reference_lookup import NameSearch, search_people

log = logging.getLogger(__name__)

STYLE = (
    SCREEN_STYLE
    + """
QLabel[role="cardTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="fileName"] { font-size: 14px; font-weight: bold; color: #0b4f6c; }
QLabel[role="empty"] { font-size: 14px; color: #7a8a94; font-style: italic; }
QLabel[role="resultTitle"] { font-size: 16px; font-weight: bold; color: #15303d; }
QLabel[role="resultTitle"][tone="good"] { color: #1b6e47; }
QLabel[role="resultTitle"][tone="bad"] { color: #b3261e; }
QTabWidget::pane { background: #ffffff; border: 1px solid #d9e1e7; border-radius: 8px;
                   top: -1px; }
QTabBar::tab { background: #e8eef2; color: #4a5b66; padding: 7px 16px; margin-right: 4px;
               border: 1px solid #d9e1e7; border-bottom: none; border-top-left-radius: 6px;
               border-top-right-radius: 6px; }
QTabBar::tab:selected { background: #ffffff; color: #15303d; font-weight: bold; }
"""
)


class ReferenceScreen(Screen):
    """Reference data: what is in force, import with progress/cancel, rejections, name search.

    ``import_ended`` (and ``task_ended``) follows every import (done, failed or cancelled),
    after ``imported(report)`` or ``import_failed(exception)``; ``mapping_requested(dialog)``
    when the columns need a mapping (the dialog is open, window-modal).
    """

    imported = Signal(object)
    import_failed = Signal(object)
    import_ended = Signal()
    mapping_requested = Signal(object)

    key = "referensi"
    style_sheet = STYLE

    def build(self) -> None:
        self.batch_size = 5000  # rows per progress step and cancel check
        self.job: ImportJob | None = None
        self.column_dialog: ColumnMapDialog | None = None
        self.report: ImportReport | None = None
        layout = self.page_layout(
            self.tr("Data Referensi"),
            self.tr(
                "Impor ekstrak DTSEN dan daftar cakupan. Berkas baru menggantikan data lama "
                "sekaligus; bila ada baris yang salah, tidak ada yang diubah."
            ),
        )
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.cards = {kind: SourceCard(kind, self._locale) for kind in KINDS}
        for kind, card in self.cards.items():
            cards.addWidget(card, 1)
            card.import_button.clicked.connect(lambda _c=False, k=kind: self.start_import(k))
        layout.addLayout(cards)
        self.accept_valid_check = QCheckBox(
            self.tr("&Terima baris yang valid saja (baris yang salah dilewati dan dilaporkan)")
        )
        layout.addWidget(self.accept_valid_check)

        # Two full-width pages: both tables need the width for their sentences and names.
        self.tabs = QTabWidget()
        self.results = ImportResultsPanel(self._locale)
        self.results.cancel_button.clicked.connect(self.cancel_import)
        self.results.open_folder_button.clicked.connect(self.open_report_folder)
        self.search_page = PeopleSearchPage(self._locale)
        self.search_page.search_requested.connect(self.search)
        self.tabs.addTab(self.results, self.tr("Hasil impor"))
        self.tabs.addTab(self.search_page, self.tr("Cari di DTSEN"))
        layout.addWidget(self.tabs, 1)
        # The pages' parts by the names the screen (and its tests) have always used.
        self.result_title = self.results.result_title
        self.result_detail = self.results.result_detail
        self.progress_row = self.results.progress_row
        self.progress_label = self.results.progress_label
        self.cancel_button = self.results.cancel_button
        self.rejected_model = self.results.rejected_model
        self.rejected_table = self.results.rejected_table
        self.report_row = self.results.report_row
        self.report_label = self.results.report_label
        self.open_folder_button = self.results.open_folder_button
        self.search_edit = self.search_page.search_edit
        self.search_button = self.search_page.search_button
        self.search_message = self.search_page.search_message
        self.people_model = self.search_page.people_model
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.show_search)

        first, second = (self.cards[k].import_button for k in KINDS)
        tab_chain(
            first,
            second,
            self.accept_valid_check,
            self.cancel_button,
            self.rejected_table,
            self.open_folder_button,
            self.search_edit,
            self.search_button,
            self.search_page.people_table,
        )
        self.setFocusProxy(first)
        self._show_idle()
        self.refresh()

    # Reading

    def refresh(self) -> None:
        """Reload the cards from the store (which file is in force for each kind)."""
        try:
            sources = sources_in_force(self.opened)
        except EXPECTED_ERRORS as exc:
            for card in self.cards.values():
                card.show_error(error_text(exc))
            return
        for kind, card in self.cards.items():
            card.show_source(sources.get(kind))

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search_page.focus_search()

    def search(self) -> None:
        """Search DTSEN names containing the typed text; NIKs are shown masked."""
        try:
            people = search_people(
                self.opened, self.who, NameSearch(self.search_edit.text(), limit=SEARCH_LIMIT)
            )
        except EXPECTED_ERRORS as exc:
            self.search_page.show_error(error_text(exc))
            return
        self.search_page.show_people(people)

    # Importing

    def start_import(self, kind: str, path: Path | None = None) -> TaskHandle | None:
        """Ask for a file (unless given) and import it in the background."""
        if self.task is not None:
            return None
        if path is None:
            path = self._ask_file(kind)
            if path is None:
                return None
        return self._run(ImportJob(kind, path, None, self.accept_valid_check.isChecked()))

    def _run(self, job: ImportJob) -> TaskHandle:
        opened, who, batch_size = self.opened, self.who, self.batch_size
        self.job = job
        self.tabs.setCurrentIndex(0)
        self._show_busy(job)
        self.task = self.runner.run(
            lambda progress, cancel: run_import_job(opened, who, job, batch_size, progress, cancel),
            on_done=self._import_done,
            on_failed=self._import_failed,
            on_progress=self.results.show_progress,
            name=f"import-{job.kind}",
        )
        return self.task

    def cancel_import(self) -> None:
        if self.task is None:
            return
        self.task.cancel()
        self.results.show_cancelling()

    def _import_done(self, report: ImportReport) -> None:
        self.task = None
        self.report = report
        self._set_importing(False)
        self.refresh()
        self.results.show_report(report)
        self.imported.emit(report)
        self.import_ended.emit()
        self.task_ended.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_importing(False)
        self.report = None
        if isinstance(exc, NeedsMapping):
            self.results.show_message(
                self.tr("Kolom berkas belum dikenali"), problem_text(exc.problem), tone="bad"
            )
        elif isinstance(exc, ImportCancelled):
            file = self.job.path.name if self.job is not None else ""
            self.results.show_message(
                error_text(exc), self.tr("Berkas {file} tidak dimuat.").format(file=file)
            )
        else:
            if not isinstance(exc, EXPECTED_ERRORS):
                log.error("reference import failed", exc_info=exc)
            self.results.show_message(self.tr("Impor gagal"), error_text(exc), tone="bad")
        self.import_failed.emit(exc)
        self.import_ended.emit()
        self.task_ended.emit()
        if isinstance(exc, NeedsMapping) and self.job is not None:
            self._ask_mapping(self.job, exc)

    def _ask_mapping(self, job: ImportJob, need: NeedsMapping) -> ColumnMapDialog:
        dialog = ColumnMapDialog(
            job.kind, job.path.name, need.header, need.problem, job.mapping, parent=self
        )
        self.column_dialog = dialog
        dialog.accepted.connect(lambda: self._run(job.with_mapping(dialog.mapping())))
        dialog.rejected.connect(
            lambda: self.results.show_message(
                self.tr("Tidak ada yang diubah"),
                self.tr("Pemetaan kolom dibatalkan; data sebelumnya tetap dipakai."),
            )
        )
        dialog.finished.connect(lambda _result: self._mapping_closed(dialog))
        dialog.open()
        self.mapping_requested.emit(dialog)
        return dialog

    def _mapping_closed(self, dialog: ColumnMapDialog) -> None:
        if self.column_dialog is dialog:
            self.column_dialog = None
        dialog.deleteLater()

    def open_report_folder(self) -> None:
        report = self.report.error_report if self.report is not None else None
        if report is not None and not self._open_folder(report.parent):
            self._warn(self.tr("Folder laporan tidak dapat dibuka."))

    # What the panel shows

    def _set_importing(self, busy: bool) -> None:
        give_back = not busy and self.cancel_button.hasFocus() and self.job is not None
        for card in self.cards.values():
            card.import_button.setEnabled(not busy)
        self.accept_valid_check.setEnabled(not busy)
        self.results.set_busy(busy)
        if give_back and self.job is not None:  # the hidden Batal button held the focus
            self.cards[self.job.kind].import_button.setFocus()

    def _show_idle(self) -> None:
        self._set_importing(False)
        self.results.show_idle()

    def _show_busy(self, job: ImportJob) -> None:
        self._set_importing(True)
        self.results.show_busy(job.path.name)

    # Modal boxes and the desktop (tests answer these on the instance)

    def _ask_file(self, kind: str) -> Path | None:
        return ask_open_path(
            self,
            self.tr("Impor {kind}").format(kind=kind_label(kind)),
            self.tr("Berkas CSV atau Excel (*.csv *.xlsx);;Semua berkas (*)"),
        )

    def _open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _warn(self, text: str) -> None:
        warn(self, self.tr("Data Referensi"), text)
