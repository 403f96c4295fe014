"""Kantor: every office with an enrolled laptop, its key's fingerprint, its newest batch, the
batch numbers still missing and the days since it last sent, red from SILENT_AFTER_DAYS on.
The admin enrolls a laptop from its key file here (``ucj-hub enroll-device``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ucj_desktop.domain.hub_watch import SILENT_AFTER_DAYS
from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.hub.models import OfficesModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.tables import read_only_table
from ucj_desktop.hub.desk import as_operator
from ucj_desktop.hub.desk_views import OfficeRow, offices
from ucj_desktop.hub.devices import Enrolled, enroll_device


class OfficesScreen(HubScreen):
    """``enrolled(Enrolled)`` follows a laptop enrolled from this screen."""

    enrolled = Signal(object)

    key = "kantor"

    def build(self) -> None:
        layout = self.page_layout(
            self.tr("Kantor"),
            self.tr(
                "Laptop kantor yang dipercaya hub, paket terakhirnya, nomor paket yang belum "
                "sampai, dan berapa hari kantor tidak mengirim (merah mulai {n} hari)."
            ).format(n=SILENT_AFTER_DAYS),
        )
        content, content_layout = self.content_page()
        top = QHBoxLayout()
        self.summary_label = role_label(role="cardLabel", wrap=True)
        top.addWidget(self.summary_label, 1)
        self.enroll_button = QPushButton(self.tr("&Daftarkan laptop kantor…"))
        self.enroll_button.setVisible(allowed(self.who.roles, Permission.KEYS_MANAGE))
        self.enroll_button.clicked.connect(lambda: self.enroll())
        top.addWidget(self.enroll_button)
        content_layout.addLayout(top)
        self.chart_place(content_layout)
        self.model = OfficesModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(OfficesModel.SORT_ROLE)
        self.table = self.sized_by_sight(
            read_only_table(proxy, OfficesModel.COL_NAME, name="officesTable")
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OfficesModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        content_layout.addWidget(self.table, 1)
        self.banner(content_layout)
        self.stack_pages(layout, content)
        self.setFocusProxy(self.table)

    @property
    def rows(self) -> list[OfficeRow]:
        return [self.model.row_at(n) for n in range(self.model.rowCount())]

    def reload(self) -> None:
        try:
            rows = offices(self.desk, self.today)
        except EXPECTED_ERRORS as exc:
            self.show_error(exc)
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

    def enroll(self, path: Path | None = None) -> Any:
        """Trust an office laptop from the key file ``ucj keys export`` wrote there."""
        path = path or self._ask_open_path(
            self.tr("Berkas kunci laptop kantor"), self.tr("Berkas kunci (*.json)")
        )
        if path is None:
            return None
        desk, who, chosen = self.desk, self.who, path

        def op(_progress: Any, _cancel: Any) -> Enrolled:
            return as_operator(
                desk, who, Permission.KEYS_MANAGE, lambda hub: enroll_device(hub, chosen)
            )

        return self.run_desk_op(op, self._enrolled, busy=[self.enroll_button], name="enroll")

    def _enrolled(self, done: Enrolled) -> None:
        title = (
            self.tr("Laptop ini sudah terdaftar; tidak ada yang berubah")
            if done.already
            else self.tr("Laptop {office} didaftarkan").format(office=done.office_name)
        )
        self.message.show(
            title,
            self.tr("Sidik kunci (bacakan kembali ke kantor untuk dicocokkan): {fp}").format(
                fp=done.fingerprint
            ),
            "good",
        )
        self.refresh()
        self.enrolled.emit(done)
