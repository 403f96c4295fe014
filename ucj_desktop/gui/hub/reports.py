"""Laporan kota: the office's report kinds (quota, the month's premium, the roster of enrolled
workers) for the whole city, one row an office, or for one office; on screen as the file will
hold it (the office's report table, screens/report.ReportModel), then saved as XLSX, CSV or
PDF. A report is built on the runner's read workers (the quota report counts every decided
record of the city); saving is an operation in the hub's trail."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.screens.report import FILE_TYPES, report_view
from ucj_desktop.gui.text import money as rupiah
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.page import path_text
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.desk_reports import CityReportRequest, build_report, save_report
from ucj_desktop.printing.report import ReportTable
from ucj_desktop.services.reports import month_name


class CityReportScreen(HubScreen):
    """``built(ReportTable)`` follows each report shown; ``saved(path)`` each one written."""

    built = Signal(object)
    saved = Signal(object)

    key = "laporan"

    spacing = 10

    def build_page(self, layout: QVBoxLayout) -> None:
        controls = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reportKind")
        for text, kind in (
            (self.tr("Kuota"), "quota"),
            (self.tr("Rekap iuran bulanan"), "premium"),
            (self.tr("Daftar peserta"), "roster"),
        ):
            self.kind_combo.addItem(text, kind)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("reportScope")
        self.scope_combo.setMinimumContentsLength(24)
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("reportMonth")
        first = self.current_day().replace(day=1)
        for back in range(-1, 12):  # next month, this month, then a year back
            months = first.year * 12 + first.month - 1 - back
            self.month_combo.addItem(month_name(date(months // 12, months % 12 + 1, 1)))
            self.month_combo.setItemData(
                self.month_combo.count() - 1, date(months // 12, months % 12 + 1, 1)
            )
        self.month_combo.setCurrentIndex(1)
        kind_label = QLabel(self.tr("&Laporan"))
        kind_label.setBuddy(self.kind_combo)
        for widget in (kind_label, self.kind_combo, self.scope_combo, self.month_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.progress_in(controls)
        self.save_button = self.action_button(
            self.tr("&Simpan laporan…"), self.save, Permission.REPORT_EXPORT
        )
        controls.addWidget(self.save_button)
        layout.addLayout(controls)
        self.subtitle_label, self.model, table = report_view(layout, self, "cityReport")
        self.table = self.sized_by_sight(table)

        self.banner(layout)
        self.scope_combo.addItem(self.tr("Seluruh kota"), None)
        for combo in (self.kind_combo, self.scope_combo, self.month_combo):
            combo.currentIndexChanged.connect(lambda _i: self.rebuild())
        self._asked = 0

    def _fill_scopes(self) -> None:
        """The offices to report on, after the city (read once, at the first show)."""
        if self.scope_combo.count() > 1:
            return
        offices = self.read_now(lambda: desk_views.offices(self.desk, self.today), lambda _e: None)
        if offices is None:
            return  # the city as a whole still reports
        self.scope_combo.blockSignals(True)
        for office in offices:
            self.scope_combo.addItem(
                f"{office.office_code} {office.office_name}", office.office_code
            )
        self.scope_combo.blockSignals(False)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _request(self) -> CityReportRequest:
        """The kind chosen, for which office (None: the city) and month, as of which day."""
        office, month = self.scope_combo.currentData(), self.month_combo.currentData()
        return CityReportRequest(self.kind, office, month, self.current_day())

    def reload(self) -> None:
        self._fill_scopes()
        self.rebuild()

    def rebuild(self) -> None:
        """Build the report chosen in the background; the newest asked is the one shown."""
        self.month_combo.setVisible(self.kind == "premium")
        if not allowed(self.who.roles, Permission.REPORT_EXPORT):
            self.subtitle_label.setText(self.tr("Peran Anda tidak mengizinkan laporan."))
            return
        desk, who, request = self.desk, self.who, self._request()
        self._asked += 1
        asked = self._asked
        self.subtitle_label.setText(self.tr("Menyusun laporan…"))
        self.read_later(
            lambda: build_report(desk, who, request),
            lambda table: self._show(table, asked),
            lambda exc: self._not_built(exc, asked),
            name="city report",
        )

    def _show(self, table: ReportTable, asked: int) -> None:
        if asked != self._asked:
            return  # another report was asked for meanwhile
        self.model.set_table(table)
        summary = self.tr("{n} baris").format(n=self.number(len(table.rows)))
        if table.totals is not None and table.money and isinstance(table.totals[-1], int):
            summary += " · " + self.tr("jumlah {total}").format(total=rupiah(table.totals[-1]))
        self.subtitle_label.setText(f"{table.title} · {table.subtitle} · {summary}")
        self.built.emit(table)

    def _not_built(self, exc: BaseException, asked: int) -> None:
        if asked == self._asked:
            self.subtitle_label.setText("")
            self.say_failed(self.tr("Laporan tidak dapat dibuat"))(exc)

    def save(self, path: Path | None = None) -> Any:
        path = path or self._ask_report_path()
        if path is None:
            return None
        desk, who, request, out = self.desk, self.who, self._request(), path

        def op(_progress: Any, _cancel: Any) -> ReportTable:
            return save_report(desk, who, request, out)

        return self.run_desk_op(
            op,
            lambda table: self._saved(table, out),
            self.tr("Menyimpan laporan…"),
            name="city report save",
        )

    def _saved(self, table: ReportTable, path: Path) -> None:
        self.message.show(
            self.tr("Laporan disimpan ({n} baris)").format(n=self.number(len(table.rows))),
            self.tr(
                "Berkas: {path}. Isinya data pribadi: simpan dan kirim dengan hati-hati."
            ).format(path=path_text(path)),
            "good",
        )
        self.saved.emit(path)

    def _ask_report_path(self) -> Path | None:
        scope = self.scope_combo.currentData() or "kota"
        name = f"{self.kind}-{str(scope).replace('.', '')}-{self.current_day():%Y%m%d}.xlsx"
        chosen = ask_save_path(
            self, self.tr("Simpan laporan"), name, ";;".join(FILE_TYPES.values())
        )
        if chosen is None:
            return None
        path, selected = chosen
        by_filter = {words: suffix for suffix, words in FILE_TYPES.items()}
        return (
            path
            if path.suffix.lower() in FILE_TYPES
            else path.with_suffix(by_filter.get(selected, ".xlsx"))
        )
