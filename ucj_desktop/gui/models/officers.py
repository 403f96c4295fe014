"""The officers table model (a small list), following the models' one pattern.

Both follow one pattern: a column table, ``SORT_ROLE`` for a QSortFilterProxyModel, a role
that hands back the row's service value, and no widgets, so they are tested headless.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import Column, RowsTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import local_clock, local_time, roles_text
from ucj_desktop.services.accounts import OfficerInfo
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

_MUTED = QColor("#7a8a94")
# Sort order of the officers' status column: what needs the admin's attention first.
_STATUS_RANK = MappingProxyType({"locked": 0, "must_change": 1, "active": 2, "disabled": 3})


def _last_login_text(officer: OfficerInfo) -> str:
    if officer.last_login_at is None:
        return translate("table_models", "Belum pernah")
    return local_time(officer.last_login_at, with_seconds=False)


class OfficerTableModel(RowsTableModel[OfficerInfo]):
    """The office's officer accounts, one per row."""

    CONTEXT = "table_models"
    COL_USERNAME, COL_FULL_NAME, COL_ROLES, COL_STATUS, COL_LAST_LOGIN = range(5)
    COLUMNS: ClassVar[tuple[Column[OfficerInfo], ...]] = (
        Column(QT_TRANSLATE_NOOP("table_models", "Nama pengguna"), lambda o: o.username),
        Column(
            QT_TRANSLATE_NOOP("table_models", "Nama lengkap"),
            lambda o: o.full_name,
            sort=lambda o: o.full_name.casefold(),
        ),
        Column(QT_TRANSLATE_NOOP("table_models", "Peran"), lambda o: roles_text(o.roles)),
        Column(QT_TRANSLATE_NOOP("table_models", "Status")),  # status_text: as of now
        Column(
            QT_TRANSLATE_NOOP("table_models", "Terakhir masuk"),
            _last_login_text,
            # Never signed in sorts before everyone who has.
            sort=lambda o: 0.0 if o.last_login_at is None else o.last_login_at.timestamp(),
        ),
    )
    KEY = "username"  # row_of(username)
    OFFICER_ROLE = RowsTableModel.ROW_ROLE  # the row's OfficerInfo

    def __init__(
        self,
        parent: QObject | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))

    set_officers = RowsTableModel.set_rows
    officer_at = RowsTableModel.row_at

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
            return translate("table_models", "Nonaktif")
        if key == "locked":
            assert officer.locked_until is not None
            return translate("table_models", "Terkunci sampai {time}").format(
                time=local_clock(officer.locked_until)
            )
        if key == "must_change":
            return translate("table_models", "Wajib ganti sandi")
        return translate("table_models", "Aktif")

    # Cells

    def _role_data(self, officer: OfficerInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and officer.disabled:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_LAST_LOGIN:
            return None if officer.last_login_at is None else local_time(officer.last_login_at)
        return None

    def _display(self, officer: OfficerInfo, column: int) -> str | None:
        if column == self.COL_STATUS:
            return self.status_text(officer)
        return super()._display(officer, column)

    def _sort_key(self, officer: OfficerInfo, column: int) -> Any:
        if column == self.COL_STATUS:
            return _STATUS_RANK[self.status_key(officer)]
        return super()._sort_key(officer, column)
