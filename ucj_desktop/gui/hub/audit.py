"""Audit: the hub's own trail (hub/audit.py): every ingest, allocation, BPJS file and result,
ack round, enrolment and report, who ran it (the operator signed in at the desk, or the OS
account behind ``ucj-hub``), newest first a page at a time, by action. Whether the hash chain
still holds is checked in the background."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from ucj_desktop.gui.hub.models import TrailModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.screens.audit import fill_action_combo
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.gui.widgets.tables import Mode, rows_table
from ucj_desktop.hub import desk_views


class HubAuditScreen(HubScreen):
    """``checked(breaks)`` follows the background check of the chain (empty: intact)."""

    checked = Signal(object)

    key = "audit"
    style_sheet = (
        HubScreen.style_sheet
        + """
QLabel#chainLabel[tone="bad"] { color: #b3261e; font-weight: bold; }
QLabel#chainLabel[tone="good"] { color: #1b6e47; }
"""
    )

    spacing = None

    def build_page(self, layout: QVBoxLayout) -> None:
        content, content_layout = self.content_page()
        filters = QHBoxLayout()
        self.action_combo = self.labelled_combo(filters, self.tr("A&ksi:"), 18)
        self.count_label = role_label(role="cardLabel")
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chainLabel")
        filters.addWidget(self.chain_label)
        content_layout.addLayout(filters)
        self.model = TrailModel()
        self.model.setParent(self)
        self.table = self.sized_by_sight(rows_table(self.model, selection=Mode.SingleSelection))
        self.table.setObjectName("hubTrail")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrailModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        content_layout.addWidget(self.table, 1)
        self.banner(content_layout)
        self.stack_pages(layout, content)
        self.setFocusProxy(self.table)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.model.fetch_failed.connect(self.say_failed(self.tr("Jejak tidak terbaca")))

    def reload(self) -> None:
        """The actions seen so far, the events, and the chain's check in the background."""
        actions = self.read_now(
            lambda: desk_views.trail_actions(self.desk, self.who), self.show_error
        )
        if actions is None:
            return
        self._fill_actions(actions)
        self.show_content()
        self.requery()
        desk, who = self.desk, self.who
        self.chain_label.setText(self.tr("Memeriksa rantai…"))
        self.read_later(lambda: desk_views.trail_breaks(desk, who), self._chain_checked)

    def _fill_actions(self, actions: list[str]) -> None:
        fill_action_combo(
            self.action_combo, actions, self.tr("Semua aksi"), self.tr("{prefix} (semua)")
        )

    def select_action(self, action_or_prefix: str | None) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action_or_prefix)))

    def requery(self) -> None:
        desk, who = self.desk, self.who
        prefix = self.action_combo.currentData()
        action = prefix if isinstance(prefix, str) else None
        total = self.read_now(lambda: desk_views.trail_length(desk, who, action), self.show_error)
        if total is None:
            return

        def page(_offset: int, limit: int) -> list[desk_views.TrailRow]:
            shown = self.model.rowCount()
            before = self.model.row_at(shown - 1).seq if shown else None
            return desk_views.trail(desk, who, before, limit, action)

        self.model.set_source(page, total)
        self.model.fetchMore()
        self.count_label.setText(self.tr("{n} kejadian").format(n=self.number(total)))

    def _chain_checked(self, breaks: list[int]) -> None:
        if breaks:
            text = self.tr("Rantai jejak PUTUS pada kejadian {seqs}").format(
                seqs=", ".join(str(s) for s in breaks[:5])
            )
        else:
            text = self.tr("Rantai jejak utuh")
        self.chain_label.setText(text)
        self.chain_label.setProperty("tone", "bad" if breaks else "good")
        repolish(self.chain_label)
        self.checked.emit(breaks)
