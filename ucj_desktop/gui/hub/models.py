"""The hub desk's table models, on the models' one pattern (gui/models/paged.py): a column
table, the row's value under ``ROW_ROLE``, no widgets, so they are tested headless.

The long lists (packages received, the waiting line, the hub's trail) are
``LazyPagedTableModel``s fed a page at a time as the view scrolls; the others hold a screen's
worth of rows.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.gui.models.audit import (
    SHORT_ID,
    event_action,
    event_detail,
    event_object,
    event_time,
    event_tooltip,
)
from ucj_desktop.gui.models.paged import (
    RIGHT,
    ROOT,
    Column,
    PagedTextModel,
    RowsTableModel,
    number_column,
)
from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
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
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

RED = QColor("#b3261e")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def when_text(at: Any) -> str:
    return "—" if at is None else local_time(at, with_seconds=False)


def _key_text(o: OfficeRow) -> str:
    """The fingerprint of the laptop in use, and how many it replaced."""
    laptops = len(o.laptops)
    more = (
        "" if laptops == 1 else " " + translate("hub_models", "(+{n} lama)").format(n=laptops - 1)
    )
    return o.fingerprint + more


def _last_text(o: OfficeRow) -> str:
    if o.last_sequence is None or o.last_received is None:
        return translate("hub_models", "belum ada")
    return translate("hub_models", "No. {n}, {day}").format(
        n=o.last_sequence, day=local_date(o.last_received)
    )


class OfficesModel(RowsTableModel[OfficeRow]):
    """Kantor: one row an office, the silent ones in red."""

    CONTEXT = "hub_models"
    COL_CODE, COL_NAME, COL_KEY, COL_SENT, COL_LAST, COL_GAPS, COL_SILENT = range(7)
    COLUMNS: ClassVar[tuple[Column[OfficeRow], ...]] = (
        Column(QT_TRANSLATE_NOOP("hub_models", "Kode"), lambda o: o.office_code),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Kelurahan"),
            lambda o: o.office_name.removeprefix("Kelurahan "),
        ),
        Column(QT_TRANSLATE_NOOP("hub_models", "Sidik kunci laptop"), _key_text),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Paket · data"),
            lambda o: f"{thousands(o.batches)} · {thousands(o.records)}",
            RIGHT,
            sort=lambda o: o.records,
        ),
        Column(QT_TRANSLATE_NOOP("hub_models", "Paket terakhir"), _last_text),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Hilang"),
            lambda o: gaps_text(o.gaps, shown=3),
            sort=lambda o: len(o.gaps),
        ),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Diam"),
            lambda o: silent_text(o.days_silent),
            sort=lambda o: o.days_silent,
        ),
    )

    def _role_data(self, o: OfficeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and o.silent and column == self.COL_SILENT:
            return RED
        if role == Qt.ItemDataRole.ForegroundRole and o.gaps and column == self.COL_GAPS:
            return RED
        if role == Qt.ItemDataRole.FontRole and o.silent and column == self.COL_SILENT:
            return _bold()
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

    CONTEXT = "hub_models"
    COL_RECEIVED, COL_OFFICE, COL_SEQUENCE, COL_RECORDS, COL_MADE, COL_SHA = range(6)
    COLUMNS: ClassVar[tuple[Column[PackageRow], ...]] = (
        Column(QT_TRANSLATE_NOOP("hub_models", "Diterima"), lambda p: when_text(p.received_at)),
        Column(QT_TRANSLATE_NOOP("hub_models", "Kantor"), lambda p: p.office_code),
        number_column(QT_TRANSLATE_NOOP("hub_models", "Paket no."), lambda p: p.sequence, str),
        number_column(QT_TRANSLATE_NOOP("hub_models", "Data"), lambda p: p.records),
        Column(QT_TRANSLATE_NOOP("hub_models", "Dibuat kantor"), lambda p: when_text(p.created_at)),
        Column(QT_TRANSLATE_NOOP("hub_models", "SHA-256"), lambda p: p.sha256[:16] + "…"),
    )

    def _forget_shown(self) -> None:
        super()._forget_shown()
        self._shown: set[str] = set()

    def _unseen(self, batch: list[PackageRow]) -> list[PackageRow]:
        fresh = [p for p in batch if p.package_id not in self._shown]
        self._shown.update(p.package_id for p in fresh)
        return fresh

    def _role_data(self, p: PackageRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SHA:
            return p.sha256
        return None


class IngestResultsModel(RowsTableModel[Result]):
    """What became of each package file of an ingest; refused ones in red, with the reason."""

    CONTEXT = "hub_models"
    COL_FILE, COL_OFFICE, COL_SEQUENCE, COL_RESULT = range(4)
    COLUMNS: ClassVar[tuple[Column[Result], ...]] = (
        Column(QT_TRANSLATE_NOOP("hub_models", "Berkas"), lambda r: r.path.name),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Kantor"),
            lambda r: "—" if isinstance(r, Refused) else r.office_code,
        ),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Paket no."),
            lambda r: "—" if isinstance(r, Refused) else str(r.sequence),
        ),
        Column(QT_TRANSLATE_NOOP("hub_models", "Hasil"), result_text),
    )

    def add(self, result: Result) -> None:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append(result)
        self.endInsertRows()

    def _role_data(self, r: Result, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(r, Refused):
            return RED
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_FILE, self.COL_RESULT):
            return str(r.path) if column == self.COL_FILE else result_text(r)
        return None


def _desil_text(w: WaitingRow) -> str:
    desil = "—" if w.person.desil is None else str(w.person.desil)
    if w.priority:
        desil = translate("hub_models", "{desil} (prioritas)").format(desil=desil)
    return desil


class WaitingModel(PagedTextModel[WaitingRow]):
    """The city's waiting line, rank 1 first (the next seat that frees up is theirs)."""

    CONTEXT = "hub_models"
    COL_RANK, COL_OFFICE, COL_NAME, COL_DESIL, COL_VERIFIED, COL_WHY = range(6)
    COLUMNS: ClassVar[tuple[Column[WaitingRow], ...]] = (
        number_column(QT_TRANSLATE_NOOP("hub_models", "Peringkat"), lambda w: w.rank),
        Column(QT_TRANSLATE_NOOP("hub_models", "Kantor"), lambda w: w.person.office_code),
        Column(QT_TRANSLATE_NOOP("hub_models", "Nama"), lambda w: w.person.full_name),
        Column(QT_TRANSLATE_NOOP("hub_models", "Desil"), _desil_text),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Diverifikasi"),
            lambda w: when_text(w.person.verified_at),
        ),
        Column(
            QT_TRANSLATE_NOOP("hub_models", "Mengapa menunggu"),
            lambda w: wait_reason_text(w.reason),
        ),
    )

    def __init__(self, priority_max: int = 3, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.priority_max = priority_max

    def _unseen(self, batch: list[WaitingRow]) -> list[WaitingRow]:
        return self._past_last(batch, lambda w: w.rank)

    def _role_data(self, w: WaitingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return translate("hub_models", "NIK {nik}").format(nik=mask_nik(w.person.nik))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DESIL:
            return priority_text(w.priority, self.priority_max)
        return None


class TrailModel(PagedTextModel[TrailRow]):
    """The hub's trail, newest first."""

    CONTEXT = "hub_models"
    COL_AT, COL_OPERATOR, COL_ACTION, COL_OBJECT, COL_DETAIL = range(5)
    COLUMNS: ClassVar[tuple[Column[TrailRow], ...]] = (
        Column(QT_TRANSLATE_NOOP("hub_models", "Waktu"), event_time),
        Column(QT_TRANSLATE_NOOP("hub_models", "Operator"), lambda e: e.operator),
        Column(QT_TRANSLATE_NOOP("hub_models", "Aksi"), event_action),
        Column(QT_TRANSLATE_NOOP("hub_models", "Objek"), event_object),
        Column(QT_TRANSLATE_NOOP("hub_models", "Detail"), event_detail),
    )

    def _unseen(self, batch: list[TrailRow]) -> list[TrailRow]:
        return self._past_last(batch, lambda e: e.seq, newest_first=True)

    def _sort_key(self, e: TrailRow, column: int) -> int:
        return e.seq

    def _role_data(self, e: TrailRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        return event_tooltip(e, self.COLUMNS[column], translate("hub_models", "Kejadian #{seq}"))
