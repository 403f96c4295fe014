"""Preview of a print run, then the system print dialog or a PDF file.

The run's PDF lives in memory only (no temp file of people's data). Pages are drawn with PDFium
(pypdfium2): for the screen at the width of the view, for a printer as an image at the
printer's resolution (capped, see ``print_dpi``) painted page by page on the QPrinter on a
worker thread, so the window stays alive while hundreds of cards go out. PDFium is not
thread-safe: while a print job runs, the preview is frozen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.gui.task_runner import TaskHandle, TaskRunner, app_runner
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.file_dialogs import ask_save_file
from ucj_desktop.gui.widgets.page import fit_to_screen
from ucj_desktop.services.card_printing import PrintRun, save_pdf

log = logging.getLogger(__name__)
T = TypeVar("T")

POINTS_PER_INCH = 72.0
SMALL_PAGE_DPI = 600  # an ID-1 card page: small image, sharp QR
LARGE_PAGE_DPI = 400  # an A4 page: ~62 MB image; QR modules ~4.6 px


def print_dpi(printer_dpi: int, page_size_pt: tuple[float, float]) -> int:
    """Resolution to rasterise a page at for a printer: the printer's own, capped so an A4
    page stays a few tens of MB."""
    small = max(page_size_pt) < 200 * POINTS_PER_INCH / 25.4  # shorter than 20 cm
    return max(72, min(printer_dpi, SMALL_PAGE_DPI if small else LARGE_PAGE_DPI))


def page_image(page: pdfium.PdfPage, dpi: float, for_print: bool = False) -> QImage:
    """One page as a QImage (RGBX, owns its pixels)."""
    bitmap = page.render(
        scale=dpi / POINTS_PER_INCH,
        rev_byteorder=True,
        prefer_bgrx=True,
        optimize_mode="print" if for_print else None,
    )
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # detach from PDFium's buffer before it is freed
    finally:
        bitmap.close()


def configure_printer(printer: QPrinter, run: PrintRun, first_page_pt: tuple[float, float]) -> None:
    """Paper, orientation, duplex and document name for ``run`` (set before the dialog, so the
    officer sees the right paper preselected)."""
    width_mm, height_mm = (v * 25.4 / POINTS_PER_INCH for v in first_page_pt)
    landscape = width_mm > height_mm
    size = QPageSize(
        QSizeF(min(width_mm, height_mm), max(width_mm, height_mm)), QPageSize.Unit.Millimeter
    )
    if abs(size.size(QPageSize.Unit.Millimeter).height() - 297) < 1:
        size = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)  # our PDF has its own margins; paint from the paper's edge
    if run.kind == "cards":
        # Sheets: fronts then mirrored backs, flip on the long edge. Card printers: front, back.
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setDocName(
        "Kartu Peserta SIGAP" if run.kind == "cards" else "Sertifikat Kepesertaan SIGAP"
    )


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], object] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Paint every page of ``pdf`` on ``printer`` (any thread; QPainter may paint a QPrinter off
    the GUI thread). Returns the pages sent; raises InterruptedError when cancelled (the job is
    aborted, the printer discards what it has) or OSError when the printer cannot start."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        total = len(document)
        if not painter.begin(printer):
            raise OSError(0, "printer could not start the job")
        for index in range(total):
            if cancel is not None and cancel.is_set():
                printer.abort()
                raise InterruptedError("print job cancelled")
            if index:
                printer.newPage()
            page = document[index]
            try:
                size = page.get_size()
                image = page_image(page, print_dpi(printer.resolution(), size), for_print=True)
            finally:
                page.close()
            # At the page's own size from the paper's corner: on other paper than the run's
            # (Letter for A4) a card stays 85.6 x 54 mm and the crop marks stay true.
            scale = printer.resolution() / POINTS_PER_INCH
            painter.drawImage(QRectF(0, 0, size[0] * scale, size[1] * scale), image)
            if progress is not None:
                progress(index + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _page_count_and_size(pdf: bytes) -> tuple[int, tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        try:
            return len(document), page.get_size()
        finally:
            page.close()
    finally:
        document.close()


class PrintPreviewDialog(QDialog):
    """Shows a print run page by page; "Cetak…" or "Simpan PDF…" sends it out.

    ``output_done(destination, path)`` fires once the run reached a printer ("printer", None)
    or a file ("pdf", Path); the caller records the print then. Closing without either records
    nothing. ``output_failed(exception)`` reports a failed or cancelled output.
    """

    output_done = Signal(str, object)
    output_failed = Signal(object)

    def __init__(
        self,
        run: PrintRun,
        summary: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        file_name: str = "cetak.pdf",
        save: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(self.tr("Pratinjau cetak"))
        self.run = run
        # Puts the PDF at a path (the print screen writes and records it in one step).
        self.save_pdf: Callable[[Path], object] = save or (lambda path: save_pdf(run, path))
        self.runner = runner or app_runner()
        self.task: TaskHandle | None = None
        self.file_name = file_name
        self.page_count, self._first_page_size = _page_count_and_size(run.pdf)
        self.page_index = 0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(80)
        self._render_timer.timeout.connect(self._render_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.summary_label = QLabel(summary)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 14px; color: #15303d;")
        layout.addWidget(self.summary_label)

        self.page_label = QLabel()
        self.page_label.setObjectName("pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.page_label)
        self.scroll_area.setStyleSheet("QScrollArea { background: #8a969e; border: none; }")
        self.page_label.setStyleSheet("background: #8a969e;")
        layout.addWidget(self.scroll_area, 1)

        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Sebelumnya"))
        self.next_button = QPushButton(self.tr("Berikutnya ▶"))
        self.position_label = QLabel()
        self.position_label.setObjectName("positionLabel")
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.show_page(self.page_index + step))

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Batalkan pencetakan"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_printing)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Simpan PDF…"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.print_button.clicked.connect(lambda: self.print_to())
        self.save_button.clicked.connect(lambda: self.save_to())
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        fit_to_screen(self, 760, 860)
        self.show_page(0)

    # Pages

    def show_page(self, index: int) -> None:
        if self.task is not None or not 0 <= index < self.page_count:
            return
        self.page_index = index
        self.position_label.setText(
            self.tr("Halaman {n} dari {total}").format(n=index + 1, total=self.page_count)
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count - 1)
        self._render_current()

    def current_image(self) -> QImage:
        """The current page as shown (for tests and screenshots)."""
        return self.page_label.pixmap().toImage()

    def _render_current(self) -> None:
        if self.task is not None:
            return
        # Opened for each page shown: no PDFium handle outlives the call, whatever happens to
        # the dialog (opening even a 2,000-page run takes milliseconds).
        document = pdfium.PdfDocument(self.run.pdf)
        try:
            page = document[self.page_index]
            try:
                width_pt, height_pt = page.get_size()
                room_w = max(self.scroll_area.viewport().width() - 32, 240)
                room_h = max(self.scroll_area.viewport().height() - 32, 240)
                ratio = self.devicePixelRatioF()
                # Fit the page in the view; a card page is small: never more than 3x.
                dpi = min(room_w / width_pt, room_h / height_pt, 3.0) * POINTS_PER_INCH * ratio
                image = page_image(page, dpi)
            finally:
                page.close()
        finally:
            document.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._render_timer.start()

    # Output

    def _output_to(self, given: T | None, ask: Callable[[], T | None]) -> T | None:
        """Where the run goes: ``given``, else where the officer says (``ask``); None while an
        output is under way, or when the officer says nowhere."""
        if self.task is not None:
            return None
        return ask() if given is None else given

    def print_to(self, printer: QPrinter | None = None) -> TaskHandle | None:
        """Send the run to ``printer`` (default: ask with the system print dialog)."""
        printer = self._output_to(printer, self._ask_printer)
        if printer is None:
            return None
        self._printer = printer  # kept alive while the worker paints on it
        pdf = self.run.pdf
        self._set_busy(True, self.tr("Mengirim ke printer…"))
        self.progress.setRange(0, self.page_count)
        self.progress.setValue(0)
        self.task = self.runner.run(
            lambda progress, cancel: print_pdf(
                pdf, printer, lambda done, total: progress(done, total, done), cancel
            ),
            on_done=self._printed,
            on_failed=self._failed,
            on_progress=lambda done, _total, _rows: self.progress.setValue(done),
            writes=False,  # paints on the printer only: never waits behind a store write
            name="print",
        )
        return self.task

    def cancel_printing(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def save_to(self, path: Path | None = None) -> Path | None:
        """Write the run's PDF to ``path`` (default: ask where)."""
        path = self._output_to(path, self._ask_save_path)
        if path is None:
            return None
        try:
            self.save_pdf(path)
        except EXPECTED_ERRORS as exc:
            self.status_label.setText(error_text(exc))
            self.status_label.setStyleSheet("color: #b3261e;")
            self.output_failed.emit(exc)
            return None
        self.output_done.emit("pdf", path)
        self.accept()
        return path

    def _printed(self, pages: int) -> None:
        self.task = None
        self._set_busy(False, "")
        log.info("print job sent: %d pages", pages)
        self.output_done.emit("printer", None)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, InterruptedError):
            text = self.tr(
                "Pencetakan dibatalkan. Tidak ada yang dicatat sebagai tercetak; buang lembar "
                "yang sudah keluar dari printer."
            )
        elif isinstance(exc, OSError):  # the printer would not take the job
            text = self.tr(
                "Printer tidak dapat memulai pencetakan. Periksa bahwa printer menyala, "
                "terhubung dan berkertas, lalu coba lagi."
            )
        elif isinstance(exc, EXPECTED_ERRORS):
            text = self.tr("Printer tidak dapat mencetak: {reason}").format(reason=error_text(exc))
        else:
            log.error("print job failed", exc_info=exc)
            text = self.tr("Printer tidak dapat mencetak. Periksa printer, lalu coba lagi.")
        self._set_busy(False, text)
        self.status_label.setStyleSheet("color: #b3261e;")
        self.output_failed.emit(exc)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.status_label.setStyleSheet("color: #4a5b66;")
        self.status_label.setText(text)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setEnabled(not busy)
        self.previous_button.setEnabled(not busy and self.page_index > 0)
        self.next_button.setEnabled(not busy and self.page_index < self.page_count - 1)

    def reject(self) -> None:
        if self.task is not None:  # a job is going out: cancel it first
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self._render_timer.stop()

    # Modal boxes (tests answer these on the instance)

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.run, self._first_page_size)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak"))
        # Every page of the run is recorded as printed: printing a page range is not offered.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _ask_save_path(self) -> Path | None:
        return ask_save_file(
            self, self.tr("Simpan PDF"), self.file_name, self.tr("Dokumen PDF (*.pdf)"), ".pdf"
        )
