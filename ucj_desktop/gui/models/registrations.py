"""Qt table models over registration rows: the worker list (paged), the verification queue
(checkable) and one record's history.

Same pattern as the other models (``paged.RowsTableModel``): a column table, ``SORT_ROLE``,
``ROW_ROLE`` handing back the service value, no widgets (tested headless). Words for codes
live here, not in the domain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.models.paged import (
    Column,
    Index,
    LazyPagedTableModel,
    RowsTableModel,
    RowT,
)
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import (
    local_time,
    occupation_short_label,
    rank_label,
    rank_time_text,
    registration_status_text,
    role_text,
    status_label,
)
from ucj_desktop.services.registration_queries import HistoryEntry, RegistrationRow
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP
from ucj_desktop.wording.hub_reasons import spoken_ack_words
from ucj_desktop.wording.labels import category_words

_MUTED = QColor("#7a8a94")
_BAD = QColor("#b3261e")


# Words for a rejection (or hub return) reason code, and for an event of a record's history.
_REJECTION_WORDS: dict[str, str] = {
    "DATA_TIDAK_SESUAI": QT_TRANSLATE_NOOP("registration_models", "Data tidak sesuai dokumen"),
    "DOKUMEN_KURANG": QT_TRANSLATE_NOOP("registration_models", "Dokumen kurang"),
    "TIDAK_MEMENUHI_SYARAT": QT_TRANSLATE_NOOP("registration_models", "Tidak memenuhi syarat"),
    "DUPLIKAT": QT_TRANSLATE_NOOP("registration_models", "Pendaftaran ganda"),
    "LAINNYA": QT_TRANSLATE_NOOP("registration_models", "Lainnya"),
    "DIKEMBALIKAN_HUB": QT_TRANSLATE_NOOP("registration_models", "Dikembalikan hub/BPJS"),
}
_ACTION_WORDS: dict[str, str] = {
    "registration.created": QT_TRANSLATE_NOOP("registration_models", "Dibuat"),
    "registration.updated": QT_TRANSLATE_NOOP("registration_models", "Diubah"),
    "registration.submitted": QT_TRANSLATE_NOOP("registration_models", "Diajukan untuk verifikasi"),
    "registration.verified": QT_TRANSLATE_NOOP("registration_models", "Disetujui verifikator"),
    "registration.rejected": QT_TRANSLATE_NOOP("registration_models", "Ditolak verifikator"),
    "registration.exported": QT_TRANSLATE_NOOP("registration_models", "Dikirim ke hub"),
    "registration.returned": QT_TRANSLATE_NOOP("registration_models", "Dikembalikan oleh hub"),
    "registration.waiting": QT_TRANSLATE_NOOP("registration_models", "Menunggu kuota di hub"),
    "registration.enrolled": QT_TRANSLATE_NOOP("registration_models", "Terdaftar di BPJS"),
    "registration.cancelled": QT_TRANSLATE_NOOP("registration_models", "Dibatalkan"),
}


def _spoken(words: dict[str, str], code: str) -> str:
    """The words ``words`` holds for ``code``, in the officer's language; an unknown code as
    it is."""
    return translate("registration_models", words[code]) if code in words else code


def rejection_label(code: str) -> str:
    """Words for a rejection (or hub return) reason code; an unknown code as it is."""
    return _spoken(_REJECTION_WORDS, code)


def reason_text(code: str | None, note: str | None) -> str:
    """``Dokumen kurang — KTP buram``; empty when there is no decision. A hub's return says
    what the ack said, in the officer's language when it is one of the hub's sentences."""
    note = (note or "").strip()
    if code == "DIKEMBALIKAN_HUB":
        note = spoken_ack_words(note)
    parts = [rejection_label(code) if code else "", note]
    return " — ".join(p for p in parts if p)


def kelurahan_name(code: str) -> str:
    found = kelurahan_by_code(code)
    return found.name if found is not None else code


def occupations_text(codes: Iterable[str]) -> str:
    return ", ".join(category_words(code) for code in codes)


def occupations_short_text(codes: Iterable[str]) -> str:
    """``Ojek online, PKL``: the worker list's column (the whole words in its tooltip)."""
    return ", ".join(occupation_short_label(code, category_words(code)) for code in codes)


def action_label(action: str) -> str:
    """``registration.rejected`` -> ``Ditolak verifikator``; an unknown action as it is."""
    return _spoken(_ACTION_WORDS, action)


def status_tooltip(row: RegistrationRow) -> str | None:
    """When the hub ranked a waiting record; None for any other."""
    if row.status is Status.EXPORTED and row.hub_rank is not None and row.hub_rank_at:
        return rank_time_text(row.hub_rank_at)
    return None


def _stamp(at: datetime | None) -> float:
    if at is None:
        return 0.0
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).timestamp()


def _words(header: str, text: Callable[[RegistrationRow], str]) -> Column[RegistrationRow]:
    """A column of words, sorted without regard to case."""
    return Column(header, text, sort=lambda row: text(row).casefold())


def _time_column(header: str, at: Callable[[RowT], datetime]) -> Column[RowT]:
    """A column of times to the minute, sorted by the instant."""
    return Column(
        header,
        lambda row: local_time(at(row), with_seconds=False),
        sort=lambda row: _stamp(at(row)),
    )


def _status_order(row: RegistrationRow) -> str:
    """The waiting line in rank order, not as text (10 after 9)."""
    return f"{status_label(row.status).casefold()} {row.hub_rank or 0:010d}"


# The columns of the worker list and the verification queue.
_NIK = Column[RegistrationRow](
    QT_TRANSLATE_NOOP("registration_models", "NIK"),
    lambda row: mask_nik(row.nik),
    sort=lambda row: row.nik,
)
_NAME = _words(QT_TRANSLATE_NOOP("registration_models", "Nama"), lambda row: row.full_name)
_STATUS = Column[RegistrationRow](
    QT_TRANSLATE_NOOP("registration_models", "Status"),
    lambda row: registration_status_text(row.status, row.hub_rank),
    sort=_status_order,
)
_KELURAHAN = _words(
    QT_TRANSLATE_NOOP("registration_models", "Kelurahan"),
    lambda row: kelurahan_name(row.kelurahan_code),
)
_DESIL = Column[RegistrationRow](
    QT_TRANSLATE_NOOP("registration_models", "Desil"),
    lambda row: "—" if row.desil is None else str(row.desil),
    sort=lambda row: 99 if row.desil is None else row.desil,
)
_OCCUPATIONS = _words(
    QT_TRANSLATE_NOOP("registration_models", "Pekerjaan"),
    lambda row: occupations_text(row.occupations),
)
# ``Ojek online, PKL``: the worker list's, the whole words in its tooltip.
_OCCUPATIONS_SHORT = _words(
    QT_TRANSLATE_NOOP("registration_models", "Pekerjaan"),
    lambda row: occupations_short_text(row.occupations),
)
_CREATED: Column[RegistrationRow] = _time_column(
    QT_TRANSLATE_NOOP("registration_models", "Dibuat"), lambda row: row.created_at
)
_SUBMITTED: Column[RegistrationRow] = _time_column(
    QT_TRANSLATE_NOOP("registration_models", "Diajukan"),
    lambda row: row.submitted_at or row.created_at,
)
_OFFICER = _words(QT_TRANSLATE_NOOP("registration_models", "Petugas"), lambda row: row.created_by)
_REASON = _words(
    QT_TRANSLATE_NOOP("registration_models", "Alasan"),
    lambda row: reason_text(row.decision_code, row.decision_note),
)


class RegistrationTableModel(LazyPagedTableModel[RegistrationRow]):
    """The worker list, newest first, fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter
    matched. Records added while the list is open shift the offsets; rows already shown are
    skipped by id, so a page boundary never shows a record twice.
    """

    CONTEXT = "registration_models"
    (
        COL_NIK,
        COL_NAME,
        COL_STATUS,
        COL_KELURAHAN,
        COL_DESIL,
        COL_OCCUPATIONS,
        COL_CREATED,
        COL_OFFICER,
        COL_REASON,
    ) = range(9)
    COLUMNS = (
        _NIK,
        _NAME,
        _STATUS,
        _KELURAHAN,
        _DESIL,
        _OCCUPATIONS_SHORT,
        _CREATED,
        _OFFICER,
        _REASON,
    )

    _ids: set[str]  # ids of the rows shown

    def _forget_shown(self) -> None:
        self._ids = set()

    def _unseen(self, batch: list[RegistrationRow]) -> list[RegistrationRow]:
        fresh: list[RegistrationRow] = []
        for reg in batch:
            if reg.id not in self._ids:
                self._ids.add(reg.id)
                fresh.append(reg)
        return fresh

    # Cells

    def _role_data(self, reg: RegistrationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_OCCUPATIONS:
            return occupations_text(reg.occupations) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return self._display(reg, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS:
            return status_tooltip(reg)
        if role == Qt.ItemDataRole.ForegroundRole:
            if reg.status in (Status.REJECTED, Status.RETURNED) and column in (
                self.COL_STATUS,
                self.COL_REASON,
            ):
                return _BAD
            if reg.status is Status.CANCELLED:
                return _MUTED
        return None


class QueueTableModel(RowsTableModel[RegistrationRow]):
    """The verification queue (submitted, oldest first) with a check box per row for bulk
    approval. Rows the viewing officer registered are greyed: another verifier must decide."""

    CONTEXT = "registration_models"
    (
        COL_CHECK,
        COL_NIK,
        COL_NAME,
        COL_KELURAHAN,
        COL_DESIL,
        COL_OCCUPATIONS,
        COL_SUBMITTED,
        COL_OFFICER,
    ) = range(8)
    COLUMNS = (
        Column[RegistrationRow](""),  # the check box
        _NIK,
        _NAME,
        _KELURAHAN,
        _DESIL,
        _OCCUPATIONS,
        _SUBMITTED,
        _OFFICER,
    )
    checked_changed = Signal(int)  # how many rows are checked

    def __init__(self, own_username: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own_username = own_username
        self._checked: set[str] = set()

    def set_rows(self, rows: Sequence[RegistrationRow]) -> None:
        """New queue contents; checks survive for the records still in the queue."""
        self.beginResetModel()
        self._rows = list(rows)
        self._checked &= {r.id for r in self._rows}
        self.endResetModel()
        self.checked_changed.emit(len(self._checked))

    def is_own(self, reg: RegistrationRow) -> bool:
        return bool(self.own_username) and reg.created_by == self.own_username

    def checked_ids(self) -> list[str]:
        """Checked records in queue order (oldest first)."""
        return [r.id for r in self._rows if r.id in self._checked]

    def set_checked(self, registration_id: str, checked: bool) -> None:
        row = self.row_of(registration_id)
        if row is None:
            return
        self.setData(
            self.index(row, self.COL_CHECK),
            (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {r.id for r in self._rows} if checked else set()
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, self.COL_CHECK),
                self.index(last, self.COL_CHECK),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit(len(self._checked))

    # Qt model interface

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == self.COL_CHECK
        ):
            return translate("registration_models", "Centang untuk disetujui bersama (Spasi)")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _sort_key(self, reg: RegistrationRow, column: int) -> Any:
        if column == self.COL_CHECK:
            return 0 if reg.id in self._checked else 1
        return super()._sort_key(reg, column)

    def _role_data(self, reg: RegistrationRow, column: int, role: int) -> Any:
        if column == self.COL_CHECK:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if reg.id in self._checked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ForegroundRole and self.is_own(reg):
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_own(reg):
                return translate(
                    "registration_models",
                    "Anda yang mendaftarkan: verifikator lain yang memeriksa.",
                )
            if column == self.COL_OCCUPATIONS:
                return self._display(reg, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COL_CHECK
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        reg = self._rows[index.row()]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(reg.id)
        else:
            self._checked.discard(reg.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self._checked))
        return True


class HistoryTableModel(RowsTableModel[HistoryEntry]):
    """One registration's audit events, oldest first: when, who, role, what, why."""

    CONTEXT = "registration_models"
    COL_AT, COL_OFFICER, COL_ROLE, COL_ACTION, COL_REASON = range(5)
    COLUMNS: ClassVar[tuple[Column[HistoryEntry], ...]] = (
        _time_column(QT_TRANSLATE_NOOP("registration_models", "Waktu"), lambda e: e.at),
        Column(
            QT_TRANSLATE_NOOP("registration_models", "Petugas"),
            lambda entry: entry.officer or translate("registration_models", "Sistem"),
        ),
        Column(QT_TRANSLATE_NOOP("registration_models", "Peran"), lambda e: role_text(e.role)),
        Column(
            QT_TRANSLATE_NOOP("registration_models", "Tindakan"), lambda e: action_label(e.action)
        ),
        Column(QT_TRANSLATE_NOOP("registration_models", "Alasan")),  # _reason: with the note
    )
    ENTRY_ROLE = RowsTableModel.ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_note: tuple[HistoryEntry, str] | None = None  # the last rejection, its words

    def set_history(self, entries: Sequence[HistoryEntry], latest_note: str | None = None) -> None:
        """``latest_note``: the officer's words of the record's last decision (the trail
        keeps only the code), shown with the last rejection."""
        self.beginResetModel()
        self._rows = list(entries)
        self._last_note = None
        if latest_note:
            for entry in reversed(self._rows):
                if entry.action == "registration.rejected":
                    self._last_note = (entry, latest_note)
                    break
        self.endResetModel()

    def reason_at(self, row: int) -> str:
        return self._reason(self._rows[row])

    def _reason(self, entry: HistoryEntry) -> str:
        rank = entry.detail.get("rank")
        if entry.action == "registration.waiting" and isinstance(rank, int):
            return rank_label(rank)
        code = entry.detail.get("reason")
        note = self._last_note[1] if self._last_note and self._last_note[0] is entry else None
        return reason_text(str(code) if code else None, note)

    def _display(self, entry: HistoryEntry, column: int) -> str | None:
        if column == self.COL_REASON:
            return self._reason(entry)
        return super()._display(entry, column)

    def _role_data(self, entry: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and entry.action == "registration.rejected":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and entry.action == "registration.rejected":
            return _BAD
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AT:
            return local_time(entry.at)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return self._reason(entry) or None
        return None
