"""The reference screen's "Hasil impor" page: what the last import did (or why it did nothing),
its progress while it runs with the Batal button, the rejected rows, and the error report's
path with the Buka folder button. The screen connects the two buttons and says what to show."""

from __future__ import annotations

from PySide6.QtCore import QDir, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QProgressBar, QPushButton, QWidget

from ucj_desktop.gui.models.reference import RejectedRowsModel
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.reference_parts import HASH_CHARS, tab_page_layout
from ucj_desktop.gui.widgets.tables import Mode, read_only_table
from ucj_desktop.services.reference_import import ImportReport


class ImportResultsPanel(QWidget):
    """Title and detail of the outcome; progress, rejected rows and report shown when they apply."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        box = tab_page_layout(self, "resultPanel")
        self.result_title = role_label(role="resultTitle", wrap=True)
        self.result_detail = role_label(role="pageHint", wrap=True)
        box.addWidget(self.result_title)
        box.addWidget(self.result_detail)

        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 4, 0, 4)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)  # per mille of the file's bytes
        self.progress_bar.setTextVisible(False)  # the label beside it stays legible
        self.progress_label = role_label(role="cardLabel")
        # Wide enough for the longest text, so the bar does not twitch as the digits change.
        widest = self.progress_label.fontMetrics().horizontalAdvance("100% · 8.888.888 baris")
        self.progress_label.setMinimumWidth(widest + 4)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.progress_label)
        progress.addSpacing(6)
        progress.addWidget(self.cancel_button)
        box.addWidget(self.progress_row)

        self.rejected_model = RejectedRowsModel(self)
        self.rejected_table = read_only_table(
            self.rejected_model, RejectedRowsModel.COL_REASON, selection=Mode.ExtendedSelection
        )
        # Reasons are sentences: wrap them (the sample holds at most 1,000 rows).
        self.rejected_table.setWordWrap(True)
        rows = self.rejected_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(30)
        box.addWidget(self.rejected_table, 1)

        self.report_row = QWidget()
        report = QHBoxLayout(self.report_row)
        report.setContentsMargins(0, 4, 0, 0)
        self.report_label = role_label(role="cardLabel", wrap=True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Buka &folder"))
        report.addWidget(self.report_label, 1)
        report.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.report_row)
        box.addStretch(1)  # keeps a short message at the top; off while the table is shown
        self._box = box

    def set_busy(self, busy: bool) -> None:
        """The progress row and its Batal button, shown only while an import runs."""
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def show_idle(self) -> None:
        self.show_message(
            self.tr("Belum ada impor"),
            self.tr(
                "Pilih tombol impor pada salah satu kartu di atas. Kemajuan impor, hasilnya "
                "dan baris yang ditolak tampil di sini."
            ),
        )

    def show_busy(self, file_name: str) -> None:
        """An import of ``file_name`` has started: progress from zero, the cursor on Batal."""
        self.show_message(
            self.tr("Mengimpor {file}…").format(file=file_name),
            self.tr("Data lama tetap dipakai sampai impor selesai. Jendela tetap dapat dipakai."),
        )
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("0% · 0 baris"))
        self.cancel_button.setFocus()

    def show_progress(self, done: int, total: int, rows: int) -> None:
        per_mille = min(1000, done * 1000 // max(total, 1))
        self.progress_bar.setValue(per_mille)
        self.progress_label.setText(
            self.tr("{percent}% · {rows} baris").format(
                percent=per_mille // 10, rows=self._locale.toString(rows)
            )
        )

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.result_title.setText(self.tr("Membatalkan…"))

    def show_message(self, title: str, detail: str, tone: str = "") -> None:
        """A title (``tone`` "good" green, "bad" red) and a sentence; no table, no report."""
        self.result_title.setText(title)
        self.result_title.setProperty("tone", tone)
        self.result_title.style().polish(self.result_title)
        self.result_detail.setText(detail)
        self.result_detail.setVisible(bool(detail))
        self.rejected_model.set_rows([])
        self.rejected_table.hide()
        self._box.setStretch(self._box.count() - 1, 1)
        self.report_row.hide()

    def show_report(self, report: ImportReport) -> None:
        """What a finished import did: rows loaded or nothing changed, and the rows it rejected."""
        n = self._locale.toString
        rejected = report.rows_rejected
        if report.applied:
            title = self.tr("{n} baris dimuat").format(n=n(report.rows_accepted))
            lines = [
                self.tr("Dari {file}, SHA-256 {hash}.").format(
                    file=report.file_name, hash=report.sha256[:HASH_CHARS]
                )
            ]
            if rejected:
                lines.append(
                    self.tr("{n} baris ditolak dan dilewati; rinciannya di bawah.").format(
                        n=n(rejected)
                    )
                )
        else:
            title = self.tr("Tidak ada yang diubah")
            if rejected >= report.rows_total:
                lines = [
                    self.tr("Semua baris di {file} ({n}) ditolak; data sebelumnya tetap dipakai.")
                ]
            else:
                lines = [
                    self.tr(
                        "{n} dari {total} baris di {file} ditolak, jadi data sebelumnya tetap "
                        "dipakai. Perbaiki baris di bawah lalu impor lagi, atau centang "
                        "“Terima baris yang valid saja”."
                    )
                ]
            lines = [
                line.format(n=n(rejected), total=n(report.rows_total), file=report.file_name)
                for line in lines
            ]
        if len(report.rejected_sample) < rejected:
            lines.append(
                self.tr("Tabel menampilkan {k} baris pertama; semuanya ada di laporan.").format(
                    k=n(len(report.rejected_sample))
                )
            )
        self.show_message(title, " ".join(lines), tone="good" if report.applied else "bad")
        if report.rejected_sample:
            self.rejected_model.set_rows(report.rejected_sample)
            self.rejected_table.show()
            self._box.setStretch(self._box.count() - 1, 0)
        if report.error_report is not None:
            self.report_label.setText(
                self.tr("Laporan kesalahan: {path}").format(
                    path=QDir.toNativeSeparators(str(report.error_report))
                )
            )
            self.report_row.show()
