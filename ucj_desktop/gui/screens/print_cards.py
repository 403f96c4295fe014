"""The Cetak Kartu screen: enrolled workers waiting for a card, print runs, hand-over, card check.

What is printed is what the table shows: the selected rows, or every row shown when none is
selected. A run is drawn in memory on the TaskRunner, previewed, then sent to a printer or saved
as PDF; only then is it recorded (``record_print``). Cards printed before need a reason first.
Its modal boxes: ``_ask_reprint_reason``, ``_confirm``, ``_show_dialog`` (why: see ``Page``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
)

from ucj_desktop.gui.dialogs.card_check import CardCheckDialog
from ucj_desktop.gui.dialogs.print_preview import PrintPreviewDialog
from ucj_desktop.gui.dialogs.reprint import ReprintReasonDialog
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.print_queue_view import QUEUE_STYLE, QueueView
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.print_text import kind_text, layout_label, recorded_text, run_summary
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.combos import choice_combo
from ucj_desktop.gui.widgets.page import number_text, tab_chain
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE
from ucj_desktop.services.card_printing import (
    LAYOUTS,
    SCOPES,
    PrintRequest,
    PrintRun,
    QueueEntry,
    hand_over,
    prepare_print,
    print_queue,
    record_print,
    save_and_record_pdf,
)

log = logging.getLogger(__name__)

STYLE = SCREEN_STYLE + QUEUE_STYLE + RESULT_STYLE


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

        self.check_card_button = QPushButton(self.tr("&Periksa kartu…"))
        self.check_card_button.setObjectName("checkCardButton")
        self.check_card_button.setToolTip(
            self.tr("Pindai QR di balik kartu untuk memastikan kartu itu asli.")
        )
        self.check_card_button.clicked.connect(lambda: self.open_card_check())
        self.queue = QueueView(self.check_card_button, layout.spacing())
        self.queue.scope_changed.connect(self.refresh)
        self.queue.rows_changed.connect(self._update_buttons)
        self.scope_combo, self.search_edit = self.queue.scope_combo, self.queue.search_edit
        self.count_label, self.empty_label = self.queue.count_label, self.queue.empty_label
        self.model, self.proxy, self.table = self.queue.model, self.queue.proxy, self.queue.table
        layout.addWidget(self.queue, 1)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.layout_combo = choice_combo("layoutCombo", [(layout_label(n), n) for n in LAYOUTS])
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

        tab_chain(
            self.scope_combo,
            self.search_edit,
            self.check_card_button,
            self.table,
            self.layout_combo,
            self.print_cards_button,
            self.print_certificates_button,
            self.hand_over_button,
        )
        self._set_message("", "")
        self._show_busy(False)
        self.refresh()

    # What the screen shows

    @property
    def scope(self) -> str:
        return self.queue.scope

    def set_scope(self, scope: str) -> None:
        self.queue.set_scope(scope)

    @property
    def card_layout(self) -> str:
        return str(self.layout_combo.currentData())

    def refresh(self) -> None:
        """Reload the queue of the chosen scope from the store (keeps the selection by id)."""
        try:
            entries = print_queue(self.opened, self.who, self.scope)
        except EXPECTED_ERRORS as exc:
            entries = []
            self._set_message(self.tr("Daftar tidak dapat dimuat"), error_text(exc), "bad")
        self.queue.set_entries(entries)

    def shown_entries(self) -> list[QueueEntry]:
        return self.queue.shown_entries()

    def selected_entries(self) -> list[QueueEntry]:
        return self.queue.selected_entries()

    def targets(self) -> list[QueueEntry]:
        """What a print run takes: the selected rows, or every row shown."""
        return self.selected_entries() or self.shown_entries()

    def select_ids(self, ids: set[str]) -> None:
        self.queue.select_ids(ids)

    def _update_buttons(self, *_args: Any) -> None:
        idle = self.task is None
        selected = self.selected_entries()
        count = len(selected) or self.proxy.rowCount()
        self.print_cards_button.setText(self.tr("Cetak &kartu ({n})…").format(n=number_text(count)))
        self.print_certificates_button.setText(
            self.tr("Cetak &sertifikat ({n})…").format(n=number_text(count))
        )
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
        reprints = [e for e in entries if e.printed] if kind == "cards" else []
        reason = self._reprint_reason(len(reprints)) if reprints else ""
        if reason is None:
            return None
        opened, who = self.opened, self.who
        ids = [e.id for e in entries]
        request = PrintRequest(kind, ids=ids, layout=self.card_layout, today=self.today)

        def work(progress: Any, cancel: Any) -> PrintRun:
            def drawn(done: int, total: int) -> None:
                if cancel.is_set():
                    raise InterruptedError("drawing cancelled")
                progress(done, total, done)

            return prepare_print(opened, who, request, progress=drawn)

        self._set_message(
            self.tr("Menyiapkan {n} {what}…").format(n=number_text(len(ids)), what=kind_text(kind)),
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

    def _reprint_reason(self, count: int) -> str | None:
        """Why ``count`` cards are printed again; None (and said so) when the officer cancels."""
        reason = self._ask_reprint_reason(count)
        if reason is None:
            self._set_message(self.tr("Tidak jadi dicetak"), "")
        return reason

    def _settle(self) -> None:
        """The drawing is over, whatever its end: no task, no progress bar, buttons back."""
        self.task = None
        self._show_busy(False)
        self._update_buttons()

    def _drawn(self, run: PrintRun, reason: str) -> None:
        self._settle()
        self._set_message("", "")
        if run.reprints and not reason:
            # Printed elsewhere (another desk, the command line) since the list was read.
            asked = self._reprint_reason(len(run.reprints))
            if asked is None:
                self.refresh()
                self.task_ended.emit()
                return
            reason = asked
        stamp = self.current_day().isoformat()
        name = "Kartu" if run.kind == "cards" else "Sertifikat"
        dialog = PrintPreviewDialog(
            run,
            run_summary(run, reason),
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
        self._set_message(*recorded_text(run, destination, path), "good")
        self.refresh()
        self.printed.emit(run.count)

    def _failed(self, exc: BaseException) -> None:
        self._settle()
        if isinstance(exc, InterruptedError):
            self._set_message(self.tr("Dibatalkan; tidak ada yang dicetak"), "")
        else:
            if not isinstance(exc, EXPECTED_ERRORS):
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
