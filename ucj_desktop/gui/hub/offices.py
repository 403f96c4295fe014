"""Kantor: every office with an enrolled laptop, its key's fingerprint, its newest batch, the
batch numbers still missing and the days since it last sent, red from SILENT_AFTER_DAYS on;
above the list, a chart of the offices with the fewest records against the city's average.
The admin enrolls a laptop from its key file here (``ucj-hub enroll-device``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ucj_desktop.domain.hub_watch import SILENT_AFTER_DAYS
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.models import OfficesModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.hub.desk_views import OfficeRow, offices
from ucj_desktop.hub.devices import Enrolled, enroll_device

if TYPE_CHECKING:
    from ucj_desktop.gui.widgets.charts import OfficeBarChart

LAGGING_SHOWN = 10  # the offices on the chart: those with the fewest records


class OfficesScreen(HubScreen):
    """``enrolled(Enrolled)`` follows a laptop enrolled from this screen."""

    enrolled = Signal(object)

    key = "kantor"

    spacing = 10

    def build_page(self, layout: QVBoxLayout) -> None:
        content, content_layout = self.content_page()
        # The city's figures and the enrol button, and beside them which offices lag (the
        # chart shown from the start, so the figures do not move when it comes): the list
        # keeps the height to show a small city's offices whole.
        top = QHBoxLayout()
        top.setSpacing(16)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.summary_label = role_label(role="cardLabel", wrap=True)
        side.addWidget(self.summary_label)
        self.chart_words = role_label(
            role="pageHint", wrap=True, name="chartWords"
        )  # what the chart shows
        side.addWidget(self.chart_words)
        side.addStretch(1)
        self.enroll_button = self.action_button(
            self.tr("&Daftarkan laptop kantor…"), self.enroll, Permission.KEYS_MANAGE
        )
        side.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(side, 2)
        chart_area = self.chart_place(top, height=124)
        top.setStretchFactor(chart_area, 3)
        chart_area.show()
        self.chart: OfficeBarChart | None = None
        content_layout.addLayout(top)
        self.model = OfficesModel(self)
        # The fingerprint is read aloud group by group: its column is as wide as it is (it was
        # the one taking the width left, and lost its last group on a 125% laptop); the
        # kelurahan's name takes what is left.
        self.table = self.sorting_table(
            self.model, OfficesModel.COL_NAME, OfficesModel.COL_CODE, "officesTable"
        )
        content_layout.addWidget(self.table, 1)
        self.banner(content_layout)
        self.stack_pages(layout, content)
        self.setFocusProxy(self.table)

    @property
    def rows(self) -> list[OfficeRow]:
        return [self.model.row_at(n) for n in range(self.model.rowCount())]

    def reload(self) -> None:
        rows = self.read_now(lambda: offices(self.desk, self.today), self.show_error)
        if rows is None:
            return
        self.model.set_rows(rows)
        silent = sum(1 for r in rows if r.silent)
        holed = sum(1 for r in rows if r.gaps)
        self.summary_label.setText(
            self.tr(
                "{n} kantor · {records} data diterima · {silent} tidak mengirim ≥ {days} hari "
                "· {holed} dengan paket hilang"
            ).format(
                n=self.number(len(rows)),
                records=self.number(sum(r.records for r in rows)),
                silent=self.number(silent),
                days=SILENT_AFTER_DAYS,
                holed=self.number(holed),
            )
        )
        self.show_content()
        self.draw_chart_soon()

    def draw_chart(self) -> None:
        """Which office lags: the ``LAGGING_SHOWN`` offices with the fewest records received,
        those under the city's average per office in amber beside its dashed line."""
        from ucj_desktop.gui.widgets.charts import OfficeBarChart  # see HubScreen.chart_place

        if self.chart is None:
            self.chart = OfficeBarChart(self.tr("Belum ada data yang diterima dari kantor."))
            self.put_chart(self.chart)
        rows = self.rows
        average = sum(r.records for r in rows) / len(rows) if rows else 0.0
        fewest = sorted(rows, key=lambda r: (r.records, r.office_code))[:LAGGING_SHOWN]
        self.chart.set_rows(
            [(r.office_code, (r.records,)) for r in fewest],
            [self.tr("Data diterima")],
            reference=average,
        )
        self.chart_words.setText(
            self.tr(
                "Grafik: {n} kantor dengan data paling sedikit; garis putus-putus: rata-rata "
                "kota ({average} data per kantor); kuning: tertinggal, di bawahnya."
            ).format(n=len(fewest), average=self.number(round(average)))
        )

    def enroll(self, path: Path | None = None) -> Any:
        """Trust an office laptop from the key file ``ucj keys export`` wrote there."""
        path = path or self._ask_open_path(
            self.tr("Berkas kunci laptop kantor"), self.tr("Berkas kunci (*.json)")
        )
        if path is None:
            return None
        chosen = path
        return self.run_desk_op(
            self.as_operator(Permission.KEYS_MANAGE, lambda hub: enroll_device(hub, chosen)),
            self._enrolled,
            name="enroll",
        )

    def _enrolled(self, done: Enrolled) -> None:
        title = (
            self.tr("Laptop ini sudah terdaftar; tidak ada yang berubah")
            if done.already
            else self.tr("Laptop {office} didaftarkan").format(office=done.office_name)
        )
        detail = self.tr("Sidik kunci (bacakan kembali ke kantor untuk dicocokkan): {fp}").format(
            fp=done.fingerprint
        )
        self.say_done(title, detail, self.enrolled, done)
