"""The audit trail screen on a real store: newest first, filters, lazy paging, CSV export.

Modal boxes are answered by replacing ``_ask_save_path`` / ``_inform`` / ``_warn`` on the
instance; the services, the store and the table model are the real thing.
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QDate

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.models.audit import AuditTableModel
from ucj_desktop.gui.screens.audit import AuditScreen, action_groups
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.services.accounts import (
    add_officer,
    change_password,
    set_officer_disabled,
    sign_in,
)
from ucj_desktop.services.audit_view import CSV_COLUMNS, AuditFilter, count_events, list_events

ADMIN_PASSWORD = "admin-pass-123"


@pytest.fixture
def admin(opened_store):
    return sign_in(opened_store, "admin", ADMIN_PASSWORD)


@pytest.fixture
def siti(opened_store, admin):
    """A petugas who has changed her temporary password and signed in again."""
    _info, temporary = add_officer(opened_store, admin, "siti", "Siti", frozenset({Role.PETUGAS}))
    change_password(
        opened_store, sign_in(opened_store, "siti", temporary), temporary, "siti-pass-1"
    )
    return sign_in(opened_store, "siti", "siti-pass-1")


def _screen(qtbot, opened, who):
    screen = AuditScreen(opened, who)
    qtbot.addWidget(screen)
    screen.warnings = []
    screen._warn = screen.warnings.append
    screen._inform = lambda text: pytest.fail(f"unexpected message: {text}")
    screen._ask_save_path = lambda: pytest.fail("unexpected save dialog")
    return screen


def _many_events(opened, admin, n):
    """``n`` audit events, cheaply: disable and enable one officer (no password hashing)."""
    add_officer(opened, admin, "budi", "Budi", frozenset({Role.PETUGAS}))
    for i in range(n):
        set_officer_disabled(opened, admin, "budi", i % 2 == 0)


def _failed_sign_ins(opened, n):
    for _ in range(n):
        with pytest.raises(DomainError):
            sign_in(opened, "nobody", "wrong-password")


def _column(screen, column):
    model = screen.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_events_are_listed_newest_first_with_their_count(qtbot, opened_store, admin, siti):
    screen = _screen(qtbot, opened_store, admin)
    total = count_events(opened_store, admin, AuditFilter())
    assert screen.count_label.text() == f"{total} kejadian"
    assert screen.model.rowCount() == total  # fewer than a page: all of them at once
    seqs = [screen.model.event_at(row).seq for row in range(screen.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    assert _column(screen, AuditTableModel.COL_ACTION)[0] == "login.ok"  # siti, just now
    assert _column(screen, AuditTableModel.COL_ACTION)[-1] == "store.initialised"


def test_filter_by_officer(qtbot, opened_store, admin, siti):
    screen = _screen(qtbot, opened_store, admin)
    labels = [screen.officer_combo.itemText(i) for i in range(screen.officer_combo.count())]
    assert labels == ["Semua petugas", "admin — Admin Kantor", "siti — Siti"]

    screen.select_officer(siti.officer_id)
    expected = count_events(opened_store, admin, AuditFilter(officer_id=siti.officer_id))
    assert expected == 4  # two sign-ins, the password check of the change, password.changed
    assert screen.count_label.text() == f"{expected} kejadian"
    assert set(_column(screen, AuditTableModel.COL_OFFICER)) == {"siti"}


def test_filter_by_action_prefix_and_by_single_action(qtbot, opened_store, admin, siti):
    _failed_sign_ins(opened_store, 2)
    screen = _screen(qtbot, opened_store, admin)
    combo = screen.action_combo
    login = combo.findData("login")
    assert combo.itemText(login) == "masuk (semua)"  # the action group in the officer's words
    assert combo.findData("store.initialised") > 0  # a group of one is just the action

    screen.select_action("login")
    actions = _column(screen, AuditTableModel.COL_ACTION)
    assert set(actions) == {"login.ok", "login.failed"}
    assert screen.count_label.text() == f"{len(actions)} kejadian"

    screen.select_action("login.failed")
    assert _column(screen, AuditTableModel.COL_ACTION) == ["login.failed", "login.failed"]

    screen.select_action(None)
    assert combo.currentText() == "Semua aksi"
    assert screen.model.rowCount() == count_events(opened_store, admin, AuditFilter())


def test_filter_by_date(qtbot, opened_store, admin):
    screen = _screen(qtbot, opened_store, admin)
    total = screen.model.total
    assert not screen.from_edit.isEnabled()
    today = QDate.currentDate()

    screen.set_dates(today.addDays(-7), today.addDays(-1))
    assert screen.from_edit.isEnabled()
    assert screen.count_label.text() == "0 kejadian"
    assert screen.model.rowCount() == 0
    assert not screen.export_button.isEnabled()

    screen.set_dates(today, today)
    assert screen.model.rowCount() == total

    screen.all_dates_check.setChecked(True)
    assert screen.current_filter().date_from is None
    assert screen.model.rowCount() == total


def test_date_range_never_runs_backwards(qtbot, opened_store, admin):
    screen = _screen(qtbot, opened_store, admin)
    today = QDate.currentDate()
    screen.set_dates(today.addDays(-3), today.addDays(-3))
    screen.from_edit.setDate(today)
    assert screen.to_edit.date() == today
    screen.to_edit.setDate(today.addDays(-10))
    assert screen.from_edit.date() == today.addDays(-10)


def test_long_trail_loads_a_page_at_a_time(qtbot, opened_store, admin):
    _many_events(opened_store, admin, 260)
    screen = _screen(qtbot, opened_store, admin)
    total = count_events(opened_store, admin, AuditFilter())
    assert screen.count_label.text() == f"{total} kejadian"
    first_page = screen.model.rowCount()
    assert first_page == AuditTableModel.PAGE_SIZE < total
    assert screen.model.canFetchMore()

    screen.model.fetchMore()
    assert screen.model.rowCount() > first_page


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, opened_store, admin):
    _many_events(opened_store, admin, 260)
    screen = _screen(qtbot, opened_store, admin)
    screen.resize(1000, 640)
    screen.show()
    qtbot.waitExposed(screen)
    first_page = screen.model.rowCount()
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() > first_page)


def test_export_writes_the_filtered_rows_and_is_itself_audited(
    qtbot, tmp_path, opened_store, admin, siti
):
    _failed_sign_ins(opened_store, 3)
    screen = _screen(qtbot, opened_store, admin)
    screen.select_action("login")
    expected = count_events(opened_store, admin, screen.current_filter())
    out = tmp_path / "exports" / "audit.csv"
    said = []
    screen._ask_save_path = lambda: out
    screen._inform = said.append

    with qtbot.waitSignal(screen.exported) as exported:
        screen.export_button.click()

    assert exported.args == [str(out), expected]
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == expected
    assert {row[CSV_COLUMNS.index("action")] for row in rows[1:]} <= {"login.ok", "login.failed"}
    assert said == [f"{expected} baris diekspor ke {out}"]
    [event] = list_events(opened_store, admin, AuditFilter(action_prefix="audit"))
    assert event.action == "audit.exported"
    assert screen.action_combo.findData("audit.exported") > 0  # the screen re-queried
    assert screen.warnings == []


def test_cancelled_save_dialog_exports_nothing(qtbot, opened_store, admin):
    screen = _screen(qtbot, opened_store, admin)
    screen._ask_save_path = lambda: None
    screen.export_button.click()
    assert list_events(opened_store, admin, AuditFilter(action_prefix="audit")) == []


def test_export_to_an_unwritable_place_says_so_in_a_sentence(qtbot, tmp_path, opened_store, admin):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    screen = _screen(qtbot, opened_store, admin)
    screen._ask_save_path = lambda: blocker / "audit.csv"
    screen.export_button.click()
    assert screen.warnings == [error_text(FileExistsError())]
    assert list_events(opened_store, admin, AuditFilter(action_prefix="audit")) == []


def test_petugas_sees_a_permission_sentence_instead_of_the_trail(qtbot, opened_store, siti):
    screen = _screen(qtbot, opened_store, siti)
    screen.show()
    assert screen.message_label.text() == error_text(
        DomainError("permission.denied", permission="audit.view")
    )
    assert not screen.table.isVisible()
    assert screen.model.rowCount() == 0
    assert not screen.export_button.isEnabled()


def test_actions_are_grouped_by_their_first_word():
    assert action_groups(["login.ok", "store.initialised", "login.failed"]) == [
        ("login", ["login.failed", "login.ok"]),
        ("store", ["store.initialised"]),
    ]
