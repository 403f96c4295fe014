"""The admin's reference data screen: the DTSEN extract and the coverage list in force, their
import (off the GUI thread, with progress and cancel), the rejected rows, and a name search.

Modal boxes go through small methods (``_ask_file``, ``_open_folder``, ``_warn``) so tests can
answer them on the instance while the screen's own logic runs unchanged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDir,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.tabular_reader import open_rows
from ucj_desktop.gui.dialogs.column_map import ColumnMapDialog, kind_label, problem_text
from ucj_desktop.gui.models.reference import PeopleTableModel, RejectedRowsModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import Progress, TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.file_dialogs import ask_open_path
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.questions import warn
from ucj_desktop.gui.widgets.style import SCREEN_STYLE, style_table
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.reference_import import (
    KINDS,
    ImportCancelled,
    ImportReport,
    import_reference,
    sources_in_force,
)
from ucj_desktop.services.reference_lookup import search_people
from ucj_desktop.services.store_access import OpenStore

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MAPPING_CODES = ("columns.missing", "columns.duplicate")
HASH_CHARS = 12
SEARCH_LIMIT = 50
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


@dataclass(frozen=True)
class ImportJob:
    kind: str
    path: Path
    mapping: Mapping[str, str] | None
    accept_valid: bool


class NeedsMapping(Exception):
    """The import stopped on the file's header; carries the header for the mapping dialog."""

    def __init__(self, problem: DomainError, header: Sequence[str]) -> None:
        super().__init__(problem.code)
        self.problem = problem
        self.header = list(header)


def _import_task(
    opened: OpenStore,
    who: OfficerSession,
    job: ImportJob,
    batch_size: int,
    progress: Progress,
    cancel: threading.Event,
) -> ImportReport:
    """Worker-thread body: the import, and the file's header when the columns need a mapping."""
    try:
        return import_reference(
            opened,
            who,
            job.kind,
            job.path,
            mapping=job.mapping,
            accept_valid=job.accept_valid,
            progress=progress,
            cancel=cancel,
            batch_size=batch_size,
        )
    except DomainError as exc:
        if exc.code not in MAPPING_CODES:
            raise
        with open_rows(job.path) as stream:
            header = stream.header
        raise NeedsMapping(exc, header) from exc


def _page(name: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(6)
    return page, layout


class SourceCard(QFrame):
    """The file in force for one kind, and its import button."""

    def __init__(self, kind: str, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{kind}")
        self.setProperty("role", "card")
        self._locale = locale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(role_label(kind_label(kind), "cardTitle"))
        self.file_label = role_label(role="fileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = role_label(role="cardLabel", wrap=True)
        self.hash_label = role_label(role="cardLabel")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.file_label, self.detail_label, self.hash_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.import_button = QPushButton(
            self.tr("Impor &DTSEN…") if kind == "dtsen" else self.tr("Impor daftar &cakupan…")
        )
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(row)

    def show_source(self, source: Any | None) -> None:
        """``source``: the service's record of the file in force (None: nothing imported)."""
        if source is None:
            self.file_label.setText(self.tr("Belum ada data"))
            self.file_label.setProperty("role", "empty")
            self.detail_label.setText(self.tr("Impor berkas CSV atau XLSX untuk mulai memakainya."))
            self.hash_label.clear()
        else:
            self.file_label.setText(source.file_name)
            self.file_label.setProperty("role", "fileName")
            n = self._locale.toString
            self.detail_label.setText(
                self.tr("Diimpor {when} · {accepted} baris diterima, {rejected} ditolak").format(
                    when=local_time(source.imported_at, with_seconds=False),
                    accepted=n(source.rows_accepted),
                    rejected=n(source.rows_rejected),
                )
            )
            self.hash_label.setText(
                self.tr("SHA-256 {hash}").format(hash=source.sha256[:HASH_CHARS])
            )
            self.hash_label.setToolTip(source.sha256)
        self.file_label.style().polish(self.file_label)

    def show_error(self, text: str) -> None:
        self.file_label.clear()
        self.detail_label.setText(text)
        self.hash_label.clear()


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
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
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
        self.tabs.addTab(self._build_result_panel(), self.tr("Hasil impor"))
        self.tabs.addTab(self._build_search_box(), self.tr("Cari di DTSEN"))
        layout.addWidget(self.tabs, 1)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.show_search)

        first, second = (self.cards[k].import_button for k in KINDS)
        QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(second, self.accept_valid_check)
        QWidget.setTabOrder(self.accept_valid_check, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.rejected_table)
        QWidget.setTabOrder(self.rejected_table, self.open_folder_button)
        QWidget.setTabOrder(self.open_folder_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.search_button)
        QWidget.setTabOrder(self.search_button, self.people_table)
        self.setFocusProxy(first)
        self._show_idle()
        self.refresh()

    def _build_result_panel(self) -> QWidget:
        frame, box = _page("resultPanel")
        self.result_title = role_label(role="resultTitle", wrap=True)
        self.result_detail = role_label(role="pageHint", wrap=True)
        box.addWidget(self.result_title)
        box.addWidget(self.result_detail)

        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 4, 0, 4)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)  # per mille of the file's bytes
        self.progress_bar.setTextVisible(False)  # the label beside it stays legible
        self.progress_label = role_label(role="cardLabel")
        # Wide enough for the longest text, so the bar does not twitch as the digits change.
        widest = self.progress_label.fontMetrics().horizontalAdvance("100% · 8.888.888 baris")
        self.progress_label.setMinimumWidth(widest + 4)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.clicked.connect(self.cancel_import)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.progress_label)
        progress.addSpacing(6)
        progress.addWidget(self.cancel_button)
        box.addWidget(self.progress_row)

        self.rejected_model = RejectedRowsModel(self)
        self.rejected_table = QTableView()
        self.rejected_table.setModel(self.rejected_model)
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        style_table(self.rejected_table)
        header = self.rejected_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RejectedRowsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        # Reasons are sentences: wrap them (the sample holds at most 1,000 rows).
        self.rejected_table.setWordWrap(True)
        rows = self.rejected_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(30)
        box.addWidget(self.rejected_table, 1)

        self.report_row = QWidget()
        report = QHBoxLayout(self.report_row)
        report.setContentsMargins(0, 4, 0, 0)
        self.report_label = role_label(role="cardLabel", wrap=True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Buka &folder"))
        self.open_folder_button.clicked.connect(self.open_report_folder)
        report.addWidget(self.report_label, 1)
        report.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.report_row)
        box.addStretch(1)  # keeps a short message at the top; off while the table is shown
        self._result_box = box
        return frame

    def _build_search_box(self) -> QWidget:
        frame, box = _page("searchBox")
        box.addWidget(
            role_label(
                self.tr("Cari nama di DTSEN yang berlaku (Ctrl+F). NIK ditampilkan tersamar."),
                "pageHint",
            )
        )
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Bagian nama, minimal 3 huruf"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("C&ari"))
        self.search_button.clicked.connect(self.search)
        self.search_edit.setMaximumWidth(460)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addStretch(0)
        box.addLayout(row)
        self.search_message = role_label(role="cardLabel", wrap=True)
        self.search_message.hide()
        box.addWidget(self.search_message)
        self.people_model = PeopleTableModel(self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people_model)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        style_table(self.people_table)
        header = self.people_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.people_table, 1)
        return frame

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
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self) -> None:
        """Search DTSEN names containing the typed text; NIKs are shown masked."""
        try:
            people = search_people(
                self.opened, self.who, self.search_edit.text(), limit=SEARCH_LIMIT
            )
        except EXPECTED_ERRORS as exc:
            self.people_model.set_people([])
            self.search_message.setText(error_text(exc))
            self.search_message.show()
            return
        self.people_model.set_people(people)
        if not people:
            text = self.tr("Tidak ada nama yang cocok.")
        elif len(people) >= SEARCH_LIMIT:
            text = self.tr("{n} orang pertama. Ketik lebih banyak huruf untuk mempersempit.")
        else:
            text = self.tr("{n} orang ditemukan.")
        self.search_message.setText(text.format(n=self._locale.toString(len(people))))
        self.search_message.show()

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
            lambda progress, cancel: _import_task(opened, who, job, batch_size, progress, cancel),
            on_done=self._import_done,
            on_failed=self._import_failed,
            on_progress=self._import_progress,
            name=f"import-{job.kind}",
        )
        return self.task

    def cancel_import(self) -> None:
        if self.task is None:
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.result_title.setText(self.tr("Membatalkan…"))

    def _import_progress(self, done: int, total: int, rows: int) -> None:
        per_mille = min(1000, done * 1000 // max(total, 1))
        self.progress_bar.setValue(per_mille)
        self.progress_label.setText(
            self.tr("{percent}% · {rows} baris").format(
                percent=per_mille // 10, rows=self._locale.toString(rows)
            )
        )

    def _import_done(self, report: ImportReport) -> None:
        self.task = None
        self.report = report
        self._set_importing(False)
        self.refresh()
        self._show_report(report)
        self.imported.emit(report)
        self.import_ended.emit()
        self.task_ended.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_importing(False)
        self.report = None
        if isinstance(exc, NeedsMapping):
            self._show_message(
                self.tr("Kolom berkas belum dikenali"), problem_text(exc.problem), tone="bad"
            )
        elif isinstance(exc, ImportCancelled):
            file = self.job.path.name if self.job is not None else ""
            self._show_message(
                error_text(exc), self.tr("Berkas {file} tidak dimuat.").format(file=file)
            )
        elif isinstance(exc, EXPECTED_ERRORS):
            self._show_message(self.tr("Impor gagal"), error_text(exc), tone="bad")
        else:
            log.error("reference import failed", exc_info=exc)
            self._show_message(self.tr("Impor gagal"), error_text(exc), tone="bad")
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
        dialog.accepted.connect(lambda: self._run(_with_mapping(job, dialog.mapping())))
        dialog.rejected.connect(
            lambda: self._show_message(
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
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if give_back and self.job is not None:  # the hidden Batal button held the focus
            self.cards[self.job.kind].import_button.setFocus()

    def _show_idle(self) -> None:
        self._set_importing(False)
        self._show_message(
            self.tr("Belum ada impor"),
            self.tr(
                "Pilih tombol impor pada salah satu kartu di atas. Kemajuan impor, hasilnya "
                "dan baris yang ditolak tampil di sini."
            ),
        )

    def _show_busy(self, job: ImportJob) -> None:
        self._set_importing(True)
        self._show_message(
            self.tr("Mengimpor {file}…").format(file=job.path.name),
            self.tr("Data lama tetap dipakai sampai impor selesai. Jendela tetap dapat dipakai."),
        )
        self.progress_row.show()
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("0% · 0 baris"))
        self.cancel_button.setFocus()

    def _show_message(self, title: str, detail: str, tone: str = "") -> None:
        self.result_title.setText(title)
        self.result_title.setProperty("tone", tone)
        self.result_title.style().polish(self.result_title)
        self.result_detail.setText(detail)
        self.result_detail.setVisible(bool(detail))
        self.rejected_model.set_rows([])
        self.rejected_table.hide()
        self._result_box.setStretch(self._result_box.count() - 1, 1)
        self.report_row.hide()

    def _show_report(self, report: ImportReport) -> None:
        n = self._locale.toString
        rejected = report.rows_rejected
        if report.applied:
            title = self.tr("{n} baris dimuat").format(n=n(report.rows_accepted))
            lines = [
                self.tr("Dari {file}, SHA-256 {hash}.").format(
                    file=report.file_name, hash=report.sha256[:HASH_CHARS]
                )
            ]
            if rejected:
                lines.append(
                    self.tr("{n} baris ditolak dan dilewati; rinciannya di bawah.").format(
                        n=n(rejected)
                    )
                )
        else:
            title = self.tr("Tidak ada yang diubah")
            if rejected >= report.rows_total:
                lines = [
                    self.tr("Semua baris di {file} ({n}) ditolak; data sebelumnya tetap dipakai.")
                ]
            else:
                lines = [
                    self.tr(
                        "{n} dari {total} baris di {file} ditolak, jadi data sebelumnya tetap "
                        "dipakai. Perbaiki baris di bawah lalu impor lagi, atau centang "
                        "“Terima baris yang valid saja”."
                    )
                ]
            lines = [
                line.format(n=n(rejected), total=n(report.rows_total), file=report.file_name)
                for line in lines
            ]
        if len(report.rejected_sample) < rejected:
            lines.append(
                self.tr("Tabel menampilkan {k} baris pertama; semuanya ada di laporan.").format(
                    k=n(len(report.rejected_sample))
                )
            )
        self._show_message(title, " ".join(lines), tone="good" if report.applied else "bad")
        if report.rejected_sample:
            self.rejected_model.set_rows(report.rejected_sample)
            self.rejected_table.show()
            self._result_box.setStretch(self._result_box.count() - 1, 0)
        if report.error_report is not None:
            self.report_label.setText(
                self.tr("Laporan kesalahan: {path}").format(
                    path=QDir.toNativeSeparators(str(report.error_report))
                )
            )
            self.report_row.show()

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


def _with_mapping(job: ImportJob, mapping: Mapping[str, str]) -> ImportJob:
    return ImportJob(job.kind, job.path, dict(mapping), job.accept_valid)
