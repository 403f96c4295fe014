"""Paket masuk: office batches from package files or a folder (the USB stick), taken in as
``ucj-hub ingest`` does, with progress and Batal; each package's result listed as it is
stored, a refused one with its reason. Below, every package received, newest first, a page at
a time."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTabWidget, QVBoxLayout

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.hub.models import IngestResultsModel, PackagesModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.operations import OpProgress
from ucj_desktop.gui.widgets.file_dialogs import ask_open_paths
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.tables import Mode, read_only_table
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.desk import ingest
from ucj_desktop.hub.ingest import package_files
from ucj_desktop.hub.ingest_store import Ingested, Refused, Result


@dataclass(frozen=True)
class IntakeRun:
    """One ingest from the desk: the package files found and what became of them."""

    files: int
    results: tuple[Result, ...]
    stopped: bool  # Batal before the last file

    @property
    def taken(self) -> int:
        return sum(1 for r in self.results if isinstance(r, Ingested) and not r.already)

    @property
    def refused(self) -> int:
        return sum(1 for r in self.results if isinstance(r, Refused))


class _Relay(QObject):
    """Each result, from the worker that stored it to the GUI thread (queued)."""

    came = Signal(object)


class IntakeScreen(HubScreen):
    """``ingested(IntakeRun)`` follows every ingest from this screen."""

    ingested = Signal(object)

    key = "paket"

    spacing = 10

    def build_page(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.files_button = self.action_button(self.tr("Pilih &berkas paket…"), self.choose_files)
        self.folder_button = self.action_button(
            self.tr("Pilih &folder (flashdisk)…"), self.choose_folder
        )
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        self.progress_label = role_label(role="cardLabel")
        buttons.addWidget(self.progress_label)
        self.progress_bar, self.cancel_button = self.progress_in(buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.banner(layout)

        self.tabs = QTabWidget()
        self.results_model = IngestResultsModel(self)
        self.results_table = read_only_table(
            self.results_model,
            IngestResultsModel.COL_RESULT,
            name="intakeResults",
            selection=Mode.ExtendedSelection,
        )
        # A refusal's reason is a sentence or two: it wraps, whole, in its row. The other
        # columns keep the width of what they hold (a wrapping table would squeeze them).
        self.results_table.setWordWrap(True)
        self.results_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.results_table.horizontalHeader()
        metrics = self.results_table.fontMetrics()
        for column, sample in (
            (IngestResultsModel.COL_FILE, "laptop-asing-UCJ-3275011001-batch-00001.ucjsync"),
            (IngestResultsModel.COL_OFFICE, "32.75.01.1001"),
            (IngestResultsModel.COL_SEQUENCE, "Paket no. 00000"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.packages_model = PackagesModel()
        self.packages_model.setParent(self)
        self.packages_table = self.sized_by_sight(
            read_only_table(self.packages_model, PackagesModel.COL_SHA, name="receivedPackages")
        )
        self.tabs.addTab(self.packages_table, self.tr("Paket diterima"))
        self.tabs.addTab(self.results_table, self.tr("Hasil penerimaan terakhir"))
        layout.addWidget(self.tabs, 1)
        self._relay = _Relay(self)
        self._relay.came.connect(self._result_came)
        self.packages_model.fetch_failed.connect(self._list_failed)

    def reload(self) -> None:
        """Read the received packages again (the first page now, the rest as it scrolls)."""
        desk = self.desk
        total = self.read_now(lambda: desk_views.package_count(desk), self._list_failed)
        if total is None:
            return
        self.packages_model.set_source(lambda o, n: desk_views.packages(desk, o, n), total)
        self.packages_model.fetchMore()
        self.tabs.setTabText(0, self.tr("Paket diterima ({n})").format(n=self.number(total)))

    def _list_failed(self, exc: BaseException) -> None:
        self.say_failed(self.tr("Daftar paket tidak terbaca"))(exc)

    # -- choosing ------------------------------------------------------------------------------

    def choose_files(self) -> Any:
        paths = self._ask_open_paths()
        return self.take(paths) if paths else None

    def choose_folder(self) -> Any:
        folder = self._ask_folder(self.tr("Folder berisi paket kantor (flashdisk)"))
        return self.take([folder]) if folder is not None else None

    def _ask_open_paths(self) -> list[Path]:
        return ask_open_paths(
            self, self.tr("Paket dari kantor"), self.tr("Paket sinkronisasi (*.ucjsync)")
        )

    # -- taking in -----------------------------------------------------------------------------

    def take(self, chosen: Sequence[Path]) -> Any:
        """Ingest the files in ``chosen`` (a folder: its .ucjsync files) on the runner."""
        if self.task is not None:
            return None
        desk, who, relay = self.desk, self.who, self._relay
        self.results_model.set_rows([])
        self.tabs.setCurrentIndex(1)
        self.message.show(self.tr("Menerima paket…"), "")
        self.progress_label.setText("")

        def op(progress: OpProgress, cancel: threading.Event) -> IntakeRun:
            files = list(package_files(chosen))
            if not files:
                raise DomainError("hub.no_packages", field="FILE")
            progress(0, len(files))
            results: list[Result] = []

            def each(result: Result) -> bool:
                results.append(result)
                relay.came.emit(result)
                progress(len(results), len(files))
                return not cancel.is_set()

            ingest(desk, who, files, each)
            return IntakeRun(len(files), tuple(results), len(results) < len(files))

        return self.run_desk_op(
            op, self._done, on_failure=self._failed, cancel_button=self.cancel_button, name="ingest"
        )

    def _result_came(self, result: Result) -> None:
        self.results_model.add(result)
        self.progress_label.setText(
            self.tr("{n} paket diperiksa").format(n=self.number(self.results_model.rowCount()))
        )

    def _done(self, run: IntakeRun) -> None:
        stopped = self.tr(" Dihentikan sebelum paket terakhir.") if run.stopped else ""
        tone = "bad" if run.refused else "good"
        self.message.show(
            self.tr("{taken} dari {files} paket diterima").format(
                taken=self.number(run.taken), files=self.number(run.files)
            ),
            self.tr(
                "{refused} ditolak, {already} sudah pernah diterima.{stopped} Alasan setiap "
                "penolakan ada di tabel hasil."
            ).format(
                refused=self.number(run.refused),
                already=self.number(len(run.results) - run.taken - run.refused),
                stopped=stopped,
            ),
            tone,
        )
        self.progress_label.setText("")
        self.refresh()
        self.tabs.setCurrentIndex(1)
        self.ingested.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self.progress_label.setText("")
        self.say_failed(self.tr("Penerimaan berhenti"))(exc)
        self.refresh()  # what was stored before the failure stays, and is listed
