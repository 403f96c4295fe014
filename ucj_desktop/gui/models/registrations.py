"""Qt table models over registration rows: the worker list (paged), the verification queue
(checkable) and one record's history.

Same pattern as the other models (``paged.RowsTableModel``): column constants, ``SORT_ROLE``,
``ROW_ROLE`` handing back the service value, no widgets (tested headless). Words for codes
live here, not in the domain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.models.paged import Index, LazyPagedTableModel, RowsTableModel
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
from ucj_desktop.wording.hub_reasons import spoken_ack_words
from ucj_desktop.wording.labels import category_words

_MUTED = QColor("#7a8a94")
_BAD = QColor("#b3261e")


def rejection_label(code: str) -> str:
    """Words for a rejection (or hub return) reason code; an unknown code as it is."""
    return {
        "DATA_TIDAK_SESUAI": translate("registration_models", "Data tidak sesuai dokumen"),
        "DOKUMEN_KURANG": translate("registration_models", "Dokumen kurang"),
        "TIDAK_MEMENUHI_SYARAT": translate("registration_models", "Tidak memenuhi syarat"),
        "DUPLIKAT": translate("registration_models", "Pendaftaran ganda"),
        "LAINNYA": translate("registration_models", "Lainnya"),
        "DIKEMBALIKAN_HUB": translate("registration_models", "Dikembalikan hub/BPJS"),
    }.get(code, code)


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
    return {
        "registration.created": translate("registration_models", "Dibuat"),
        "registration.updated": translate("registration_models", "Diubah"),
        "registration.submitted": translate("registration_models", "Diajukan untuk verifikasi"),
        "registration.verified": translate("registration_models", "Disetujui verifikator"),
        "registration.rejected": translate("registration_models", "Ditolak verifikator"),
        "registration.exported": translate("registration_models", "Dikirim ke hub"),
        "registration.returned": translate("registration_models", "Dikembalikan oleh hub"),
        "registration.waiting": translate("registration_models", "Menunggu kuota di hub"),
        "registration.enrolled": translate("registration_models", "Terdaftar di BPJS"),
        "registration.cancelled": translate("registration_models", "Dibatalkan"),
    }.get(action, action)


def status_tooltip(row: RegistrationRow) -> str | None:
    """When the hub ranked a waiting record; None for any other."""
    if row.status is Status.EXPORTED and row.hub_rank is not None and row.hub_rank_at:
        return rank_time_text(row.hub_rank_at)
    return None


def _stamp(at: datetime | None) -> float:
    if at is None:
        return 0.0
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).timestamp()


class _RowColumns:
    """Display and sort values shared by the list and the queue (keyed by column name)."""

    @staticmethod
    def display(row: RegistrationRow, name: str) -> str:
        if name == "nik":
            return mask_nik(row.nik)
        if name == "name":
            return row.full_name
        if name == "status":
            return registration_status_text(row.status, row.hub_rank)
        if name == "kelurahan":
            return kelurahan_name(row.kelurahan_code)
        if name == "desil":
            return "—" if row.desil is None else str(row.desil)
        if name == "occupations":
            return occupations_text(row.occupations)
        if name == "occupations_short":
            return occupations_short_text(row.occupations)
        if name == "created":
            return local_time(row.created_at, with_seconds=False)
        if name == "submitted":
            at = row.submitted_at or row.created_at
            return local_time(at, with_seconds=False)
        if name == "officer":
            return row.created_by
        if name == "reason":
            return reason_text(row.decision_code, row.decision_note)
        return ""

    @staticmethod
    def sort_key(row: RegistrationRow, name: str) -> Any:
        if name == "nik":
            return row.nik
        if name == "name":
            return row.full_name.casefold()
        if name == "desil":
            return 99 if row.desil is None else row.desil
        if name == "created":
            return _stamp(row.created_at)
        if name == "submitted":
            return _stamp(row.submitted_at or row.created_at)
        if name == "status":  # the waiting line in rank order, not as text (10 after 9)
            return f"{status_label(row.status).casefold()} {row.hub_rank or 0:010d}"
        return _RowColumns.display(row, name).casefold()


class RegistrationTableModel(LazyPagedTableModel[RegistrationRow]):
    """The worker list, newest first, fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter
    matched. Records added while the list is open shift the offsets; rows already shown are
    skipped by id, so a page boundary never shows a record twice.
    """

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
    COLUMN_COUNT = 9
    _NAMES = (
        "nik",
        "name",
        "status",
        "kelurahan",
        "desil",
        "occupations_short",
        "created",
        "officer",
        "reason",
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

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("registration_models", "NIK"),
            translate("registration_models", "Nama"),
            translate("registration_models", "Status"),
            translate("registration_models", "Kelurahan"),
            translate("registration_models", "Desil"),
            translate("registration_models", "Pekerjaan"),
            translate("registration_models", "Dibuat"),
            translate("registration_models", "Petugas"),
            translate("registration_models", "Alasan"),
        )

    def _display(self, reg: RegistrationRow, column: int) -> str:
        return _RowColumns.display(reg, self._NAMES[column])

    def _sort_key(self, reg: RegistrationRow, column: int) -> Any:
        return _RowColumns.sort_key(reg, self._NAMES[column])

    def _role_data(self, reg: RegistrationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_OCCUPATIONS:
            return _RowColumns.display(reg, "occupations") or None
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
    COLUMN_COUNT = 8
    _NAMES = ("", "nik", "name", "kelurahan", "desil", "occupations", "submitted", "officer")
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

    def _headers(self) -> tuple[str, ...]:
        return (
            "",
            translate("registration_models", "NIK"),
            translate("registration_models", "Nama"),
            translate("registration_models", "Kelurahan"),
            translate("registration_models", "Desil"),
            translate("registration_models", "Pekerjaan"),
            translate("registration_models", "Diajukan"),
            translate("registration_models", "Petugas"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _display(self, reg: RegistrationRow, column: int) -> str | None:
        if column == self.COL_CHECK:
            return None
        return _RowColumns.display(reg, self._NAMES[column])

    def _sort_key(self, reg: RegistrationRow, column: int) -> Any:
        if column == self.COL_CHECK:
            return 0 if reg.id in self._checked else 1
        return _RowColumns.sort_key(reg, self._NAMES[column])

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

    COL_AT, COL_OFFICER, COL_ROLE, COL_ACTION, COL_REASON = range(5)
    COLUMN_COUNT = 5
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

    def _headers(self) -> tuple[str, ...]:
        return (
            translate("registration_models", "Waktu"),
            translate("registration_models", "Petugas"),
            translate("registration_models", "Peran"),
            translate("registration_models", "Tindakan"),
            translate("registration_models", "Alasan"),
        )

    def _display(self, entry: HistoryEntry, column: int) -> str:
        if column == self.COL_AT:
            return local_time(entry.at, with_seconds=False)
        if column == self.COL_OFFICER:
            return entry.officer or translate("registration_models", "Sistem")
        if column == self.COL_ROLE:
            return role_text(entry.role)
        if column == self.COL_ACTION:
            return action_label(entry.action)
        return self._reason(entry)

    def _sort_key(self, entry: HistoryEntry, column: int) -> Any:
        if column == self.COL_AT:
            return _stamp(entry.at)
        return self._display(entry, column)

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
