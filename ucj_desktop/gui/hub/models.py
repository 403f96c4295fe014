"""The hub desk's table models, on the models' one pattern (gui/models/paged.py): column
constants, the row's value under ``ROW_ROLE``, no widgets, so they are tested headless.

The long lists (packages received, the waiting line, the hub's trail) are
``LazyPagedTableModel``s fed a page at a time as the view scrolls; the others hold a screen's
worth of rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.gui.models.paged import ROOT, PagedTextModel, RowsTableModel
from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.audit_text import detail_lines, detail_text, subject_word
from ucj_desktop.gui.text.hub_desk_text import (
    gaps_text,
    priority_text,
    result_text,
    silent_text,
    wait_reason_text,
)
from ucj_desktop.gui.text.labels import local_date, local_time
from ucj_desktop.hub.desk_views import OfficeRow, PackageRow, TrailRow, WaitingRow
from ucj_desktop.hub.ingest_store import Refused, Result

RED = QColor("#b3261e")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SHORT_ID = 8  # a device id or hash is shown by its head, whole in the tooltip


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _object(entity: str | None, entity_id: str | None) -> str:
    """``package 3f2a9c01…``: what an event is about, a long id by its head."""
    head = entity_id if len(entity_id or "") <= SHORT_ID else f"{(entity_id or '')[:SHORT_ID]}…"
    return " ".join(filter(None, (subject_word(entity), head))) or "—"


def when_text(at: Any) -> str:
    return "—" if at is None else local_time(at, with_seconds=False)


class OfficesModel(RowsTableModel[OfficeRow]):
    """Kantor: one row an office, the silent ones in red."""

    COL_CODE, COL_NAME, COL_KEY, COL_SENT, COL_LAST, COL_GAPS, COL_SILENT = range(7)
    COLUMN_COUNT = 7

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Kode"),
            translate("hub_models", "Kelurahan"),
            translate("hub_models", "Sidik kunci laptop"),
            translate("hub_models", "Paket · data"),
            translate("hub_models", "Paket terakhir"),
            translate("hub_models", "Hilang"),
            translate("hub_models", "Diam"),
        )

    def _display(self, o: OfficeRow, column: int) -> str:
        if column == self.COL_CODE:
            return o.office_code
        if column == self.COL_NAME:
            return o.office_name.removeprefix("Kelurahan ")
        if column == self.COL_KEY:
            laptops = len(o.laptops)
            more = (
                ""
                if laptops == 1
                else " " + translate("hub_models", "(+{n} lama)").format(n=laptops - 1)
            )
            return o.fingerprint + more
        if column == self.COL_SENT:
            return f"{thousands(o.batches)} · {thousands(o.records)}"
        if column == self.COL_LAST:
            if o.last_sequence is None or o.last_received is None:
                return translate("hub_models", "belum ada")
            return translate("hub_models", "No. {n}, {day}").format(
                n=o.last_sequence, day=local_date(o.last_received)
            )
        if column == self.COL_GAPS:
            return gaps_text(o.gaps, shown=3)
        return silent_text(o.days_silent)

    def _sort_key(self, o: OfficeRow, column: int) -> Any:
        numbers = {
            self.COL_SENT: o.records,
            self.COL_GAPS: len(o.gaps),
            self.COL_SILENT: o.days_silent,
        }
        return numbers.get(column, self._display(o, column))

    def _role_data(self, o: OfficeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and o.silent and column == self.COL_SILENT:
            return RED
        if role == Qt.ItemDataRole.ForegroundRole and o.gaps and column == self.COL_GAPS:
            return RED
        if role == Qt.ItemDataRole.FontRole and o.silent and column == self.COL_SILENT:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SENT:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SENT:
            return translate("hub_models", "{batches} paket, {records} data").format(
                batches=thousands(o.batches), records=thousands(o.records)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_LAST and o.last_received:
            return when_text(o.last_received)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KEY:
            return "\n".join(
                translate("hub_models", "{fp} · laptop {device}… · didaftarkan {when}{old}").format(
                    fp=x.fingerprint,
                    device=x.device_id[:SHORT_ID],
                    when=when_text(x.enrolled_at),
                    old=""
                    if x.replaced_at is None
                    else " " + translate("hub_models", "(sudah diganti)"),
                )
                for x in o.laptops
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_GAPS and o.gaps:
            return ", ".join(str(g) for g in o.gaps)
        return None


class PackagesModel(PagedTextModel[PackageRow]):
    """Packages received, newest first."""

    COL_RECEIVED, COL_OFFICE, COL_SEQUENCE, COL_RECORDS, COL_MADE, COL_SHA = range(6)
    COLUMN_COUNT = 6

    def _forget_shown(self) -> None:
        super()._forget_shown()
        self._shown: set[str] = set()

    def _unseen(self, batch: list[PackageRow]) -> list[PackageRow]:
        fresh = [p for p in batch if p.package_id not in self._shown]
        self._shown.update(p.package_id for p in fresh)
        return fresh

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Diterima"),
            translate("hub_models", "Kantor"),
            translate("hub_models", "Paket no."),
            translate("hub_models", "Data"),
            translate("hub_models", "Dibuat kantor"),
            translate("hub_models", "SHA-256"),
        )

    def _cells(self, p: PackageRow) -> tuple[str, ...]:
        return (
            when_text(p.received_at),
            p.office_code,
            str(p.sequence),
            thousands(p.records),
            when_text(p.created_at),
            p.sha256[:16] + "…",
        )

    def _role_data(self, p: PackageRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SHA:
            return p.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_SEQUENCE,
            self.COL_RECORDS,
        ):
            return RIGHT
        return None


class IngestResultsModel(RowsTableModel[Result]):
    """What became of each package file of an ingest; refused ones in red, with the reason."""

    COL_FILE, COL_OFFICE, COL_SEQUENCE, COL_RESULT = range(4)
    COLUMN_COUNT = 4

    def add(self, result: Result) -> None:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append(result)
        self.endInsertRows()

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Berkas"),
            translate("hub_models", "Kantor"),
            translate("hub_models", "Paket no."),
            translate("hub_models", "Hasil"),
        )

    def _display(self, r: Result, column: int) -> str:
        if column == self.COL_FILE:
            return r.path.name
        if isinstance(r, Refused):
            return "—" if column in (self.COL_OFFICE, self.COL_SEQUENCE) else result_text(r)
        return (r.path.name, r.office_code, str(r.sequence), result_text(r))[column]

    def _role_data(self, r: Result, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(r, Refused):
            return RED
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_FILE, self.COL_RESULT):
            return str(r.path) if column == self.COL_FILE else result_text(r)
        return None


class WaitingModel(PagedTextModel[WaitingRow]):
    """The city's waiting line, rank 1 first (the next seat that frees up is theirs)."""

    COL_RANK, COL_OFFICE, COL_NAME, COL_DESIL, COL_VERIFIED, COL_WHY = range(6)
    COLUMN_COUNT = 6

    def __init__(self, priority_max: int = 3, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.priority_max = priority_max

    def _unseen(self, batch: list[WaitingRow]) -> list[WaitingRow]:
        return self._past_last(batch, lambda w: w.rank)

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Peringkat"),
            translate("hub_models", "Kantor"),
            translate("hub_models", "Nama"),
            translate("hub_models", "Desil"),
            translate("hub_models", "Diverifikasi"),
            translate("hub_models", "Mengapa menunggu"),
        )

    def _cells(self, w: WaitingRow) -> tuple[str, ...]:
        p = w.person
        desil = "—" if p.desil is None else str(p.desil)
        if w.priority:
            desil = translate("hub_models", "{desil} (prioritas)").format(desil=desil)
        return (
            thousands(w.rank),
            p.office_code,
            p.full_name,
            desil,
            when_text(p.verified_at),
            wait_reason_text(w.reason),
        )

    def _role_data(self, w: WaitingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_RANK:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return translate("hub_models", "NIK {nik}").format(nik=mask_nik(w.person.nik))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DESIL:
            return priority_text(w.priority, self.priority_max)
        return None


class TrailModel(PagedTextModel[TrailRow]):
    """The hub's trail, newest first."""

    COL_AT, COL_OPERATOR, COL_ACTION, COL_OBJECT, COL_DETAIL = range(5)
    COLUMN_COUNT = 5

    def _unseen(self, batch: list[TrailRow]) -> list[TrailRow]:
        return self._past_last(batch, lambda e: e.seq, newest_first=True)

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("hub_models", "Waktu"),
            translate("hub_models", "Operator"),
            translate("hub_models", "Aksi"),
            translate("hub_models", "Objek"),
            translate("hub_models", "Detail"),
        )

    def _cells(self, e: TrailRow) -> tuple[str, ...]:
        return (
            local_time(e.at),
            e.operator,
            e.action,
            _object(e.entity, e.entity_id),
            detail_text(e.detail),
        )

    def _sort_key(self, e: TrailRow, column: int) -> int:
        return e.seq

    def _role_data(self, e: TrailRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == self.COL_DETAIL:
            return "\n".join(detail_lines(e.detail))
        if column == self.COL_OBJECT and e.entity_id:
            return e.entity_id
        if column == self.COL_AT:
            return translate("hub_models", "Kejadian #{seq}").format(seq=e.seq)
        return None
