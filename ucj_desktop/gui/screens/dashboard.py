"""The home screen: counts by status, the quota bar (the city's figure from the hub's newest
acknowledgement when the office has one, else this office's own use), what is waiting, and
two charts (dashboard_charts.py): the last weeks' registrations by status, the desil mix."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.status import Status
from ucj_desktop.gui.navigation import ScreenSpec
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.dashboard_charts import ChartsPanel
from ucj_desktop.gui.text.labels import city_quota_text, status_label
from ucj_desktop.printing.palette import STATUS_COLORS
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.dashboard import DashboardSummary
from ucj_desktop.services.store_access import OpenStore


class DashboardScreen(Screen):
    """Counts by status, the quota bar and the charts."""

    key = "beranda"

    CARD_STATUSES = (
        Status.DRAFT,
        Status.SUBMITTED,
        Status.VERIFIED,
        Status.REJECTED,
        Status.EXPORTED,
        Status.RETURNED,  # sent back by the hub or BPJS: these need the officer
        Status.ENROLLED,
    )
    COLUMNS = 7  # one row, so the charts below have the height

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        spec: ScreenSpec,
        parent: QWidget | None = None,
        show_backup: bool = False,
        *,
        today: date | None = None,
    ) -> None:
        self.spec = spec
        self.show_backup = show_backup  # the admin is reminded of an overdue backup
        super().__init__(opened, who, parent, today=today)

    def build(self) -> None:
        spec = self.spec
        layout = self.page_layout(spec.title, spec.hint, spacing=None)

        quota_card = QFrame()
        quota_card.setProperty("role", "card")
        quota_layout = QVBoxLayout(quota_card)
        quota_layout.setContentsMargins(18, 14, 18, 16)
        self.quota_label = QLabel()
        self.quota_label.setProperty("role", "cardLabel")
        self.quota_bar = QProgressBar()
        self.quota_bar.setTextVisible(False)
        quota_layout.addWidget(self.quota_label)
        quota_layout.addWidget(self.quota_bar)
        layout.addWidget(quota_card)
        self.backlog_label = QLabel()
        self.backlog_label.setObjectName("backlogWarning")
        self.backlog_label.setWordWrap(True)
        self.backlog_label.hide()
        self.cards_label = QLabel()
        self.cards_label.setObjectName("cardsWaiting")
        self.cards_label.setProperty("role", "pageHint")
        self.cards_label.setWordWrap(True)
        self.cards_label.hide()
        layout.addSpacing(8)
        layout.addWidget(self.backlog_label)
        layout.addWidget(self.cards_label)
        layout.addSpacing(8)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.count_labels: dict[Status, QLabel] = {}
        for index, status in enumerate(self.CARD_STATUSES):
            card = QFrame()
            card.setProperty("role", "card")
            # The stripe on the left is the status's colour in the weekly chart.
            card.setStyleSheet(f"QFrame {{ border-left: 4px solid {STATUS_COLORS[status]}; }}")
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(14, 8, 10, 8)
            value = QLabel("0")
            value.setProperty("role", "cardValue")
            value.setObjectName(f"count_{status.value}")
            label = QLabel(status_label(status))
            label.setProperty("role", "cardLabel")
            card_layout.addWidget(value)
            card_layout.addWidget(label)
            grid.addWidget(card, index // self.COLUMNS, index % self.COLUMNS)
            self.count_labels[status] = value
        layout.addLayout(grid)
        layout.addSpacing(4)
        self.charts = ChartsPanel(self.opened)
        layout.addWidget(self.charts, 1)

    def show_summary(self, summary: DashboardSummary) -> None:
        for status, label in self.count_labels.items():
            label.setText(self._locale.toString(summary.by_status.get(status, 0)))
        city = summary.city_quota
        if city is not None:  # the hub's count of the whole city, as of its newest ack
            self.quota_label.setText(
                city_quota_text(city.used, city.total, city.waiting, city.as_of)
            )
            used, quota = city.used, city.total
        else:
            self.quota_label.setText(
                self.tr("Kuota kota terpakai oleh kantor ini: {used} dari {quota} pekerja").format(
                    used=self._locale.toString(summary.quota_used),
                    quota=self._locale.toString(summary.quota),
                )
            )
            used, quota = summary.quota_used, summary.quota
        warnings = []
        if summary.stale_verified:
            warnings.append(
                self.tr(
                    "{n} pendaftaran terverifikasi menunggu ekspor lebih dari {d} hari: "
                    "buat batch di Sinkronisasi."
                ).format(n=self._locale.toString(summary.stale_verified), d=summary.backlog_days)
            )
        if summary.stale_batches:
            warnings.append(
                self.tr(
                    "{n} batch menunggu tanda terima hub lebih dari {d} hari: hubungi Disnaker."
                ).format(n=summary.stale_batches, d=summary.backlog_days)
            )
        if self.show_backup and summary.backup_due:
            if summary.backup_age_days is None:
                text = self.tr("Data kantor belum pernah dicadangkan: buka Cadangan Data.")
            else:
                text = self.tr(
                    "Cadangan data terakhir dibuat {d} hari lalu: buat yang baru di Cadangan Data."
                ).format(d=summary.backup_age_days)
            warnings.append(text)
        self.backlog_label.setText("\n".join(warnings))
        self.backlog_label.setVisible(bool(warnings))
        cards = []
        if summary.cards_waiting:
            cards.append(
                self.tr("{n} kartu peserta menunggu dicetak").format(
                    n=self._locale.toString(summary.cards_waiting)
                )
            )
        if summary.cards_not_handed:
            cards.append(
                self.tr("{n} kartu tercetak belum diserahkan").format(
                    n=self._locale.toString(summary.cards_not_handed)
                )
            )
        self.cards_label.setText(
            self.tr("{what}: buka Cetak Kartu.").format(what="; ".join(cards)) if cards else ""
        )
        self.cards_label.setVisible(bool(cards))
        self.quota_bar.setRange(0, max(quota, 1))
        self.quota_bar.setValue(min(used, quota))
        self.quota_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts.refresh(self.today)
