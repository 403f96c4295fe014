"""The table models of the BPJS and Ack screens (gui/hub/models.py holds the others): the
BPJS files and what became of their workers, the lines of a refused result file held back,
the acks of a round and what each carried."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ucj_desktop.gui.hub.models import RED, RIGHT, when_text
from ucj_desktop.gui.models.paged import RowsTableModel
from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.hub_desk_text import counts_text, standing_text
from ucj_desktop.hub.acks import ack_file_name
from ucj_desktop.hub.desk_views import AckCarried, BpjsFileRow, QuarantinedLine


class BpjsFilesModel(RowsTableModel[BpjsFileRow]):
    """The collective files sent to BPJS, newest first."""

    COL_ID, COL_MADE, COL_ROWS, COL_MONTHS, COL_MAP, COL_STATES = range(6)
    COLUMN_COUNT = 6

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Berkas"),
            translate("hub_models", "Dibuat"),
            translate("hub_models", "Pekerja"),
            translate("hub_models", "Bulan"),
            translate("hub_models", "Peta kolom"),
            translate("hub_models", "Jawaban BPJS"),
        )

    def _display(self, f: BpjsFileRow, column: int) -> str:
        if column == self.COL_STATES:
            if not f.written:
                return translate("hub_models", "belum tertulis: tulis berkas kolektif lagi")
            return counts_text(f.states)
        return (
            str(f.file_id),
            when_text(f.created_at),
            thousands(f.rows),
            str(f.months),
            f.column_map,
        )[column]

    def _role_data(self, f: BpjsFileRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_ID,
            self.COL_ROWS,
            self.COL_MONTHS,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not f.written and column == self.COL_STATES:
            return RED
        return None


class QuarantineModel(RowsTableModel[QuarantinedLine]):
    """Lines of BPJS's result file that match no worker sent: the file waits for BPJS."""

    COL_LINE, COL_NIK, COL_KPJ, COL_BPJS, COL_HUB = range(5)
    COLUMN_COUNT = 5

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Baris"),
            translate("hub_models", "NIK"),
            translate("hub_models", "KPJ"),
            translate("hub_models", "Keterangan BPJS"),
            translate("hub_models", "Di hub"),
        )

    def _display(self, q: QuarantinedLine, column: int) -> str:
        return (
            str(q.line),
            q.nik,
            q.kpj or "—",
            q.bpjs_words or "—",
            standing_text(q.standing),
        )[column]

    def _role_data(self, q: QuarantinedLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LINE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_HUB:
            return standing_text(q.standing)
        return None


class AcksModel(RowsTableModel[AckCarried]):
    """The acks of one round: one an office, with what it carried."""

    COL_OFFICE, COL_SEQUENCE, COL_ENROLLED, COL_RETURNED, COL_WAITING, COL_FILE = range(6)
    COLUMN_COUNT = 6

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Kantor"),
            translate("hub_models", "No."),
            translate("hub_models", "KPJ terbit"),
            translate("hub_models", "Dikembalikan"),
            translate("hub_models", "Peringkat"),
            translate("hub_models", "Berkas"),
        )

    def _display(self, a: AckCarried, column: int) -> str:
        ack = a.ack
        if column == self.COL_FILE:
            name = ack_file_name(ack.office_code, ack.sequence, ack.package_id)
            return (
                name
                if ack.written
                else translate("hub_models", "{name} (belum tertulis)").format(name=name)
            )
        return (
            ack.office_code,
            str(ack.sequence),
            thousands(a.enrolled),
            thousands(a.returned),
            thousands(a.waiting),
        )[column]

    def _sort_key(self, a: AckCarried, column: int) -> Any:
        numbers = (None, a.ack.sequence, a.enrolled, a.returned, a.waiting, None)[column]
        return self._display(a, column) if numbers is None else numbers

    def _role_data(self, a: AckCarried, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < self.COL_FILE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not a.ack.written:
            return RED
        return None
