"""Qt table models over service values: officers (small list) and the audit trail (paged).

Both follow one pattern: column constants, ``SORT_ROLE`` for a QSortFilterProxyModel, a role
that hands back the row's service value, and no widgets, so they are tested headless.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.paged_model import Index, LazyPagedTableModel, RowsTableModel
from ucj_desktop.services.accounts import OfficerInfo
from ucj_desktop.services.audit_view import AuditRow

_MUTED = QColor("#7a8a94")
# Sort order of the officers' status column: what needs the admin's attention first.
_STATUS_RANK = MappingProxyType({"locked": 0, "must_change": 1, "active": 2, "disabled": 3})


def _tr(text: str) -> str:
    return QCoreApplication.translate("table_models", text)


def role_label(role: Role) -> str:
    return {
        Role.PETUGAS: _tr("Petugas"),
        Role.VERIFIKATOR: _tr("Verifikator"),
        Role.ADMIN: _tr("Admin"),
    }[role]


def roles_text(roles: Iterable[Role]) -> str:
    """Roles in a fixed order (petugas, verifikator, admin), whatever order they came in."""
    present = set(roles)
    return ", ".join(role_label(r) for r in Role if r in present)


def local_time(at: datetime, with_seconds: bool = True) -> str:
    """dd-mm-yyyy HH:MM[:SS] in this computer's time zone (the store keeps UTC)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M:%S" if with_seconds else "%d-%m-%Y %H:%M")


class OfficerTableModel(RowsTableModel[OfficerInfo]):
    """The office's officer accounts, one per row."""

    COL_USERNAME, COL_FULL_NAME, COL_ROLES, COL_STATUS, COL_LAST_LOGIN = range(5)
    COLUMN_COUNT = 5
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    OFFICER_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's OfficerInfo

    def __init__(
        self,
        parent: QObject | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))

    def set_officers(self, officers: list[OfficerInfo]) -> None:
        self._replace_rows(officers)

    def officer_at(self, row: int) -> OfficerInfo:
        return self._rows[row]

    def row_of(self, username: str) -> int | None:
        return self._find_row(lambda officer: officer.username == username)

    def status_key(self, officer: OfficerInfo) -> str:
        if officer.disabled:
            return "disabled"
        if officer.locked_until is not None and officer.locked_until > self._now():
            return "locked"
        if officer.must_change_password:
            return "must_change"
        return "active"

    def status_text(self, officer: OfficerInfo) -> str:
        key = self.status_key(officer)
        if key == "disabled":
            return _tr("Nonaktif")
        if key == "locked":
            assert officer.locked_until is not None
            until = officer.locked_until
            aware = until if until.tzinfo is not None else until.replace(tzinfo=UTC)
            return _tr("Terkunci sampai {time}").format(time=aware.astimezone().strftime("%H:%M"))
        if key == "must_change":
            return _tr("Wajib ganti sandi")
        return _tr("Aktif")

    # Qt model interface

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _tr("Nama pengguna"),
            _tr("Nama lengkap"),
            _tr("Peran"),
            _tr("Status"),
            _tr("Terakhir masuk"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        officer = self._row_for(index)
        if officer is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(officer, column)
        if role == self.SORT_ROLE:
            return self._sort_key(officer, column)
        if role == self.OFFICER_ROLE:
            return officer
        if role == Qt.ItemDataRole.ForegroundRole and officer.disabled:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_LAST_LOGIN:
            return None if officer.last_login_at is None else local_time(officer.last_login_at)
        return None

    def _display(self, officer: OfficerInfo, column: int) -> str:
        if column == self.COL_USERNAME:
            return officer.username
        if column == self.COL_FULL_NAME:
            return officer.full_name
        if column == self.COL_ROLES:
            return roles_text(officer.roles)
        if column == self.COL_STATUS:
            return self.status_text(officer)
        if officer.last_login_at is None:
            return _tr("Belum pernah")
        return local_time(officer.last_login_at, with_seconds=False)

    def _sort_key(self, officer: OfficerInfo, column: int) -> Any:
        if column == self.COL_USERNAME:
            return officer.username
        if column == self.COL_FULL_NAME:
            return officer.full_name.casefold()
        if column == self.COL_ROLES:
            return roles_text(officer.roles)
        if column == self.COL_STATUS:
            return _STATUS_RANK[self.status_key(officer)]
        # Never signed in sorts before everyone who has.
        return 0.0 if officer.last_login_at is None else officer.last_login_at.timestamp()


class AuditTableModel(LazyPagedTableModel[AuditRow]):
    """The audit trail, newest first, fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter matched.
    Events written while the list is open shift the offsets; rows already shown are skipped by
    their sequence number, so a page boundary never shows an event twice.
    """

    COL_AT, COL_OFFICER, COL_ROLE, COL_ACTION, COL_OBJECT, COL_DEVICE, COL_DETAIL = range(7)
    COLUMN_COUNT = 7
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    EVENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's AuditRow
    DEVICE_CHARS = 8

    def event_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def _unseen(self, batch: list[AuditRow]) -> list[AuditRow]:
        # Newest first: anything not older than the last row shown is already on screen.
        last_seq = self._rows[-1].seq if self._rows else None
        return [r for r in batch if last_seq is None or r.seq < last_seq]

    # Qt model interface

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _tr("Waktu"),
            _tr("Petugas"),
            _tr("Peran"),
            _tr("Aksi"),
            _tr("Objek"),
            _tr("Perangkat"),
            _tr("Detail"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._row_for(index)
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == self.SORT_ROLE:
            return event.seq
        if role == self.EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DEVICE:
                return event.device_id
            if column == self.COL_DETAIL:
                return event.detail
            if column == self.COL_AT:
                return _tr("Kejadian #{seq}").format(seq=event.seq)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OFFICER:
            return _MUTED if event.officer is None else None
        return None

    def _display(self, event: AuditRow, column: int) -> str:
        if column == self.COL_AT:
            return local_time(event.at)
        if column == self.COL_OFFICER:
            return event.officer or _tr("Sistem")
        if column == self.COL_ROLE:
            return role_text(event.role)
        if column == self.COL_ACTION:
            return event.action
        if column == self.COL_OBJECT:
            return " ".join(part for part in (event.entity, event.entity_id) if part) or "—"
        if column == self.COL_DEVICE:
            return event.device_id[: self.DEVICE_CHARS]
        return detail_text(event.detail)


def role_text(value: str | None) -> str:
    """A stored role code in words; ``—`` for none, an unknown code as it is."""
    if not value:
        return "—"
    try:
        return role_label(Role(value))
    except ValueError:
        return value


def detail_text(detail: str) -> str:
    """``{"rows": 3, "file": "a.csv"}`` -> ``file=a.csv, rows=3``; other text as it is."""
    try:
        parsed = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(parsed, dict):
        return detail
    return ", ".join(f"{key}={value}" for key, value in sorted(parsed.items()))
