"""The admin's view of the audit trail: filters, a lazily paged table and CSV export.

Its modal boxes: ``_ask_save_path``, ``_inform``, ``_warn`` (why: see ``Page``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QDir, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
)

from ucj_desktop.gui.models.audit import AuditTableModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.text.audit_text import subject_word
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.file_dialogs import ask_save_file
from ucj_desktop.gui.widgets.page import role_label, tab_chain
from ucj_desktop.gui.widgets.questions import inform, warn
from ucj_desktop.gui.widgets.style import SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import Mode, rows_table
from ucj_desktop.services.accounts import OfficerInfo, list_officers
from ucj_desktop.services.audit_view import (
    AuditFilter,
    action_names,
    count_events,
    export_events_csv,
    list_events,
)
from ucj_desktop.wording import formats


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def action_groups(actions: list[str]) -> list[tuple[str, list[str]]]:
    """``["login.ok", "login.failed", "store.initialised"]`` grouped by the part before the dot."""
    groups: dict[str, list[str]] = {}
    for action in sorted(actions):
        groups.setdefault(action.split(".", 1)[0], []).append(action)
    return sorted(groups.items())


def fill_action_combo(combo: QComboBox, actions: list[str], every: str, group: str) -> None:
    """The action filter's choices: ``every`` (data None), then each group of actions (its
    ``group`` line, bold, data the prefix) with its actions indented, a lone action as it is;
    the choice made stays chosen, and filling it emits nothing."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(every, None)
    bold = QFont(combo.font())
    bold.setBold(True)
    for prefix, names in action_groups(actions):
        if len(names) == 1:
            combo.addItem(names[0], names[0])
            continue
        combo.addItem(group.format(prefix=subject_word(prefix)), prefix)
        combo.setItemData(combo.count() - 1, bold, Qt.ItemDataRole.FontRole)
        for name in names:
            combo.addItem("    " + name, name)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


class AuditScreen(Screen):
    """Who did what, and when; newest first. ``exported(path, rows)`` follows a CSV export."""

    exported = Signal(str, int)

    key = "audit"
    style_sheet = SCREEN_STYLE

    def build(self) -> None:

        layout = self.page_layout(
            self.tr("Jejak Audit"), self.tr("Siapa melakukan apa, dan kapan."), spacing=None
        )

        content, content_layout = self.content_page()

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumContentsLength(14)
        self.officer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_combo = QComboBox()
        self.action_combo.setMinimumContentsLength(14)
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today)
        self.to_edit = self._date_edit(today)
        self.all_dates_check = QCheckBox(self.tr("Semua &tanggal"))
        self.all_dates_check.setChecked(True)
        # Two rows (who and what; when, the count and the export), so the filters fit a
        # 1366-px laptop at 125%. Visual order is tab order: uncheck "all dates", then the
        # dates become reachable.
        summary = QHBoxLayout()
        summary.setSpacing(8)
        for row, text, widget in (
            (filters, self.tr("&Petugas:"), self.officer_combo),
            (filters, self.tr("A&ksi:"), self.action_combo),
            (summary, "", self.all_dates_check),
            (summary, self.tr("&Dari:"), self.from_edit),
            (summary, self.tr("&Sampai:"), self.to_edit),
        ):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        filters.addStretch(1)
        content_layout.addLayout(filters)

        self.count_label = role_label(role="cardLabel")
        self.export_button = QPushButton(self.tr("&Ekspor CSV…"))
        summary.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        summary.addWidget(self.export_button)
        content_layout.addLayout(summary)

        self.model = AuditTableModel(parent=self)
        self.table = rows_table(self.model, selection=Mode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        content_layout.addWidget(self.table, 1)
        self.stack_pages(layout, content)

        self.setFocusProxy(self.table)
        tab_chain(
            self.table,
            self.officer_combo,
            self.action_combo,
            self.all_dates_check,
            self.from_edit,
            self.to_edit,
            self.export_button,
        )

        self.officer_combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.action_combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.all_dates_check.toggled.connect(self._dates_toggled)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.model.fetch_failed.connect(lambda exc: self._warn(error_text(exc)))
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.refresh()

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formats.date_pattern())
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return edit

    # Filters

    def current_filter(self) -> AuditFilter:
        officer_id = self.officer_combo.currentData()
        action = self.action_combo.currentData()
        if self.all_dates_check.isChecked():
            date_from = date_to = None
        else:
            date_from = _day(self.from_edit.date())
            date_to = _day(self.to_edit.date())
        return AuditFilter(
            officer_id=officer_id if isinstance(officer_id, int) else None,
            action_prefix=action if isinstance(action, str) else None,
            date_from=date_from,
            date_to=date_to,
        )

    def select_officer(self, officer_id: int | None) -> None:
        self.officer_combo.setCurrentIndex(max(0, self.officer_combo.findData(officer_id)))

    def select_action(self, action_or_prefix: str | None) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action_or_prefix)))

    def set_dates(self, date_from: QDate, date_to: QDate) -> None:
        """Limit to a range of local calendar days (and leave 'all dates')."""
        self.all_dates_check.setChecked(False)
        self.to_edit.setDate(date_to)
        self.from_edit.setDate(date_from)
        self.requery()

    def _dates_toggled(self, all_dates: bool) -> None:
        self.from_edit.setEnabled(not all_dates)
        self.to_edit.setEnabled(not all_dates)
        self.requery()

    def _from_changed(self, day: QDate) -> None:
        if day > self.to_edit.date():
            self.to_edit.setDate(day)  # requeries through _to_changed
        else:
            self.requery()

    def _to_changed(self, day: QDate) -> None:
        if day < self.from_edit.date():
            self.from_edit.setDate(day)
        else:
            self.requery()

    def _fill_officers(self, officers: list[OfficerInfo]) -> None:
        keep = self.officer_combo.currentData()
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("Semua petugas"), None)
        for officer in officers:
            self.officer_combo.addItem(
                f"{officer.username} — {officer.full_name}", officer.officer_id
            )
        self.officer_combo.setCurrentIndex(max(0, self.officer_combo.findData(keep)))
        self.officer_combo.blockSignals(False)

    def _fill_actions(self, actions: list[str]) -> None:
        fill_action_combo(
            self.action_combo, actions, self.tr("Semua aksi"), self.tr("{prefix} (semua)")
        )

    # Reading

    def refresh(self) -> None:
        """Reload the filter choices (officers, actions seen so far) and the events."""
        try:
            actions = action_names(self.opened, self.who)
        except EXPECTED_ERRORS as exc:
            self._show_message(exc)
            return
        try:
            officers = list_officers(self.opened, self.who)
        except EXPECTED_ERRORS:
            officers = []  # may read the trail without managing accounts: no officer filter
        self._fill_officers(officers)
        self._fill_actions(actions)
        self.show_content()
        self.requery()

    def requery(self) -> None:
        """Count and list the events that match the current filters (first page now)."""
        flt = self.current_filter()
        try:
            total = count_events(self.opened, self.who, flt)
        except EXPECTED_ERRORS as exc:
            self._show_message(exc)
            return
        self.model.set_source(
            lambda offset, limit: list_events(self.opened, self.who, flt, offset, limit), total
        )
        self.model.fetchMore()
        self.count_label.setText(self.tr("{n} kejadian").format(n=self._locale.toString(total)))
        self.export_button.setEnabled(total > 0)

    def _show_message(self, exc: Exception) -> None:
        self.show_error(exc)
        self.model.set_source(lambda _offset, _limit: [], 0)
        self.export_button.setEnabled(False)

    # Export

    def export_csv(self) -> Path | None:
        """Ask where, write the filtered trail as CSV, say how many rows went where."""
        path = self._ask_save_path()
        if path is None:
            return None
        try:
            rows = export_events_csv(self.opened, self.who, self.current_filter(), path)
        except EXPECTED_ERRORS as exc:
            self._warn(error_text(exc))
            return None
        self.refresh()  # the export itself is now an event
        self.exported.emit(str(path), rows)
        self._inform(
            self.tr("{n} baris diekspor ke {file}").format(
                n=self._locale.toString(rows), file=QDir.toNativeSeparators(str(path))
            )
        )
        return path

    # Modal boxes (tests answer these on the instance)

    def _ask_save_path(self) -> Path | None:
        return ask_save_file(
            self,
            self.tr("Ekspor jejak audit"),
            f"jejak-audit-{QDate.currentDate().toString('yyyyMMdd')}.csv",
            self.tr("Berkas CSV (*.csv)"),
            ".csv",
        )

    def _inform(self, text: str) -> None:
        inform(self, self.tr("Jejak Audit"), text)

    def _warn(self, text: str) -> None:
        warn(self, self.tr("Jejak Audit"), text)
