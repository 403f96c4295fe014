"""The registration table models, without widgets, on a real encrypted store and real services.

Registrations go through save_registration (DTSEN loaded from a synthetic extract); a list of
several pages is inserted straight into the store, in the test only, to be quick.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.models.registrations import (
    HistoryTableModel,
    QueueTableModel,
    RegistrationTableModel,
    reason_text,
)
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.services.accounts import set_officer_disabled
from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    count_registrations,
    list_registrations,
    registration_history,
    verification_queue,
)
from ucj_desktop.services.registrations import reject_registration
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Registration

CHECK = Qt.ItemDataRole.CheckStateRole


def bulk_insert(opened: OpenStore, officer_id: int, n: int) -> None:
    """``n`` drafts straight into the store (test only): one minute apart, newest last."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with opened.store.session() as session:
        for i in range(n):
            session.add(
                Registration(
                    id=str(uuid.uuid4()),
                    nik=f"3275011{i:09d}",
                    kk_number="3275010101200001",
                    full_name=f"Pekerja {i:04d}",
                    birth_date=date(1990, 1, 1),
                    sex="L",
                    address="Jl. Contoh",
                    rt="001",
                    rw="002",
                    kelurahan_code="32.75.01.1001",
                    occupations=json.dumps(["PKL"]),
                    declared_income=1_000_000,
                    desil=1 + i % 5,
                    status=Status.DRAFT.value,
                    created_by=officer_id,
                    created_at=start + timedelta(minutes=i),
                )
            )
        session.commit()


def list_model(office, flt: RegistrationFilter | None = None, page_size: int = 200):
    flt = flt or RegistrationFilter()
    who = office.petugas
    total = count_registrations(office.opened, who, flt)
    return RegistrationTableModel(
        lambda offset, limit: list_registrations(office.opened, who, flt, offset, limit),
        total,
        page_size,
    )


def _column(model, column, role=Qt.ItemDataRole.DisplayRole):
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


# Worker list


def test_list_reads_nothing_until_asked_then_a_page_at_a_time(qtmodeltester, office):
    bulk_insert(office.opened, office.petugas.officer_id, 450)
    model = list_model(office)
    assert model.total == 450
    assert model.rowCount() == 0
    assert model.canFetchMore()

    model.fetchMore()
    assert model.rowCount() == RegistrationTableModel.PAGE_SIZE == 200
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    names = _column(model, RegistrationTableModel.COL_NAME)
    assert names[0] == "Pekerja 0449" and names[-1] == "Pekerja 0000"  # newest first
    assert len(set(names)) == 450
    qtmodeltester.check(model)


def test_records_added_while_scrolling_are_not_shown_twice(office):
    bulk_insert(office.opened, office.petugas.officer_id, 30)
    model = list_model(office, page_size=10)
    model.fetchMore()
    office.register(0)  # newest: shifts every later offset by one
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 30


def test_columns_read_like_the_counter_speaks(office):
    registration_id = office.register(0, occupations=("OJOL", "PKL"))
    person = office.people[0]
    model = list_model(office)
    model.fetchMore()
    cell = lambda column: model.index(0, column).data()  # noqa: E731
    assert cell(RegistrationTableModel.COL_NIK) == mask_nik(person[0])
    assert "*" in cell(RegistrationTableModel.COL_NIK)
    assert cell(RegistrationTableModel.COL_NAME) == person[2]
    assert cell(RegistrationTableModel.COL_STATUS) == "Diajukan"
    assert cell(RegistrationTableModel.COL_KELURAHAN) != person[8]  # a name, not the code
    assert cell(RegistrationTableModel.COL_DESIL) == person[9]
    # Short words in the column (it must fit a 125% laptop), the whole words in its tooltip.
    assert cell(RegistrationTableModel.COL_OCCUPATIONS) == "Ojek online, PKL"
    assert model.index(0, RegistrationTableModel.COL_OCCUPATIONS).data(
        Qt.ItemDataRole.ToolTipRole
    ) == ("Pengemudi ojek online, Pedagang kaki lima (PKL)")
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", cell(RegistrationTableModel.COL_CREATED))
    assert cell(RegistrationTableModel.COL_OFFICER) == "rina"
    assert cell(RegistrationTableModel.COL_REASON) == ""
    assert model.row_at(0).id == registration_id
    assert model.headerData(RegistrationTableModel.COL_REASON, Qt.Orientation.Horizontal) == (
        "Alasan"
    )


def test_rejected_row_shows_its_reason_code_and_note(office):
    registration_id = office.register(0)
    reject_registration(
        office.opened, office.verifikator, registration_id, "DOKUMEN_KURANG", "KTP buram"
    )
    model = list_model(office)
    model.fetchMore()
    assert model.index(0, RegistrationTableModel.COL_STATUS).data() == "Ditolak"
    assert model.index(0, RegistrationTableModel.COL_REASON).data() == (
        "Dokumen kurang — KTP buram"
    )


def test_filters_narrow_the_count_and_the_rows(office):
    first = office.register(0, occupations=("PKL",))
    office.register(1, submit=False, occupations=("OJOL",))
    person = office.people[0]
    cases = {
        RegistrationFilter(status=Status.DRAFT): [office.people[1][2]],
        RegistrationFilter(category="PKL"): [person[2]],
        RegistrationFilter(text=person[0][:10]): [person[2]],
        RegistrationFilter(text=person[2].split()[0][1:].lower()): None,  # substring, any case
        RegistrationFilter(kelurahan_code=person[8], desil=int(person[9])): None,
    }
    for flt, expected in cases.items():
        model = list_model(office, flt)
        model.fetchMore()
        names = _column(model, RegistrationTableModel.COL_NAME)
        assert model.total == len(names)
        if expected is not None:
            assert names == expected, flt
        else:
            assert person[2] in names, flt
    assert list_model(office, RegistrationFilter(status=Status.VERIFIED)).total == 0
    assert first


def test_sort_role_orders_names_and_dates(office):
    for index in range(3):
        office.register(index)
    model = list_model(office)
    model.fetchMore()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(RegistrationTableModel.SORT_ROLE)
    proxy.sort(RegistrationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    names = _column(proxy, RegistrationTableModel.COL_NAME)
    assert names == sorted(names, key=str.casefold)
    proxy.sort(RegistrationTableModel.COL_CREATED, Qt.SortOrder.AscendingOrder)
    stamps = _column(proxy, RegistrationTableModel.COL_CREATED, RegistrationTableModel.SORT_ROLE)
    assert stamps == sorted(stamps)


def test_fetch_refused_by_the_service_stops_and_reports(qtbot, office):
    who = office.petugas
    model = RegistrationTableModel(
        lambda offset, limit: list_registrations(
            office.opened, who, RegistrationFilter(), offset, limit
        ),
        3,
    )
    set_officer_disabled(office.opened, office.admin, "rina", True)  # her session ends
    with qtbot.waitSignal(model.fetch_failed) as failed:
        model.fetchMore()
    assert isinstance(failed.args[0], DomainError)
    assert "kode kesalahan" not in error_text(failed.args[0])
    assert model.rowCount() == 0
    assert not model.canFetchMore()


# Verification queue


def test_queue_is_oldest_first_and_checks_select_for_bulk(qtmodeltester, qtbot, office):
    ids = [office.register(index) for index in range(3)]
    model = QueueTableModel("vera")
    model.set_rows(verification_queue(office.opened, office.verifikator))
    qtmodeltester.check(model)
    assert [model.row_at(r).id for r in range(3)] == ids
    assert model.checked_ids() == []

    with qtbot.waitSignal(model.checked_changed) as changed:
        assert model.setData(model.index(2, QueueTableModel.COL_CHECK), 2, CHECK)
    assert changed.args == [1]
    model.set_checked(ids[0], True)
    assert model.checked_ids() == [ids[0], ids[2]]  # queue order, not click order
    assert model.index(0, QueueTableModel.COL_CHECK).data(CHECK) == Qt.CheckState.Checked
    assert model.index(1, QueueTableModel.COL_CHECK).data(CHECK) == Qt.CheckState.Unchecked
    assert model.flags(model.index(0, QueueTableModel.COL_CHECK)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    assert not model.setData(model.index(0, QueueTableModel.COL_NAME), 2, CHECK)

    model.set_rows(verification_queue(office.opened, office.verifikator)[1:])
    assert model.checked_ids() == [ids[2]]  # checks survive for records still queued
    model.set_all_checked(True)
    assert model.checked_ids() == ids[1:]
    model.set_all_checked(False)
    assert model.checked_ids() == []


def test_queue_marks_the_viewers_own_records(office):
    office.register(0)
    model = QueueTableModel("rina")
    model.set_rows(verification_queue(office.opened, office.verifikator))
    assert model.is_own(model.row_at(0))
    tooltip = model.index(0, QueueTableModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "verifikator lain" in tooltip


# History


def test_history_says_who_did_what_and_why_in_indonesian(office):
    registration_id = office.register(0)
    reject_registration(office.opened, office.verifikator, registration_id, "LAINNYA", "Foto KTP")
    model = HistoryTableModel()
    model.set_history(
        registration_history(office.opened, office.verifikator, registration_id), "Foto KTP"
    )
    assert _column(model, HistoryTableModel.COL_ACTION) == [
        "Dibuat",
        "Diajukan untuk verifikasi",
        "Ditolak verifikator",
    ]
    assert _column(model, HistoryTableModel.COL_OFFICER) == ["rina", "rina", "vera"]
    assert _column(model, HistoryTableModel.COL_ROLE) == ["Petugas", "Petugas", "Verifikator"]
    assert _column(model, HistoryTableModel.COL_REASON) == ["", "", "Lainnya — Foto KTP"]


def test_a_record_the_hub_sent_back_reads_as_words_not_the_stored_code():
    # ack import stores DIKEMBALIKAN_HUB with the hub's or BPJS's reason as the note
    text = reason_text("DIKEMBALIKAN_HUB", "Ditolak BPJS: NIK tidak ditemukan")
    assert text == "Dikembalikan hub/BPJS — Ditolak BPJS: NIK tidak ditemukan"
    assert "DIKEMBALIKAN_HUB" not in text
