"""The Cetak Kartu screen: enrolled workers waiting for a card, print runs, hand-over, card check.

What is printed is what the table shows: the selected rows, or every row shown when none is
selected. A run is drawn in memory on the TaskRunner, previewed, then sent to a printer or saved
as PDF; only then is it recorded (``record_print``). Cards printed before need a reason first.
Modal boxes go through small methods (``_ask_reprint_reason``, ``_confirm``, ``_show_dialog``)
so tests answer them on the instance while the screen's own logic runs unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from ucj_desktop.gui.dialogs.card_check import CardCheckDialog
from ucj_desktop.gui.dialogs.print_preview import PrintPreviewDialog
from ucj_desktop.gui.dialogs.reprint import ReprintReasonDialog
from ucj_desktop.gui.models.print_queue import PrintQueueModel, QueueFilterModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE, style_table
from ucj_desktop.printing.cards import CARDS_PER_SHEET
from ucj_desktop.services.card_printing import (
    LAYOUTS,
    SCOPES,
    PrintRun,
    QueueEntry,
    hand_over,
    prepare_print,
    print_queue,
    record_print,
    save_and_record_pdf,
)

log = logging.getLogger(__name__)

STYLE = (
    SCREEN_STYLE
    + """
QLabel[role="empty"] { font-size: 14px; color: #7a8a94; font-style: italic; }
QLabel[role="count"] { color: #4a5b66; }
"""
    + RESULT_STYLE
)


class PrintScreen(Screen):
    """The print queue of this office.

    ``printed(count)`` fires after a run was recorded; ``task_ended`` after every background
    drawing of a run, whatever its end.
    """

    printed = Signal(int)

    SCOPES = SCOPES
    LAYOUTS = LAYOUTS

    key = "cetak"
    style_sheet = STYLE

    def build(self) -> None:
        self.preview_dialog: PrintPreviewDialog | None = None
        self.card_check_dialog: CardCheckDialog | None = None
        layout = self.page_layout(
            self.tr("Cetak Kartu"),
            self.tr(
                "Kartu peserta dan sertifikat kepesertaan untuk pekerja yang sudah terdaftar di "
                "BPJS Ketenagakerjaan. Pilih baris untuk mencetak sebagian; tanpa pilihan, semua "
                "baris yang tampil dicetak."
            ),
        )

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.addItem(self.tr("Menunggu dicetak"), "waiting")
        self.scope_combo.addItem(self.tr("Dicetak, belum diserahkan"), "not_handed")
        self.scope_combo.addItem(self.tr("Semua peserta terdaftar"), "all")
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Cari nama, KPJ atau NIK…"))
        self.count_label = role_label(role="count")
        self.count_label.setObjectName("countLabel")
        self.check_card_button = QPushButton(self.tr("&Periksa kartu…"))
        self.check_card_button.setObjectName("checkCardButton")
        self.check_card_button.setToolTip(
            self.tr("Pindai QR di balik kartu untuk memastikan kartu itu asli.")
        )
        self.check_card_button.clicked.connect(lambda: self.open_card_check())
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.check_card_button)
        layout.addLayout(filters)

        self.model = PrintQueueModel(self)
        self.proxy = QueueFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        style_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PrintQueueModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PrintQueueModel.COL_NIK, 140),
            (PrintQueueModel.COL_KPJ, 106),
            (PrintQueueModel.COL_END, 102),
            (PrintQueueModel.COL_CARD, 200),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        layout.addWidget(self.table, 1)
        self.empty_label = role_label(role="empty", wrap=True)
        layout.addWidget(self.empty_label)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.addItem(self.tr("Lembar A4, 10 kartu"), "sheet")
        self.layout_combo.addItem(self.tr("Satu kartu per halaman (printer kartu)"), "single")
        self.print_cards_button = QPushButton()
        self.print_cards_button.setObjectName("printCardsButton")
        self.print_certificates_button = QPushButton()
        self.print_certificates_button.setObjectName("printCertificatesButton")
        self.hand_over_button = QPushButton(self.tr("Tandai &diserahkan"))
        self.hand_over_button.setObjectName("handOverButton")
        self.print_cards_button.clicked.connect(lambda: self.print_run("cards"))
        self.print_certificates_button.clicked.connect(lambda: self.print_run("certificates"))
        self.hand_over_button.clicked.connect(lambda: self.hand_over_selected())
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        actions.addWidget(self.layout_combo)
        actions.addWidget(self.print_cards_button)
        actions.addWidget(self.print_certificates_button)
        actions.addStretch(1)
        actions.addWidget(self.hand_over_button)
        layout.addLayout(actions)

        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("drawProgress")
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        self.message = MessageBanner()
        self.message_title, self.message_detail = self.message.title, self.message.detail
        self.message_title.setObjectName("messageTitle")
        self.message_detail.setObjectName("messageDetail")
        self.message.add_to(layout)

        QWidget.setTabOrder(self.scope_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.check_card_button)
        QWidget.setTabOrder(self.check_card_button, self.table)
        QWidget.setTabOrder(self.table, self.layout_combo)
        QWidget.setTabOrder(self.layout_combo, self.print_cards_button)
        QWidget.setTabOrder(self.print_cards_button, self.print_certificates_button)
        QWidget.setTabOrder(self.print_certificates_button, self.hand_over_button)
        self._set_message("", "")
        self._show_busy(False)
        self.refresh()

    # What the screen shows

    @property
    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(self.SCOPES.index(scope))

    @property
    def card_layout(self) -> str:
        return str(self.layout_combo.currentData())

    def refresh(self) -> None:
        """Reload the queue of the chosen scope from the store (keeps the selection by id)."""
        selected = {e.id for e in self.selected_entries()}
        try:
            entries = print_queue(self.opened, self.who, self.scope)
        except EXPECTED_ERRORS as exc:
            entries = []
            self._set_message(self.tr("Daftar tidak dapat dimuat"), error_text(exc), "bad")
        self.model.set_entries(entries)
        self._select_ids(selected)
        self._after_rows_changed()

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self._after_rows_changed()

    def _show_count(self, selected: int) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("{n} pekerja").format(n=number_text(total))
        else:
            text = self.tr("{shown} dari {total} pekerja").format(
                shown=number_text(shown), total=number_text(total)
            )
        if selected:
            text += " · " + self.tr("{n} dipilih").format(n=number_text(selected))
        self.count_label.setText(text)

    def _after_rows_changed(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        empty = {
            "waiting": self.tr(
                "Tidak ada kartu yang menunggu dicetak. Kartu baru muncul di sini setelah tanda "
                "terima dari hub diimpor (Sinkronisasi)."
            ),
            "not_handed": self.tr("Semua kartu yang sudah dicetak telah diserahkan."),
            "all": self.tr("Belum ada pekerja yang terdaftar di BPJS Ketenagakerjaan."),
        }[self.scope]
        if total and not shown:
            empty = self.tr("Tidak ada yang cocok dengan pencarian.")
        self.empty_label.setText(empty)
        self.empty_label.setVisible(shown == 0)
        self._update_buttons()

    def shown_entries(self) -> list[QueueEntry]:
        return self.proxy.entries()

    def selected_entries(self) -> list[QueueEntry]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.data(self.proxy.index(r, 0), PrintQueueModel.ENTRY_ROLE) for r in rows]

    def targets(self) -> list[QueueEntry]:
        """What a print run takes: the selected rows, or every row shown."""
        return self.selected_entries() or self.shown_entries()

    def select_ids(self, ids: set[str]) -> None:
        self.table.clearSelection()
        self._select_ids(ids)

    def _select_ids(self, ids: set[str]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            entry = self.proxy.data(self.proxy.index(row, 0), PrintQueueModel.ENTRY_ROLE)
            if entry.id in ids:
                selection.select(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _update_buttons(self, *_args: Any) -> None:
        idle = self.task is None
        selected = self.selected_entries()
        count = len(selected) or self.proxy.rowCount()
        self.print_cards_button.setText(self.tr("Cetak &kartu ({n})…").format(n=number_text(count)))
        self.print_certificates_button.setText(
            self.tr("Cetak &sertifikat ({n})…").format(n=number_text(count))
        )
        self._show_count(len(selected))
        for button in (self.print_cards_button, self.print_certificates_button):
            button.setEnabled(idle and count > 0)
        waiting = [e for e in selected if e.printed and not e.handed_over]
        self.hand_over_button.setEnabled(idle and bool(waiting))
        self.hand_over_button.setToolTip(
            self.tr("Pilih kartu yang sudah dicetak dan sudah diterima pesertanya.")
        )
        self.scope_combo.setEnabled(idle)
        self.layout_combo.setEnabled(idle)

    def _set_message(self, title: str, detail: str, tone: str = "") -> None:
        self.message.show(title, detail, tone)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    # Print runs

    def print_run(self, kind: str, entries: list[QueueEntry] | None = None) -> TaskHandle | None:
        """Draw ``kind`` ("cards" or "certificates") for ``entries`` (default: the targets) on
        the runner, then open the preview."""
        if self.task is not None:
            return None
        entries = self.targets() if entries is None else entries
        if not entries:
            return None
        reason = ""
        reprints = [e for e in entries if e.printed] if kind == "cards" else []
        if reprints:
            asked = self._ask_reprint_reason(len(reprints))
            if asked is None:
                self._set_message(self.tr("Tidak jadi dicetak"), "")
                return None
            reason = asked
        opened, who, today = self.opened, self.who, self.today
        ids = [e.id for e in entries]
        layout = self.card_layout

        def work(progress: Any, cancel: Any) -> PrintRun:
            def drawn(done: int, total: int) -> None:
                if cancel.is_set():
                    raise InterruptedError("drawing cancelled")
                progress(done, total, done)

            return prepare_print(opened, who, kind, ids, layout, today, progress=drawn)

        what = self.tr("kartu") if kind == "cards" else self.tr("sertifikat")
        self._set_message(
            self.tr("Menyiapkan {n} {what}…").format(n=number_text(len(ids)), what=what),
            self.tr("Jendela tetap dapat dipakai."),
        )
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self._show_busy(True)
        self.task = self.runner.run(
            work,
            on_done=lambda run: self._drawn(run, reason),
            on_failed=self._failed,
            on_progress=lambda done, _total, _rows: self.progress.setValue(done),
            writes=False,  # reads and draws only; recording happens later, on the GUI thread
            name=f"print-{kind}",
        )
        self._update_buttons()
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _drawn(self, run: PrintRun, reason: str) -> None:
        self.task = None
        self._show_busy(False)
        self._update_buttons()
        self._set_message("", "")
        if run.reprints and not reason:
            # Printed elsewhere (another desk, the command line) since the list was read.
            asked = self._ask_reprint_reason(len(run.reprints))
            if asked is None:
                self._set_message(self.tr("Tidak jadi dicetak"), "")
                self.refresh()
                self.task_ended.emit()
                return
            reason = asked
        stamp = self.current_day().isoformat()
        name = "Kartu" if run.kind == "cards" else "Sertifikat"
        dialog = PrintPreviewDialog(
            run,
            self._summary(run, reason),
            self,
            self.runner,
            file_name=f"{name}-SIGAP-{stamp}-{run.count}.pdf",
            save=lambda path: save_and_record_pdf(self.opened, self.who, run, path, reason),
        )
        dialog.output_done.connect(
            lambda destination, path: self._record(run, reason, destination, path)
        )
        if self.preview_dialog is not None:  # one run's PDF in memory at a time
            self.preview_dialog.deleteLater()
        self.preview_dialog = dialog
        self.task_ended.emit()
        self._show_dialog(dialog)

    def _summary(self, run: PrintRun, reason: str) -> str:
        n = number_text(run.count)
        if run.kind == "certificates":
            text = self.tr("{n} sertifikat, satu halaman A4 per pekerja.").format(n=n)
        elif run.layout == "single":
            text = self.tr(
                "{n} kartu, satu kartu per halaman (depan, lalu belakang) untuk printer kartu "
                "ID-1 dua sisi."
            ).format(n=n)
        else:
            sheets = -(-run.count // CARDS_PER_SHEET)
            text = self.tr(
                "{n} kartu pada {sheets} lembar A4: tiap lembar depan diikuti lembar belakang. "
                "Cetak dua sisi, balik pada sisi panjang, lalu potong pada tanda potong."
            ).format(n=n, sheets=number_text(sheets))
        if run.reprints:
            text += " " + self.tr("{r} di antaranya cetak ulang ({reason}).").format(
                r=number_text(len(run.reprints)), reason=reason
            )
        return text

    def _record(self, run: PrintRun, reason: str, destination: str, path: Path | None) -> None:
        """After the output: a PDF was recorded as it was written; a print job is now."""
        try:
            if destination == "printer":
                record_print(self.opened, self.who, run, destination, reason)
        except EXPECTED_ERRORS as exc:
            self._set_message(
                self.tr("Sudah dicetak, tetapi tidak tercatat"), error_text(exc), "bad"
            )
            self.refresh()
            return
        what = self.tr("kartu") if run.kind == "cards" else self.tr("sertifikat")
        if destination == "pdf" and path is not None:
            title = self.tr("{n} {what} disimpan sebagai PDF").format(
                n=number_text(run.count), what=what
            )
            detail = self.tr("Berkas: {path}.").format(path=QDir.toNativeSeparators(str(path)))
        else:
            title = self.tr("{n} {what} dikirim ke printer").format(
                n=number_text(run.count), what=what
            )
            detail = ""
        if run.kind == "cards":
            detail = (
                detail
                + " "
                + self.tr(
                    "Setelah kartu diterima pesertanya, pilih barisnya di “Dicetak, belum "
                    "diserahkan” lalu tekan “Tandai diserahkan”."
                )
            ).strip()
        self._set_message(title, detail, "good")
        self.refresh()
        self.printed.emit(run.count)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._show_busy(False)
        self._update_buttons()
        if isinstance(exc, InterruptedError):
            self._set_message(self.tr("Dibatalkan; tidak ada yang dicetak"), "")
        elif isinstance(exc, EXPECTED_ERRORS):
            self._set_message(self.tr("Tidak dapat dicetak"), error_text(exc), "bad")
        else:
            log.error("drawing a print run failed", exc_info=exc)
            self._set_message(self.tr("Tidak dapat dicetak"), error_text(exc), "bad")
        self.task_ended.emit()

    # Hand-over and card check

    def hand_over_selected(self) -> int:
        """Record that the selected printed cards reached their workers (after a confirm); cards
        handed over before are left as they are."""
        printed = [e for e in self.selected_entries() if e.printed and not e.handed_over]
        if not printed:
            return 0
        question = self.tr(
            "Catat {n} kartu sebagai sudah diserahkan kepada pesertanya, oleh {officer}, sekarang?"
        ).format(n=number_text(len(printed)), officer=self.who.full_name)
        if not self._confirm(self.tr("Tandai diserahkan"), question):
            return 0
        try:
            count = hand_over(self.opened, self.who, [e.id for e in printed])
        except EXPECTED_ERRORS as exc:
            self._set_message(self.tr("Tidak tercatat"), error_text(exc), "bad")
            return 0
        self._set_message(
            self.tr("{n} kartu tercatat sudah diserahkan").format(n=number_text(count)), "", "good"
        )
        self.refresh()
        return count

    def open_card_check(self) -> CardCheckDialog:
        if self.card_check_dialog is not None:
            self.card_check_dialog.deleteLater()
        dialog = CardCheckDialog(self.opened, self.who, self)
        self.card_check_dialog = dialog
        self._show_dialog(dialog)
        return dialog

    # Modal boxes (tests answer these on the instance)

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.open()

    def _ask_reprint_reason(self, count: int) -> str | None:
        dialog = ReprintReasonDialog(count, self)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _confirm(self, title: str, text: str) -> bool:
        return confirm(self, title, text, default_yes=True)
