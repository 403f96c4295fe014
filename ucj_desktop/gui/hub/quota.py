"""Kuota & prioritas: the city quota and its seats, the cycle's close (``ucj-hub allocate``),
where the seats ran out (the last seat given) and the waiting line with why each waits,
a page at a time, and the seats held day by day against the quota (a chart drawn once the
screen is shown). What counts every decided record (returned by reason) is read in the
background."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.models import WaitingModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.text.hub_desk_text import priority_text, returned_reason_text, state_text
from ucj_desktop.gui.text.labels import local_time, short_month
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.tables import read_only_table
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.allocate import Allocation, allocate
from ucj_desktop.hub.desk_views import CycleCounts, QuotaView

if TYPE_CHECKING:
    from ucj_desktop.gui.widgets.charts import LineChart


class QuotaScreen(HubScreen):
    """``allocated(Allocation)`` follows a cycle closed from this screen; ``counted`` follows
    the background count of the decided records."""

    allocated = Signal(object)
    counted = Signal(object)

    key = "kuota"

    def build_page(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        tiles = QGridLayout()
        self.values = {}
        for n, (name, caption) in enumerate(
            (
                ("quota", self.tr("Kuota kota (kursi)")),
                ("used", self.tr("Kursi terisi")),
                ("free", self.tr("Kursi bebas")),
                ("waiting", self.tr("Menunggu kursi")),
            )
        ):
            frame, value, _caption = self.tile(caption)
            self.values[name] = value
            tiles.addWidget(frame, n // 2, n % 2)
        top.addLayout(tiles, 2)
        # Beside the tiles, in the room they leave: the seats held day by day (shown from the
        # start, so the tiles do not move when the chart comes).
        chart_area = self.chart_place(
            top,
            self.tr(
                "Kursi terisi menurut tanggal kursi diberikan, dibanding kuota kota (garis "
                "putus-putus)."
            ),
            height=130,
        )
        top.setStretchFactor(chart_area, 3)
        chart_area.show()
        self.chart: LineChart | None = None
        layout.addLayout(top)
        self.cutoff_label = role_label(role="pageHint", wrap=True, name="cutoffLabel")
        layout.addWidget(self.cutoff_label)
        self.allocate_button = self.action_button(
            self.tr("Jalankan &alokasi"), self.run_allocation, Permission.HUB_CYCLE
        )
        # Allocation cannot stop midway: the row's Batal stays hidden.
        actions = self.action_row(layout, self.allocate_button)
        self.counts_label = role_label(role="cardLabel", wrap=True, name="returnedCounts")
        actions.addWidget(self.counts_label, 3)
        self.banner(layout)
        self.model = WaitingModel()
        self.model.setParent(self)
        self.table = self.sized_by_sight(
            read_only_table(self.model, WaitingModel.COL_WHY, name="waitingTable")
        )
        layout.addWidget(self.table, 1)
        self.model.fetch_failed.connect(self._failed_read)
        self.view: QuotaView | None = None

    def reload(self) -> None:
        """The quota, the cutoff and the first page of the line now; the counts of every
        decided record in the background."""
        desk = self.desk
        view = self.read_now(lambda: desk_views.quota(desk), self._failed_read)
        if view is None:
            return
        self.view = view
        config = view.config
        for name, value in (
            ("quota", config.quota),
            ("used", view.seats_used),
            ("free", max(0, config.quota - view.seats_used)),
            ("waiting", view.waiting),
        ):
            self.values[name].setText(self.number(value))
        self.cutoff_label.setText(self._cutoff_text(view))
        self.model.priority_max = config.priority_desil_max
        self.model.set_source(
            lambda offset, limit: desk_views.waiting(desk, view, offset, limit), view.waiting
        )
        self.model.fetchMore()
        self.draw_chart_soon()
        self.read_later(
            lambda: desk_views.cycle_counts(desk), self._show_counts, name="cycle counts"
        )

    def draw_chart(self) -> None:
        """The seats held, day by day, against the quota (a short read: one row per seat)."""
        from ucj_desktop.gui.widgets.charts import MUTED, PALETTE, LineChart  # see chart_place

        if self.chart is None:
            self.chart = LineChart(self.tr("Belum ada kursi yang diberikan."))
            self.chart.legend.setVisible(False)  # the caption says which line is which
            self.put_chart(self.chart)
        chart = self.chart
        use = self.read_now(
            lambda: desk_views.quota_use(self.desk), lambda exc: chart.show_message(error_text(exc))
        )
        if use is None:
            return
        used, quota = self.tr("Kursi terisi"), self.tr("Kuota kota")
        self.chart.set_rows(
            [(self._day(day), (held, use.quota)) for day, held in use.days],
            [used, quota],
            [PALETTE[0], MUTED],
            dashed=(quota,),
        )

    def _day(self, day: date) -> str:
        return self.tr("{day} {month}").format(day=day.day, month=short_month(day.month))

    def _cutoff_text(self, view: QuotaView) -> str:
        person = view.last_seated
        if person is None or view.last_seat_at is None:
            return self.tr("Belum ada kursi yang diberikan.")
        group = priority_text(
            view.cutoff is not None and view.cutoff.priority, view.config.priority_desil_max
        )
        verified = "—" if person.verified_at is None else local_time(person.verified_at, False)
        return self.tr(
            "Batas kuota: kursi terakhir diberikan {when} kepada pekerja desil {desil} "
            "({group}) dari kantor {office}, diverifikasi {verified}. Yang menunggu berada di "
            "belakangnya: desil {low}–{high} lebih dulu, lalu yang lebih awal diverifikasi."
        ).format(
            when=local_time(view.last_seat_at, False),
            desil="—" if person.desil is None else person.desil,
            group=group,
            office=person.office_code,
            verified=verified,
            low=view.config.desil_min,
            high=view.config.priority_desil_max,
        )

    def _show_counts(self, counts: CycleCounts) -> None:
        returned = sum(counts.returned.values())
        reasons = sorted(counts.returned.items(), key=lambda kv: -kv[1])
        parts = [f"{returned_reason_text(code)} {self.number(n)}" for code, n in reasons[:3]]
        text = self.tr("{state}: {n}").format(state=state_text("returned"), n=self.number(returned))
        if parts:
            text += " (" + "; ".join(parts) + ")"
        superseded = counts.states.get("superseded", 0)
        text += " · " + self.tr("{state}: {n}").format(
            state=state_text("superseded"), n=self.number(superseded)
        )
        self.counts_label.setText(text)
        self.counted.emit(counts)

    def _failed_read(self, exc: BaseException) -> None:
        self.say_failed(self.tr("Antrean tidak terbaca"))(exc)

    def run_allocation(self) -> Any:
        return self.run_desk_op(
            self.as_operator(Permission.HUB_CYCLE, allocate),
            self._allocated,
            self.tr("Alokasi berjalan…"),
            name="allocate",
        )

    def _allocated(self, done: Allocation) -> None:
        title = (
            self.tr("Alokasi selesai: {n} kursi baru diberikan").format(
                n=self.number(done.allocated)
            )
            if done.changed
            else self.tr("Tidak ada yang baru sejak alokasi terakhir; tidak ada yang berubah")
        )
        detail = self.tr(
            "Kursi terisi {used} dari {quota}; {waiting} menunggu; {returned} dikembalikan "
            "pada alokasi ini."
        ).format(
            used=self.number(done.seats_used),
            quota=self.number(done.quota),
            waiting=self.number(done.waiting),
            returned=self.number(done.returned),
        )
        self.say_done(title, detail, self.allocated, done)
