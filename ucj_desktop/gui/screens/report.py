"""The Laporan screen (verifikator, admin): a report on screen, then saved as XLSX, CSV or PDF.

The table shows exactly the rows the file will hold (the same ReportTable), so the supervisor
reads the month's premium total before anything leaves the app. Building a report is a few
queries and runs in place; saving runs on the TaskRunner. The save dialog goes through
``_ask_save_path`` so tests answer it on the instance.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ucj_desktop.domain.status import Status
from ucj_desktop.gui.models.paged import ROOT, Index, RowsTableModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text import money as rupiah
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import status_label
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import rows_table
from ucj_desktop.printing.report import ReportTable
from ucj_desktop.services.reports import (
    ReportRequest,
    build_report,
    export_report,
    month_name,
)

log = logging.getLogger(__name__)

STYLE = SCREEN_STYLE + RESULT_STYLE
FILE_TYPES = {".xlsx": "Excel (*.xlsx)", ".pdf": "PDF (*.pdf)", ".csv": "CSV (*.csv)"}


class ReportModel(RowsTableModel[tuple[object, ...]]):
    """The rows of one ReportTable, the totals row last (bold); money as rupiah."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable) -> None:
        self.table = table
        totals = [table.totals] if table.totals is not None else []
        self.set_rows([*table.rows, *totals])

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        name = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole and name in self.table.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_for(index)
        if row is None or self.table is None:
            return None
        value = row[index.column()]
        money = self.table.columns[index.column()] in self.table.money
        is_total = self.table.totals is not None and index.row() == len(self._rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if money and isinstance(value, int):
                return rupiah(value)
            return number_text(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (money or isinstance(value, int)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def report_view(
    layout: QVBoxLayout, owner: QObject, name: str
) -> tuple[QLabel, ReportModel, QTableView]:
    """A report on screen, added to ``layout``: its subtitle line, and its table of the rows
    the file will hold (the hub desk's city reports show theirs the same way)."""
    subtitle = role_label(role="pageHint", wrap=True)
    layout.addWidget(subtitle)
    model = ReportModel(owner)
    table = rows_table(model, name=name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table, 1)
    return subtitle, model, table


class ReportScreen(Screen):
    """``saved(path)`` fires after a report was written; ``task_ended`` after every save."""

    saved = Signal(object)

    key = "laporan"
    style_sheet = STYLE

    def build(self) -> None:
        layout = self.page_layout(
            self.tr("Laporan"),
            self.tr(
                "Kuota, rekap iuran bulanan dan daftar pekerja. Yang tampil di tabel adalah isi "
                "berkas yang disimpan; NIK selalu disamarkan."
            ),
        )
        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reportKind")
        self.kind_combo.addItem(self.tr("Rekap iuran bulanan"), "premium")
        self.kind_combo.addItem(self.tr("Kuota"), "quota")
        self.kind_combo.addItem(self.tr("Daftar pekerja"), "roster")
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("reportMonth")
        first = self.current_day().replace(day=1)
        for back in range(-1, 12):  # next month, this month, then a year back
            year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
            when = date(year, month + 1, 1)
            self.month_combo.addItem(month_name(when), when)
        self.month_combo.setCurrentIndex(1)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("reportStatus")
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        kind_label = QLabel(self.tr("&Laporan"))
        kind_label.setBuddy(self.kind_combo)
        controls.addWidget(kind_label)
        controls.addWidget(self.kind_combo)
        controls.addWidget(self.month_combo)
        controls.addWidget(self.status_combo)
        controls.addStretch(1)
        self.save_button = QPushButton(self.tr("&Simpan laporan…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        controls.addWidget(self.save_button)
        layout.addLayout(controls)
        self.subtitle_label, self.model, self.table = report_view(layout, self, "reportTable")
        self.message = MessageBanner()
        self.message.add_to(layout)

        for combo in (self.kind_combo, self.month_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _request(self) -> ReportRequest:
        return ReportRequest(
            self.kind,
            month=self.month_combo.currentData(),
            status=self.status_combo.currentData(),
            today=self.current_day(),
        )

    def refresh(self) -> None:
        self.month_combo.setVisible(self.kind == "premium")
        self.status_combo.setVisible(self.kind == "roster")
        try:
            table = build_report(self.opened, self.who, self._request())
        except EXPECTED_ERRORS as exc:
            self.message.show(self.tr("Laporan tidak dapat dibuat"), error_text(exc), "bad")
            return
        self.model.set_table(table)
        summary = self.tr("{n} baris").format(n=number_text(len(table.rows)))
        if table.totals is not None and table.money and isinstance(table.totals[-1], int):
            summary += " · " + self.tr("jumlah {column} {total}").format(
                column=table.columns[-1].lower(), total=rupiah(table.totals[-1])
            )
        self.subtitle_label.setText(f"{table.title} · {table.subtitle} · {summary}")

    def save(self, path: Path | None = None) -> TaskHandle | None:
        """Write the report shown to ``path`` (default: ask where; the suffix picks the
        format) on the runner."""
        if self.task is not None:
            return None
        if path is None:
            path = self._ask_save_path(self._file_name())
            if path is None:
                return None
        opened, who, request = self.opened, self.who, self._request()
        target = path

        def work(_progress: Any, _cancel: Any) -> ReportTable:
            return export_report(opened, who, request, target, staging=opened.paths.root)

        self.save_button.setEnabled(False)
        self.message.show(self.tr("Menyimpan laporan…"), "")
        self.task = self.runner.run(
            work,
            on_done=lambda table: self._done(table, target),
            on_failed=self._failed,
            name="report",
        )
        return self.task

    def _file_name(self) -> str:
        office = self.opened.manifest.office_code.replace(".", "")
        if self.kind == "premium":
            month: date = self.month_combo.currentData()
            return f"Iuran-{office}-{month:%Y-%m}.xlsx"
        return f"{'Kuota' if self.kind == 'quota' else 'Daftar'}-{office}-{self.current_day()}.xlsx"

    def _done(self, table: ReportTable, path: Path) -> None:
        self.task = None
        self.save_button.setEnabled(True)
        self.message.show(
            self.tr("Laporan disimpan ({n} baris)").format(n=number_text(len(table.rows))),
            self.tr(
                "Berkas: {path}. Isinya data pribadi: simpan dan kirim dengan hati-hati."
            ).format(path=QDir.toNativeSeparators(str(path))),
            "good",
        )
        self.saved.emit(path)
        self.task_ended.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.save_button.setEnabled(True)
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("saving a report failed", exc_info=exc)
        self.message.show(self.tr("Laporan tidak disimpan"), error_text(exc), "bad")
        self.task_ended.emit()

    # Modal boxes (tests answer these on the instance)

    def _ask_save_path(self, name: str) -> Path | None:
        chosen = ask_save_path(
            self, self.tr("Simpan laporan"), name, ";;".join(FILE_TYPES.values())
        )
        if chosen is None:
            return None
        path, selected = chosen
        if path.suffix.lower() not in FILE_TYPES:  # the filter chosen names the format
            suffix = next((s for s, f in FILE_TYPES.items() if f == selected), ".xlsx")
            path = path.with_suffix(suffix)
        return path
