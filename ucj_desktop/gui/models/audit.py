"""The audit trail's table model (paged), and the columns it shares with the hub's trail.

It follows the models' one pattern: a column table, ``SORT_ROLE`` for a QSortFilterProxyModel,
a role that hands back the row's service value, and no widgets, so it is tested headless.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ucj_desktop.gui.models.paged import Column, LazyPagedTableModel
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.audit_text import detail_lines, detail_text, subject_word
from ucj_desktop.gui.text.labels import local_time, role_text
from ucj_desktop.services.audit_view import AuditRow
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

_MUTED = QColor("#7a8a94")
SHORT_ID = 8  # a device id or a long entity id is shown by its head, whole in the tooltip


class TrailEvent(Protocol):
    """An event of a trail: the office's (``AuditRow``) or the hub's (``TrailRow``)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str | None: ...
    @property
    def entity_id(self) -> str | None: ...
    @property
    def detail(self) -> str: ...


# The cells both trails show alike (the headers are each screen's words).


def event_time(event: TrailEvent) -> str:
    return local_time(event.at)


def event_action(event: TrailEvent) -> str:
    return event.action


def event_object(event: TrailEvent) -> str:
    """``petugas 3f2a9c01…``: what an event is about, a long id by its head."""
    entity_id = event.entity_id or ""
    if len(entity_id) > SHORT_ID:
        entity_id = entity_id[:SHORT_ID] + "…"
    return " ".join(part for part in (subject_word(event.entity), entity_id) if part) or "—"


def event_detail(event: TrailEvent) -> str:
    return detail_text(event.detail)


def event_tooltip(event: TrailEvent, column: Column[Any], number_words: str) -> str | None:
    """The tooltip of a cell of the columns above: the whole detail, one item a line; the
    whole id; the event's number (``number_words``, its ``{seq}`` filled) on its time."""
    if column.text is event_detail:
        return "\n".join(detail_lines(event.detail))
    if column.text is event_object:
        return event.entity_id or None
    if column.text is event_time:
        return number_words.format(seq=event.seq)
    return None


class AuditTableModel(LazyPagedTableModel[AuditRow]):
    """The audit trail, newest first, fetched a page at a time as the view scrolls.

    The source is a fetch callable ``(offset, limit) -> rows`` and the total the filter matched.
    Events written while the list is open shift the offsets; rows already shown are skipped by
    their sequence number, so a page boundary never shows an event twice.
    """

    CONTEXT = "table_models"
    COL_AT, COL_OFFICER, COL_ROLE, COL_ACTION, COL_OBJECT, COL_DEVICE, COL_DETAIL = range(7)
    COLUMNS: ClassVar[tuple[Column[AuditRow], ...]] = (
        Column(QT_TRANSLATE_NOOP("table_models", "Waktu"), event_time),
        Column(
            QT_TRANSLATE_NOOP("table_models", "Petugas"),
            lambda e: e.officer or translate("table_models", "Sistem"),
        ),
        Column(QT_TRANSLATE_NOOP("table_models", "Peran"), lambda e: role_text(e.role)),
        Column(QT_TRANSLATE_NOOP("table_models", "Aksi"), event_action),
        Column(QT_TRANSLATE_NOOP("table_models", "Objek"), event_object),
        Column(QT_TRANSLATE_NOOP("table_models", "Perangkat"), lambda e: e.device_id[:SHORT_ID]),
        Column(QT_TRANSLATE_NOOP("table_models", "Detail"), event_detail),
    )
    EVENT_ROLE = LazyPagedTableModel.ROW_ROLE  # the row's AuditRow

    event_at = LazyPagedTableModel.row_at

    def _unseen(self, batch: list[AuditRow]) -> list[AuditRow]:
        return self._past_last(batch, lambda r: r.seq, newest_first=True)

    # Cells

    def _sort_key(self, event: AuditRow, column: int) -> int:
        return event.seq

    def _role_data(self, event: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DEVICE:
                return event.device_id
            return event_tooltip(
                event, self.COLUMNS[column], translate("table_models", "Kejadian #{seq}")
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OFFICER:
            return _MUTED if event.officer is None else None
        return None
