"""BPJS: the round trip with BPJS Ketenagakerjaan. Write the collective (kolektif) file of
the seated workers not yet sent (``ucj-hub export-bpjs``), read BPJS's result file back
(``ucj-hub import-bpjs``): a KPJ enrolls a worker, a rejection returns the record and frees its
seat. A result file with lines that match no worker sent and unanswered is refused whole; its
lines are held in the Karantina tab, each with where its NIK stands at the hub, until BPJS
sends a mended file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.cycle_models import BpjsFilesModel, QuarantineModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.page import path_text, role_label
from ucj_desktop.gui.widgets.tables import read_only_table
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.bpjs import BpjsExport, BpjsImport, export_bpjs, import_bpjs
from ucj_desktop.hub.desk_views import BpjsView, QuarantinedLine


class BpjsScreen(HubScreen):
    """``exported(BpjsExport)``, ``imported(BpjsImport)`` and ``quarantined(list)`` follow
    the screen's work; ``task_ended`` follows every operation."""

    exported = Signal(object)
    imported = Signal(object)
    quarantined = Signal(object)

    key = "bpjs"

    def build_page(self, layout: QVBoxLayout) -> None:
        tiles = QHBoxLayout()
        self.values = {}
        for name, caption in (
            ("seated", self.tr("Mendapat kursi, belum dikirim")),
            ("sent", self.tr("Dikirim, menunggu jawaban BPJS")),
        ):
            frame, value, _caption = self.tile(caption)
            self.values[name] = value
            tiles.addWidget(frame)
        self.results_label = role_label(role="pageHint", wrap=True)
        tiles.addWidget(self.results_label, 2)
        layout.addLayout(tiles)
        self.export_button = self.action_button(
            self.tr("Tulis berkas &kolektif…"), self.write_file, Permission.HUB_CYCLE
        )
        self.import_button = self.action_button(
            self.tr("Baca berkas &hasil BPJS…"), self.read_result, Permission.HUB_CYCLE
        )
        self.action_row(layout, self.export_button, self.import_button).addStretch(1)
        self.banner(layout)
        self.tabs = QTabWidget()
        self.files_model = BpjsFilesModel(self)
        self.files_table = read_only_table(
            self.files_model, BpjsFilesModel.COL_STATES, name="bpjsFiles"
        )
        self.quarantine_model = QuarantineModel(self)
        self.quarantine_table = read_only_table(
            self.quarantine_model, QuarantineModel.COL_HUB, name="bpjsQuarantine"
        )
        self.tabs.addTab(self.files_table, self.tr("Berkas ke BPJS"))
        self.tabs.addTab(self.quarantine_table, self.tr("Karantina (0)"))
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        view = self.read_now(
            lambda: desk_views.bpjs(self.desk), self.say_failed(self.tr("Data BPJS tidak terbaca"))
        )
        if view is not None:
            self.show_view(view)

    def show_view(self, view: BpjsView) -> None:
        self.values["seated"].setText(self.number(view.seated))
        self.values["sent"].setText(self.number(view.sent))
        self.files_model.set_rows(view.files)
        if view.results:
            at, enrolled, rejected = view.results[0]
            self.results_label.setText(
                self.tr(
                    "Hasil BPJS terakhir dibaca {when}: {enrolled} terdaftar, {rejected} ditolak "
                    "({n} berkas hasil sejauh ini)."
                ).format(
                    when=local_time(at, False),
                    enrolled=self.number(enrolled),
                    rejected=self.number(rejected),
                    n=self.number(len(view.results)),
                )
            )
        else:
            self.results_label.setText(self.tr("Belum ada berkas hasil BPJS yang dibaca."))

    # -- the collective file -------------------------------------------------------------------

    def write_file(self, path: Path | None = None) -> Any:
        name = f"kolektif-BPU-{self.current_day():%Y%m%d}.xlsx"
        path = path or self._ask_save_file(
            self.tr("Berkas kolektif untuk BPJS"), name, self.tr("Excel (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return None
        out = path
        return self.run_desk_op(
            self.as_operator(Permission.HUB_CYCLE, lambda hub: export_bpjs(hub, out)),
            self._written,
            self.tr("Menulis berkas kolektif…"),
            name="bpjs export",
        )

    def _written(self, done: BpjsExport) -> None:
        if done.completed:
            title = self.tr(
                "Berkas {n} yang tercatat tetapi belum tertulis kini ditulis; tulis lagi untuk "
                "pekerja yang mendapat kursi sesudahnya"
            ).format(n=done.file_id)
        elif done.again:
            title = self.tr("Tidak ada pekerja baru; berkas {n} ditulis ulang").format(
                n=done.file_id
            )
        else:
            title = self.tr("Berkas kolektif {n}: {rows} pekerja").format(
                n=done.file_id, rows=self.number(done.rows)
            )
        detail = self.tr(
            "Disimpan di {path}. Berisi data pribadi: kirim ke BPJS lewat saluran resmi."
        ).format(path=path_text(done.path))
        self.say_done(title, detail, self.exported, done)

    # -- the result file -----------------------------------------------------------------------

    def read_result(self, path: Path | None = None) -> Any:
        path = path or self._ask_open_path(
            self.tr("Berkas hasil dari BPJS"), self.tr("Hasil BPJS (*.xlsx *.csv)")
        )
        if path is None:
            return None
        chosen = path
        self.message.show(self.tr("Membaca berkas hasil BPJS…"), "")
        return self.run_op(
            self.as_operator(Permission.HUB_CYCLE, lambda hub: import_bpjs(hub, chosen)),
            on_success=self._read,
            on_failure=lambda exc: self._refused(exc, chosen),
            busy=self.action_buttons,
            progress_bar=self.progress_bar,
            name="bpjs import",
        )

    def _read(self, done: BpjsImport) -> None:
        if done.already:
            self.message.show(
                self.tr("Berkas hasil ini sudah pernah dibaca; tidak ada yang berubah"), "", "good"
            )
        else:
            self.message.show(
                self.tr("Hasil BPJS dibaca: {enrolled} terdaftar, {rejected} ditolak").format(
                    enrolled=self.number(done.enrolled), rejected=self.number(done.rejected)
                ),
                self.tr(
                    "Yang ditolak dikembalikan ke kantornya dengan keterangan BPJS; kursinya "
                    "diberikan pada alokasi berikutnya. Tanda terima membawa kabarnya ke kantor."
                ),
                "good",
            )
            self.show_quarantine([])
        self.refresh()
        self.imported.emit(done)

    def _refused(self, exc: BaseException, path: Path) -> None:
        self.message.show(self.tr("Berkas hasil BPJS ditolak"), self.failure_text(exc), "bad")
        if isinstance(exc, DomainError) and exc.code == "hub.bpjs_unmatched":
            desk = self.desk
            self.read_later(
                lambda: desk_views.quarantine(desk, path),
                self.show_quarantine,
                name="bpjs quarantine",
            )

    def show_quarantine(self, lines: list[QuarantinedLine]) -> None:
        self.quarantine_model.set_rows(lines)
        self.tabs.setTabText(1, self.tr("Karantina ({n})").format(n=self.number(len(lines))))
        if lines:
            self.tabs.setCurrentIndex(1)
        self.quarantined.emit(lines)
