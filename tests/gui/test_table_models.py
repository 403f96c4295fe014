"""The officer and audit table models, without widgets, on a real encrypted store."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from tests.support.demo_office import EXPECTED
from ucj_desktop.domain.eligibility import (
    Eligibility,
    Outcome,
    Rule,
    RuleResult,
    eligibility_record,
)
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.models.audit import AuditTableModel
from ucj_desktop.gui.models.officers import OfficerTableModel
from ucj_desktop.gui.models.paged import (
    RIGHT,
    Column,
    PagedTextModel,
    RowsTableModel,
    number_column,
    words_column,
)
from ucj_desktop.gui.text.audit_text import detail_lines, detail_text
from ucj_desktop.gui.text.eligibility_text import rule_title
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.services import demo
from ucj_desktop.services.accounts import (
    add_officer,
    change_password,
    list_officers,
    set_officer_disabled,
    sign_in,
)
from ucj_desktop.services.audit_view import AuditFilter, count_events, list_events
from ucj_desktop.services.demo import DEMO_PASSWORD

ADMIN_PASSWORD = "admin-pass-123"
# Every demo worker but the drafts was submitted once.
EXPECTED_SUBMITTED = sum(EXPECTED.values()) - demo.DRAFTS
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def admin(opened_store):
    return sign_in(opened_store, "admin", ADMIN_PASSWORD)


def _many_events(opened, admin, n):
    """``n`` audit events, cheaply: disable and enable one officer (no password hashing)."""
    add_officer(opened, admin, "budi", "Budi", frozenset({Role.PETUGAS}))
    for i in range(n):
        set_officer_disabled(opened, admin, "budi", i % 2 == 0)


def _failed_sign_ins(opened, n):
    for _ in range(n):
        with pytest.raises(DomainError):
            sign_in(opened, "nobody", "wrong-password")


def _column(model, column):
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


# The column table


class _Fruits(RowsTableModel):
    CONTEXT = "tests"
    COLUMNS = (
        Column("Nama", lambda f: f.name, sort=lambda f: f.name.casefold()),
        number_column("Jumlah", lambda f: f.count),
        number_column("No.", lambda f: f.number, str, by_value=True),
        words_column("Asal", lambda f: f.origin),
        Column("Catatan"),  # no text of its own
    )


class _PagedFruits(PagedTextModel):
    CONTEXT = "tests"
    COLUMNS = _Fruits.COLUMNS

    def _unseen(self, batch):
        return batch


_FRUITS = [
    SimpleNamespace(name="apel", count=12345, number=1001, origin="Malang"),
    SimpleNamespace(name="Belimbing", count=7, number=22, origin=None),
]
ALIGN = Qt.ItemDataRole.TextAlignmentRole
SORT = RowsTableModel.SORT_ROLE


@pytest.mark.parametrize("paged", [False, True])
def test_the_column_table_gives_headers_cells_alignment_and_sort(qtmodeltester, paged):
    if paged:
        model = _PagedFruits(lambda offset, limit: _FRUITS[offset : offset + limit], 2)
        model.fetchMore()
    else:
        model = _Fruits()
        model.set_rows(_FRUITS)
    qtmodeltester.check(model)

    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Nama", "Jumlah", "No.", "Asal", "Catatan"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert [_column(model, c) for c in range(5)] == [
        ["apel", "Belimbing"],
        ["12.345", "7"],  # a count in thousands, as the officer reads it
        ["1001", "22"],  # a number written as it is
        ["Malang", "—"],  # a dash for words a row has not
        [None, None],
    ]
    assert [model.index(0, c).data(ALIGN) for c in range(5)] == [None, RIGHT, RIGHT, None, None]
    assert [model.index(1, c).data(SORT) for c in range(4)] == ["belimbing", "7", 22, "—"]


# Officers


def test_officer_rows_show_name_roles_status_and_last_sign_in(qtmodeltester, opened_store, admin):
    add_officer(
        opened_store, admin, "siti", "Siti Aminah", frozenset({Role.VERIFIKATOR, Role.PETUGAS})
    )
    model = OfficerTableModel()
    model.set_officers(list_officers(opened_store, admin))
    qtmodeltester.check(model)

    assert model.rowCount() == 2
    assert _column(model, OfficerTableModel.COL_USERNAME) == ["admin", "siti"]
    assert _column(model, OfficerTableModel.COL_FULL_NAME) == ["Admin Kantor", "Siti Aminah"]
    assert _column(model, OfficerTableModel.COL_ROLES) == ["Admin", "Petugas, Verifikator"]
    assert _column(model, OfficerTableModel.COL_STATUS) == ["Aktif", "Wajib ganti sandi"]
    last_login = _column(model, OfficerTableModel.COL_LAST_LOGIN)
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", last_login[0])
    assert last_login[1] == "Belum pernah"
    assert model.officer_at(1).username == "siti"
    assert model.headerData(OfficerTableModel.COL_STATUS, Qt.Orientation.Horizontal) == "Status"


def test_disabled_officer_reads_nonaktif(opened_store, admin):
    add_officer(opened_store, admin, "budi", "Budi Santoso", frozenset({Role.PETUGAS}))
    set_officer_disabled(opened_store, admin, "budi", True)
    model = OfficerTableModel()
    model.set_officers(list_officers(opened_store, admin))
    assert model.index(model.row_of("budi"), OfficerTableModel.COL_STATUS).data() == "Nonaktif"


def test_locked_officer_reads_locked_until_local_time(opened_store, admin):
    _info, temporary = add_officer(opened_store, admin, "rina", "Rina", frozenset({Role.PETUGAS}))
    change_password(
        opened_store, sign_in(opened_store, "rina", temporary), temporary, "rina-pass-1"
    )
    for _ in range(5):
        with pytest.raises(DomainError):
            sign_in(opened_store, "rina", "not-her-password")
    officers = list_officers(opened_store, admin)
    rina = next(o for o in officers if o.username == "rina")
    assert rina.locked_until is not None
    model = OfficerTableModel()
    model.set_officers(officers)
    expected = rina.locked_until.astimezone().strftime("%H:%M")
    status = model.index(model.row_of("rina"), OfficerTableModel.COL_STATUS).data()
    assert status == f"Terkunci sampai {expected}"


def test_lock_that_has_run_out_is_not_shown(opened_store, admin):
    _info, temporary = add_officer(opened_store, admin, "rina", "Rina", frozenset({Role.PETUGAS}))
    change_password(
        opened_store, sign_in(opened_store, "rina", temporary), temporary, "rina-pass-1"
    )
    for _ in range(5):
        with pytest.raises(DomainError):
            sign_in(opened_store, "rina", "not-her-password")
    model = OfficerTableModel(now=lambda: datetime(2999, 1, 1, tzinfo=UTC))
    model.set_officers(list_officers(opened_store, admin))
    assert model.index(model.row_of("rina"), OfficerTableModel.COL_STATUS).data() == "Aktif"


def test_sort_role_orders_status_by_urgency_and_never_signed_in_first(opened_store, admin):
    add_officer(opened_store, admin, "baru", "Petugas Baru", frozenset({Role.PETUGAS}))
    add_officer(opened_store, admin, "lama", "Petugas Lama", frozenset({Role.PETUGAS}))
    set_officer_disabled(opened_store, admin, "lama", True)
    model = OfficerTableModel()
    model.set_officers(list_officers(opened_store, admin))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(OfficerTableModel.SORT_ROLE)

    proxy.sort(OfficerTableModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, OfficerTableModel.COL_USERNAME) == ["baru", "admin", "lama"]
    proxy.sort(OfficerTableModel.COL_LAST_LOGIN, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, OfficerTableModel.COL_USERNAME)[0] == "admin"


# Audit trail


def _audit_model(opened, who, flt=None, page_size=AuditTableModel.PAGE_SIZE):
    flt = flt or AuditFilter()
    total = count_events(opened, who, flt)
    return AuditTableModel(
        lambda offset, limit: list_events(opened, who, flt, offset, limit), total, page_size
    )


def test_audit_model_reads_nothing_until_asked_then_a_page_at_a_time(
    qtmodeltester, opened_store, admin
):
    _many_events(opened_store, admin, 450)
    model = _audit_model(opened_store, admin)
    total = model.total
    assert total > 2 * AuditTableModel.PAGE_SIZE
    assert model.rowCount() == 0
    assert model.canFetchMore()

    model.fetchMore()
    assert model.rowCount() == AuditTableModel.PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == min(total, 2 * AuditTableModel.PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    seqs = [model.event_at(row).seq for row in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    qtmodeltester.check(model)


def test_audit_columns_read_like_a_log(opened_store, admin):
    _failed_sign_ins(opened_store, 1)
    model = _audit_model(opened_store, admin)
    model.fetchMore()
    cell = lambda column: model.index(0, column).data()  # noqa: E731
    event = model.event_at(0)
    assert cell(AuditTableModel.COL_AT) == event.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
    assert cell(AuditTableModel.COL_OFFICER) == "Sistem"  # unknown user: no officer
    assert cell(AuditTableModel.COL_ROLE) == "—"
    assert cell(AuditTableModel.COL_ACTION) == "login.failed"
    assert cell(AuditTableModel.COL_OBJECT) == "petugas"  # the entity in the officer's words
    assert cell(AuditTableModel.COL_DEVICE) == opened_store.device_id[:8]
    assert cell(AuditTableModel.COL_DETAIL) == "reason=unknown_user"
    tooltip = model.index(0, AuditTableModel.COL_DEVICE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == opened_store.device_id

    add_officer(opened_store, admin, "siti", "Siti", frozenset({Role.PETUGAS}))
    model = _audit_model(opened_store, admin)
    model.fetchMore()
    assert cell(AuditTableModel.COL_OFFICER) == "admin"
    assert cell(AuditTableModel.COL_ROLE) == "Admin"
    assert cell(AuditTableModel.COL_ACTION) == "officer.created"
    assert cell(AuditTableModel.COL_OBJECT) == f"petugas {model.event_at(0).entity_id}"


def test_events_written_while_scrolling_are_not_shown_twice(opened_store, admin):
    _many_events(opened_store, admin, 30)
    model = _audit_model(opened_store, admin, page_size=10)
    total = model.total
    model.fetchMore()
    _failed_sign_ins(opened_store, 4)  # newer events shift every offset by four
    while model.canFetchMore():
        model.fetchMore()
    seqs = [model.event_at(row).seq for row in range(model.rowCount())]
    assert len(seqs) == len(set(seqs)) == total
    assert seqs == sorted(seqs, reverse=True)


def test_fetch_refused_by_the_service_stops_and_reports(qtbot, opened_store, admin):
    _info, temporary = add_officer(opened_store, admin, "siti", "Siti", frozenset({Role.PETUGAS}))
    petugas = change_password(
        opened_store, sign_in(opened_store, "siti", temporary), temporary, "siti-pass-1"
    )
    model = AuditTableModel(
        lambda offset, limit: list_events(opened_store, petugas, AuditFilter(), offset, limit), 5
    )
    with qtbot.waitSignal(model.fetch_failed) as failed:
        model.fetchMore()
    assert error_text(failed.args[0]) == error_text(
        DomainError("permission.denied", permission="audit.view")
    )
    assert model.rowCount() == 0
    assert not model.canFetchMore()


def test_empty_source_has_nothing_to_fetch():
    model = AuditTableModel(lambda offset, limit: [], 0)
    assert not model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 0


def test_detail_json_becomes_key_value_pairs():
    assert detail_text('{"rows": 3, "file": "a.csv"}') == "file=a.csv, rows=3"
    assert detail_text("{}") == ""
    assert detail_text("not json") == "not json"
    nested = '{"enrolled": 2, "quota": {"used": 14, "total": 20}, "demo": true, "ids": ["a", "b"]}'
    assert detail_text(nested) == "demo=ya, enrolled=2, ids=(a, b), quota=(total=20, used=14)"


def test_a_kept_eligibility_result_reads_rule_by_rule_with_the_reason_of_a_failure():
    results = Eligibility(
        (
            RuleResult(Rule.NIK, Outcome.PASS, "nik.valid"),
            RuleResult(
                Rule.DTSEN, Outcome.FAIL, "desil.out_of_range", {"desil": 7, "min": 1, "max": 5}
            ),
        )
    )
    detail = json.dumps({"eligibility": eligibility_record(results), "config_version": 3})
    assert detail_lines(detail) == [
        "NIK: terpenuhi",
        "DTSEN: tidak terpenuhi (Desil 7: di luar desil 1–5)",
        "config_version=3",
    ]


def test_the_audit_screens_detail_of_a_submission_is_words_not_a_python_repr(demo_store):
    admin = sign_in(demo_store, "admin", DEMO_PASSWORD)
    model = _audit_model(demo_store, admin, AuditFilter(action_prefix="registration.submitted"))
    model.fetchMore()
    assert model.rowCount() == EXPECTED_SUBMITTED
    index = model.index(0, AuditTableModel.COL_DETAIL)
    cell, tooltip = index.data(DISPLAY), index.data(Qt.ItemDataRole.ToolTipRole)
    titles = [rule_title(rule) for rule in Rule]
    assert cell == "; ".join(f"{title}: terpenuhi" for title in titles) + "; config_version=1"
    assert tooltip.splitlines() == [
        *(f"{title}: terpenuhi" for title in titles),
        "config_version=1",
    ]
    assert not {"{", "[", "'"} & set(cell)
