"""The table models of the BPJS and Ack screens (gui/hub/models.py holds the others): the
BPJS files and what became of their workers, the lines of a refused result file held back,
the acks of a round and what each carried."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from ucj_desktop.gui.hub.models import RED, when_text
from ucj_desktop.gui.models.paged import Column, RowsTableModel, number_column, words_column
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.hub_desk_text import counts_text, standing_text
from ucj_desktop.hub.acks import ack_file_name
from ucj_desktop.hub.desk_views import AckCarried, BpjsFileRow, QuarantinedLine
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP


def _answers_text(f: BpjsFileRow) -> str:
    """What BPJS answered for the file's workers, or that the file is still to be written."""
    if not f.written:
        return translate("hub_models", "belum tertulis: tulis berkas kolektif lagi")
    return counts_text(f.states)


def _ack_file_text(a: AckCarried) -> str:
    ack = a.ack
    name = ack_file_name(ack.office_code, ack.sequence, ack.package_id)
    if ack.written:
        return name
    return translate("hub_models", "{name} (belum tertulis)").format(name=name)


class BpjsFilesModel(RowsTableModel[BpjsFileRow]):
    """The collective files sent to BPJS, newest first."""

    CONTEXT = "hub_models"
    COL_ID, COL_MADE, COL_ROWS, COL_MONTHS, COL_MAP, COL_STATES = range(6)
    COLUMNS: ClassVar[tuple[Column[BpjsFileRow], ...]] = (
        number_column(QT_TRANSLATE_NOOP("hub_models", "Berkas"), lambda f: f.file_id, str),
        Column(QT_TRANSLATE_NOOP("hub_models", "Dibuat"), lambda f: when_text(f.created_at)),
        number_column(QT_TRANSLATE_NOOP("hub_models", "Pekerja"), lambda f: f.rows),
        number_column(QT_TRANSLATE_NOOP("hub_models", "Bulan"), lambda f: f.months, str),
        Column(QT_TRANSLATE_NOOP("hub_models", "Peta kolom"), lambda f: f.column_map),
        Column(QT_TRANSLATE_NOOP("hub_models", "Jawaban BPJS"), _answers_text),
    )

    def _role_data(self, f: BpjsFileRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not f.written and column == self.COL_STATES:
            return RED
        return None


class QuarantineModel(RowsTableModel[QuarantinedLine]):
    """Lines of BPJS's result file that match no worker sent: the file waits for BPJS."""

    CONTEXT = "hub_models"
    COL_LINE, COL_NIK, COL_KPJ, COL_BPJS, COL_HUB = range(5)
    COLUMNS: ClassVar[tuple[Column[QuarantinedLine], ...]] = (
        number_column(QT_TRANSLATE_NOOP("hub_models", "Baris"), lambda q: q.line, str),
        Column(QT_TRANSLATE_NOOP("hub_models", "NIK"), lambda q: q.nik),
        words_column(QT_TRANSLATE_NOOP("hub_models", "KPJ"), lambda q: q.kpj),
        words_column(QT_TRANSLATE_NOOP("hub_models", "Keterangan BPJS"), lambda q: q.bpjs_words),
        Column(QT_TRANSLATE_NOOP("hub_models", "Di hub"), lambda q: standing_text(q.standing)),
    )

    def _role_data(self, q: QuarantinedLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_HUB:
            return standing_text(q.standing)
        return None


class AcksModel(RowsTableModel[AckCarried]):
    """The acks of one round: one an office, with what it carried."""

    CONTEXT = "hub_models"
    COL_OFFICE, COL_SEQUENCE, COL_ENROLLED, COL_RETURNED, COL_WAITING, COL_FILE = range(6)
    COLUMNS: ClassVar[tuple[Column[AckCarried], ...]] = (
        Column(QT_TRANSLATE_NOOP("hub_models", "Kantor"), lambda a: a.ack.office_code),
        number_column(
            QT_TRANSLATE_NOOP("hub_models", "No."), lambda a: a.ack.sequence, str, by_value=True
        ),
        number_column(
            QT_TRANSLATE_NOOP("hub_models", "KPJ terbit"), lambda a: a.enrolled, by_value=True
        ),
        number_column(
            QT_TRANSLATE_NOOP("hub_models", "Dikembalikan"), lambda a: a.returned, by_value=True
        ),
        number_column(
            QT_TRANSLATE_NOOP("hub_models", "Peringkat"), lambda a: a.waiting, by_value=True
        ),
        Column(QT_TRANSLATE_NOOP("hub_models", "Berkas"), _ack_file_text),
    )

    def _role_data(self, a: AckCarried, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not a.ack.written:
            return RED
        return None
