"""The home screen's charts: registrations per week by status, and the desils of the workers
holding a quota place.

The chart library (pyqtgraph, with numpy) is imported when the charts are first drawn, a turn
of the event loop after the dashboard was given its numbers (gui/widgets/draw_later.py), so the
main window is not held back by it; each later summary redraws them from one short read
(``services.dashboard.dashboard_charts``, indexed, on the GUI thread like the home counts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import desil_band_label, desil_label, status_label, week_label
from ucj_desktop.gui.widgets.draw_later import draw_later
from ucj_desktop.printing.palette import EXTENDED_COLOR, PRIORITY_COLOR, STATUS_COLORS
from ucj_desktop.services.dashboard import DashboardCharts, dashboard_charts
from ucj_desktop.services.store_access import OpenStore

if TYPE_CHECKING:
    from datetime import date

    from ucj_desktop.gui.widgets.charts import BarChart


class ChartsPanel(QWidget):
    """Two chart cards side by side; ``refresh`` (re)draws them on the next turn of the loop."""

    charts_drawn = Signal()  # after each drawing, whatever it showed

    def __init__(self, opened: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.today: date | None = None
        self.weeks_chart: BarChart | None = None
        self.desil_chart: BarChart | None = None
        self.data: DashboardCharts | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.weeks_card, self._weeks_slot = self._card(
            self.tr("Pendaftaran per minggu, menurut status sekarang")
        )
        self.desil_card, self._desil_slot = self._card(self.tr("Desil pekerja yang memakai kuota"))
        row.addWidget(self.weeks_card, 3)
        row.addWidget(self.desil_card, 2)
        self._timer = draw_later(self, self.draw)

    @staticmethod
    def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        heading = QLabel(title)
        heading.setProperty("role", "cardLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        return card, layout

    def refresh(self, today: date | None) -> None:
        """Draw the charts again soon (for ``today``, None: the calendar's)."""
        self.today = today
        self._timer.start()

    def draw(self) -> None:
        """Read the counts and draw both charts now."""
        from datetime import date

        from ucj_desktop.gui.widgets.charts import BarChart  # the chart library: see above

        if self.weeks_chart is None or self.desil_chart is None:
            self.weeks_chart = BarChart(self.tr("Belum ada pendaftaran dalam 12 minggu terakhir."))
            self.desil_chart = BarChart(self.tr("Belum ada pekerja yang memakai kuota."))
            self._weeks_slot.addWidget(self.weeks_chart, 1)
            self._desil_slot.addWidget(self.desil_chart, 1)
        try:
            self.data = dashboard_charts(self.opened, self.today or date.today())
        except EXPECTED_ERRORS as exc:
            self.data = None
            self.weeks_chart.show_message(error_text(exc))
            self.desil_chart.show_message(error_text(exc))
        else:
            self._show(self.data, self.weeks_chart, self.desil_chart)
        for slot, chart in (
            (self._weeks_slot, self.weeks_chart),
            (self._desil_slot, self.desil_chart),
        ):
            chart.show()  # shown and placed now, not a turn later: a picture taken next has them
            slot.activate()
        self.charts_drawn.emit()

    @staticmethod
    def _show(data: DashboardCharts, weeks: BarChart, desils: BarChart) -> None:
        statuses = list(STATUS_COLORS)
        weeks.set_rows(
            [
                (week_label(week.monday), [week.by_status[s] for s in statuses])
                for week in data.weeks
            ],
            [status_label(s) for s in statuses],
            list(STATUS_COLORS.values()),
        )
        # Two series, one empty at each desil: the priority band and the rest in two colours.
        top = data.priority_desil_max
        first, last = data.desils[0][0], data.desils[-1][0]
        bands = [desil_band_label(first, min(top, last), True)]
        if last > top:
            bands.append(desil_band_label(top + 1, last, False))
        desils.set_rows(
            [
                (desil_label(d), [n if d <= top else 0, 0 if d <= top else n][: len(bands)])
                for d, n in data.desils
            ],
            bands,
            [PRIORITY_COLOR, EXTENDED_COLOR],
        )
