"""The worker list screen with real services on a temporary encrypted store: search, filters,
the detail dialog with its history, and "Ubah" for records the petugas may still edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.ack_builder import waiting_record
from tests.support.hub_link import HubLink
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.screens.worker_list import WorkerListScreen
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.registrations import reject_registration, verify_registration


def _screen(qtbot, office, who: OfficerSession | None = None) -> WorkerListScreen:
    screen = WorkerListScreen(office.opened, who or office.petugas)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    return screen


def _names(screen: WorkerListScreen) -> list[str]:
    model = screen.model
    return [model.row_at(r).full_name for r in range(model.rowCount())]


def test_search_finds_a_name_substring_and_a_nik_prefix(qtbot, office):
    for index in range(4):
        office.register(index)
    screen = _screen(qtbot, office)
    assert len(_names(screen)) == 4
    assert screen.count_label.text() == "4 pendaftaran"
    target = office.people[2]

    screen.set_search(target[2].split()[0][1:4].lower())
    assert target[2] in _names(screen)
    assert all(target[2].split()[0][1:4].lower() in n.lower() for n in _names(screen))
    assert screen.count_label.text().endswith("pendaftaran cocok")

    screen.set_search(target[0][:12])
    assert _names(screen) == [target[2]]
    assert screen.count_label.text() == "1 pendaftaran cocok"
    screen.set_search("")
    assert len(_names(screen)) == 4


def test_typing_searches_after_a_pause(qtbot, office):
    office.register(0)
    office.register(1)
    screen = _screen(qtbot, office)
    with qtbot.waitSignal(screen._search_timer.timeout):
        qtbot.keyClicks(screen.search_edit, office.people[1][0][:14])
    assert _names(screen) == [office.people[1][2]]


def test_status_filter_and_the_rejected_reason_in_the_list(qtbot, office):
    rejected = office.register(0)
    verified = office.register(1)
    office.register(2, submit=False)
    reject_registration(office.opened, office.verifikator, rejected, "DOKUMEN_KURANG", "KK buram")
    verify_registration(office.opened, office.verifikator, verified)
    screen = _screen(qtbot, office)

    screen.select_status(Status.REJECTED)
    assert _names(screen) == [office.people[0][2]]
    reason = screen.model.index(0, screen.model.COL_REASON).data()
    assert reason == "Dokumen kurang — KK buram"
    screen.select_status(Status.DRAFT)
    assert _names(screen) == [office.people[2][2]]
    screen.select_status(Status.VERIFIED)
    assert _names(screen) == [office.people[1][2]]
    screen.select_status(None)
    assert len(_names(screen)) == 3


def test_category_kelurahan_and_desil_filters(qtbot, office):
    office.register(0, occupations=("PKL",))
    office.register(1, occupations=("OJOL",))
    screen = _screen(qtbot, office)
    screen.category_combo.setCurrentIndex(screen.category_combo.findData("PKL"))
    assert _names(screen) == [office.people[0][2]]
    screen.category_combo.setCurrentIndex(0)
    person = office.people[1]
    screen.kelurahan_combo.setCurrentIndex(screen.kelurahan_combo.findData(person[8]))
    screen.desil_combo.setCurrentIndex(screen.desil_combo.findData(int(person[9])))
    assert person[2] in _names(screen)
    assert screen.current_filter().desil == int(person[9])


def test_double_click_opens_the_detail_with_full_nik_and_history(qtbot, office):
    registration_id = office.register(0)
    reject_registration(office.opened, office.verifikator, registration_id, "LAINNYA", "Foto kabur")
    screen = _screen(qtbot, office)
    screen.show()
    qtbot.waitExposed(screen)
    rect = screen.table.visualRect(screen.model.index(0, screen.model.COL_NAME))
    with qtbot.waitSignal(screen.detail_opened) as opened:
        # A press first: QTest's double click alone is not seen as one by item views.
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened.args[0]
    assert dialog is screen.detail_dialog
    assert dialog.fields.values["nik"].text() == office.people[0][0]  # unmasked in the detail
    assert dialog.fields.reason_label.text() == "Ditolak verifikator: Lainnya — Foto kabur"
    assert dialog.fields.reason_box.isVisible()
    history = dialog.history_model
    actions = [history.index(r, history.COL_ACTION).data() for r in range(history.rowCount())]
    assert actions == ["Dibuat", "Diajukan untuk verifikasi", "Ditolak verifikator"]
    assert history.index(2, history.COL_OFFICER).data() == "vera"
    assert history.index(2, history.COL_REASON).data() == "Lainnya — Foto kabur"
    assert dialog.edit_button.isVisible()  # rejected, and rina is petugas

    with qtbot.waitSignal(screen.edit_requested) as edit:
        dialog.edit_button.click()
    assert edit.args == [registration_id]
    assert screen.detail_dialog is None


def test_enter_opens_the_detail_and_submitted_records_offer_no_edit(qtbot, office):
    office.register(0)
    screen = _screen(qtbot, office)
    screen.show()
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 1))
    with qtbot.waitSignal(screen.detail_opened) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert not dialog.fields.reason_box.isVisible()
    assert not dialog.edit_button.isVisible()
    dialog.close_button.click()


def test_verifier_sees_the_list_but_is_never_offered_edit(qtbot, office):
    registration_id = office.register(0, submit=False)
    screen = _screen(qtbot, office, office.verifikator)
    dialog = screen.open_detail(registration_id)
    assert dialog.detail is not None and dialog.detail.row.status is Status.DRAFT
    assert not dialog.can_edit()
    dialog.close_button.click()


def test_a_record_waiting_for_quota_shows_its_rank_until_the_hub_enrolls_it(
    qtbot, office, secret_store, tmp_path
):
    ids = [office.register(index) for index in range(2)]
    for registration_id in ids:
        verify_registration(office.opened, office.verifikator, registration_id)
    link = HubLink.connect(office.opened, office.admin, secret_store, tmp_path / "hub")
    link.export()
    link.answer([waiting_record(ids[0], 3), waiting_record(ids[1], 1_204)], sequence=1)
    screen = _screen(qtbot, office)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)

    model = screen.model
    status = {model.row_at(r).id: model.index(r, model.COL_STATUS) for r in range(model.rowCount())}
    assert status[ids[0]].data() == "Menunggu kuota, peringkat 3"
    assert status[ids[1]].data() == "Menunggu kuota, peringkat 1.204"
    assert (
        status[ids[0]]
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Peringkat antrean kuota kota dari hub, per ")
    )
    # The words fit their column: nothing is cut to "…".
    width = screen.table.columnWidth(model.COL_STATUS)
    metrics = screen.table.fontMetrics()
    assert metrics.horizontalAdvance(status[ids[1]].data()) + 12 <= width
    # Still EXPORTED: the status filter finds them there.
    screen.select_status(Status.EXPORTED)
    assert sorted(_names(screen)) == sorted(office.people[i][2] for i in range(2))

    dialog = screen.open_detail(ids[0])
    assert dialog.fields.status_label.text() == "Menunggu kuota, peringkat 3"
    assert not dialog.fields.reason_box.isVisible()
    assert not dialog.edit_button.isVisible()  # read-only until the hub's final answer
    history = dialog.history_model
    last = history.rowCount() - 1
    assert history.index(last, history.COL_ACTION).data() == "Menunggu kuota di hub"
    assert history.index(last, history.COL_REASON).data() == "Peringkat 3"
    dialog.close_button.click()

    link.answer([link.enrolled(ids[0], 777)], sequence=2)
    screen.refresh()
    model = screen.model
    shown = {model.row_at(r).id: model.index(r, model.COL_STATUS) for r in range(model.rowCount())}
    assert ids[0] not in shown  # enrolled: no longer under the EXPORTED filter
    screen.select_status(None)
    shown = {model.row_at(r).id: model.index(r, model.COL_STATUS) for r in range(model.rowCount())}
    assert shown[ids[0]].data() == "Terdaftar BPJS"
    assert shown[ids[0]].data(Qt.ItemDataRole.ToolTipRole) is None
    assert shown[ids[1]].data() == "Menunggu kuota, peringkat 1.204"
