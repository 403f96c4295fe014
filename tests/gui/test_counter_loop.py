"""The whole counter loop through the real screens on one encrypted store: a registrar types a
registration, a verifier rejects it, the registrar finds it in the worker list, opens it from
the detail's "Ubah", fixes it and resubmits, and the verifier approves it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.offices import write_extract
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.screens.verification import VerificationScreen
from ucj_desktop.gui.screens.worker_list import WorkerListScreen
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registration_queries import get_registration, registration_history
from ucj_desktop.synthetic import dtsen_rows

TODAY = date.today()


def _officer(opened, admin, username, roles):
    add_officer(opened, admin, username, username.title(), frozenset(roles), "temp-pass-001")
    first = sign_in(opened, username, "temp-pass-001")
    return change_password(opened, first, "temp-pass-001", "own-pass-0002")


def _eligible(rows):
    for row in rows:
        born = datetime.strptime(row[3], "%d/%m/%Y").date()
        if int(row[9]) <= 5 and (TODAY - born).days < 60 * 365:
            return row
    raise AssertionError("no eligible synthetic person")


def test_register_reject_fix_resubmit_verify_with_the_real_screens(
    qtbot, opened_store, admin_session, tmp_path
):
    rows = list(dtsen_rows(11, 40, TODAY))
    extract = write_extract(tmp_path / "dtsen.csv", rows)
    import_reference(opened_store, admin_session, "dtsen", extract, today=TODAY)
    rina = _officer(opened_store, admin_session, "rina", {Role.PETUGAS})
    vera = _officer(opened_store, admin_session, "vera", {Role.VERIFIKATOR})
    person = _eligible(rows)

    # 1. Rina types the registration with the keyboard and submits with Enter.
    form = RegistrationScreen(opened_store, rina)
    qtbot.addWidget(form)
    form.typing_pause.setInterval(0)  # checked at once: the test waits for nobody's typing
    form.resize(1180, 760)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.ui.nikEdit.setFocus()
    with qtbot.waitSignal(form.assessed, timeout=3000):
        qtbot.keyClicks(form.ui.nikEdit, person[0])
    assert form.ui.nameEdit.text() == person[2]
    form.ui.phoneEdit.setFocus()
    qtbot.keyClicks(form.ui.phoneEdit, "0812 1111 2222")
    form.ui.occupation1Combo.setFocus()
    qtbot.keyClick(form.ui.occupation1Combo, Qt.Key.Key_Down)
    form.ui.consentCheck.setFocus()
    with qtbot.waitSignal(form.assessed, timeout=3000):
        qtbot.keyClick(form.ui.consentCheck, Qt.Key.Key_Space)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.ui.consentCheck, Qt.Key.Key_Return)
    reg_id, status = saved.args
    assert status == Status.SUBMITTED.value

    # 2. Vera, at the queue, rejects it with a reason.
    queue = VerificationScreen(opened_store, vera)
    qtbot.addWidget(queue)
    assert queue.current_id == reg_id
    queue._ask_rejection = lambda reg: ("DATA_TIDAK_SESUAI", "Nomor HP bukan milik pekerja")
    assert queue.reject_current()
    assert get_registration(opened_store, rina, reg_id).row.status is Status.REJECTED

    # 3. Rina finds it in her list with the reason, and opens it for editing via "Ubah".
    workers = WorkerListScreen(opened_store, rina)
    qtbot.addWidget(workers)
    workers._present = lambda dialog: None  # the detail dialog is driven below, not shown
    workers.select_status(Status.REJECTED)
    qtbot.waitUntil(lambda: workers.model.rowCount() == 1)
    assert workers.model.row_at(0).id == reg_id
    assert workers.model.row_at(0).decision_note == "Nomor HP bukan milik pekerja"
    dialog = workers.open_detail(reg_id)
    workers.edit_requested.connect(form.edit)
    with qtbot.waitSignal(workers.edit_requested, timeout=3000):
        dialog.edit_button.click()
    assert form.ui.nikEdit.text() == person[0]

    # 4. She corrects the phone and resubmits; the record goes back to the queue.
    form.ui.phoneEdit.setFocus()
    form.ui.phoneEdit.selectAll()
    qtbot.keyClicks(form.ui.phoneEdit, "0813 3333 4444")
    with qtbot.waitSignal(form.assessed, timeout=3000):
        form.ui.consentCheck.setFocus()
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert saved.args == [reg_id, Status.SUBMITTED.value]
    assert get_registration(opened_store, rina, reg_id).data.phone == "+6281333334444"

    # 5. Vera approves it.
    queue.refresh()
    assert queue.current_id == reg_id
    assert queue.approve_current()
    assert get_registration(opened_store, vera, reg_id).row.status is Status.VERIFIED
    actions = [h.action for h in registration_history(opened_store, vera, reg_id)]
    assert actions == [
        "registration.created",
        "registration.submitted",
        "registration.rejected",
        "registration.updated",
        "registration.submitted",
        "registration.verified",
    ]
